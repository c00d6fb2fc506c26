/**
 * 协商议事 — consultation as a process, after 中共中央办公厅、国务院办公厅《关于加强城乡社区协商的意见》
 * (中办发〔2015〕41号): a topic proposed after gathering opinions, participants told ahead, the
 * deliberation with each participant's opinion recorded, the decision by the rule the matter needs
 * (owners' vote, residents' meeting or the consultation's own majority), 公示, implementation and
 * feedback — each a step on the consultation's trail.
 *
 * <p>Null policy: no method accepts or returns {@code null}; absent values are {@link
 * java.util.Optional}.
 */
@GovernanceStyle
package io.github.gridgov.rules.consultation;

import io.github.gridgov.core.internal.GovernanceStyle;
