package io.github.gridgov.rules;

import static io.github.gridgov.rules.Neighbourhood.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gridgov.core.InvalidModelException;
import io.github.gridgov.core.area.Building;
import io.github.gridgov.core.area.BuildingId;
import io.github.gridgov.core.area.Community;
import io.github.gridgov.core.area.CommunityId;
import io.github.gridgov.core.area.Grid;
import io.github.gridgov.core.area.GridId;
import io.github.gridgov.core.area.Street;
import io.github.gridgov.core.area.StreetId;
import io.github.gridgov.core.order.Actor;
import io.github.gridgov.core.order.Category;
import io.github.gridgov.core.order.Rating;
import io.github.gridgov.core.order.Satisfaction;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.people.Household;
import io.github.gridgov.core.people.HouseholdId;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.rules.assignment.Workload;
import io.github.gridgov.rules.deliberation.ExclusiveUnit;
import io.github.gridgov.rules.deliberation.OwnerId;
import io.github.gridgov.rules.deliberation.UnitId;
import io.github.gridgov.rules.escalation.Escalation;
import io.github.gridgov.rules.escalation.EscalationAgenda;
import io.github.gridgov.rules.metrics.Metrics;
import io.github.gridgov.rules.metrics.MetricsOptions;
import io.github.gridgov.rules.metrics.Period;
import io.github.gridgov.rules.metrics.Ratio;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The defects of the rules a fuzz found, each as it reads, now fixed. */
@DisplayName("defects of the rules found by fuzzing, fixed")
class DefectsTest {
  static final GovernanceRules RULES = GovernanceRules.standard();
  static final Instant T0 = Instant.parse("2026-03-02T00:00:00.000123456Z");

  static ServiceOrder dispatched(String id) {
    return RULES
        .intake(
            order(id, FLAT_301, Category.WATER_LEAK, T0).build(),
            DISTRICT,
            List.of(),
            Workload.none(),
            T0)
        .order();
  }

  @Test
  @DisplayName("the agenda no longer drops an order whose next check falls inside a millisecond")
  @SuppressWarnings("JavaInstantGetSecondsGetNano") // the sub-millisecond part alone is checked
  void subMillisecondDue() {
    EscalationAgenda agenda = RULES.agenda(DISTRICT);
    ServiceOrder o = dispatched("WX-1");
    agenda.put(o);
    Instant next = agenda.nextAt().get();
    assertThat(RULES.nextCheckAt(o).get().getNano() % 1_000_000)
        .as("the due time has sub-millisecond nanos")
        .isNotZero();
    List<Escalation> due = agenda.poll(next);
    assertThat(due).as("polled at nextAt(), the order is due and decided").hasSize(1);
  }

  @Test
  @DisplayName("poll, pollDue and dueCount at Instant.MAX do not throw ArithmeticException")
  void instantMax() {
    EscalationAgenda agenda = RULES.agenda(DISTRICT);
    assertThat(agenda.pollDue(Instant.MAX)).isEmpty();
    assertThat(agenda.dueCount(Instant.MAX)).isZero();
    assertThat(agenda.poll(Instant.MAX)).isEmpty();
    agenda.put(dispatched("WX-2"));
    assertThat(agenda.dueCount(Instant.MAX)).isEqualTo(1);
    assertThat(agenda.pollDue(Instant.MAX)).hasSize(1);
  }

  @Test
  @DisplayName(
      "Metrics.reworkRate() does not throw when a reworked order is still inside its limit")
  void reworkRate() {
    Actor staff = Actor.staff("D-1");
    ServiceOrder reworked =
        dispatched("WX-3")
            .accept(staff, T0.plusSeconds(60))
            .resolve(staff, "修好", T0.plusSeconds(120))
            .rate(staff, Rating.of(Satisfaction.DISSATISFIED, false), T0.plusSeconds(180));
    Metrics thisWeek =
        Metrics.of(
            List.of(reworked),
            Period.of(T0.minus(Duration.ofDays(1)), T0.plus(Duration.ofDays(1))),
            MetricsOptions.standard());
    assertThat(thisWeek.reworked()).isEqualTo(1);
    assertThat(thisWeek.due()).isZero();
    assertThat(thisWeek.reworkRate()).isEqualTo(Ratio.of(0, 0));
    assertThat(thisWeek.reworkRate().toString()).isEqualTo("0/0 (n/a)");
  }

