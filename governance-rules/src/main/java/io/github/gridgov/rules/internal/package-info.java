/**
 * Helpers shared by the rule packages. Not API: may change in any release.
 *
 * <p>Null policy: no method accepts or returns {@code null}; absent values are {@link
 * java.util.Optional}.
 */
package io.github.gridgov.rules.internal;
