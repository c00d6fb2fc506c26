package io.github.gridgov.core;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.gridgov.core.area.AreaRef;
import io.github.gridgov.core.area.BeijingGridCode;
import io.github.gridgov.core.area.Building;
import io.github.gridgov.core.area.BuildingId;
import io.github.gridgov.core.area.Community;
import io.github.gridgov.core.area.CommunityId;
import io.github.gridgov.core.area.Compound;
import io.github.gridgov.core.area.CompoundId;
import io.github.gridgov.core.area.Grid;
import io.github.gridgov.core.area.GridAssignment;
import io.github.gridgov.core.area.GridId;
import io.github.gridgov.core.area.ManagementStatus;
import io.github.gridgov.core.area.StatisticalAreaCode;
import io.github.gridgov.core.area.Street;
import io.github.gridgov.core.area.StreetId;
import io.github.gridgov.core.area.Validity;
import io.github.gridgov.core.order.Actor;
import io.github.gridgov.core.order.Assignee;
import io.github.gridgov.core.order.Category;
import io.github.gridgov.core.order.Deadlines;
import io.github.gridgov.core.order.Dispatch;
import io.github.gridgov.core.order.Location;
import io.github.gridgov.core.order.OrderEvent;
import io.github.gridgov.core.order.OrderId;
import io.github.gridgov.core.order.OrderKind;
import io.github.gridgov.core.order.OrderStatus;
import io.github.gridgov.core.order.OrderStep;
import io.github.gridgov.core.order.Origin;
import io.github.gridgov.core.order.Rating;
import io.github.gridgov.core.order.Satisfaction;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.people.Household;
import io.github.gridgov.core.people.HouseholdId;
import io.github.gridgov.core.people.IdCardNumber;
import io.github.gridgov.core.people.Membership;
import io.github.gridgov.core.people.MembershipKind;
import io.github.gridgov.core.people.PersonName;
import io.github.gridgov.core.people.PhoneNumber;
import io.github.gridgov.core.people.Resident;
import io.github.gridgov.core.people.ResidentId;
import io.github.gridgov.core.people.Responder;
import io.github.gridgov.core.people.ResponderId;
import io.github.gridgov.core.people.ResponderRole;
import io.github.gridgov.core.people.Skill;
import io.github.gridgov.core.people.TeamId;
import io.github.gridgov.core.people.TeamKind;
import io.github.gridgov.core.people.VolunteerTeam;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.core.registry.SizeLimits;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public value type: nulls are refused everywhere with a {@link NullPointerException}
 * ({@link NullPointerTester}), and equality is by value ({@link EqualsTester}).
 */
@DisplayName("value contracts: null checks and equality")
class ValueContractTest {
  static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");

  /** A value type: {@code make(0)} and {@code make(0)} are equal, {@code make(1)} differs. */
  record Case(Class<?> type, IntFunction<Object> make, Supplier<Object> builder) {
    @Override
    public String toString() {
      return type.getSimpleName();
    }
  }

  static Case of(Class<?> type, IntFunction<Object> make) {
    return new Case(type, make, null);
  }

  static Case of(Class<?> type, IntFunction<Object> make, Supplier<Object> builder) {
    return new Case(type, make, builder);
  }

  static ServiceOrder order(int i) {
    return ServiceOrder.builder()
        .id(OrderId.of("O-" + i))
        .kind(OrderKind.HELP)
        .category(Category.WATER_LEAK)
        .origin(Origin.RESIDENT)
        .location(Location.ofHousehold(HouseholdId.of("H-1")))
        .reportedAt(T0)
        .build();
  }

