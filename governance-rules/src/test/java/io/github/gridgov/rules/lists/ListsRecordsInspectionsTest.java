package io.github.gridgov.rules.lists;

import static io.github.gridgov.rules.Neighbourhood.ANFENG;
import static io.github.gridgov.rules.Neighbourhood.B43;
import static io.github.gridgov.rules.Neighbourhood.B44;
import static io.github.gridgov.rules.Neighbourhood.G1;
import static io.github.gridgov.rules.Neighbourhood.GRID_1;
import static io.github.gridgov.rules.Neighbourhood.PARTY_MEMBER;
import static io.github.gridgov.rules.Neighbourhood.RED_TEAM;
import static io.github.gridgov.rules.Neighbourhood.VOLUNTEER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gridgov.core.InvalidModelException;
import io.github.gridgov.core.area.AreaRef;
import io.github.gridgov.core.inspection.Frequency;
import io.github.gridgov.core.inspection.InspectionKind;
import io.github.gridgov.core.inspection.InspectionPlan;
import io.github.gridgov.core.inspection.PlanId;
import io.github.gridgov.core.inspection.Visit;
import io.github.gridgov.core.lists.IllegalProjectStepException;
import io.github.gridgov.core.lists.MemberUnit;
import io.github.gridgov.core.lists.MemberUnitId;
import io.github.gridgov.core.lists.MemberUnitKind;
import io.github.gridgov.core.lists.MenuItem;
import io.github.gridgov.core.lists.Need;
import io.github.gridgov.core.lists.NeedId;
import io.github.gridgov.core.lists.NeedSource;
import io.github.gridgov.core.lists.Project;
import io.github.gridgov.core.lists.ProjectId;
import io.github.gridgov.core.lists.ProjectStatus;
import io.github.gridgov.core.lists.Provider;
import io.github.gridgov.core.lists.Resource;
import io.github.gridgov.core.lists.ResourceId;
import io.github.gridgov.core.lists.ServiceMenu;
import io.github.gridgov.core.lists.ThreeLists;
import io.github.gridgov.core.order.Actor;
import io.github.gridgov.core.order.Category;
import io.github.gridgov.core.order.Location;
import io.github.gridgov.core.order.OrderId;
import io.github.gridgov.core.order.OrderKind;
import io.github.gridgov.core.order.Origin;
import io.github.gridgov.core.order.Rating;
import io.github.gridgov.core.order.Satisfaction;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.people.Skill;
import io.github.gridgov.core.people.TeamId;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.rules.Neighbourhood;
import io.github.gridgov.rules.catalogue.DispatchCatalogue;
import io.github.gridgov.rules.inspection.Inspections;
import io.github.gridgov.rules.inspection.PatrolTask;
import io.github.gridgov.rules.metrics.Period;
import io.github.gridgov.rules.volunteer.ServiceRecords;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("三张清单, 志愿服务记录, 巡查计划: the rules, case by case")
class ListsRecordsInspectionsTest {
  private static final Jurisdiction J = Neighbourhood.builder().build();
  private static final Instant T0 = Instant.parse("2026-05-04T01:00:00Z");
  private static final Actor BY = Actor.staff("secretary");
  private static final MemberUnitId UNIT = MemberUnitId.of("MU-hospital");

  private static Resource.Builder resource(
      String id, Provider provider, AreaRef area, Skill... skills) {
    return Resource.builder()
        .id(ResourceId.of(id))
        .provider(provider)
        .community(ANFENG)
        .title("资源" + id)
        .area(area)
        .addSkills(skills)
        .capacity(1)
        .addDay(DayOfWeek.MONDAY);
  }

  private static Need need(AreaRef area, Skill... skills) {
    return Need.builder()
        .id(NeedId.of("N-1"))
        .community(ANFENG)
        .area(area)
        .title("独居老人照护")
        .addSkills(skills)
        .source(NeedSource.RESIDENTS)
        .raisedAt(T0)
        .build();
  }

  private static ThreeLists.Builder lists() {
    return ThreeLists.builder()
        .community(ANFENG)
        .addUnit(
            MemberUnit.builder()
                .id(UNIT)
                .name("县人民医院")
                .kind(MemberUnitKind.JOINT_PARTY_COMMITTEE)
                .community(ANFENG)
                .build());
  }

