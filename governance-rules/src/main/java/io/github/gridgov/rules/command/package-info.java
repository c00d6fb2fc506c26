/**
 * 指令 — the lifecycle steps a platform sends as data ({@link io.github.gridgov.rules.command.OrderCommand}),
 * carried out by {@link io.github.gridgov.rules.GovernanceRules#handle}: for a queue, a stream or a
 * web endpoint that receives steps rather than calling the lifecycle methods.
 *
 * @since 0.1.0
 */
@GovernanceStyle
package io.github.gridgov.rules.command;

import io.github.gridgov.core.internal.GovernanceStyle;
