/**
 * 工单 — service orders, their lifecycle and their audit trail.
 *
 * <p>A {@link io.github.gridgov.core.order.ServiceOrder} is immutable: each lifecycle step returns
 * a new order with one more {@link io.github.gridgov.core.order.OrderEvent}; an illegal step
 * throws {@link io.github.gridgov.core.order.IllegalTransitionException} and leaves the original
 * untouched. Every step takes the acting party and the {@link java.time.Instant} it happened at.
 *
 * <p>Null policy: no method accepts or returns {@code null}; absent values are {@link
 * java.util.Optional}.
 */
@GovernanceStyle
package io.github.gridgov.core.order;

import io.github.gridgov.core.internal.GovernanceStyle;