  @Nested
  @DisplayName(
      "资源对接 (lists.ranking): all skills, then the nearest area, then free capacity, then the id")
  class Matching {
    @Test
    @DisplayName(
        "the grid's own resource before the community's, one offering every skill before both")
    void ranking() {
      Need n = need(AreaRef.of(B43), Skill.ELDERLY_CARE, Skill.MEDICAL);
      ThreeLists l =
          lists()
              .addResources(
                  resource("R-community", Provider.of(UNIT), AreaRef.of(ANFENG), Skill.ELDERLY_CARE)
                      .build(),
                  resource("R-grid", Provider.of(RED_TEAM), AreaRef.of(G1), Skill.ELDERLY_CARE)
                      .build(),
                  resource(
                          "R-both",
                          Provider.of(UNIT),
                          AreaRef.of(ANFENG),
                          Skill.ELDERLY_CARE,
                          Skill.MEDICAL)
                      .build())
              .build();
      ResourceMatch m = ResourceMatching.match(n, l, J);
      assertThat(m.proposals())
          .extracting(p -> p.resource().value())
          .containsExactly("R-both", "R-grid", "R-community");
      assertThat(m.proposals().get(1).isCoveringAllSkills()).isFalse();
    }

    @Test
    @DisplayName(
        "excluded: a resource at capacity, one whose team is not in the registry, a need outside every area")
    void exclusions() {
      Need n = need(AreaRef.of(B43), Skill.ELDERLY_CARE);
      Resource full =
          resource("R-full", Provider.of(UNIT), AreaRef.of(ANFENG), Skill.ELDERLY_CARE).build();
      Resource ghost =
          resource(
                  "R-ghost",
                  Provider.of(TeamId.of("T-ghost")),
                  AreaRef.of(ANFENG),
                  Skill.ELDERLY_CARE)
              .build();
      Project taken =
          Project.list(ProjectId.of("P-1"), "照护", ANFENG, List.of(n.id()), BY, T0)
              .claim(BY, Provider.of(UNIT), full.id(), T0);
      ThreeLists l = lists().addNeed(n).addResources(full, ghost).addProject(taken).build();
      ResourceMatch m = ResourceMatching.match(n, l, J);
      assertThat(m.proposals()).isEmpty();
      assertThat(m.exclusions())
          .extracting(e -> e.reason().code())
          .containsExactly(ResourceMatching.FULL, ResourceMatching.UNKNOWN_PROVIDER);
      assertThat(m.reasons().codes()).containsExactly(ResourceMatching.NONE);
      ThreeLists done =
          l.withProject(
              taken.complete(
                  BY, "已完成", List.of(VOLUNTEER), new BigDecimal("1.5"), T0.plusSeconds(60)));
      assertThat(ResourceMatching.match(n, done, J).best())
          .as("completed: capacity free again")
          .isPresent();
      Need nowhere =
          need(
              AreaRef.of(io.github.gridgov.core.area.BuildingId.of("B-unknown")),
              Skill.ELDERLY_CARE);
      assertThat(ResourceMatching.match(nowhere, l, J).exclusions())
          .extracting(e -> e.reason().code())
          .containsOnly(ResourceMatching.OUTSIDE_AREA);
    }

