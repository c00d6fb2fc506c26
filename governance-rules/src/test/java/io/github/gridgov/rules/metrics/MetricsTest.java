package io.github.gridgov.rules.metrics;

import static io.github.gridgov.rules.Neighbourhood.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gridgov.core.Tier;
import io.github.gridgov.core.order.Actor;
import io.github.gridgov.core.order.Assignee;
import io.github.gridgov.core.order.Category;
import io.github.gridgov.core.order.Deadlines;
import io.github.gridgov.core.order.Dispatch;
import io.github.gridgov.core.order.EscalationTrigger;
import io.github.gridgov.core.order.OrderId;
import io.github.gridgov.core.order.Rating;
import io.github.gridgov.core.order.ReferralTarget;
import io.github.gridgov.core.order.Satisfaction;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.people.ResponderId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("考核指标: counts and exact ratios")
class MetricsTest {
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  static final Period JANUARY = Period.of(START, START.plus(Duration.ofDays(31)));
  static final Actor HOST = Actor.system("host");
  static final MetricsOptions OPTIONS = MetricsOptions.standard();
  static int counter;

  static Instant day(double d) {
    return START.plusSeconds((long) (d * 86400));
  }

  /** An order reported on {@code reported}, dispatched at {@code tier} an hour later with a {@code limitDays} limit. */
  static ServiceOrder dispatched(double reported, Tier tier, double limitDays, ResponderId owner) {
    Instant at = day(reported);
    ServiceOrder o = order("O-" + ++counter, FLAT_301, Category.WATER_LEAK, at).build();
    Instant d = at.plus(Duration.ofHours(1));
    return o.dispatch(
        HOST,
        Dispatch.of(
            Assignee.of(owner),
            tier,
            Deadlines.of(
                d.plus(Duration.ofHours(24)),
                at.plus(Duration.ofSeconds((long) (limitDays * 86400))))),
        d);
  }

  static ServiceOrder dispatched(double reported, double limitDays) {
    return dispatched(reported, Tier.BUILDING, limitDays, LEADER_43);
  }

  /** Accepted after {@code acceptHours}, resolved and rated {@code s}, closing {@code closeDays} after the report. */
  static ServiceOrder closed(ServiceOrder o, double acceptHours, double closeDays, Satisfaction s) {
    Instant reported = o.reportedAt();
    return o.accept(HOST, reported.plus(Duration.ofMinutes((long) (60 + acceptHours * 60))))
        .resolve(HOST, "已办结", reported.plusSeconds((long) (closeDays * 86400) - 60))
        .rate(
            HOST,
            Rating.of(s, !s.isUnsatisfied()),
            reported.plusSeconds((long) (closeDays * 86400)));
  }

  /** Accepted after two hours, resolved {@code after} the report, rated satisfied a minute later. */
  static ServiceOrder resolvedAfter(ServiceOrder o, Duration after) {
    Instant reported = o.reportedAt();
    return o.accept(HOST, reported.plus(Duration.ofHours(2)))
        .resolve(HOST, "已办结", reported.plus(after))
        .rate(HOST, Rating.of(Satisfaction.SATISFIED, true), reported.plus(after).plusSeconds(60));
  }

  @Test
  @DisplayName("reproduces the published figures: 结案率 911/972 = 93.72 %, 按期结案率 737/972 = 75.82 %")
  void publishedFigures() {
    List<ServiceOrder> orders = new ArrayList<>();
    for (int i = 0; i < 28; i++) {
      orders.add(dispatched(25, 30)); // open, inside the limit
    }
    for (int i = 0; i < 61; i++) {
      orders.add(dispatched(1, 7)); // open, overdue
    }
    for (int i = 0; i < 737; i++) {
      orders.add(closed(dispatched(1, 7), 1, 3, Satisfaction.SATISFIED)); // closed on time
    }
    for (int i = 0; i < 174; i++) {
      orders.add(closed(dispatched(1, 7), 1, 9, Satisfaction.SATISFIED)); // closed late
    }
    Metrics m = Metrics.of(orders, JANUARY, OPTIONS);
    assertThat(m.filed()).isEqualTo(1000);
    assertThat(m.due()).isEqualTo(972);
    assertThat(m.closed()).isEqualTo(911);
    assertThat(m.closedOnTime()).isEqualTo(737);
    assertThat(m.closureRate()).isEqualTo(Ratio.of(911, 972));
    assertThat(m.closureRate().percent()).contains(new BigDecimal("93.72"));
    assertThat(m.onTimeRate().percent()).contains(new BigDecimal("75.82"));
    assertThat(m.closureRate().toString()).isEqualTo("911/972 (93.72%)");
    assertThat(m.slaBreaches()).isEqualTo(61 + 174);
  }

