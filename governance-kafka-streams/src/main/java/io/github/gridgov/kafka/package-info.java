/**
 * gridgov on Kafka Streams: a topology that takes order commands in, keeps the orders in a
 * changelogged store, decides with the rules, drives the escalation timers by a punctuator and
 * writes decisions, order updates and rejected commands out ({@link io.github.gridgov.kafka.GovernanceTopology}).
 *
 * @since 0.1.0
 */
package io.github.gridgov.kafka;
