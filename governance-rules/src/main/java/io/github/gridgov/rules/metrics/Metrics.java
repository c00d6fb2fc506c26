package io.github.gridgov.rules.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.Tier;
import io.github.gridgov.core.order.EscalationTrigger;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.people.Department;
import io.github.gridgov.core.registry.Jurisdiction;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * 考核指标 — the counts of one group of orders over one {@link Period}, judged as they stood at
 * the period's end, and the ratios built from them.
 *
 * <p>Definitions: an order is <b>filed</b> (立案) when it was
 * reported in the period and, at the period's end, was not referred, merged or cancelled (those
 * never became cases of this platform — our reading). <b>Due</b> (应结案) excludes filed orders
 * still open and inside their limit. Limits are the <b>deadlines in force</b>: the SLA clock of
 * {@link MetricsOptions#slaProfile()} — the one escalation uses — which stops while an order is
 * suspended (挂起) or parked (挂账), keeps the time used when the urgency changes, restarts on
 * reopening and counts a tighter hand-made deadline. <b>Closed on time</b> (按期结案) means the
 * counted time up to the close did not exceed the limit in force (the clock stands still from the
 * resolution on, so waiting for the callback does not make an order late). <b>Reworked</b> (返工) counts filed orders that went to rework at least once, reopened ones
 * included. <b>Response</b> (响应率) is the first acceptance within its dispatch's accept-by, over
 * dispatched orders; <b>resolution</b> (解决率) the first rating saying resolved, over rated
 * orders; <b>satisfaction</b> (满意率) the first rating 非常满意 or 满意 (and 基本满意 if the options
 * say so), over rated orders. The first rating — the callback after the first resolution — is
 * used so that a rework which later satisfies the resident does not hide the first
 * dissatisfaction (our reading; rework itself shows in 返工率). <b>Containment</b>: 楼栋化解率 = closed at the building / started at
 * the building; 社区化解率 = closed at or below the community / started at or below the community.
 * An <b>SLA breach</b> is closing past the limit in force, or being open past it at the
 * period's end (a parked order's clock stands still, so parking is no breach). <b>Escalations by
 * trigger</b> counts escalation steps by their typed trigger ({@link
 * io.github.gridgov.core.order.OrderEvent#trigger()}), those taken by hand apart; <b>吹哨</b>
 * counts escalations that summoned departments, <b>报到</b> each department's reporting in
 * (北京市接诉即办工作条例 Art. 16, 33), <b>督办</b> each supervision by the supervising tier.
 *
 * <p>Metrics add up: {@link #plus} of two groups' metrics equals the metrics of their union, so a
 * stream processor folds order by order ({@link MetricsAccumulator}) and combines partial results.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Metrics {
  Metrics() {}

  /** The period. */
  public abstract Period period();

  /** The definitions' open choices used. */
  public abstract MetricsOptions options();

  /** 立案数. */
  public abstract long filed();

  /**
   * 未诉先办数 — filed orders found before anyone complained: on a patrol or an inspection
   * ({@link io.github.gridgov.core.order.Origin#GRID_PATROL}) or proactively ({@link
   * io.github.gridgov.core.order.Origin#PROACTIVE}).
   */
  public abstract long proactive();

  /** 结案数. */
  public abstract long closed();

  /** 应结案数. */
  public abstract long due();

  /** 按期结案数. */
  public abstract long closedOnTime();

  /** 返工数: filed orders reworked at least once. */
  public abstract long reworked();

  /** Of the 应结案 orders, those reworked at least once: the numerator of 返工率 over 应结案数. */
  public abstract long reworkedDue();

  /** Filed orders dispatched. */
  public abstract long dispatched();

  /** Dispatched orders first accepted within their accept-by. */
  public abstract long acceptedInTime();

  /** Filed orders rated. */
  public abstract long rated();

  /** Rated orders whose first rating says resolved. */
  public abstract long ratedResolved();

  /** Rated orders whose first rating is satisfied. */
  public abstract long ratedSatisfied();

  /** Filed orders that started at the building. */
  public abstract long startedAtBuilding();

  /** Of those, closed at the building. */
  public abstract long closedAtBuilding();

  /** Filed orders that started at or below the community. */
  public abstract long startedAtOrBelowCommunity();

  /** Of those, closed at or below the community. */
  public abstract long closedAtOrBelowCommunity();

  /** SLA breaches. */
  public abstract long slaBreaches();

  /** Escalation steps by their typed trigger, in trigger order. */
  public abstract Map<EscalationTrigger, Long> escalations();

  /** Escalation steps taken by hand, with a free-text reason and no trigger. */
  public abstract long manualEscalations();

  /** 吹哨 — escalations to the street that summoned departments. */
  public abstract long whistles();

  /** 报到 — departments reporting in after a 吹哨, by department (in code order). */
  public abstract Map<Department, Long> reportIns();

  /** 督办 — supervisions, by the supervising tier. */
  public abstract Map<Tier, Long> supervisions();

  /** 结案率 = 结案数 / 应结案数. */
  public Ratio closureRate() {
    return Ratio.of(closed(), due());
  }

  /**
   * 未诉先办率 = 未诉先办数 / 立案数: the share of cases the platform found itself (our reading:
   * patrol findings count with proactive ones, since no resident complained of either).
   */
  public Ratio proactiveShare() {
    return Ratio.of(proactive(), filed());
  }

  /** 按期结案率 = 按期结案数 / 应结案数. */
  public Ratio onTimeRate() {
    return Ratio.of(closedOnTime(), due());
  }

  /**
   * 返工率 = 返工数 / 应结案数 (or / 立案数, by the options), the numerator counted within the
   * denominator's orders: over 应结案数, a reworked order still open inside its limit is not yet
   * counted, so the rate never exceeds 1.
   */
  public Ratio reworkRate() {
    return options().reworkBase() == MetricsOptions.ReworkBase.DUE
        ? Ratio.of(reworkedDue(), due())
        : Ratio.of(reworked(), filed());
  }

  /** 响应率 = accepted in time / dispatched. */
  public Ratio responseRate() {
    return Ratio.of(acceptedInTime(), dispatched());
  }

  /** 解决率 = rated resolved / rated. */
  public Ratio resolutionRate() {
    return Ratio.of(ratedResolved(), rated());
  }

  /** 满意率 = rated satisfied / rated. */
  public Ratio satisfactionRate() {
    return Ratio.of(ratedSatisfied(), rated());
  }

  /** 楼栋化解率. */
  public Ratio buildingContainment() {
    return Ratio.of(closedAtBuilding(), startedAtBuilding());
  }

  /** 社区化解率. */
  public Ratio communityContainment() {
    return Ratio.of(closedAtOrBelowCommunity(), startedAtOrBelowCommunity());
  }

  /**
   * The metrics of both groups together.
   *
   * @throws IllegalArgumentException if the periods or options differ
   */
  public Metrics plus(Metrics other) {
    checkArgument(
        other.period().equals(period()) && other.options().equals(options()),
        "Cannot add metrics of %s to metrics of %s: periods or options differ",
        other.period(),
        period());
    Map<EscalationTrigger, Long> escalations = new EnumMap<>(EscalationTrigger.class);
    escalations.putAll(escalations());
    other.escalations().forEach((k, v) -> escalations.merge(k, v, Long::sum));
    Map<Department, Long> reportIns = new TreeMap<>(reportIns());
    other.reportIns().forEach((k, v) -> reportIns.merge(k, v, Long::sum));
    Map<Tier, Long> supervisions = new EnumMap<>(Tier.class);
    supervisions.putAll(supervisions());
    other.supervisions().forEach((k, v) -> supervisions.merge(k, v, Long::sum));
    return ImmutableMetrics.builder()
        .period(period())
        .options(options())
        .filed(filed() + other.filed())
        .proactive(proactive() + other.proactive())
        .closed(closed() + other.closed())
        .due(due() + other.due())
        .closedOnTime(closedOnTime() + other.closedOnTime())
        .reworked(reworked() + other.reworked())
        .reworkedDue(reworkedDue() + other.reworkedDue())
        .dispatched(dispatched() + other.dispatched())
        .acceptedInTime(acceptedInTime() + other.acceptedInTime())
        .rated(rated() + other.rated())
        .ratedResolved(ratedResolved() + other.ratedResolved())
        .ratedSatisfied(ratedSatisfied() + other.ratedSatisfied())
        .startedAtBuilding(startedAtBuilding() + other.startedAtBuilding())
        .closedAtBuilding(closedAtBuilding() + other.closedAtBuilding())
        .startedAtOrBelowCommunity(startedAtOrBelowCommunity() + other.startedAtOrBelowCommunity())
        .closedAtOrBelowCommunity(closedAtOrBelowCommunity() + other.closedAtOrBelowCommunity())
        .slaBreaches(slaBreaches() + other.slaBreaches())
        .escalations(escalations)
        .manualEscalations(manualEscalations() + other.manualEscalations())
        .whistles(whistles() + other.whistles())
        .reportIns(reportIns)
        .supervisions(supervisions)
        .build();
  }

  /** The metrics of {@code orders} over {@code period}. */
  public static Metrics of(Iterable<ServiceOrder> orders, Period period, MetricsOptions options) {
    MetricsAccumulator acc = MetricsAccumulator.of(period, options);
    orders.forEach(acc::add);
    return acc.result();
  }

  /**
   * The metrics of {@code orders} over {@code period} for each group of {@code grouping}, keyed by
   * the group's id (sorted); {@code jurisdiction} places orders in areas.
   */
  public static Map<String, Metrics> byGroup(
      Iterable<ServiceOrder> orders,
      Period period,
      Grouping grouping,
      Jurisdiction jurisdiction,
      MetricsOptions options) {
    requireNonNull(grouping, "grouping");
    requireNonNull(jurisdiction, "jurisdiction");
    Map<String, MetricsAccumulator> groups = new TreeMap<>();
    for (ServiceOrder o : orders) {
      String key = grouping.keyOf(o, jurisdiction);
      groups.computeIfAbsent(key, k -> MetricsAccumulator.of(period, options)).add(o);
    }
    Map<String, Metrics> out = new TreeMap<>();
    groups.forEach((k, v) -> out.put(k, v.result()));
    return out;
  }
}
