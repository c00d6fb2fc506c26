package io.github.gridgov.rules.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.Tier;
import io.github.gridgov.core.order.Deadlines;
import io.github.gridgov.core.order.OrderEvent;
import io.github.gridgov.core.order.OrderStatus;
import io.github.gridgov.core.order.OrderStep;
import io.github.gridgov.core.order.Rating;
import io.github.gridgov.core.order.Satisfaction;
import io.github.gridgov.core.order.ServiceOrder;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * 指标累加器 — folds orders one by one into {@link Metrics}, for stream processors (e.g. a Flink
 * {@code AggregateFunction}): {@link #add} each order, {@link #merge} partial accumulators,
 * {@link #result} at the end. The fold of two halves merged equals the fold of the whole.
 *
 * <p>Each order is judged from its trail up to the period's end; events after it are ignored.
 * Orders reported outside the period are skipped.
 *
 * <p>Not thread-safe: one accumulator per task; merge them afterwards.
 */
public final class MetricsAccumulator {
  private final Period period;
  private final MetricsOptions options;
  private long filed;
  private long closed;
  private long due;
  private long closedOnTime;
  private long reworked;
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
  private final Map<String, Long> escalations = new TreeMap<>();

  private MetricsAccumulator(Period period, MetricsOptions options) {
    this.period = requireNonNull(period, "period");
    this.options = requireNonNull(options, "options");
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
    Facts f = Facts.of(order, period.end());
    if (f.status == OrderStatus.REFERRED || f.status == OrderStatus.MERGED || f.status == OrderStatus.CANCELLED) {
      return this;
    }
    filed++;
    boolean isClosed = f.status == OrderStatus.CLOSED;
    Instant asOf = period.end();
    if (isClosed) {
      closed++;
      due++;
      boolean onTime = !f.closedAt.isAfter(f.deadlines.resolveBy());
      closedOnTime += onTime ? 1 : 0;
      slaBreaches += onTime ? 0 : 1;
    } else if (f.deadlines != null && asOf.isAfter(f.deadlines.resolveBy())) {
      due++;
      slaBreaches++;
    }
    reworked += f.reworked ? 1 : 0;
    if (f.firstTier != null) {
      dispatched++;
      acceptedInTime += f.acceptedInTime ? 1 : 0;
    }
    if (f.rating != null) {
      rated++;
      ratedResolved += f.rating.isResolved() ? 1 : 0;
      Satisfaction s = f.rating.satisfaction();
      boolean satisfied = s == Satisfaction.VERY_SATISFIED || s == Satisfaction.SATISFIED
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
    return this;
  }

  /**
   * Adds {@code other}'s orders to this accumulator's.
   *
   * @throws IllegalArgumentException if the periods or options differ
   */
  public MetricsAccumulator merge(MetricsAccumulator other) {
    checkArgument(other.period.equals(period) && other.options.equals(options),
        "Cannot merge accumulators of %s and %s: periods or options differ", other.period, period);
    filed += other.filed;
    closed += other.closed;
    due += other.due;
    closedOnTime += other.closedOnTime;
    reworked += other.reworked;
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
    return this;
  }

  /** The metrics folded so far. */
  public Metrics result() {
    return ImmutableMetrics.builder().period(period).options(options).filed(filed).closed(closed).due(due)
        .closedOnTime(closedOnTime).reworked(reworked).dispatched(dispatched).acceptedInTime(acceptedInTime)
        .rated(rated).ratedResolved(ratedResolved).ratedSatisfied(ratedSatisfied)
        .startedAtBuilding(startedAtBuilding).closedAtBuilding(closedAtBuilding)
        .startedAtOrBelowCommunity(startedAtOrBelowCommunity).closedAtOrBelowCommunity(closedAtOrBelowCommunity)
        .slaBreaches(slaBreaches).escalations(escalations).build();
  }

  /** What one order's trail says, up to an instant. */
  private static final class Facts {
    OrderStatus status = OrderStatus.RECEIVED;
    Tier firstTier;
    Tier tier;
    Tier closedTier;
    Deadlines deadlines;
    Instant closedAt;
    boolean acceptChecked;
    boolean acceptedInTime;
    boolean reworked;
    Rating rating;
    final Map<String, Long> escalations = new TreeMap<>();

    static Facts of(ServiceOrder order, Instant asOf) {
      Facts f = new Facts();
      for (OrderEvent e : order.events()) {
        if (!e.at().isBefore(asOf)) {
          break;
        }
        if (e.dispatch().isPresent()) {
          f.deadlines = e.dispatch().get().deadlines();
          f.tier = e.dispatch().get().tier();
          if (f.firstTier == null) {
            f.firstTier = f.tier;
          }
        }
        if (e.step() == OrderStep.ACCEPT && !f.acceptChecked) {
          f.acceptChecked = true;
          f.acceptedInTime = !e.at().isAfter(f.deadlines.acceptBy());
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
          f.escalations.merge(e.reason().orElse("unspecified"), 1L, Long::sum);
        }
        f.status = e.toStatus();
      }
      return f;
    }
  }
}