  @Test
  @DisplayName("escalation and an agenda over another registry leave an order of this one alone")
  void otherRegistry() {
    Jurisdiction other =
        Jurisdiction.builder()
            .addStreet(Street.builder().id(StreetId.of("S-x")).name("别处街道").build())
            .addCommunity(
                Community.builder()
                    .id(CommunityId.of("C-x"))
                    .name("别处")
                    .street(StreetId.of("S-x"))
                    .build())
            .addGrid(
                Grid.builder()
                    .id(GridId.of("G-x"))
                    .name("别处网格")
                    .community(CommunityId.of("C-x"))
                    .build())
            .addBuilding(
                Building.builder()
                    .id(BuildingId.of("B-x"))
                    .name("楼")
                    .grid(GridId.of("G-x"))
                    .build())
            .addHousehold(
                Household.builder()
                    .id(HouseholdId.of("H-x"))
                    .building(BuildingId.of("B-x"))
                    .room("1")
                    .build())
            .build();
    ServiceOrder o = dispatched("WX-4");
    Instant late = T0.plus(Duration.ofDays(30));
    assertThat(RULES.escalation(o, DISTRICT, late)).as("in its own registry it moves").isPresent();
    assertThat(RULES.escalation(o, other, late)).isEmpty();
    EscalationAgenda agenda = RULES.agenda(other);
    agenda.put(o);
    assertThat(agenda.size()).as("kept until it falls due: loading looks no household up").isOne();
    assertThat(agenda.poll(late)).isEmpty();
    assertThat(agenda.size()).as("dropped once due, never returned").isZero();
    assertThat(agenda.poll(late.plus(Duration.ofDays(30)))).isEmpty();
    agenda.put(o);
    assertThat(agenda.pollDue(late)).as("nor to a host that decides itself").isEmpty();
    assertThat(agenda.size()).isZero();
  }

  @Test
  @DisplayName(
      "an owners' vote with an area of scale 10^-3000000 is refused at once, with a short message")
  void hugeScale() {
    BigDecimal tiny = BigDecimal.ONE.scaleByPowerOfTen(-3_000_000);
    long start = System.nanoTime();
    assertThatThrownBy(
            () ->
                ExclusiveUnit.builder()
                    .id(UnitId.of("U1"))
                    .owner(OwnerId.of("O1"))
                    .registryArea(tiny)
                    .build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("must have at most 6 decimals")
        .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(200));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    assertThat(
            ExclusiveUnit.builder()
                .id(UnitId.of("U2"))
                .owner(OwnerId.of("O2"))
                .registryArea(new BigDecimal("89.57"))
                .build()
                .area())
        .isEqualByComparingTo("89.57");
  }

  @Test
  @DisplayName(
      "one unanswered 督办 moves the order up one tier, not through every tier to district coordination")
  void supervisionMovesOnce() {
    Instant h2 = T0.plus(Duration.ofHours(2));
    Instant due = T0.plus(Duration.ofHours(6));
    ServiceOrder o = dispatched("WX-5");
    o =
        o.accept(Actor.responder(o.owner().get().responder().get()), T0.plus(Duration.ofHours(1)))
            .supervise(Actor.staff("community-1"), o.tier().get().next().get(), "请今日内处理", due, h2);
    Escalation first = RULES.escalation(o, DISTRICT, due).orElseThrow();
    assertThat(first.trigger())
        .isEqualTo(io.github.gridgov.core.order.EscalationTrigger.SUPERVISION_UNANSWERED);
    ServiceOrder moved = RULES.apply(o, first);
    assertThat(moved.supervisionDueBy()).as("the move ends the supervision").isEmpty();
    assertThat(RULES.escalation(moved, DISTRICT, due))
        .as("the new owner was not the one supervised")
        .isEmpty();
    assertThat(RULES.nextCheckAt(moved, DISTRICT).orElseThrow()).isAfter(due);
    assertThatThrownBy(() -> moved.answerSupervision(Actor.staff("x"), "已处理", due.plusSeconds(60)))
        .hasMessageContaining("no supervision waits for a reply");
  }

  @Test
  @DisplayName(
      "a duplicate linked to a resolved order does not restart its callback limit (回访时限 from the resolution)")
  void callbackFromResolution() {
    ServiceOrder o = dispatched("WX-6");
    Actor owner = Actor.responder(o.owner().get().responder().get());
    Instant resolvedAt = T0.plus(Duration.ofHours(3));
    ServiceOrder resolved =
        o.accept(owner, T0.plus(Duration.ofHours(1))).resolve(owner, "已修复", resolvedAt);
    Instant limit = RULES.nextCheckAt(resolved).orElseThrow();
    ServiceOrder linked =
        resolved.linkDuplicate(
            Actor.system("hotline"),
            io.github.gridgov.core.order.OrderId.of("WX-7"),
            resolvedAt.plus(Duration.ofDays(2)));
    assertThat(RULES.nextCheckAt(linked)).contains(limit);
    assertThat(RULES.escalation(linked, DISTRICT, limit).orElseThrow().kind())
        .isEqualTo(io.github.gridgov.rules.escalation.EscalationKind.CLOSE_UNRATED);
  }
}
