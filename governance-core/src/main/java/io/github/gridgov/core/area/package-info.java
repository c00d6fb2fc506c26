/**
 * 辖区层级 — the areas of a jurisdiction: streets, communities, grids, compounds and buildings.
 *
 * <p>Null policy: no method accepts or returns {@code null}; absent values are {@link
 * java.util.Optional}. Every value is validated when built and immutable afterwards.
 */
@GovernanceStyle
package io.github.gridgov.core.area;

import io.github.gridgov.core.internal.GovernanceStyle;
