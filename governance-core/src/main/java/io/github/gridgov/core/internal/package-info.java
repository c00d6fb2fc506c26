/**
 * Helpers shared by the core packages: the Immutables style, validation checks and the compact id
 * index. Not API: may change in any release.
 *
 * <p>Null policy: no method accepts or returns {@code null}.
 */
package io.github.gridgov.core.internal;
