/**
 * 巡查走访 — the rules of inspection plans: the rounds a plan makes ({@link
 * io.github.gridgov.rules.inspection.Inspections#tasks}), the orders its findings become and the
 * share of the area its visits covered.
 *
 * <p>Null policy: no method accepts or returns {@code null}; absent values are {@link
 * java.util.Optional}.
 */
@GovernanceStyle
package io.github.gridgov.rules.inspection;

import io.github.gridgov.core.internal.GovernanceStyle;
