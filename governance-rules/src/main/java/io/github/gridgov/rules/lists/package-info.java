/**
 * 三张清单 — the rules of the needs, resources and projects lists: which resources can answer a
 * need, and why ({@link io.github.gridgov.rules.lists.ResourceMatching}), and which orders gather
 * into a need ({@link io.github.gridgov.rules.lists.NeedsFromOrders}).
 *
 * <p>Null policy: no method accepts or returns {@code null}; absent values are {@link
 * java.util.Optional}.
 */
@GovernanceStyle
package io.github.gridgov.rules.lists;

import io.github.gridgov.core.internal.GovernanceStyle;
