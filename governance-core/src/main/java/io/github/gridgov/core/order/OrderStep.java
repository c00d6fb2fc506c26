package io.github.gridgov.core.order;

import static io.github.gridgov.core.order.OrderStatus.ACCEPTED;
import static io.github.gridgov.core.order.OrderStatus.CLOSED;
import static io.github.gridgov.core.order.OrderStatus.DISPATCHED;
import static io.github.gridgov.core.order.OrderStatus.PARKED;
import static io.github.gridgov.core.order.OrderStatus.RECEIVED;
import static io.github.gridgov.core.order.OrderStatus.RESOLVED;
import static io.github.gridgov.core.order.OrderStatus.REWORK;
import static io.github.gridgov.core.order.OrderStatus.SUSPENDED;

import io.github.gridgov.core.Labelled;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * 操作 — a lifecycle step, with the statuses it may be taken from and the status it leads to.
 *
 * <p>This enum is the transition table of {@link ServiceOrder}; {@link #from()} and {@link
 * #target()} state it in full. A step whose target is empty either keeps the status (a note on
 * the trail, such as an objection) or computes it: {@link #RATE} leads to {@link
 * OrderStatus#CLOSED} or, on an unsatisfied rating, {@link OrderStatus#REWORK}; {@link #RESUME}
 * returns to the status the order was paused from.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum OrderStep implements Labelled {
  /** 派单: received → dispatched, with owner, tier and deadlines. */
  DISPATCH("dispatch", DISPATCHED, RECEIVED),
  /** 签收/接单: the owner accepts. */
  ACCEPT("accept", ACCEPTED, DISPATCHED),
  /** 办结: the owner reports the fix (also after rework). */
  RESOLVE("resolve", RESOLVED, ACCEPTED, REWORK),
  /** 评单: the requester rates; closed, or back to rework if unsatisfied. */
  RATE("rate", null, RESOLVED),
  /** 结案 after verification. */
  CLOSE("close", CLOSED, RESOLVED),
  /** 返工 after a failed verification. */
  SEND_BACK("send back", REWORK, RESOLVED),
  /** 重新打开 a closed order (counted as rework). */
  REOPEN("reopen", REWORK, CLOSED),
  /** 挂起: wait for the requester or a third party; the SLA clock pauses. */
  SUSPEND("suspend", SUSPENDED, DISPATCHED, ACCEPTED, REWORK),
  /** 挂账: cannot be solved now; reviewed again at the date the step names. */
  PARK("park", PARKED, DISPATCHED, ACCEPTED, REWORK, SUSPENDED),
  /** 恢复 from suspended or parked to the status before. */
  RESUME("resume", null, SUSPENDED, PARKED),
  /** 转出 to an emergency line or a legal channel. Final. */
  REFER("refer", OrderStatus.REFERRED, RECEIVED, DISPATCHED, ACCEPTED),
  /** 合并 into another order as its duplicate. Final. */
  MERGE("merge", OrderStatus.MERGED, RECEIVED, DISPATCHED),
  /** Record on the surviving order that a duplicate was merged into it. */
  LINK_DUPLICATE(
      "link a duplicate to",
      null,
      RECEIVED,
      DISPATCHED,
      ACCEPTED,
      REWORK,
      SUSPENDED,
      PARKED,
      RESOLVED),
  /** 撤单. Final. */
  CANCEL(
      "cancel", OrderStatus.CANCELLED, RECEIVED, DISPATCHED, ACCEPTED, REWORK, SUSPENDED, PARKED),
  /** 升级: a higher tier takes the order. */
  ESCALATE("escalate", DISPATCHED, DISPATCHED, ACCEPTED, REWORK),
  /** 改派 within the tier, before anyone accepted. */
  REASSIGN("reassign", DISPATCHED, DISPATCHED),
  /** 派单异议: the owner objects that the order is not theirs. */
  RAISE_OBJECTION("raise an objection on", null, DISPATCHED, ACCEPTED),
  /** 异议审核: the platform approves or rejects the objection. */
  DECIDE_OBJECTION("decide the objection on", null, DISPATCHED, ACCEPTED),
  /** 转派 after an approved objection (首接负责: no transfer without one). */
  TRANSFER("transfer", DISPATCHED, DISPATCHED, ACCEPTED, REWORK),
  /** 退回: the owner says the matter is beyond its ability (an escalation trigger). */
  RETURN("return", null, DISPATCHED, ACCEPTED, REWORK),
  /** Add a flag found after intake (e.g. a violence risk). */
  ADD_FLAG("flag", null, RECEIVED, DISPATCHED, ACCEPTED, REWORK, SUSPENDED, PARKED, RESOLVED),
  /** 调整紧急程度: the urgency changes; the SLA clock keeps the time already elapsed. */
  REPRIORITISE("reprioritise", null, RECEIVED, DISPATCHED, ACCEPTED, REWORK, SUSPENDED, PARKED),
  /**
   * 抢单发布: received → dispatched, offered to several eligible responders at one tier with
   * deadlines; the first of them to accept owns it.
   */
  OFFER("offer", DISPATCHED, RECEIVED),
  /**
   * 转派审批: the platform approves a change of owner that the owner did not ask for (the owner is
   * gone or off duty), with the reason and trigger; a {@link #TRANSFER} may follow
   * (首接负责, 北京市接诉即办工作条例 Art. 14).
   */
  APPROVE_TRANSFER("approve a transfer of", null, DISPATCHED, ACCEPTED, REWORK),
  /** 报到: a department summoned by the street's 吹哨 reports in (北京市接诉即办工作条例 Art. 16). */
  REPORT_IN("report in on", null, DISPATCHED, ACCEPTED, REWORK, SUSPENDED, PARKED),
  /** 督办: a higher tier supervises the order, with its opinion and a reply deadline. */
  SUPERVISE("supervise", null, DISPATCHED, ACCEPTED, REWORK, SUSPENDED, PARKED),
  /** 督办回复: the owner answers the pending supervision. */
  ANSWER_SUPERVISION(
      "answer the supervision of", null, DISPATCHED, ACCEPTED, REWORK, SUSPENDED, PARKED),
  /** 延期: the one extension of the resolution limit that a profile allows (信访工作条例 Art. 34). */
  EXTEND("extend", null, RECEIVED, DISPATCHED, ACCEPTED, REWORK, SUSPENDED, PARKED),
  /** 登记关爱对象: care needs found after intake, e.g. read from the registry; the deadline may shorten. */
  NOTE_CARE_NEEDS(
      "note care needs on", null, RECEIVED, DISPATCHED, ACCEPTED, REWORK, SUSPENDED, PARKED);

  private final String verb;
  private final OrderStatus target;
  private final com.google.common.collect.ImmutableSet<OrderStatus> from;

  OrderStep(String verb, OrderStatus target, OrderStatus first, OrderStatus... rest) {
    this.verb = verb;
    this.target = target;
    this.from = com.google.common.collect.Sets.immutableEnumSet(EnumSet.of(first, rest));
  }

  /** The statuses this step may be taken from. */
  public Set<OrderStatus> from() {
    return from;
  }

  /** The status this step always leads to; empty when it keeps or computes the status. */
  public Optional<OrderStatus> target() {
    return Optional.ofNullable(target);
  }

  /** The verb for messages, e.g. {@code accept}. */
  public String verb() {
    return verb;
  }
}
