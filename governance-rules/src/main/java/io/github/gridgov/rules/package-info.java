/**
 * gridgov rules — the decisions host platforms embed: triage, assignment, SLA deadlines and
 * escalation, through the facade {@link io.github.gridgov.rules.GovernanceRules}, whose
 * {@link io.github.gridgov.rules.GovernanceRules#intake intake} and
 * {@link io.github.gridgov.rules.GovernanceRules#apply apply} carry every decision out as a legal
 * lifecycle step.
 *
 * <p>Rules are pure: inputs in, a decision value out, time passed in, no I/O and no hidden state.
 * Every decision carries its {@link io.github.gridgov.rules.reason.Reasons}: stable codes with
 * parameters, rendered in Chinese or English on demand, each naming the
 * {@link io.github.gridgov.rules.reason.RuleRef rule} that gave it. Rules never throw to say "no".
 *
 * <p>Errors follow one policy. Configuration that breaks a rule — a builder setting of
 * {@link io.github.gridgov.rules.GovernanceRules.Builder}, weights, a catalogue entry, an SLA
 * profile, a {@link io.github.gridgov.rules.sla.WorkCalendar} or its holiday data, a rule's
 * identity — is refused with {@link io.github.gridgov.core.InvalidModelException} at the call that
 * sets it, naming the type, the field, the value (bounded) and the rule, and configures nothing. A
 * decision call's argument out of range at run time is an {@link IllegalArgumentException}; a step
 * an order cannot take is an {@link io.github.gridgov.core.order.IllegalTransitionException} or a
 * {@link io.github.gridgov.rules.command.CommandRefusedException}.
 *
 * <h2>Index: from the term to the rule</h2>
 * <table>
 *   <caption>Each term, the rule that encodes it, the method that applies it, and its source</caption>
 *   <tr><th>Term</th><th>Rule</th><th>Method</th><th>Source</th></tr>
 *   <tr><td>小事不出楼栋，大事不出社区</td><td>{@link io.github.gridgov.rules.triage.TriageRules#STARTING_TIER}</td>
 *       <td>{@link io.github.gridgov.rules.GovernanceRules#triage}</td><td>信访工作条例 Art. 15 (枫桥经验; the 楼栋
 *       wording is practice)</td></tr>
 *   <tr><td>紧急转出、依法定途径、重复合并</td><td>{@link io.github.gridgov.rules.triage.TriageRules#EMERGENCY},
 *       {@link io.github.gridgov.rules.triage.TriageRules#LEGAL_CHANNEL},
 *       {@link io.github.gridgov.rules.triage.TriageRules#DUPLICATE}</td>
 *       <td>{@link io.github.gridgov.rules.GovernanceRules#intake}</td><td>北京市接诉即办工作条例 Art. 11</td></tr>
 *   <tr><td>社区职责清单</td><td>{@link io.github.gridgov.rules.triage.TriageRules#COMMUNITY_DUTY},
 *       {@link io.github.gridgov.rules.check.CheckRules#COMMUNITY_DUTY}</td>
 *       <td>{@link io.github.gridgov.rules.GovernanceRules#triage}, {@link io.github.gridgov.rules.GovernanceRules#check}</td>
 *       <td>北京市接诉即办工作条例 Art. 17</td></tr>
 *   <tr><td>无物业小区借用有物业小区资源</td><td>{@link io.github.gridgov.rules.triage.TriageRules#BORROWING},
 *       {@link io.github.gridgov.rules.assignment.AssignmentRules#BORROWING}</td>
 *       <td>{@link io.github.gridgov.rules.GovernanceRules#intake}</td><td>practice (世联社区)</td></tr>
 *   <tr><td>派单、抢单</td><td>{@link io.github.gridgov.rules.assignment.AssignmentRules#RANKING},
 *       {@link io.github.gridgov.rules.assignment.AssignmentRules#MODE}</td>
 *       <td>{@link io.github.gridgov.rules.GovernanceRules#assign}</td><td>ours, configurable</td></tr>
 *   <tr><td>志愿者意外保险</td><td>{@link io.github.gridgov.rules.assignment.AssignmentRules#INSURED}</td>
 *       <td>{@link io.github.gridgov.rules.GovernanceRules#assign}</td><td>北京市志愿服务促进条例 Art. 19</td></tr>
 *   <tr><td>派单必有时限</td><td>{@link io.github.gridgov.rules.sla.SlaRules#EVERY_DISPATCH_TIMED},
 *       {@link io.github.gridgov.rules.check.CheckRules#DEADLINE}</td>
 *       <td>{@link io.github.gridgov.rules.GovernanceRules#deadlines(io.github.gridgov.core.order.ServiceOrder,
 *       io.github.gridgov.core.registry.Jurisdiction, java.time.Instant)}</td><td>北京市接诉即办工作条例 Art. 12–13</td></tr>
 *   <tr><td>按期结案 (现行时限)</td><td>{@link io.github.gridgov.rules.sla.SlaRules#ON_TIME}</td>
 *       <td>{@link io.github.gridgov.rules.GovernanceRules#deadlinesInForce},
 *       {@link io.github.gridgov.rules.metrics.Metrics#onTimeRate}</td><td>published figures (tier B)</td></tr>
 *   <tr><td>挂起、挂账停表</td><td>{@link io.github.gridgov.rules.sla.SlaRules#PAUSE},
 *       {@link io.github.gridgov.rules.sla.SlaRules#REVIEW}</td>
 *       <td>{@link io.github.gridgov.rules.sla.SlaClock#inForce}</td><td>practice (tier C)</td></tr>
 *   <tr><td>延期</td><td>{@link io.github.gridgov.rules.sla.SlaRules#EXTENSION}</td>
 *       <td>{@link io.github.gridgov.rules.GovernanceRules#extend}</td><td>信访工作条例 Art. 34; 北京市接诉即办工作条例
 *       Art. 15</td></tr>
 *   <tr><td>首接负责</td><td>{@link io.github.gridgov.rules.escalation.EscalationRules#FIRST_OWNER},
 *       {@link io.github.gridgov.rules.check.CheckRules#TRANSFER}</td>
 *       <td>{@link io.github.gridgov.rules.GovernanceRules#apply}</td><td>北京市接诉即办工作条例 Art. 14</td></tr>
 *   <tr><td>逐级上报</td><td>{@link io.github.gridgov.rules.escalation.EscalationRules#LADDER}</td>
 *       <td>{@link io.github.gridgov.rules.GovernanceRules#escalation(io.github.gridgov.core.order.ServiceOrder,
 *       io.github.gridgov.core.registry.Jurisdiction, io.github.gridgov.rules.assignment.Workload, java.time.Instant)}</td>
 *       <td>北京市接诉即办工作条例 Art. 16, 20; 北京市街道办事处条例 Art. 17</td></tr>
 *   <tr><td>街乡吹哨、部门报到</td><td>{@link io.github.gridgov.rules.escalation.EscalationRules#WHISTLE}</td>
 *       <td>{@link io.github.gridgov.rules.GovernanceRules#apply}, {@link io.github.gridgov.rules.GovernanceRules#reportIn}</td>
 *       <td>北京市接诉即办工作条例 Art. 16, 33</td></tr>
 *   <tr><td>督办</td><td>{@link io.github.gridgov.rules.escalation.EscalationRules#SUPERVISION}</td>
 *       <td>{@link io.github.gridgov.core.order.ServiceOrder#supervise}</td><td>北京市街道办事处条例 Art. 11</td></tr>
 *   <tr><td>区政府统筹</td><td>{@link io.github.gridgov.rules.escalation.EscalationRules#COORDINATION}</td>
 *       <td>{@link io.github.gridgov.rules.GovernanceRules#apply}</td><td>北京市街道办事处条例 Art. 17</td></tr>
 *   <tr><td>回访</td><td>{@link io.github.gridgov.rules.sla.SlaRules#CALLBACK},
 *       {@link io.github.gridgov.rules.escalation.EscalationRules#CALLBACK}</td>
 *       <td>{@link io.github.gridgov.rules.GovernanceRules#apply}</td><td>北京市接诉即办工作条例 Art. 23 (the limit is
 *       ours)</td></tr>
 *   <tr><td>三率 (响应率、解决率、满意率)</td><td>—</td><td>{@link io.github.gridgov.rules.metrics.Metrics}</td>
 *       <td>北京市接诉即办工作条例 Art. 32 (names; formulas ours)</td></tr>
 *   <tr><td>业主共同决定</td><td>{@link io.github.gridgov.rules.deliberation.DeliberationRules#OWNERS_MAJORITY}</td>
 *       <td>{@link io.github.gridgov.rules.deliberation.OwnersVote#decide}</td><td>民法典 Art. 278, 1259</td></tr>
 *   <tr><td>居民会议</td><td>{@link io.github.gridgov.rules.deliberation.DeliberationRules#MEETING_QUORUM}</td>
 *       <td>{@link io.github.gridgov.rules.deliberation.ResidentsMeeting}</td><td>城市居民委员会组织法 Art. 9</td></tr>
 *   <tr><td>人民调解委员会、网格公示</td><td>{@link io.github.gridgov.rules.compliance.ComplianceRules}</td>
 *       <td>{@link io.github.gridgov.rules.compliance.ComplianceChecks#check}</td><td>人民调解法 Art. 8;
 *       滨州市社会治理网格化服务管理条例 Art. 6</td></tr>
 * </table>
 *
 * <p>Null policy: no public method accepts or returns {@code null}; absent values are {@link
 * java.util.Optional}.
 */
@GovernanceStyle
package io.github.gridgov.rules;

import io.github.gridgov.core.internal.GovernanceStyle;
