/**
 * gridgov rules — the decisions host platforms embed: triage, assignment, SLA deadlines and
 * escalation, through the facade {@link io.github.gridgov.rules.GovernanceRules}.
 *
 * <p>Rules are pure: inputs in, a decision value out, time passed in, no I/O and no hidden state.
 * Every decision carries its {@link io.github.gridgov.rules.Reasons}: stable codes with
 * parameters, rendered in Chinese or English on demand. Rules never throw to say "no".
 *
 * <p>Null policy: no public method accepts or returns {@code null}; absent values are {@link
 * java.util.Optional}.
 */
@GovernanceStyle
package io.github.gridgov.rules;

import io.github.gridgov.core.internal.GovernanceStyle;