  static List<Case> cases() {
    return List.of(
        of(StreetId.class, i -> StreetId.of("S-" + i)),
        of(CommunityId.class, i -> CommunityId.of("C-" + i)),
        of(GridId.class, i -> GridId.of("G-" + i)),
        of(CompoundId.class, i -> CompoundId.of("K-" + i)),
        of(BuildingId.class, i -> BuildingId.of("B-" + i)),
        of(HouseholdId.class, i -> HouseholdId.of("H-" + i)),
        of(ResidentId.class, i -> ResidentId.of("P-" + i)),
        of(ResponderId.class, i -> ResponderId.of("R-" + i)),
        of(TeamId.class, i -> TeamId.of("T-" + i)),
        of(OrderId.class, i -> OrderId.of("O-" + i)),
        of(AreaRef.class, i -> AreaRef.of(GridId.of("G-" + i))),
        of(StatisticalAreaCode.class, i -> StatisticalAreaCode.parse("34150200200" + i)),
        of(BeijingGridCode.class, i -> BeijingGridCode.parse("11010500100200" + (i + 1))),
        of(Validity.class, i -> Validity.from(LocalDate.of(2024, 1, 1 + i))),
        of(
            Street.class,
            i -> Street.builder().id(StreetId.of("S")).name("街道" + i).build(),
            Street::builder),
        of(
            Community.class,
            i ->
                Community.builder()
                    .id(CommunityId.of("C"))
                    .name("社区" + i)
                    .street(StreetId.of("S"))
                    .build(),
            Community::builder),
        of(
            Grid.class,
            i ->
                Grid.builder()
                    .id(GridId.of("G"))
                    .name("网格" + i)
                    .community(CommunityId.of("C"))
                    .build(),
            Grid::builder),
        of(
            Compound.class,
            i ->
                Compound.builder()
                    .id(CompoundId.of("K"))
                    .name("小区" + i)
                    .community(CommunityId.of("C"))
                    .management(ManagementStatus.MANAGED)
                    .build(),
            Compound::builder),
        of(
            Building.class,
            i ->
                Building.builder()
                    .id(BuildingId.of("B"))
                    .name(i + "栋")
                    .grid(GridId.of("G"))
                    .build(),
            Building::builder),
        of(GridAssignment.class, i -> GridAssignment.of(GridId.of("G-" + i))),
        of(PhoneNumber.class, i -> PhoneNumber.of("1381234123" + i)),
        of(
            IdCardNumber.class,
            i ->
                i == 0
                    ? IdCardNumber.of("11010519491231002X")
                    : IdCardNumber.of(
                        "11010519800101001" + IdCardNumber.checkCharacter("11010519800101001"))),
        of(PersonName.class, i -> PersonName.of(i == 0 ? "张三" : "李四")),
        of(Skill.class, i -> Skill.of("skill-" + i)),
        of(Membership.class, i -> Membership.of(ResidentId.of("P-" + i), MembershipKind.HEAD)),
        of(
            Household.class,
            i ->
                Household.builder()
                    .id(HouseholdId.of("H"))
                    .building(BuildingId.of("B"))
                    .room("30" + i)
                    .build(),
            Household::builder),
        of(
            Resident.class,
            i ->
                Resident.builder()
                    .id(ResidentId.of("P"))
                    .name(PersonName.of("王小明"))
                    .birthYear(1950 + i)
                    .build(),
            Resident::builder),
        of(
            Responder.class,
            i ->
                Responder.builder()
                    .id(ResponderId.of("R"))
                    .role(ResponderRole.VOLUNTEER)
                    .name(PersonName.of("王小明"))
                    .capacity(1 + i)
                    .addCoverage(AreaRef.district())
                    .build(),
            Responder::builder),
        of(
            VolunteerTeam.class,
            i ->
                VolunteerTeam.builder()
                    .id(TeamId.of("T"))
                    .name("队")
                    .kind(TeamKind.YOUTH)
                    .community(CommunityId.of("C"))
                    .capacity(1 + i)
                    .build(),
            VolunteerTeam::builder),
        of(Location.class, i -> Location.ofHousehold(HouseholdId.of("H-" + i))),
        of(Assignee.class, i -> Assignee.of(ResponderId.of("R-" + i))),
        of(Actor.class, i -> Actor.staff("s-" + i)),
        of(Category.class, i -> Category.of("cat-" + i)),
        of(Deadlines.class, i -> Deadlines.of(T0, T0.plusSeconds(i))),
        of(
            Dispatch.class,
            i ->
                Dispatch.of(
                    Assignee.of(ResponderId.of("R-" + i)), Tier.GRID, Deadlines.of(T0, T0))),
        of(Rating.class, i -> Rating.of(Satisfaction.SATISFIED, i == 0)),
        of(
            OrderEvent.class,
            i ->
                OrderEvent.builder()
                    .sequence(1 + i)
                    .step(OrderStep.ACCEPT)
                    .fromStatus(OrderStatus.DISPATCHED)
                    .toStatus(OrderStatus.ACCEPTED)
                    .actor(Actor.staff("s"))
                    .at(T0)
                    .build(),
            OrderEvent::builder),
        of(ServiceOrder.class, ValueContractTest::order, ServiceOrder::builder),
        of(
            SizeLimits.class,
            i -> SizeLimits.builder().gridMaxHouseholds(500 + i).build(),
            SizeLimits::builder));
  }

