package io.github.gridgov.rules.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.Tier;
import io.github.gridgov.core.order.EscalationTrigger;
import io.github.gridgov.core.order.OrderEvent;
import io.github.gridgov.core.order.OrderStatus;
import io.github.gridgov.core.order.OrderStep;
import io.github.gridgov.core.order.Origin;
import io.github.gridgov.core.order.Rating;
import io.github.gridgov.core.order.Satisfaction;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.people.Department;
import io.github.gridgov.rules.sla.SlaClock;
import io.github.gridgov.rules.sla.SlaState;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * 指标累加器 — folds orders one by one into {@link Metrics}, for stream processors (e.g. a Flink
 * {@code AggregateFunction}): {@link #add} each order, {@link #merge} partial accumulators,
 * {@link #result} at the end. The fold of two halves merged equals the fold of the whole.
 *
 * <p>Each order is judged from its trail up to the period's end; events after it are ignored.
 * Orders reported outside the period are skipped. Deadlines are the ones in force, measured by the
 * SLA clock of {@link MetricsOptions#slaProfile()} — the same that escalation uses.
 *
 * <p>Not thread-safe: one accumulator per task; merge them afterwards.
 *
 * @since 0.1.0
 */
public final class MetricsAccumulator {
  private final Period period;
  private final MetricsOptions options;
  private long filed;
  private long proactive;
  private long closed;
  private long due;
  private long closedOnTime;
  private long reworked;
  private long reworkedDue;
  private long dispatched;
  private long acceptedInTime;
  private long rated;
  private long ratedResolved;
  private long ratedSatisfied;
  private long startedAtBuilding;
  private long closedAtBuilding;
  private long startedAtOrBelowCommunity;
  private long closedAtOrBelowCommunity;
  private long slaBreaches;
  private long manualEscalations;
  private long whistles;
  private final Map<EscalationTrigger, Long> escalations = new EnumMap<>(EscalationTrigger.class);
  private final Map<Department, Long> reportIns = new TreeMap<>();
  private final Map<Tier, Long> supervisions = new EnumMap<>(Tier.class);
  private final SlaClock clock;

  private MetricsAccumulator(Period period, MetricsOptions options) {
    this.period = requireNonNull(period, "period");
    this.options = requireNonNull(options, "options");
    this.clock = SlaClock.of(options.slaProfile());
  }

  /** An empty accumulator for {@code period}. */
  public static MetricsAccumulator of(Period period, MetricsOptions options) {
    return new MetricsAccumulator(period, options);
  }

  /** Folds in {@code order}. */
  public MetricsAccumulator add(ServiceOrder order) {
    requireNonNull(order, "order");
    if (!period.contains(order.reportedAt())) {
      return this;
    }
    Instant asOf = period.end();
    ServiceOrder judged = asOf(order, asOf);
    Facts f = Facts.of(judged);
    if (f.status == OrderStatus.REFERRED
        || f.status == OrderStatus.MERGED
        || f.status == OrderStatus.CANCELLED) {
      return this;
    }
    filed++;
    proactive += order.origin() == Origin.PROACTIVE || order.origin() == Origin.GRID_PATROL ? 1 : 0;
    boolean isClosed = f.status == OrderStatus.CLOSED;
    boolean isDue = isClosed;
    if (isClosed) {
      closed++;
      due++;
      SlaState atClose = clock.resolution(judged, f.closedAt);
      boolean onTime = atClose.elapsed().compareTo(atClose.limit()) <= 0;
      closedOnTime += onTime ? 1 : 0;
      slaBreaches += onTime ? 0 : 1;
    } else {
      SlaState now = clock.resolution(judged, asOf);
      if (now.elapsed().compareTo(now.limit()) > 0) {
        due++;
        slaBreaches++;
        isDue = true;
      }
    }
    reworked += f.reworked ? 1 : 0;
    reworkedDue += f.reworked && isDue ? 1 : 0;
    if (f.firstTier != null) {
      dispatched++;
      acceptedInTime += clock.firstAcceptanceInTime(judged).orElse(false) ? 1 : 0;
    }
    if (f.rating != null) {
      rated++;
      ratedResolved += f.rating.isResolved() ? 1 : 0;
      Satisfaction s = f.rating.satisfaction();
      boolean satisfied =
          s == Satisfaction.VERY_SATISFIED
              || s == Satisfaction.SATISFIED
              || (s == Satisfaction.BASICALLY_SATISFIED && options.isBasicallySatisfiedCounted());
      ratedSatisfied += satisfied ? 1 : 0;
    }
    if (f.firstTier == Tier.BUILDING) {
      startedAtBuilding++;
      closedAtBuilding += isClosed && f.closedTier == Tier.BUILDING ? 1 : 0;
    }
    if (f.firstTier != null && f.firstTier.compareTo(Tier.COMMUNITY) <= 0) {
      startedAtOrBelowCommunity++;
      closedAtOrBelowCommunity += isClosed && f.closedTier.compareTo(Tier.COMMUNITY) <= 0 ? 1 : 0;
    }
    f.escalations.forEach((k, v) -> escalations.merge(k, v, Long::sum));
    manualEscalations += f.manualEscalations;
    whistles += f.whistles;
    f.reportIns.forEach((k, v) -> reportIns.merge(k, v, Long::sum));
    f.supervisions.forEach((k, v) -> supervisions.merge(k, v, Long::sum));
    return this;
  }

  /** {@code order} as it stood just before {@code asOf}: its trail cut there (the order itself when nothing is cut). */
  private static ServiceOrder asOf(ServiceOrder order, Instant asOf) {
    List<OrderEvent> events = order.events();
    int n = events.size();
    while (n > 0 && !events.get(n - 1).at().isBefore(asOf)) {
      n--;
    }
    return n == events.size()
        ? order
        : ServiceOrder.builder().from(order).events(events.subList(0, n)).build();
  }

  /**
   * Adds {@code other}'s orders to this accumulator's.
   *
   * @throws IllegalArgumentException if the periods or options differ
   */
  public MetricsAccumulator merge(MetricsAccumulator other) {
    checkArgument(
        other.period.equals(period) && other.options.equals(options),
        "Cannot merge accumulators of %s and %s: periods or options differ",
        other.period,
        period);
    filed += other.filed;
    proactive += other.proactive;
    closed += other.closed;
    due += other.due;
    closedOnTime += other.closedOnTime;
    reworked += other.reworked;
    reworkedDue += other.reworkedDue;
    dispatched += other.dispatched;
    acceptedInTime += other.acceptedInTime;
    rated += other.rated;
    ratedResolved += other.ratedResolved;
    ratedSatisfied += other.ratedSatisfied;
    startedAtBuilding += other.startedAtBuilding;
    closedAtBuilding += other.closedAtBuilding;
    startedAtOrBelowCommunity += other.startedAtOrBelowCommunity;
    closedAtOrBelowCommunity += other.closedAtOrBelowCommunity;
    slaBreaches += other.slaBreaches;
    other.escalations.forEach((k, v) -> escalations.merge(k, v, Long::sum));
    manualEscalations += other.manualEscalations;
    whistles += other.whistles;
    other.reportIns.forEach((k, v) -> reportIns.merge(k, v, Long::sum));
    other.supervisions.forEach((k, v) -> supervisions.merge(k, v, Long::sum));
    return this;
  }

  /** The metrics folded so far. */
  public Metrics result() {
    return ImmutableMetrics.builder()
        .period(period)
        .options(options)
        .filed(filed)
        .proactive(proactive)
        .closed(closed)
        .due(due)
        .closedOnTime(closedOnTime)
        .reworked(reworked)
        .reworkedDue(reworkedDue)
        .dispatched(dispatched)
        .acceptedInTime(acceptedInTime)
        .rated(rated)
        .ratedResolved(ratedResolved)
        .ratedSatisfied(ratedSatisfied)
        .startedAtBuilding(startedAtBuilding)
        .closedAtBuilding(closedAtBuilding)
        .startedAtOrBelowCommunity(startedAtOrBelowCommunity)
        .closedAtOrBelowCommunity(closedAtOrBelowCommunity)
        .slaBreaches(slaBreaches)
        .escalations(escalations)
        .manualEscalations(manualEscalations)
        .whistles(whistles)
        .reportIns(reportIns)
        .supervisions(supervisions)
        .build();
  }

  /** What one order's trail says. */
  private static final class Facts {
    OrderStatus status = OrderStatus.RECEIVED;
    Tier firstTier;
    Tier tier;
    Tier closedTier;
    Instant closedAt;
    boolean reworked;
    Rating rating;
    long manualEscalations;
    long whistles;
    final Map<EscalationTrigger, Long> escalations = new EnumMap<>(EscalationTrigger.class);
    final Map<Department, Long> reportIns = new TreeMap<>();
    final Map<Tier, Long> supervisions = new EnumMap<>(Tier.class);

    static Facts of(ServiceOrder order) {
      Facts f = new Facts();
      for (OrderEvent e : order.events()) {
        if (e.dispatch().isPresent()) {
          f.tier = e.dispatch().get().tier();
          if (f.firstTier == null) {
            f.firstTier = f.tier;
          }
        }
        if (e.toStatus() == OrderStatus.REWORK) {
          f.reworked = true;
        }
        if (e.rating().isPresent() && f.rating == null) {
          f.rating = e.rating().get();
        }
        if (e.toStatus() == OrderStatus.CLOSED) {
          f.closedAt = e.at();
          f.closedTier = f.tier;
        }
        if (e.step() == OrderStep.ESCALATE) {
          if (e.trigger().isPresent()) {
            f.escalations.merge(e.trigger().get(), 1L, Long::sum);
          } else {
            f.manualEscalations++;
          }
          if (!e.summonedDepartments().isEmpty()) {
            f.whistles++;
          }
        }
        if (e.step() == OrderStep.REPORT_IN) {
          f.reportIns.merge(e.department().get(), 1L, Long::sum);
        }
        if (e.step() == OrderStep.SUPERVISE) {
          f.supervisions.merge(e.tier().get(), 1L, Long::sum);
        }
        f.status = e.toStatus();
      }
      return f;
    }
  }
}
