package io.github.gridgov.rules.command;

import io.github.gridgov.core.Labelled;
import io.github.gridgov.core.Tier;
import io.github.gridgov.core.internal.Checks;
import io.github.gridgov.core.order.Actor;
import io.github.gridgov.core.order.Assignee;
import io.github.gridgov.core.order.Dispatch;
import io.github.gridgov.core.order.OrderFlag;
import io.github.gridgov.core.order.OrderId;
import io.github.gridgov.core.order.OrderStatus;
import io.github.gridgov.core.order.Rating;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.order.Urgency;
import io.github.gridgov.core.people.ResponderId;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 指令 — one step a platform sends for an order, as data: who, when, what, and the step's own
 * facts (a reason, a rating, a dispatch …). {@link io.github.gridgov.rules.GovernanceRules#handle}
 * carries it out with the library's own operations — a report through {@code intake}, a hand
 * dispatch after {@code check}, 报到 through {@code reportIn}, every other step through the
 * lifecycle method of the same name — so a command is refused exactly where the call would be.
 *
 * <p>Rules: the facts a kind needs are present ({@link Kind} says which), the order of a report is
 * {@link OrderStatus#RECEIVED} and has the command's order id, texts are 1–500 characters.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class OrderCommand {
  OrderCommand() {}

  /** What the command does. */
  public enum Kind implements Labelled {
    /** 受理: a new order, through intake (triage, assignment, dispatch). Needs {@code report}. */
    REPORT,
    /** 派单 by hand, after the rule checks (a breach refuses it). Needs {@code dispatch}. */
    DISPATCH,
    /** 签收/接单. */
    ACCEPT,
    /** 抢单: one of those offered takes it. Needs {@code claimer}. */
    CLAIM,
    /** 办结. Needs {@code text} (the summary). */
    RESOLVE,
    /** 评价. Needs {@code rating}. */
    RATE,
    /** 结案. */
    CLOSE,
    /** 返工. Needs {@code text}. */
    SEND_BACK,
    /** 重新打开. Needs {@code text}. */
    REOPEN,
    /** 挂起. Needs {@code text}. */
    SUSPEND,
    /** 挂账. Needs {@code text} and {@code until} (the review date). */
    PARK,
    /** 恢复办理. */
    RESUME,
    /** 撤单. Needs {@code text}. */
    CANCEL,
    /** 部门报到. Needs {@code responder} (of the department). */
    REPORT_IN,
    /** 督办. Needs {@code tier}, {@code text} (the opinion) and {@code until} (reply by). */
    SUPERVISE,
    /** 督办回复. Needs {@code text}. */
    ANSWER_SUPERVISION,
    /** 延期, once, as the profile allows. Needs {@code text}. */
    EXTEND,
    /** 退回 as beyond the owner's ability. Needs {@code text}. */
    RETURN,
    /** 派单异议. Needs {@code text}. */
    RAISE_OBJECTION,
    /** 异议审核. Needs {@code approved} and {@code text}. */
    DECIDE_OBJECTION,
    /** 增加标记. Needs {@code flag}. */
    ADD_FLAG,
    /** 调整紧急程度. Needs {@code urgency} and {@code text}. */
    REPRIORITISE
  }

  /** The order. */
  public abstract OrderId order();

  /** What the command does. */
  public abstract Kind kind();

  /** Who acts. */
  public abstract Actor actor();

  /** When. */
  public abstract Instant at();

  /** For {@link Kind#REPORT}: the order as reported. */
  public abstract Optional<ServiceOrder> report();

  /** For {@link Kind#DISPATCH}: the owner, tier and deadlines. */
  public abstract Optional<Dispatch> dispatch();

  /** The step's text: a summary, reason, opinion or answer (personal data possible: shown masked). */
  @Value.Redacted
  public abstract Optional<String> text();

  /** For {@link Kind#RATE}. */
  public abstract Optional<Rating> rating();

  /** For {@link Kind#PARK} the review date, for {@link Kind#SUPERVISE} the reply deadline. */
  public abstract Optional<Instant> until();

  /** For {@link Kind#SUPERVISE}: the supervising tier. */
  public abstract Optional<Tier> tier();

  /** For {@link Kind#REPORT_IN}: the department's responder. */
  public abstract Optional<ResponderId> responder();

  /** For {@link Kind#CLAIM}: who takes the offered order. */
  public abstract Optional<Assignee> claimer();

  /** For {@link Kind#DECIDE_OBJECTION}. */
  public abstract Optional<Boolean> approved();

  /** For {@link Kind#ADD_FLAG}. */
  public abstract Optional<OrderFlag> flag();

  /** For {@link Kind#REPRIORITISE}. */
  public abstract Optional<Urgency> urgency();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A report of {@code order} (received), by {@code by}, at its report time. */
  public static OrderCommand report(ServiceOrder order, Actor by) {
    return builder()
        .order(order.id())
        .kind(Kind.REPORT)
        .actor(by)
        .at(order.reportedAt())
        .report(order)
        .build();
  }

  /** A step of {@code kind} that needs no facts (accept, close, resume). */
  public static OrderCommand of(OrderId order, Kind kind, Actor by, Instant at) {
    return builder().order(order).kind(kind).actor(by).at(at).build();
  }

  /** A step of {@code kind} with its text (resolve, suspend, cancel …). */
  public static OrderCommand of(OrderId order, Kind kind, Actor by, String text, Instant at) {
    return builder().order(order).kind(kind).actor(by).at(at).text(text).build();
  }

  /** Builds an {@link OrderCommand}; {@link #build()} throws {@link io.github.gridgov.core.InvalidModelException} on a broken rule. */
  public static final class Builder extends ImmutableOrderCommand.Builder {}

  @Value.Check
  void check() {
    text().ifPresent(t -> Checks.checkText(t, 500, "OrderCommand", "text"));
    switch (kind()) {
      case REPORT -> {
        need(report().isPresent(), "report");
        Checks.check(
            report().get().id().equals(order()),
            "OrderCommand",
            "report",
            report().get().id(),
            "must be the order " + order());
        Checks.check(
            report().get().status() == OrderStatus.RECEIVED,
            "OrderCommand",
            "report",
            report().get().status(),
            "must be a received order");
      }
      case DISPATCH -> need(dispatch().isPresent(), "dispatch");
      case CLAIM -> need(claimer().isPresent(), "claimer");
      case RATE -> need(rating().isPresent(), "rating");
      case PARK -> {
        need(text().isPresent(), "text");
        need(until().isPresent(), "until");
      }
      case REPORT_IN -> need(responder().isPresent(), "responder");
      case SUPERVISE -> {
        need(tier().isPresent(), "tier");
        need(text().isPresent(), "text");
        need(until().isPresent(), "until");
      }
      case DECIDE_OBJECTION -> {
        need(approved().isPresent(), "approved");
        need(text().isPresent(), "text");
      }
      case ADD_FLAG -> need(flag().isPresent(), "flag");
      case REPRIORITISE -> {
        need(urgency().isPresent(), "urgency");
        need(text().isPresent(), "text");
      }
      case RESOLVE,
          SEND_BACK,
          REOPEN,
          SUSPEND,
          CANCEL,
          ANSWER_SUPERVISION,
          EXTEND,
          RETURN,
          RAISE_OBJECTION ->
          need(text().isPresent(), "text");
      default -> {}
    }
  }

  private void need(boolean present, String field) {
    Checks.check(present, "OrderCommand", field, "", "is required for " + kind());
  }
}
