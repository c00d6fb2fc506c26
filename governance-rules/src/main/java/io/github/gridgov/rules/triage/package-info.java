/**
 * 分流 — what happens to a new order before anyone is assigned: the pre-routing filters and the
 * tier it starts at ("小事不出楼栋，大事不出社区").
 *
 * <p>Null policy: no method accepts or returns {@code null}; absent values are {@link
 * java.util.Optional}.
 */
@GovernanceStyle
package io.github.gridgov.rules.triage;

import io.github.gridgov.core.internal.GovernanceStyle;