  @Nested
  @DisplayName("the boundaries of the definitions")
  class Boundaries {
    @Test
    @DisplayName("orders reported before the period, or at its end, are not counted")
    void outsideThePeriod() {
      Metrics m = Metrics.of(List.of(dispatched(-1, 7), dispatched(31, 7)), JANUARY, OPTIONS);
      assertThat(m.filed()).isZero();
      assertThat(m.closureRate().isApplicable()).isFalse();
      assertThat(m.closureRate().percent()).isEmpty();
      assertThat(m.closureRate().toString()).isEqualTo("0/0 (n/a)");
    }

    @Test
    @DisplayName("an order still open and inside its limit is filed but not yet due")
    void openInsideLimit() {
      Metrics m = Metrics.of(List.of(dispatched(30, 7)), JANUARY, OPTIONS);
      assertThat(m.filed()).isEqualTo(1);
      assertThat(m.due()).isZero();
      assertThat(m.slaBreaches()).isZero();
      Metrics undispatched =
          Metrics.of(
              List.of(order("O-u", FLAT_301, Category.WATER_LEAK, day(2)).build()),
              JANUARY,
              OPTIONS);
      assertThat(undispatched.due())
          .as("the clock runs from the report: 29 days undispatched is past 7 days")
          .isEqualTo(1);
      assertThat(undispatched.slaBreaches()).isEqualTo(1);
      assertThat(undispatched.dispatched()).isZero();
    }

    @Test
    @DisplayName(
        "to the second: closed exactly at its limit is on time, a second later a breach; open at the end exactly at its limit is not yet due")
    void exactLimits() {
      ServiceOrder atLimit = resolvedAfter(dispatched(1, 2), Duration.ofDays(2));
      ServiceOrder justAfter = resolvedAfter(dispatched(1, 2), Duration.ofDays(2).plusSeconds(1));
      Metrics m = Metrics.of(List.of(atLimit, justAfter), JANUARY, OPTIONS);
      assertThat(m.closed()).isEqualTo(2);
      assertThat(m.closedOnTime()).isEqualTo(1);
      assertThat(m.slaBreaches()).isEqualTo(1);
      ServiceOrder open = dispatched(1, 2);
      Metrics atEnd = Metrics.of(List.of(open), Period.of(START, day(3)), OPTIONS);
      assertThat(atEnd.due()).as("elapsed equals the limit at the end").isZero();
      assertThat(Metrics.of(List.of(open), Period.of(START, day(3).plusSeconds(1)), OPTIONS).due())
          .isEqualTo(1);
    }

    @Test
    @DisplayName(
        "社区化解率 counts orders that started at 社区 and closed there; those closed at 街道 are not contained")
    void communityBoundary() {
      ServiceOrder atCommunity =
          closed(dispatched(1, Tier.COMMUNITY, 7, WORKER_ANFENG), 1, 2, Satisfaction.SATISFIED);
      ServiceOrder b = dispatched(1, Tier.COMMUNITY, 7, WORKER_ANFENG);
      ServiceOrder toStreet =
          closed(
              b.escalate(
                  HOST,
                  Dispatch.of(
                      Assignee.of(STREET_OFFICE),
                      Tier.STREET,
                      b.currentDispatch().get().deadlines()),
                  EscalationTrigger.TIER_BUDGET_PASSED,
                  day(1.5)),
              14,
              3,
              Satisfaction.SATISFIED);
      Metrics m = Metrics.of(List.of(atCommunity, toStreet), JANUARY, OPTIONS);
      assertThat(m.communityContainment()).isEqualTo(Ratio.of(1, 2));
      assertThat(m.buildingContainment().isApplicable()).isFalse();
    }

