/**
 * 派单 — who takes an order: eligible responders and teams at a tier, ranked with their scores
 * and reasons, under the category's dispatch mode.
 *
 * <p>Null policy: no method accepts or returns {@code null}; absent values are {@link
 * java.util.Optional}.
 */
@GovernanceStyle
package io.github.gridgov.rules.assignment;

import io.github.gridgov.core.internal.GovernanceStyle;
