/**
 * 工单存储 — an order store on PostgreSQL that several instances of a platform share: {@link
 * io.github.gridgov.jdbc.GridgovSchema} (the reference schema as versioned migrations), {@link
 * io.github.gridgov.jdbc.JdbcOrderStore} (orders with their append-only trail, commands in one
 * transaction each, the shared due work under leases) and {@link io.github.gridgov.jdbc.OrderQuery}
 * (the dispatcher's lists).
 */
package io.github.gridgov.jdbc;