    @Test
    @DisplayName("a closed order reopened before the end is reworked and not closed")
    void reopened() {
      ServiceOrder o =
          closed(dispatched(1, 7), 1, 3, Satisfaction.SATISFIED).reopen(HOST, "复发", day(5));
      Metrics m = Metrics.of(List.of(o), JANUARY, OPTIONS);
      assertThat(m.closed()).isZero();
      assertThat(m.reworked()).isEqualTo(1);
      assertThat(m.due()).as("overdue at the end").isEqualTo(1);
      assertThat(m.reworkRate()).isEqualTo(Ratio.of(1, 1));
    }

    @Test
    @DisplayName("merged, referred and cancelled orders are not filed")
    void notFiled() {
      ServiceOrder merged =
          order("O-m", FLAT_301, Category.WATER_LEAK, day(1))
              .build()
              .mergeInto(HOST, OrderId.of("O-1"), day(1.1));
      ServiceOrder referred =
          order("O-r", FLAT_301, Category.GAS_SUPPLY, day(1))
              .build()
              .refer(HOST, ReferralTarget.FIRE_119, "燃气", day(1.1));
      ServiceOrder cancelled = dispatched(1, 7).cancel(HOST, "撤", day(2));
      assertThat(Metrics.of(List.of(merged, referred, cancelled), JANUARY, OPTIONS).filed())
          .isZero();
    }

    @Test
    @DisplayName(
        "what happens after the period's end is not seen: an order closed later is open at the end")
    void afterTheEnd() {
      ServiceOrder late = closed(dispatched(29, 30), 1, 5, Satisfaction.SATISFIED);
      Metrics m = Metrics.of(List.of(late), JANUARY, OPTIONS);
      assertThat(m.closed()).isZero();
      assertThat(m.rated()).isZero();
      assertThat(m.due()).isZero();
    }
  }

  @Nested
  @DisplayName("三率 and containment")
  class Rates {
    @Test
    @DisplayName("响应率 counts first acceptances within accept-by; 解决率 and 满意率 the first ratings")
    void threeRates() {
      List<ServiceOrder> orders =
          List.of(
              closed(dispatched(1, 7), 1, 2, Satisfaction.VERY_SATISFIED),
              closed(dispatched(1, 7), 30, 3, Satisfaction.BASICALLY_SATISFIED),
              closed(dispatched(1, 7), 2, 2, Satisfaction.DISSATISFIED),
              dispatched(1, 7));
      Metrics m = Metrics.of(orders, JANUARY, OPTIONS);
      assertThat(m.responseRate()).isEqualTo(Ratio.of(2, 4));
      assertThat(m.resolutionRate()).isEqualTo(Ratio.of(2, 3));
      assertThat(m.satisfactionRate()).isEqualTo(Ratio.of(2, 3));
      Metrics strict =
          Metrics.of(
              orders, JANUARY, MetricsOptions.standard().withBasicallySatisfiedCounted(false));
      assertThat(strict.satisfactionRate()).as("基本满意 not counted").isEqualTo(Ratio.of(1, 3));
      ServiceOrder reworkedThenHappy =
          orders
              .get(2)
              .resolve(HOST, "再次办结", day(3))
              .rate(HOST, Rating.of(Satisfaction.VERY_SATISFIED, true), day(3.1));
      Metrics later =
          Metrics.of(
              List.of(orders.get(0), orders.get(1), reworkedThenHappy, orders.get(3)),
              JANUARY,
              OPTIONS);
      assertThat(later.satisfactionRate()).as("the first rating counts").isEqualTo(Ratio.of(2, 3));
      assertThat(later.reworkRate()).isEqualTo(Ratio.of(1, 4));
    }

    @Test
    @DisplayName("返工率 over 应结案数 or over 立案数")
    void reworkBase() {
      ServiceOrder reworked = closed(dispatched(1, 7), 1, 2, Satisfaction.DISSATISFIED);
      List<ServiceOrder> orders = List.of(reworked, dispatched(30, 7));
      assertThat(Metrics.of(orders, JANUARY, OPTIONS).reworkRate()).isEqualTo(Ratio.of(1, 1));
      assertThat(
              Metrics.of(
                      orders,
                      JANUARY,
                      MetricsOptions.standard().withReworkBase(MetricsOptions.ReworkBase.FILED))
                  .reworkRate())
          .isEqualTo(Ratio.of(1, 2));
    }

