/**
 * 志愿服务记录 — volunteers' and teams' service hours and points from completed, rated orders and
 * projects, kept as 志愿服务条例 (2017) Art. 19 asks organisations to record service.
 *
 * <p>Null policy: no method accepts or returns {@code null}; absent values are {@link
 * java.util.Optional}.
 */
@GovernanceStyle
package io.github.gridgov.rules.volunteer;

import io.github.gridgov.core.internal.GovernanceStyle;