    @Test
    @DisplayName(
        "the lists hold together: a need of an unlisted unit, a claim with another provider's resource are refused")
    void listsValidated() {
      Need fromGhost =
          Need.builder()
              .id(NeedId.of("N-2"))
              .community(ANFENG)
              .area(AreaRef.of(ANFENG))
              .title("场地需求")
              .source(NeedSource.MEMBER_UNIT)
              .unit(MemberUnitId.of("MU-ghost"))
              .raisedAt(T0)
              .build();
      assertThatThrownBy(() -> lists().addNeed(fromGhost).build())
          .isInstanceOf(InvalidModelException.class)
          .hasMessageContaining("names unit MU-ghost, which is not listed");
      assertThatThrownBy(
              () ->
                  Need.builder()
                      .id(NeedId.of("N-3"))
                      .community(ANFENG)
                      .area(AreaRef.of(ANFENG))
                      .title("x")
                      .source(NeedSource.ORDERS)
                      .raisedAt(T0)
                      .build())
          .hasMessageContaining("must name orders exactly when the source is ORDERS");
      Need n = need(AreaRef.of(B43), Skill.ELDERLY_CARE);
      Resource r =
          resource("R-1", Provider.of(UNIT), AreaRef.of(ANFENG), Skill.ELDERLY_CARE).build();
      Project wrong =
          Project.list(ProjectId.of("P-1"), "照护", ANFENG, List.of(n.id()), BY, T0)
              .claim(BY, Provider.of(RED_TEAM), r.id(), T0);
      assertThatThrownBy(() -> lists().addNeed(n).addResource(r).addProject(wrong).build())
          .hasMessageContaining("is claimed by T-red-care with a resource offered by MU-hospital");
    }

    @Test
    @DisplayName(
        "a project's steps: claimed once, completed after the claim, evaluated once per resident, never backwards")
    void projectSteps() {
      Project p =
          Project.list(ProjectId.of("P-1"), "照护", ANFENG, List.of(NeedId.of("N-1")), BY, T0);
      assertThatThrownBy(() -> p.complete(BY, "x", List.of(), BigDecimal.ONE, T0))
          .isInstanceOf(IllegalProjectStepException.class)
          .hasMessage(
              "Cannot complete project P-1 in status LISTED: only a claimed project can be completed");
      Project claimed = p.claim(BY, Provider.of(UNIT), ResourceId.of("R-1"), T0);
      assertThatThrownBy(() -> claimed.claim(BY, Provider.of(UNIT), ResourceId.of("R-1"), T0))
          .hasMessageContaining("only a listed project");
      assertThatThrownBy(() -> claimed.progress(BY, "开始", T0.minusSeconds(1)))
          .hasMessageContaining("before the last step's");
      assertThatThrownBy(
              () -> claimed.complete(BY, "x", List.of(VOLUNTEER), new BigDecimal("24.5"), T0))
          .hasMessageContaining("hoursEach");
      Project done =
          claimed
              .progress(BY, "开始", T0)
              .complete(BY, "完成", List.of(VOLUNTEER, PARTY_MEMBER), new BigDecimal("2"), T0);
      Actor resident = Actor.resident(Neighbourhood.WANG);
      Project rated = done.evaluate(resident, Rating.of(Satisfaction.SATISFIED, true), T0);
      assertThatThrownBy(
              () -> rated.evaluate(resident, Rating.of(Satisfaction.SATISFIED, true), T0))
          .hasMessageContaining("already evaluated");
      assertThat(rated.status()).isEqualTo(ProjectStatus.COMPLETED);
      assertThat(rated.evaluations()).hasSize(1);
      assertThatThrownBy(() -> rated.cancel(BY, "x", T0))
          .hasMessageContaining("cannot be cancelled");
    }
  }

