/**
 * 理由 — why a rule decided as it did: {@link io.github.gridgov.rules.reason.Reason reasons} with
 * stable codes and parameters, rendered in Chinese or English on demand, and the
 * {@link io.github.gridgov.rules.reason.RuleRef rule identities} (code, 中文 name, legal source) they
 * refer to. Every rules package depends on this one; it depends on none of them.
 *
 * <p>Null policy: no method accepts or returns {@code null}; absent values are {@link
 * java.util.Optional}.
 */
@GovernanceStyle
package io.github.gridgov.rules.reason;

import io.github.gridgov.core.internal.GovernanceStyle;
