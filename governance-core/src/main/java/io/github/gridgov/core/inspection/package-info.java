/**
 * 巡查走访 — inspection regimes as a source of orders: plans (网格巡查, 城管进社区, 定期排查,
 * 大走访) with their area, frequency and responders, and the visits made under them.
 *
 * <p>Null policy: no method accepts or returns {@code null}; absent values are {@link
 * java.util.Optional}.
 */
@GovernanceStyle
package io.github.gridgov.core.inspection;

import io.github.gridgov.core.internal.GovernanceStyle;