    @Test
    @DisplayName("楼栋化解率 and 社区化解率 compare where orders started and where they closed")
    void containment() {
      ServiceOrder stayed = closed(dispatched(1, 7), 1, 2, Satisfaction.SATISFIED);
      ServiceOrder b = dispatched(1, 7);
      ServiceOrder escalated =
          closed(
              b.escalate(
                  HOST,
                  Dispatch.of(
                      Assignee.of(GRID_1), Tier.GRID, b.currentDispatch().get().deadlines()),
                  EscalationTrigger.TIER_BUDGET_PASSED,
                  day(1.5)),
              14,
              3,
              Satisfaction.SATISFIED);
      ServiceOrder atStreet =
          closed(dispatched(1, Tier.STREET, 7, STREET_OFFICE), 1, 2, Satisfaction.SATISFIED);
      Metrics m = Metrics.of(List.of(stayed, escalated, atStreet), JANUARY, OPTIONS);
      assertThat(m.buildingContainment()).isEqualTo(Ratio.of(1, 2));
      assertThat(m.communityContainment()).isEqualTo(Ratio.of(2, 2));
      assertThat(m.escalations())
          .containsExactly(Map.entry(EscalationTrigger.TIER_BUDGET_PASSED, 1L));
    }
  }

  @Test
  @DisplayName("grouped by area, owner and category")
  void groups() {
    ServiceOrder inB43 = closed(dispatched(1, 7), 1, 2, Satisfaction.SATISFIED);
    ServiceOrder inB44 =
        ServiceOrder.builder()
            .from(order("O-44", FLAT_44, Category.PARKING, day(2)).build())
            .build();
    ServiceOrder inB60 = order("O-60", FLAT_60, Category.PARKING, day(3)).build();
    List<ServiceOrder> orders = List.of(inB43, inB44, inB60);
    assertThat(Metrics.byGroup(orders, JANUARY, Grouping.BUILDING, DISTRICT, OPTIONS))
        .containsOnlyKeys("B-43", "B-44", "B-60");
    assertThat(Metrics.byGroup(orders, JANUARY, Grouping.GRID, DISTRICT, OPTIONS))
        .containsOnlyKeys("G-1", "G-3");
    Map<String, Metrics> byCommunity =
        Metrics.byGroup(orders, JANUARY, Grouping.COMMUNITY, DISTRICT, OPTIONS);
    assertThat(byCommunity.get("C-anfeng").filed()).isEqualTo(2);
    assertThat(Metrics.byGroup(orders, JANUARY, Grouping.STREET, DISTRICT, OPTIONS))
        .containsOnlyKeys("S-jinan");
    assertThat(Metrics.byGroup(orders, JANUARY, Grouping.RESPONDER, DISTRICT, OPTIONS))
        .containsOnlyKeys("R-leader-43", Grouping.NONE);
    assertThat(Metrics.byGroup(orders, JANUARY, Grouping.TEAM, DISTRICT, OPTIONS))
        .containsOnlyKeys(Grouping.NONE);
    assertThat(Metrics.byGroup(orders, JANUARY, Grouping.CATEGORY, DISTRICT, OPTIONS))
        .containsOnlyKeys("parking", "water-leak");
    ServiceOrder gridWide =
        ServiceOrder.builder()
            .from(inB60)
            .id(OrderId.of("O-grid"))
            .location(io.github.gridgov.core.order.Location.ofGrid(G3))
            .build();
    assertThat(Metrics.byGroup(List.of(gridWide), JANUARY, Grouping.BUILDING, DISTRICT, OPTIONS))
        .containsOnlyKeys(Grouping.NONE);
    assertThat(Metrics.byGroup(List.of(gridWide), JANUARY, Grouping.COMMUNITY, DISTRICT, OPTIONS))
        .containsOnlyKeys("C-youyi");
    assertThat(Grouping.GRID.keyOf(gridWide, DISTRICT)).isEqualTo("G-3");
    assertThat(Grouping.STREET.keyOf(gridWide, DISTRICT)).isEqualTo("S-jinan");
    ServiceOrder streetWide =
        ServiceOrder.builder()
            .from(inB60)
            .id(OrderId.of("O-street"))
            .location(
                io.github.gridgov.core.order.Location.of(
                    io.github.gridgov.core.area.AreaRef.of(STREET)))
            .build();
    assertThat(Grouping.STREET.keyOf(streetWide, DISTRICT)).isEqualTo("S-jinan");
    assertThat(Grouping.GRID.keyOf(streetWide, DISTRICT)).isEqualTo(Grouping.NONE);
    assertThat(Grouping.COMMUNITY.keyOf(streetWide, DISTRICT)).isEqualTo(Grouping.NONE);
    ServiceOrder communityWide =
        ServiceOrder.builder()
            .from(inB60)
            .id(OrderId.of("O-community"))
            .location(
                io.github.gridgov.core.order.Location.of(
                    io.github.gridgov.core.area.AreaRef.of(ANFENG)))
            .build();
    assertThat(Grouping.COMMUNITY.keyOf(communityWide, DISTRICT)).isEqualTo("C-anfeng");
    assertThat(Grouping.STREET.keyOf(communityWide, DISTRICT)).isEqualTo("S-jinan");
    assertThat(Grouping.GRID.keyOf(communityWide, DISTRICT)).isEqualTo(Grouping.NONE);
    assertThat(Grouping.BUILDING.keyOf(communityWide, DISTRICT)).isEqualTo(Grouping.NONE);
    assertThat(Grouping.STREET.keyOf(inB43, DISTRICT)).isEqualTo("S-jinan");
    assertThat(Grouping.GRID.keyOf(inB43, DISTRICT)).isEqualTo("G-1");
  }

