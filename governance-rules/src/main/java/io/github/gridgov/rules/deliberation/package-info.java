/**
 * 议事表决 — owners' votes under 民法典 Art. 278 (with the 建筑物区分所有权解释 Art. 8–9 and the
 * counting words of Art. 1259) and residents' meetings under 城市居民委员会组织法 Art. 9–10, in
 * exact rational arithmetic.
 *
 * <p>Null policy: no method accepts or returns {@code null}; absent values are {@link
 * java.util.Optional}.
 */
@GovernanceStyle
package io.github.gridgov.rules.deliberation;

import io.github.gridgov.core.internal.GovernanceStyle;