  static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(StreetId.class, StreetId.of("S"))
        .setDefault(CommunityId.class, CommunityId.of("C"))
        .setDefault(GridId.class, GridId.of("G"))
        .setDefault(CompoundId.class, CompoundId.of("K"))
        .setDefault(BuildingId.class, BuildingId.of("B"))
        .setDefault(HouseholdId.class, HouseholdId.of("H"))
        .setDefault(ResidentId.class, ResidentId.of("P"))
        .setDefault(ResponderId.class, ResponderId.of("R"))
        .setDefault(TeamId.class, TeamId.of("T"))
        .setDefault(OrderId.class, OrderId.of("O"))
        .setDefault(String.class, "301")
        .setDefault(AreaRef.class, AreaRef.district())
        .setDefault(Validity.class, Validity.always())
        .setDefault(LocalDate.class, LocalDate.of(2026, 1, 1))
        .setDefault(Instant.class, T0.plusSeconds(3600))
        .setDefault(PersonName.class, PersonName.of("王小明"))
        .setDefault(PhoneNumber.class, PhoneNumber.of("13812341234"))
        .setDefault(IdCardNumber.class, IdCardNumber.of("11010519491231002X"))
        .setDefault(Skill.class, Skill.PLUMBING)
        .setDefault(Category.class, Category.OTHER)
        .setDefault(Actor.class, Actor.staff("s"))
        .setDefault(Assignee.class, Assignee.of(ResponderId.of("R")))
        .setDefault(Deadlines.class, Deadlines.of(T0.plusSeconds(3600), T0.plusSeconds(7200)))
        .setDefault(
            Dispatch.class,
            Dispatch.of(
                Assignee.of(ResponderId.of("R")),
                Tier.BUILDING,
                Deadlines.of(T0.plusSeconds(3600), T0.plusSeconds(7200))))
        .setDefault(Rating.class, Rating.of(Satisfaction.SATISFIED, true))
        .setDefault(Location.class, Location.ofHousehold(HouseholdId.of("H")))
        .setDefault(ServiceOrder.class, order(7))
        .setDefault(GridAssignment.class, GridAssignment.of(GridId.of("G")))
        .setDefault(Membership.class, Membership.of(ResidentId.of("P"), MembershipKind.HEAD))
        .setDefault(SizeLimits.class, SizeLimits.standard());
  }

  static Stream<Arguments> valueTypes() {
    return cases().stream().map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valueTypes")
  @DisplayName("equal by value")
  void equality(Case c) {
    new EqualsTester()
        .addEqualityGroup(c.make().apply(0), c.make().apply(0))
        .addEqualityGroup(c.make().apply(1))
        .testEquals();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valueTypes")
  @DisplayName("refuses null in every public method, static or not, and in its builder")
  void nulls(Case c) {
    NullPointerTester tester = tester();
    tester.testAllPublicStaticMethods(c.type());
    tester.testAllPublicInstanceMethods(c.make().apply(0));
    if (c.builder() != null) {
      tester.testAllPublicInstanceMethods(c.builder().get());
    }
  }

  @Test
  @DisplayName("the registry and its builder refuse null too")
  void registryNulls() {
    NullPointerTester tester = tester();
    tester.testAllPublicStaticMethods(Jurisdiction.class);
    tester.testAllPublicInstanceMethods(Jurisdiction.builder().build());
    tester.testAllPublicInstanceMethods(Jurisdiction.builder());
  }
}
