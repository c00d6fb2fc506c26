/**
 * 派单目录 — the dispatch catalogue: per order category, the target tier, the skills it needs or
 * prefers, the responsible district department and the dispatch mode (派单, 抢单, 轮派).
 *
 * <p>Null policy: no method accepts or returns {@code null}; absent values are {@link
 * java.util.Optional}.
 */
@GovernanceStyle
package io.github.gridgov.rules.catalogue;

import io.github.gridgov.core.internal.GovernanceStyle;
