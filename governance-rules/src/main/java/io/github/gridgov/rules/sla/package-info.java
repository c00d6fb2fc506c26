/**
 * 办理时限 — SLA profiles, natural and working-time calendars, and the clock that measures an
 * order's elapsed and remaining time from its audit trail.
 *
 * <p>Null policy: no method accepts or returns {@code null}; absent values are {@link
 * java.util.Optional}. Time is always passed in.
 */
@GovernanceStyle
package io.github.gridgov.rules.sla;

import io.github.gridgov.core.internal.GovernanceStyle;
