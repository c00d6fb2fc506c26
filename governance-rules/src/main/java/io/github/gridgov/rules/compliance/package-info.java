/**
 * 合规检查 — checks of a registry against the rules that bodies and grids must meet: committee
 * sizes, community and grid sizes, the public notice of grids, active grid workers and building
 * leaders, partners of unmanaged compounds.
 *
 * <p>Null policy: no method accepts or returns {@code null}; absent values are {@link
 * java.util.Optional}.
 */
@GovernanceStyle
package io.github.gridgov.rules.compliance;

import io.github.gridgov.core.internal.GovernanceStyle;
