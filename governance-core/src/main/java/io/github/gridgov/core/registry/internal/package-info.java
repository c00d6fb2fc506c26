/**
 * The registry's fast paths, for gridgov's own rules: who covers an area by registry position, and
 * the per-responder columns the hard constraints of an assignment read. Not API: may change in any
 * release; hosts use {@link io.github.gridgov.core.registry.Jurisdiction}.
 *
 * <p>Null policy: no method accepts or returns {@code null}.
 */
package io.github.gridgov.core.registry.internal;
