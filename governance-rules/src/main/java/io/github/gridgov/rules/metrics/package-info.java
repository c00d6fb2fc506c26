/**
 * 考核指标 — the measures of how well orders are handled: 立案数, 结案数, 应结案数, 按期结案数,
 * 返工数, 结案率, 按期结案率, 返工率, 响应率, 解决率, 满意率, 楼栋化解率, 社区化解率, SLA breaches and
 * escalations by trigger, per period and group, as exact counts and exact ratios; foldable order by
 * order for stream processors.
 *
 * <p>Null policy: no method accepts or returns {@code null}; absent values are {@link
 * java.util.Optional}.
 */
@GovernanceStyle
package io.github.gridgov.rules.metrics;

import io.github.gridgov.core.internal.GovernanceStyle;
