/**
 * 受理 — what taking a report in decides: the triage, the assignment and the orders it produced,
 * as {@link io.github.gridgov.rules.GovernanceRules#intake} returns them.
 *
 * <p>Null policy: no method accepts or returns {@code null}; absent values are {@link
 * java.util.Optional}.
 */
@GovernanceStyle
package io.github.gridgov.rules.intake;

import io.github.gridgov.core.internal.GovernanceStyle;
