/**
 * 升级 — when an order must move: reassignment within its tier, escalation up the ladder 楼栋 →
 * 网格 → 社区 → 街道 (吹哨) → 区职能部门, and district-government coordination beyond the top.
 *
 * <p>Null policy: no method accepts or returns {@code null}; absent values are {@link
 * java.util.Optional}.
 */
@GovernanceStyle
package io.github.gridgov.rules.escalation;

import io.github.gridgov.core.internal.GovernanceStyle;
