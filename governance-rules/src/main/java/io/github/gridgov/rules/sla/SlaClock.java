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
 * <p>Time is counted in nanoseconds in a {@code long}: the instants measured must lie between the
 * years 1678 and 2261 (an {@link IllegalArgumentException} names the order and the instant
 * otherwise).
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

  /** {@code measure(...).dueAt()} without the rest of the state: no objects made on the way. */
  private Instant dueAt(ServiceOrder order, Instant from, Duration limit, Instant now,
      Predicate<OrderStatus> runs) {
    return instant(count(order, nanos(order, from), nanos(limit), nanos(order, now), runs, null));
  }

  /**
   * Counts, from {@code from} to {@code now}, the time during which the order's status satisfied
   * {@code runs}, and finds when {@code limit} is (or would be, running from now on) used up.
   */
  private SlaState measure(ServiceOrder order, Instant from, Duration limit, Instant now,
      Predicate<OrderStatus> runs) {
    long[] used = new long[1];
    long due = count(order, nanos(order, from), nanos(limit), nanos(order, now), runs, used);
    return SlaState.of(limit, Duration.ofNanos(used[0]), !runs.test(order.status()), instant(due),
        profile.yellowAt());
  }

  /**
   * The one count behind {@link #measure} and {@link #dueAt}, in nanoseconds since the epoch: walks
   * the trail's segments from the report, adds up the counted time of those whose status
   * satisfies {@code runs} between {@code from} and {@code now} (into {@code used[0]} when asked),
   * and returns when {@code limit} is used up.
   */
  private long count(ServiceOrder order, long from, long limit, long now, Predicate<OrderStatus> runs,
      long[] used) {
    long counted = 0;
    long due = 0;
    boolean found = false;
    long segmentStart = nanos(order, order.reportedAt());
    OrderStatus status = OrderStatus.RECEIVED;
    List<OrderEvent> events = order.events();
    for (int i = 0; i <= events.size(); i++) {
      boolean last = i == events.size();
      long segmentEnd = last ? now : nanos(order, events.get(i).at());
      long a = Math.max(segmentStart, from);
      long b = Math.min(segmentEnd, now);
      if (b > a && runs.test(status)) {
        long length = between(a, b);
        if (!found && counted + length >= limit) {
          due = plus(a, limit - counted);
          found = true;
        }
        counted += length;
      }
      if (!last) {
        status = events.get(i).toStatus();
        segmentStart = segmentEnd;
      }
    }
    if (used != null) {
      used[0] = counted;
    }
    return found ? due : plus(Math.max(now, from), limit - counted);
  }

  /** The counted time between two instants (nanoseconds since the epoch) on the profile's calendar. */
  private long between(long a, long b) {
    WorkCalendar calendar = profile.calendar();
    return calendar.isNatural() ? b - a : calendar.between(instant(a), instant(b)).toNanos();
  }

  /** The instant at which {@code amount} nanoseconds of counted time have passed since {@code a}. */
  private long plus(long a, long amount) {
    WorkCalendar calendar = profile.calendar();
    return calendar.isNatural() ? a + amount : nanos(null, calendar.plus(instant(a), Duration.ofNanos(amount)));
  }

  /**
   * {@code t} in nanoseconds since the epoch.
   *
   * @throws IllegalArgumentException if {@code t} lies outside 1678–2261, the range that counts
   */
  private static long nanos(ServiceOrder order, Instant t) {
    requireNonNull(t, "instant");
    try {
      return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("Cannot measure " + (order == null ? "a deadline" : "order " + order.id())
          + ": instant " + t + " is outside 1678-2261, the range the SLA clock counts in", e);
    }
  }

  /** {@code limit} in nanoseconds; no limit the profiles can hold comes near the 292 years that fit. */
  private static long nanos(Duration limit) {
    try {
      return limit.toNanos();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("Cannot measure against limit " + limit
          + ": it is longer than the 292 years the SLA clock counts in", e);
    }
  }

  private static Instant instant(long nanos) {
    return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
  }

}
