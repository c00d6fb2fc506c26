package io.github.gridgov.rules.sla;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Verify;
import io.github.gridgov.core.Tier;
import io.github.gridgov.core.order.Deadlines;
import io.github.gridgov.core.order.OrderEvent;
import io.github.gridgov.core.order.OrderStatus;
import io.github.gridgov.core.order.OrderStep;
import io.github.gridgov.core.order.ServiceOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * 计时 — measures an order against an {@link SlaProfile}, from its audit trail alone.
 *
 * <p>Three clocks, each counting on the profile's calendar:
 * <ul>
 *   <li><b>resolution</b> starts at the report, runs while the order is received, dispatched,
 *       accepted or in rework, and stands still while it is suspended, parked, resolved, closed or
 *       final. When the urgency or the profile changes, the limit changes and the time already
 *       used is kept. It is reset only when a closed order is reopened: the reopened matter gets
 *       a full limit from the reopening.</li>
 *   <li><b>acceptance</b> starts at each dispatch (first dispatch, escalation, reassignment,
 *       transfer) and runs while the order waits to be accepted.</li>
 *   <li><b>tier</b> starts when the order reaches its current tier and runs like the resolution
 *       clock; its limit is the tier's budget.</li>
 * </ul>
 * Care needs shorten the resolution limit by the profile's {@link SlaProfile#careNeedFactor()};
 * an acceptance limit is never longer than the resolution limit.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class SlaClock {
  private static final Predicate<OrderStatus> RESOLUTION_RUNS = s -> s == OrderStatus.RECEIVED
      || s == OrderStatus.DISPATCHED || s == OrderStatus.ACCEPTED || s == OrderStatus.REWORK;
  private static final Predicate<OrderStatus> ACCEPTANCE_RUNS = s -> s == OrderStatus.DISPATCHED;

  private final SlaProfile profile;

  private SlaClock(SlaProfile profile) {
    this.profile = profile;
  }

  /** A clock for {@code profile}. */
  public static SlaClock of(SlaProfile profile) {
    return new SlaClock(requireNonNull(profile, "profile"));
  }

  /** The profile. */
  public SlaProfile profile() {
    return profile;
  }

  /** The row of the profile that applies to {@code order} now. */
  public SlaRule ruleFor(ServiceOrder order) {
    Optional<SlaRule> rule = profile.ruleFor(order);
    Verify.verify(rule.isPresent(), "profile %s has no row for order %s", profile.name(), order.id());
    return rule.get();
  }

  /** The resolution limit of {@code order}, in counted time, shortened for care needs. */
  public Duration resolutionLimit(ServiceOrder order) {
    return resolutionLimit(order, ruleFor(order));
  }

  private Duration resolutionLimit(ServiceOrder order, SlaRule rule) {
    Duration limit = rule.resolve().on(profile.calendar());
    if (!order.careNeeds().isEmpty()) {
      limit = Duration.ofMillis((long) (limit.toMillis() * profile.careNeedFactor()));
    }
    return limit;
  }

  /** The acceptance limit of {@code order}, never longer than its resolution limit. */
  public Duration acceptanceLimit(ServiceOrder order) {
    SlaRule rule = ruleFor(order);
    return acceptanceLimit(rule, resolutionLimit(order, rule));
  }

  private Duration acceptanceLimit(SlaRule rule, Duration resolutionLimit) {
    Duration accept = rule.accept().on(profile.calendar());
    return accept.compareTo(resolutionLimit) <= 0 ? accept : resolutionLimit;
  }

  /** The order against its resolution limit at {@code now}. */
  public SlaState resolution(ServiceOrder order, Instant now) {
    return measure(order, resolutionStart(order), resolutionLimit(order), now, RESOLUTION_RUNS);
  }

  /** When the resolution clock started: the report, or the last reopening of a closed order. */
  static Instant resolutionStart(ServiceOrder order) {
    Instant at = order.reportedAt();
    for (OrderEvent e : order.events()) {
      if (e.step() == OrderStep.REOPEN) {
        at = e.at();
      }
    }
    return at;
  }

  /** The order against its acceptance limit at {@code now}; empty unless it waits to be accepted. */
  public Optional<SlaState> acceptance(ServiceOrder order, Instant now) {
    requireNonNull(now, "now");
    if (order.status() != OrderStatus.DISPATCHED) {
      return Optional.empty();
    }
    return Optional.of(measure(order, lastDispatchAt(order), acceptanceLimit(order), now, ACCEPTANCE_RUNS));
  }

  /** The order against the budget of its current tier at {@code now}; empty before dispatch or without a budget. */
  public Optional<SlaState> tier(ServiceOrder order, Instant now) {
    requireNonNull(now, "now");
    if (order.tier().isEmpty()) {
      return Optional.empty();
    }
    Tier tier = order.tier().get();
    return profile.tierBudgets().budget(tier, resolutionLimit(order))
        .map(budget -> measure(order, tierReachedAt(order), budget, now, RESOLUTION_RUNS));
  }

  /**
   * The deadlines for dispatching {@code order} at {@code now}: accept within the acceptance limit
   * from now, resolve by the resolution due time (the time already used is kept). The accept-by
   * instant is never after the resolve-by instant.
   */
  public Deadlines deadlines(ServiceOrder order, Instant now) {
    requireNonNull(now, "now");
    SlaRule rule = ruleFor(order);
    Duration limit = resolutionLimit(order, rule);
    Instant due = dueAt(order, resolutionStart(order), limit, now, RESOLUTION_RUNS);
    Instant resolveBy = due.isBefore(now) ? now : due;
    Instant acceptBy = profile.calendar().plus(now, acceptanceLimit(rule, limit));
    return Deadlines.of(acceptBy.isAfter(resolveBy) ? resolveBy : acceptBy, resolveBy);
  }

  /**
   * The earliest due time of {@code order} measured at {@code at}: its resolution due time, its
   * acceptance due time while it waits to be accepted, and its tier budget's due time below the
   * top tier. The same instant as the earliest of {@link #resolution}, {@link #acceptance} and
   * {@link #tier}, with the profile row looked up once.
   */
  public Instant earliestDueAt(ServiceOrder order, Instant at) {
    requireNonNull(order, "order");
    requireNonNull(at, "at");
    SlaRule rule = ruleFor(order);
    Duration limit = resolutionLimit(order, rule);
    Instant next = dueAt(order, resolutionStart(order), limit, at, RESOLUTION_RUNS);
    if (order.status() == OrderStatus.DISPATCHED) {
      Instant accept = dueAt(order, lastDispatchAt(order), acceptanceLimit(rule, limit), at, ACCEPTANCE_RUNS);
      next = accept.isBefore(next) ? accept : next;
    }
    if (order.tier().isPresent() && !order.tier().get().isTop()) {
      Optional<Duration> budget = profile.tierBudgets().budget(order.tier().get(), limit);
      if (budget.isPresent()) {
        Instant tier = dueAt(order, tierReachedAt(order), budget.get(), at, RESOLUTION_RUNS);
        next = tier.isBefore(next) ? tier : next;
      }
    }
    return next;
  }

  /** When the last dispatch, escalation, reassignment or transfer happened. */
  static Instant lastDispatchAt(ServiceOrder order) {
    Instant at = order.reportedAt();
    for (OrderEvent e : order.events()) {
      OrderStep s = e.step();
      if (s == OrderStep.DISPATCH || s == OrderStep.ESCALATE || s == OrderStep.REASSIGN
          || s == OrderStep.TRANSFER) {
        at = e.at();
      }
    }
    return at;
  }

  /** When the order reached its current tier. */
  static Instant tierReachedAt(ServiceOrder order) {
    Instant at = order.reportedAt();
    Tier tier = null;
    for (OrderEvent e : order.events()) {
      if (e.dispatch().isPresent() && e.dispatch().get().tier() != tier) {
        tier = e.dispatch().get().tier();
        at = e.at();
      }
    }
    return at;
  }

  /** Epoch seconds within which instants are counted in nanoseconds in a {@code long} (1970–2191). */
  private static final long NANOS_FROM = 0;
  private static final long NANOS_UNTIL = 7_000_000_000L;

  /**
   * {@code measure(...).dueAt()}: on a natural calendar counted in nanoseconds, with no objects
   * made on the way (the agenda asks it of every order it loads, and every dispatch needs it).
   */
  private Instant dueAt(ServiceOrder order, Instant from, Duration limit, Instant now,
      Predicate<OrderStatus> runs) {
    if (!profile.calendar().isNatural() || !countable(from) || !countable(now) || !countable(order.reportedAt())
        || limit.getSeconds() >= 1_000_000_000L) {
      return measure(order, from, limit, now, runs).dueAt();
    }
    long limitN = limit.toNanos();
    long fromN = nanos(from);
    long nowN = nanos(now);
    long used = 0;
    long due = 0;
    boolean found = false;
    long segmentStart = nanos(order.reportedAt());
    OrderStatus status = OrderStatus.RECEIVED;
    List<OrderEvent> events = order.events();
    for (int i = 0; i <= events.size(); i++) {
      boolean last = i == events.size();
      long segmentEnd;
      if (last) {
        segmentEnd = nowN;
      } else {
        Instant at = events.get(i).at();
        if (!countable(at)) {
          return measure(order, from, limit, now, runs).dueAt();
        }
        segmentEnd = nanos(at);
      }
      long a = Math.max(segmentStart, fromN);
      long b = Math.min(segmentEnd, nowN);
      if (b > a && runs.test(status)) {
        long length = b - a;
        if (!found && used + length >= limitN) {
          due = a + (limitN - used);
          found = true;
        }
        used += length;
      }
      if (!last) {
        status = events.get(i).toStatus();
        segmentStart = segmentEnd;
      }
    }
    if (!found) {
      due = Math.max(nowN, fromN) + (limitN - used);
    }
    return Instant.ofEpochSecond(Math.floorDiv(due, 1_000_000_000L), Math.floorMod(due, 1_000_000_000L));
  }

  private static boolean countable(Instant t) {
    return t.getEpochSecond() >= NANOS_FROM && t.getEpochSecond() < NANOS_UNTIL;
  }

  private static long nanos(Instant t) {
    return t.getEpochSecond() * 1_000_000_000L + t.getNano();
  }

  /**
   * Counts, from {@code from} to {@code now}, the time during which the order's status satisfied
   * {@code runs}, and finds when {@code limit} is (or would be, running from now on) used up.
   */
  private SlaState measure(ServiceOrder order, Instant from, Duration limit, Instant now,
      Predicate<OrderStatus> runs) {
    requireNonNull(now, "now");
    WorkCalendar calendar = profile.calendar();
    Duration used = Duration.ZERO;
    Instant due = null;
    Instant segmentStart = order.reportedAt();
    OrderStatus status = OrderStatus.RECEIVED;
    for (int i = 0; i <= order.events().size(); i++) {
      boolean last = i == order.events().size();
      Instant segmentEnd = last ? now : order.events().get(i).at();
      Instant a = segmentStart.isBefore(from) ? from : segmentStart;
      Instant b = segmentEnd.isAfter(now) ? now : segmentEnd;
      if (runs.test(status) && b.isAfter(a)) {
        Duration length = calendar.between(a, b);
        if (due == null && used.plus(length).compareTo(limit) >= 0) {
          due = calendar.plus(a, limit.minus(used));
        }
        used = used.plus(length);
      }
      if (!last) {
        status = order.events().get(i).toStatus();
        segmentStart = segmentEnd;
      }
    }
    boolean paused = !runs.test(status);
    if (due == null) {
      Instant start = now.isBefore(from) ? from : now;
      due = calendar.plus(start, limit.minus(used));
    }
    return SlaState.of(limit, used, paused, due, profile.yellowAt());
  }
}
