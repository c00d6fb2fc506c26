/**
 * 辖区 — the validated, indexed, immutable registry of a street, district or city.
 *
 * <p>Null policy: no method accepts or returns {@code null}; absent values are {@link
 * java.util.Optional}.
 */
@GovernanceStyle
package io.github.gridgov.core.registry;

import io.github.gridgov.core.internal.GovernanceStyle;
