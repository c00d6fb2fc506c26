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
 * Care needs (reported, or noted later from the registry) shorten the resolution limit by the
 * profile's {@link SlaProfile#careNeedFactor()}; the profile's one extension ({@code EXTEND} step,
 * 信访工作条例 Art. 34) lengthens it. An acceptance limit is never longer than the resolution limit.
 *
 * <p><b>One deadline model.</b> These clocks are the deadlines in force ({@link #inForce}): a
 * dispatch's stamped deadlines do not move, the clocks do. A stamped deadline tighter than the
 * clock's when the dispatch was made (a hand-made dispatch that the checks accepted) stays in
 * force as a shorter limit — it moves with pauses like the clock's — until the urgency, flags,
 * care needs or extension change the row or the limit, or the order is dispatched anew (ours).
 *
 * <p>Time is counted in nanoseconds in a {@code long}: the instants measured must lie between the
 * years 1678 and 2261 (an {@link IllegalArgumentException} names the order and the instant
 * otherwise).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SlaClock {

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
    Verify.verify(
        rule.isPresent(), "profile %s has no row for order %s", profile.name(), order.id());
    return rule.get();
  }

  /** The resolution limit of {@code order}, in counted time, shortened for care needs. */
  public Duration resolutionLimit(ServiceOrder order) {
    return resolutionLimit(order, ruleFor(order));
  }

  private Duration resolutionLimit(ServiceOrder order, SlaRule rule) {
    return resolutionLimit(order, rule, false);
  }

  private Duration resolutionLimit(ServiceOrder order, SlaRule rule, boolean careNeeds) {
    Duration limit = rule.resolve().on(profile.calendar());
    if (careNeeds || !order.careNeeds().isEmpty()) {
      limit = Duration.ofMillis((long) (limit.toMillis() * profile.careNeedFactor()));
    }
    if (order.isExtended() && profile.extension().isPresent()) {
      limit = limit.plus(profile.extension().get().on(profile.calendar()));
    }
    return limit;
  }

  /**
   * The resolution limit in force: {@code limit}, or shorter when the last dispatch stamped a
   * resolve-by tighter than the clock's at that time and nothing since changed the limit. Counted
   * time, like {@code limit}.
   */
  private long limitInForce(ServiceOrder order, long limit, long plainDue) {
    OrderEvent d = lastDispatch(order);
    if (d == null) {
      return limit;
    }
    long stamp = nanos(order, d.dispatch().get().deadlines().resolveBy());
    if (stamp >= plainDue) {
      return limit;
    }
    List<OrderEvent> events = order.events();
    for (int i = d.sequence(); i < events.size(); i++) {
      OrderStep s = events.get(i).step();
      if (s == OrderStep.REPRIORITISE
          || s == OrderStep.ADD_FLAG
          || s == OrderStep.NOTE_CARE_NEEDS
          || s == OrderStep.EXTEND
          || s == OrderStep.REOPEN) {
        return limit;
      }
    }
    long at = nanos(order, d.at());
    long[] used = new long[1];
    count(order, nanos(order, resolutionStart(order)), limit, at, SlaClock::resolutionRuns, used);
    long tightened = used[0] + (stamp > at ? between(at, stamp) : 0);
    return tightened < limit ? tightened : limit;
  }

  /** The acceptance limit in force after the last dispatch: never longer than its stamped accept-by allows. */
  private long acceptanceInForce(ServiceOrder order, long limit) {
    OrderEvent d = lastDispatch(order);
    if (d == null) {
      return limit;
    }
    long at = nanos(order, d.at());
    long stamp = nanos(order, d.dispatch().get().deadlines().acceptBy());
    long allowed = stamp > at ? between(at, stamp) : 0;
    return allowed < limit ? allowed : limit;
  }

  /** The last step that made a dispatch (dispatch, offer, escalate, reassign, transfer), or null. */
  private static OrderEvent lastDispatch(ServiceOrder order) {
    List<OrderEvent> events = order.events();
    for (int i = events.size() - 1; i >= 0; i--) {
      OrderStep s = events.get(i).step();
      if (s == OrderStep.DISPATCH
          || s == OrderStep.OFFER
          || s == OrderStep.ESCALATE
          || s == OrderStep.REASSIGN
          || s == OrderStep.TRANSFER) {
        return events.get(i);
      }
    }
    return null;
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

  /** The order against its resolution limit in force at {@code now}. */
  public SlaState resolution(ServiceOrder order, Instant now) {
    Duration limit = resolutionLimitInForce(order, resolutionLimit(order), now);
    return measure(order, resolutionStart(order), limit, now, SlaClock::resolutionRuns);
  }

  /** {@code limit}, or the tighter one a dispatch stamped (see the class description). */
  private Duration resolutionLimitInForce(ServiceOrder order, Duration limit, Instant now) {
    long l = nanos(limit);
    long plainDue =
        count(
            order,
            nanos(order, resolutionStart(order)),
            l,
            nanos(order, now),
            SlaClock::resolutionRuns,
            null);
    long inForce = limitInForce(order, l, plainDue);
    return inForce == l ? limit : Duration.ofNanos(inForce);
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
    Duration limit = Duration.ofNanos(acceptanceInForce(order, nanos(acceptanceLimit(order))));
    return Optional.of(measure(order, lastDispatchAt(order), limit, now, SlaClock::acceptanceRuns));
  }

  /** The order against the budget of its current tier at {@code now}; empty before dispatch or without a budget. */
  public Optional<SlaState> tier(ServiceOrder order, Instant now) {
    requireNonNull(now, "now");
    if (order.tier().isEmpty()) {
      return Optional.empty();
    }
    Tier tier = order.tier().get();
    return profile
        .tierBudgets()
        .budget(tier, resolutionLimit(order))
        .map(budget -> measure(order, tierReachedAt(order), budget, now, SlaClock::resolutionRuns));
  }

  /**
   * 现行时限 — the deadlines in force for {@code order} at {@code now}: the one deadline model that
   * escalation, timers and metrics share. See {@link DeadlinesInForce}.
   */
  public DeadlinesInForce inForce(ServiceOrder order, Instant now) {
    requireNonNull(order, "order");
    requireNonNull(now, "now");
    DeadlinesInForce.Builder b =
        DeadlinesInForce.builder()
            .order(order.id())
            .at(now)
            .resolveBy(resolution(order, now).dueAt())
            .paused(!resolutionRuns(order.status()));
    acceptance(order, now).ifPresent(a -> b.acceptBy(a.dueAt()));
    if (order.status().isOpen()
        && order.status() != OrderStatus.RESOLVED
        && order.tier().isPresent()
        && !order.tier().get().isTop()) {
      tier(order, now).ifPresent(t -> b.tierBy(t.dueAt()));
    }
    order.reviewAt().ifPresent(b::reviewAt);
    callbackBy(order).ifPresent(b::callbackBy);
    if (order.status().isOpen()) {
      order.supervisionDueBy().ifPresent(b::supervisionReplyBy);
    }
    return b.build();
  }

  /**
   * 回访时限 — when a resolved order waiting for its rating or verification is due to be closed
   * unrated: the callback limit from its resolution (a note on the trail since — a linked
   * duplicate, a 报到 — does not restart it); empty unless resolved.
   */
  public Optional<Instant> callbackBy(ServiceOrder order) {
    requireNonNull(order, "order");
    if (order.status() != OrderStatus.RESOLVED) {
      return Optional.empty();
    }
    Instant resolved = order.lastChangedAt();
    List<OrderEvent> events = order.events();
    for (int k = events.size() - 1; k >= 0; k--) {
      if (events.get(k).step() == OrderStep.RESOLVE) {
        resolved = events.get(k).at();
        break;
      }
    }
    return Optional.of(
        profile.calendar().plus(resolved, profile.callbackLimit().on(profile.calendar())));
  }

  /**
   * The deadlines for dispatching {@code order} at {@code now}: accept within the acceptance limit
   * from now, resolve by the resolution due time (the time already used is kept). While the
   * resolution deadline lies ahead, the accept-by instant is never after it; for an order already
   * overdue the resolve-by stays the passed due time and the new owner still gets the full
   * acceptance limit (so that a dispatch of an overdue order is valid).
   */
  public Deadlines deadlines(ServiceOrder order, Instant now) {
    return deadlines(order, now, false);
  }

  /**
   * {@link #deadlines(ServiceOrder, Instant)}, shortened for care needs when {@code careNeeds} even
   * if the order itself carries none yet (the registry's, read by the caller): the deadlines a
   * dispatch gets once the needs are noted, without building that order.
   */
  public Deadlines deadlines(ServiceOrder order, Instant now, boolean careNeeds) {
    requireNonNull(order, "order");
    requireNonNull(now, "now");
    SlaRule rule = ruleFor(order);
    Duration limit = resolutionLimit(order, rule, careNeeds);
    Instant due = dueAt(order, resolutionStart(order), limit, now, SlaClock::resolutionRuns);
    Instant acceptBy = profile.calendar().plus(now, acceptanceLimit(rule, limit));
    if (!due.isAfter(now)) {
      return Deadlines.of(acceptBy, due);
    }
    return Deadlines.of(acceptBy.isAfter(due) ? due : acceptBy, due);
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
    long start = nanos(order, resolutionStart(order));
    long l = nanos(limit);
    long now = nanos(order, at);
    long due = count(order, start, l, now, SlaClock::resolutionRuns, null);
    long inForce = limitInForce(order, l, due);
    if (inForce != l) {
      due = count(order, start, inForce, now, SlaClock::resolutionRuns, null);
    }
    Instant next = instant(due);
    if (order.status() == OrderStatus.DISPATCHED) {
      long accept = acceptanceInForce(order, nanos(acceptanceLimit(rule, limit)));
      Instant acceptDue =
          instant(
              count(
                  order,
                  nanos(order, lastDispatchAt(order)),
                  accept,
                  now,
                  SlaClock::acceptanceRuns,
                  null));
      next = acceptDue.isBefore(next) ? acceptDue : next;
    }
    if (order.tier().isPresent() && !order.tier().get().isTop()) {
      Optional<Duration> budget = profile.tierBudgets().budget(order.tier().get(), limit);
      if (budget.isPresent()) {
        Instant tier =
            dueAt(order, tierReachedAt(order), budget.get(), at, SlaClock::resolutionRuns);
        next = tier.isBefore(next) ? tier : next;
      }
    }
    return next;
  }

  /**
   * 响应 — whether the first acceptance came within the acceptance limit in force for the dispatch
   * it answered (counted while the order waited, pauses excluded); empty if never accepted.
   */
  public Optional<Boolean> firstAcceptanceInTime(ServiceOrder order) {
    requireNonNull(order, "order");
    List<OrderEvent> events = order.events();
    OrderEvent dispatch = null;
    for (OrderEvent e : events) {
      OrderStep s = e.step();
      if (s == OrderStep.ACCEPT) {
        if (dispatch == null) {
          return Optional.empty();
        }
        long from = nanos(order, dispatch.at());
        long at = nanos(order, e.at());
        long[] used = new long[1];
        count(order, from, Long.MAX_VALUE, at, SlaClock::acceptanceRuns, used);
        long limit = nanos(acceptanceLimit(order));
        long stamp = nanos(order, dispatch.dispatch().get().deadlines().acceptBy());
        long allowed = stamp > from ? between(from, stamp) : 0;
        return Optional.of(used[0] <= Math.min(limit, allowed));
      }
      if (s == OrderStep.DISPATCH
          || s == OrderStep.OFFER
          || s == OrderStep.ESCALATE
          || s == OrderStep.REASSIGN
          || s == OrderStep.TRANSFER) {
        dispatch = e;
      }
    }
    return Optional.empty();
  }

  /** When the last dispatch, escalation, reassignment or transfer happened. */
  static Instant lastDispatchAt(ServiceOrder order) {
    Instant at = order.reportedAt();
    for (OrderEvent e : order.events()) {
      OrderStep s = e.step();
      if (s == OrderStep.DISPATCH
          || s == OrderStep.OFFER
          || s == OrderStep.ESCALATE
          || s == OrderStep.REASSIGN
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
  private Instant dueAt(
      ServiceOrder order, Instant from, Duration limit, Instant now, Predicate<OrderStatus> runs) {
    return instant(count(order, nanos(order, from), nanos(limit), nanos(order, now), runs, null));
  }

  /**
   * Counts, from {@code from} to {@code now}, the time during which the order's status satisfied
   * {@code runs}, and finds when {@code limit} is (or would be, running from now on) used up.
   */
  private SlaState measure(
      ServiceOrder order, Instant from, Duration limit, Instant now, Predicate<OrderStatus> runs) {
    long[] used = new long[1];
    long due = count(order, nanos(order, from), nanos(limit), nanos(order, now), runs, used);
    return SlaState.of(
        limit,
        Duration.ofNanos(used[0]),
        !runs.test(order.status()),
        instant(due),
        profile.yellowAt());
  }

  /**
   * The one count behind {@link #measure} and {@link #dueAt}, in nanoseconds since the epoch: walks
   * the trail's segments from the report, adds up the counted time of those whose status
   * satisfies {@code runs} between {@code from} and {@code now} (into {@code used[0]} when asked),
   * and returns when {@code limit} is used up ({@link Long#MAX_VALUE} for a limit of
   * {@link Long#MAX_VALUE}: counting only).
   */
  private long count(
      ServiceOrder order,
      long from,
      long limit,
      long now,
      Predicate<OrderStatus> runs,
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
    if (found || limit == Long.MAX_VALUE) {
      return found ? due : Long.MAX_VALUE;
    }
    return plus(Math.max(now, from), limit - counted);
  }

  /** The counted time between two instants (nanoseconds since the epoch) on the profile's calendar. */
  private long between(long a, long b) {
    WorkCalendar calendar = profile.calendar();
    return calendar.isNatural() ? b - a : calendar.between(instant(a), instant(b)).toNanos();
  }

  /** The instant at which {@code amount} nanoseconds of counted time have passed since {@code a}. */
  private long plus(long a, long amount) {
    WorkCalendar calendar = profile.calendar();
    return calendar.isNatural()
        ? a + amount
        : nanos(null, calendar.plus(instant(a), Duration.ofNanos(amount)));
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
      throw new IllegalArgumentException(
          "Cannot measure "
              + (order == null ? "a deadline" : "order " + order.id())
              + ": instant "
              + t
              + " is outside 1678-2261, the range the SLA clock counts in",
          e);
    }
  }

  /** {@code limit} in nanoseconds; no limit the profiles can hold comes near the 292 years that fit. */
  private static long nanos(Duration limit) {
    try {
      return limit.toNanos();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "Cannot measure against limit "
              + limit
              + ": it is longer than the 292 years the SLA clock counts in",
          e);
    }
  }

  private static Instant instant(long nanos) {
    return Instant.ofEpochSecond(
        Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
  }

  /** Whether the resolution clock runs while an order is in {@code s}. */
  private static boolean resolutionRuns(OrderStatus s) {
    return s == OrderStatus.RECEIVED
        || s == OrderStatus.DISPATCHED
        || s == OrderStatus.ACCEPTED
        || s == OrderStatus.REWORK;
  }

  /** Whether the acceptance clock runs while an order is in {@code s}. */
  private static boolean acceptanceRuns(OrderStatus s) {
    return s == OrderStatus.DISPATCHED;
  }
}