  @Test
  @DisplayName("the fold of two halves, merged, equals the fold of the whole; metrics add up")
  void foldLaw() {
    List<ServiceOrder> orders = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      ServiceOrder o = dispatched(i % 30, i % 3 == 0 ? 2 : 7);
      orders.add(i % 4 == 0 ? o : closed(o, i % 5, 1 + i % 6, Satisfaction.values()[i % 5]));
    }
    for (int i = 0; i < 6; i++) {
      ServiceOrder o = dispatched(3 + i, 7);
      Dispatch up =
          Dispatch.of(Assignee.of(GRID_1), Tier.GRID, o.currentDispatch().get().deadlines());
      orders.add(
          i % 2 == 0
              ? o.escalate(HOST, up, "楼栋长请网格员协助", day(3.5 + i))
              : o.escalate(HOST, up, EscalationTrigger.TIER_BUDGET_PASSED, day(3.5 + i)));
    }
    MetricsAccumulator left = MetricsAccumulator.of(JANUARY, OPTIONS);
    MetricsAccumulator right = MetricsAccumulator.of(JANUARY, OPTIONS);
    orders.subList(0, 23).forEach(left::add);
    orders.subList(23, 46).forEach(right::add);
    Metrics whole = Metrics.of(orders, JANUARY, OPTIONS);
    assertThat(whole.manualEscalations()).isEqualTo(3);
    assertThat(whole.escalations()).containsEntry(EscalationTrigger.TIER_BUDGET_PASSED, 3L);
    assertThat(left.merge(right).result()).isEqualTo(whole);
    assertThat(
            Metrics.of(orders.subList(0, 23), JANUARY, OPTIONS)
                .plus(Metrics.of(orders.subList(23, 46), JANUARY, OPTIONS)))
        .isEqualTo(whole);
    assertThat(
            Metrics.of(orders.subList(0, 43), JANUARY, OPTIONS)
                .plus(Metrics.of(orders.subList(43, 46), JANUARY, OPTIONS)))
        .isEqualTo(whole);
    assertThatThrownBy(
            () -> whole.plus(Metrics.of(orders, Period.of(START, START.plusSeconds(1)), OPTIONS)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("periods or options differ");
  }

  @Test
  @DisplayName("bad ratios and periods are refused")
  void refusals() {
    assertThatThrownBy(() -> Ratio.of(3, 2))
        .hasMessage("Cannot create Ratio: 3/2 must satisfy 0 <= numerator <= denominator");
    assertThatThrownBy(() -> Period.of(START, START))
        .hasMessageStartingWith("Cannot create Period: end");
  }
}
