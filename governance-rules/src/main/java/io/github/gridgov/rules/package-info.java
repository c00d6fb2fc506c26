/**
 * gridgov rules — the decisions host platforms embed: triage, assignment, SLA deadlines,
 * escalation, metrics and deliberation, built on {@code io.github.gridgov.core}.
 *
 * <p>Null policy: no public method accepts or returns {@code null}; absent values are {@link
 * java.util.Optional}. Rules are pure: time is passed in, never read from a system clock.
 */
package io.github.gridgov.rules;
