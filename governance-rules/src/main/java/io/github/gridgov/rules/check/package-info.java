/**
 * 派单校验 — the rule checks a host embeds when its own staff dispatch by hand: every violated rule
 * with its id, severity and reasons.
 *
 * <p>Null policy: no method accepts or returns {@code null}; absent values are {@link
 * java.util.Optional}.
 */
@GovernanceStyle
package io.github.gridgov.rules.check;

import io.github.gridgov.core.internal.GovernanceStyle;