  @Test
  @DisplayName(
      "需求汇总 (lists.gathering): three parking orders in one grid make a need, two in another do not")
  void gathering() {
    List<ServiceOrder> orders = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      AreaRef where = i < 3 ? AreaRef.of(i % 2 == 0 ? B43 : B44) : AreaRef.of(Neighbourhood.B50);
      orders.add(
          ServiceOrder.builder()
              .id(OrderId.of("O-" + i))
              .kind(OrderKind.COMPLAINT)
              .category(Category.PARKING)
              .origin(Origin.RESIDENT)
              .location(Location.of(where))
              .reportedAt(T0.plusSeconds(i))
              .build());
    }
    NeedsFromOrders gathering = NeedsFromOrders.of(DispatchCatalogue.standard());
    NeedsFromOrders.Gathered g =
        gathering.gather(orders, J, Period.of(T0, T0.plus(Duration.ofDays(1))), "N-park");
    assertThat(g.needs()).hasSize(1);
    Need n = g.needs().get(0);
    assertThat(n.area()).isEqualTo(AreaRef.of(G1));
    assertThat(n.orders()).extracting(OrderId::value).containsExactly("O-0", "O-1", "O-2");
    assertThat(n.residents()).as("two buildings").isEqualTo(2);
    assertThat(n.id()).isEqualTo(NeedId.of("N-park-1"));
    assertThat(g.reasons().codes()).containsExactly(NeedsFromOrders.GATHERED);
    assertThat(
            gathering
                .withThreshold(2)
                .gather(orders, J, Period.of(T0, T0.plus(Duration.ofDays(1))), "N")
                .needs())
        .hasSize(2);
    assertThatThrownBy(() -> gathering.withThreshold(1)).hasMessageContaining("between 2 and");
  }

  @Test
  @DisplayName(
      "服务记录: a team's order credits the team; a grid worker's earns no volunteer hours; a project credits its volunteers")
  void records() {
    ServiceMenu menu =
        ServiceMenu.builder()
            .community(ANFENG)
            .addItem(
                MenuItem.builder()
                    .category(Category.ELDERLY_MEALS)
                    .title("助餐送餐")
                    .hours(new BigDecimal("0.5"))
                    .points(5)
                    .build())
            .build();
    assertThatThrownBy(
            () ->
                MenuItem.builder()
                    .category(Category.OTHER)
                    .title("x")
                    .hours(new BigDecimal("0.001"))
                    .points(1)
                    .build())
        .hasMessageContaining("hours");
    Project done =
        Project.list(ProjectId.of("P-1"), "助老", ANFENG, List.of(NeedId.of("N-1")), BY, T0)
            .claim(BY, Provider.of(RED_TEAM), ResourceId.of("R-1"), T0)
            .complete(BY, "完成", List.of(VOLUNTEER, PARTY_MEMBER), new BigDecimal("3"), T0)
            .evaluate(
                Actor.resident(Neighbourhood.WANG),
                Rating.of(Satisfaction.VERY_SATISFIED, true),
                T0);
    ServiceRecords r = ServiceRecords.of(List.of(), List.of(done), menu, J);
    assertThat(r.volunteers().get(VOLUNTEER).hours()).isEqualByComparingTo("3");
    assertThat(r.volunteers().get(VOLUNTEER).points()).isEqualTo(12);
    assertThat(r.teams().get(RED_TEAM).hours()).isEqualByComparingTo("6");
    assertThat(r.teams().get(RED_TEAM).services()).isEqualTo(1);
    assertThat(ServiceRecords.VOLUNTEER_ROLES)
        .doesNotContain(io.github.gridgov.core.people.ResponderRole.GRID_WORKER);
    Instant t = T0;
    Actor worker = Actor.responder(GRID_1);
    ServiceOrder meals =
        ServiceOrder.builder()
            .id(OrderId.of("O-meal"))
            .kind(OrderKind.HELP)
            .category(Category.ELDERLY_MEALS)
            .origin(Origin.RESIDENT)
            .location(Location.ofHousehold(Neighbourhood.FLAT_301))
            .reportedAt(t)
            .build()
            .dispatch(
                BY,
                io.github.gridgov.core.order.Dispatch.of(
                    io.github.gridgov.core.order.Assignee.of(GRID_1),
                    io.github.gridgov.core.Tier.GRID,
                    io.github.gridgov.core.order.Deadlines.of(
                        t.plusSeconds(3600), t.plusSeconds(86400))),
                t)
            .accept(worker, t.plusSeconds(60))
            .resolve(worker, "已送餐", t.plusSeconds(600))
            .rate(BY, Rating.of(Satisfaction.SATISFIED, true), t.plusSeconds(900));
    ServiceRecords staff = ServiceRecords.of(List.of(meals), List.of(), menu, J);
    assertThat(staff.volunteers()).as("a grid worker is paid staff").doesNotContainKey(GRID_1);
    assertThat(staff.reasons().codes()).containsExactly(ServiceRecords.NOT_VOLUNTEER);
    ServiceRecords.Policy policy =
        ServiceRecords.Policy.standard()
            .withVolunteerRoles(
                java.util.EnumSet.of(io.github.gridgov.core.people.ResponderRole.GRID_WORKER))
            .withWeight(Satisfaction.SATISFIED, 200);
    ServiceRecords counted = ServiceRecords.of(List.of(meals), List.of(), menu, J, policy);
    assertThat(counted.volunteers().get(GRID_1).points()).as("200 %% of 5").isEqualTo(10);
    assertThat(counted.volunteers().get(GRID_1).hours()).isEqualByComparingTo("0.5");
    assertThatThrownBy(() -> policy.withWeight(Satisfaction.SATISFIED, 1_001))
        .hasMessageContaining("must be 0-1000");
  }

  @Nested
  @DisplayName("巡查计划 (inspection.rounds, inspection.coverage)")
  class Plans {
    private final InspectionPlan visits =
        InspectionPlan.builder()
            .id(PlanId.of("PL-1"))
            .name("入户大走访")
            .community(ANFENG)
            .kind(InspectionKind.HOME_VISITS)
            .area(AreaRef.of(G1))
            .frequency(Frequency.MONTHLY)
            .addResponders(GRID_1, PARTY_MEMBER)
            .build();

    @Test
    @DisplayName(
        "a monthly home-visit round shares the grid's households between two responders, in turn")
    void homeVisits() {
      List<PatrolTask> may =
          Inspections.tasks(visits, J, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 30));
      assertThat(may).hasSize(4);
      int households = J.householdsIn(B43).size() + J.householdsIn(B44).size();
      assertThat(may.get(0).households().size() + may.get(1).households().size())
          .isEqualTo(households);
      assertThat(may.get(0).lastDay()).isEqualTo(LocalDate.of(2026, 5, 31));
      assertThat(may.get(2).households())
          .as("June swaps the slices")
          .isEqualTo(may.get(1).households());
      assertThat(Inspections.tasks(visits, J, LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 31)))
          .as("May started before")
          .isEmpty();
      assertThatThrownBy(
              () ->
                  Inspections.tasks(visits, J, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 2)))
          .hasMessageContaining("must be 1 to 366 days");
      assertThatThrownBy(
              () ->
                  InspectionPlan.builder()
                      .from(visits)
                      .area(io.github.gridgov.core.area.AreaRef.district())
                      .build())
          .hasMessageContaining("must be a community, grid, compound or building");
    }

    @Test
    @DisplayName("coverage counts each household once, in the period and under the plan only")
    void coverage() {
      var h = J.householdsIn(B43).get(0).id();
      Instant day =
          LocalDate.of(2026, 5, 6).atStartOfDay(io.github.gridgov.core.Texts.BEIJING).toInstant();
      List<Visit> v =
          List.of(
              Visit.builder()
                  .plan(visits.id())
                  .responder(GRID_1)
                  .building(B43)
                  .household(h)
                  .at(day)
                  .build(),
              Visit.builder()
                  .plan(visits.id())
                  .responder(GRID_1)
                  .building(B43)
                  .household(h)
                  .at(day.plusSeconds(60))
                  .build(),
              Visit.builder()
                  .plan(PlanId.of("PL-other"))
                  .responder(GRID_1)
                  .building(B43)
                  .household(h)
                  .at(day)
                  .build(),
              Visit.builder()
                  .plan(visits.id())
                  .responder(GRID_1)
                  .building(B43)
                  .household(h)
                  .at(day.minus(Duration.ofDays(30)))
                  .build());
      var c =
          Inspections.coverage(visits, J, v, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31));
      assertThat(c.visited()).isEqualTo(1);
      assertThat(c.ignoredVisits()).isEqualTo(2);
      assertThat(c.total()).isEqualTo(J.householdsIn(B43).size() + J.householdsIn(B44).size());
      assertThat(
              Inspections.order(
                      visits,
                      v.get(0),
                      OrderId.of("O-v"),
                      OrderKind.HELP,
                      Category.ELDERLY_CARE,
                      "独居老人需要照护")
                  .origin())
          .isEqualTo(Origin.PROACTIVE);
      assertThatThrownBy(
              () ->
                  Inspections.order(
                      visits, v.get(2), OrderId.of("O-w"), OrderKind.HELP, Category.OTHER, "x"))
          .hasMessageContaining("under plan PL-other");
    }
  }
}
