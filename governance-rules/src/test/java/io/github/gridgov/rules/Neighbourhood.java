package io.github.gridgov.rules;

import io.github.gridgov.core.area.AreaRef;
import io.github.gridgov.core.area.Building;
import io.github.gridgov.core.area.BuildingId;
import io.github.gridgov.core.area.Community;
import io.github.gridgov.core.area.CommunityId;
import io.github.gridgov.core.area.Compound;
import io.github.gridgov.core.area.CompoundId;
import io.github.gridgov.core.area.Grid;
import io.github.gridgov.core.area.GridId;
import io.github.gridgov.core.area.ManagementStatus;
import io.github.gridgov.core.area.Street;
import io.github.gridgov.core.area.StreetId;
import io.github.gridgov.core.order.Actor;
import io.github.gridgov.core.order.Category;
import io.github.gridgov.core.order.Location;
import io.github.gridgov.core.order.OrderId;
import io.github.gridgov.core.order.OrderKind;
import io.github.gridgov.core.order.Origin;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.people.CareNeed;
import io.github.gridgov.core.people.Department;
import io.github.gridgov.core.people.Household;
import io.github.gridgov.core.people.HouseholdId;
import io.github.gridgov.core.people.Membership;
import io.github.gridgov.core.people.MembershipKind;
import io.github.gridgov.core.people.Occupancy;
import io.github.gridgov.core.people.PersonName;
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
import java.time.Instant;

/**
 * A hand-made street for the rules' scenario tests, after 安丰社区: compound 丰安小区 (managed) with
 * building 43 (leader on duty) and 44 (leader off duty), the unmanaged 老街小区 borrowing from it
 * (building 50, no leader), a second community with one building, a responder of every tier and
 * the departments the catalogue names. All names are invented.
 */
public final class Neighbourhood {
  public static final StreetId STREET = StreetId.of("S-jinan");
  public static final CommunityId ANFENG = CommunityId.of("C-anfeng");
  public static final CommunityId YOUYI = CommunityId.of("C-youyi");
  public static final GridId G1 = GridId.of("G-1");
  public static final GridId G2 = GridId.of("G-2");
  public static final GridId G3 = GridId.of("G-3");
  public static final CompoundId FENGAN = CompoundId.of("K-fengan");
  public static final CompoundId LAOJIE = CompoundId.of("K-laojie");
  public static final BuildingId B43 = BuildingId.of("B-43");
  public static final BuildingId B44 = BuildingId.of("B-44");
  public static final BuildingId B50 = BuildingId.of("B-50");
  public static final BuildingId B60 = BuildingId.of("B-60");
  public static final HouseholdId FLAT_301 = HouseholdId.of("H-43-2-301");
  public static final HouseholdId FLAT_401 = HouseholdId.of("H-43-2-401");
  public static final HouseholdId FLAT_44 = HouseholdId.of("H-44-1-101");
  public static final HouseholdId FLAT_50 = HouseholdId.of("H-50-1-101");
  public static final HouseholdId FLAT_60 = HouseholdId.of("H-60-1-101");
  public static final ResidentId WANG = ResidentId.of("P-wang");
  public static final ResidentId ZHAO = ResidentId.of("P-zhao");
  public static final ResidentId ELDER = ResidentId.of("P-elder");
  public static final ResidentId LI = ResidentId.of("P-li");
  public static final ResidentId ZHOU = ResidentId.of("P-zhou");
  public static final ResponderId LEADER_43 = ResponderId.of("R-leader-43");
  public static final ResponderId LEADER_44 = ResponderId.of("R-leader-44");
  public static final ResponderId UNIT_43 = ResponderId.of("R-unit-43");
  public static final ResponderId PROPERTY = ResponderId.of("R-property-fengan");
  public static final ResponderId GRID_1 = ResponderId.of("R-grid-1");
  public static final ResponderId GRID_2 = ResponderId.of("R-grid-2");
  public static final ResponderId GRID_3 = ResponderId.of("R-grid-3");
  public static final ResponderId WORKER_ANFENG = ResponderId.of("R-worker-anfeng");
  public static final ResponderId WORKER_YOUYI = ResponderId.of("R-worker-youyi");
  public static final ResponderId VOLUNTEER = ResponderId.of("R-volunteer-li");
  public static final ResponderId PARTY_MEMBER = ResponderId.of("R-party-zhou");
  public static final ResponderId STREET_OFFICE = ResponderId.of("R-street-office");
  public static final ResponderId HOUSING = ResponderId.of("R-dept-housing");
  public static final ResponderId POLICE = ResponderId.of("R-dept-police");
  public static final ResponderId CIVIL_AFFAIRS = ResponderId.of("R-dept-civil-affairs");
  public static final ResponderId URBAN_MANAGEMENT = ResponderId.of("R-dept-urban-management");
  public static final ResponderId JUSTICE = ResponderId.of("R-dept-justice");
  public static final ResponderId COORDINATOR = ResponderId.of("R-dept-coordinator");
  public static final TeamId RED_TEAM = TeamId.of("T-red-care");
  public static final Actor DISPATCHER = Actor.staff("dispatcher-1");
  public static final Actor TIMER = Actor.system("escalation-timer");

  private Neighbourhood() {}

  public static Jurisdiction.Builder builder() {
    Jurisdiction.Builder b =
        Jurisdiction.builder()
            .addStreet(Street.builder().id(STREET).name("金安街道").build())
            .addCommunity(Community.builder().id(ANFENG).name("安丰社区").street(STREET).build())
            .addCommunity(Community.builder().id(YOUYI).name("友谊河社区").street(STREET).build())
            .addGrid(
                Grid.builder().id(G1).name("丰安第一网格").community(ANFENG).addWorker(GRID_1).build())
            .addGrid(Grid.builder().id(G2).name("老街网格").community(ANFENG).addWorker(GRID_2).build())
            .addGrid(Grid.builder().id(G3).name("友谊河网格").community(YOUYI).addWorker(GRID_3).build())
            .addCompound(
                Compound.builder()
                    .id(FENGAN)
                    .name("丰安小区")
                    .community(ANFENG)
                    .management(ManagementStatus.MANAGED)
                    .propertyCompany("安居物业")
                    .build())
            .addCompound(
                Compound.builder()
                    .id(LAOJIE)
                    .name("老街小区")
                    .community(ANFENG)
                    .management(ManagementStatus.UNMANAGED)
                    .partner(FENGAN)
                    .build())
            .addBuilding(
                Building.builder()
                    .id(B43)
                    .name("43栋")
                    .compound(FENGAN)
                    .grid(G1)
                    .leader(LEADER_43)
                    .putUnitLeader("2", UNIT_43)
                    .build())
            .addBuilding(
                Building.builder()
                    .id(B44)
                    .name("44栋")
                    .compound(FENGAN)
                    .grid(G1)
                    .leader(LEADER_44)
                    .build())
            .addBuilding(Building.builder().id(B50).name("老街50号").compound(LAOJIE).grid(G2).build())
            .addBuilding(Building.builder().id(B60).name("友谊河60栋").grid(G3).build())
            .addResponder(
                person(
                    LEADER_43,
                    ResponderRole.BUILDING_LEADER,
                    AreaRef.of(B43),
                    "李建国",
                    Skill.PLUMBING))
            .addResponder(
                person(LEADER_44, ResponderRole.BUILDING_LEADER, AreaRef.of(B44), "赵明")
                    .withOnDuty(false))
            .addResponder(
                person(UNIT_43, ResponderRole.UNIT_LEADER, AreaRef.of(B43), "钱芳", Skill.MEDIATION))
            .addResponder(
                Responder.builder()
                    .id(PROPERTY)
                    .role(ResponderRole.PROPERTY_COMPANY)
                    .organisation("安居物业")
                    .capacity(20)
                    .addCoverage(AreaRef.of(FENGAN))
                    .addSkill(Skill.PLUMBING)
                    .addSkill(Skill.ELECTRICAL)
                    .build())
            .addResponder(
                person(GRID_1, ResponderRole.GRID_WORKER, AreaRef.of(G1), "陈红", Skill.MEDIATION))
            .addResponder(person(GRID_2, ResponderRole.GRID_WORKER, AreaRef.of(G2), "孙伟"))
            .addResponder(person(GRID_3, ResponderRole.GRID_WORKER, AreaRef.of(G3), "吴静"))
            .addResponder(
                person(
                    WORKER_ANFENG,
                    ResponderRole.COMMUNITY_WORKER,
                    AreaRef.of(ANFENG),
                    "周敏",
                    Skill.MEDIATION,
                    Skill.LEGAL,
                    Skill.POLICY_ADVICE))
            .addResponder(
                person(WORKER_YOUYI, ResponderRole.COMMUNITY_WORKER, AreaRef.of(YOUYI), "郑强"))
            .addResponder(
                person(
                        VOLUNTEER,
                        ResponderRole.VOLUNTEER,
                        AreaRef.of(ANFENG),
                        "李娜",
                        Skill.MEAL_DELIVERY)
                    .withResident(LI)
                    .withInsured(true))
            .addResponder(
                person(
                        PARTY_MEMBER,
                        ResponderRole.PARTY_MEMBER,
                        AreaRef.of(ANFENG),
                        "周杰",
                        Skill.ELDERLY_CARE)
                    .withResident(ZHOU))
            .addResponder(
                organisation(
                    STREET_OFFICE,
                    ResponderRole.STREET_OFFICE,
                    AreaRef.of(STREET),
                    "金安街道办事处",
                    null))
            .addResponder(
                organisation(
                    HOUSING,
                    ResponderRole.DISTRICT_DEPARTMENT,
                    AreaRef.district(),
                    "区住建局",
                    Department.HOUSING))
            .addResponder(
                organisation(
                    POLICE,
                    ResponderRole.DISTRICT_DEPARTMENT,
                    AreaRef.district(),
                    "区公安分局",
                    Department.POLICE))
            .addResponder(
                organisation(
                    CIVIL_AFFAIRS,
                    ResponderRole.DISTRICT_DEPARTMENT,
                    AreaRef.district(),
                    "区民政局",
                    Department.CIVIL_AFFAIRS))
            .addResponder(
                organisation(
                    URBAN_MANAGEMENT,
                    ResponderRole.DISTRICT_DEPARTMENT,
                    AreaRef.district(),
                    "区城管执法局",
                    Department.URBAN_MANAGEMENT))
            .addResponder(
                organisation(
                    JUSTICE,
                    ResponderRole.DISTRICT_DEPARTMENT,
                    AreaRef.district(),
                    "区司法局",
                    Department.JUSTICE))
            .addResponder(
                organisation(
                    COORDINATOR,
                    ResponderRole.DISTRICT_DEPARTMENT,
                    AreaRef.district(),
                    "区接诉即办统筹",
                    Department.DISTRICT_COORDINATOR))
            .addTeam(
                VolunteerTeam.builder()
                    .id(RED_TEAM)
                    .name("红色关爱志愿服务队")
                    .kind(TeamKind.RED_CARE)
                    .community(ANFENG)
                    .addSkill(Skill.ELDERLY_CARE)
                    .addSkill(Skill.MEAL_DELIVERY)
                    .addMember(VOLUNTEER)
                    .addMember(PARTY_MEMBER)
                    .capacity(5)
                    .build());
    b.addResident(resident(WANG, "王小明"))
        .addResident(resident(ZHAO, "赵大海"))
        .addResident(resident(ELDER, "孙秀兰"))
        .addResident(resident(LI, "李娜"))
        .addResident(resident(ZHOU, "周杰"));
    b.addHousehold(household(FLAT_301, B43, "2", "301", WANG).build())
        .addHousehold(
            household(FLAT_401, B43, "2", "401", ZHAO).occupancy(Occupancy.VACANT).build())
        .addHousehold(
            household(FLAT_44, B44, "1", "101", ELDER)
                .addCareNeed(CareNeed.ELDERLY_LIVING_ALONE)
                .addCareNeed(CareNeed.MEAL_ASSISTANCE)
                .build())
        .addHousehold(household(FLAT_50, B50, "1", "101", LI).build())
        .addHousehold(household(FLAT_60, B60, "1", "101", ZHOU).build());
    return b;
  }

  public static final Jurisdiction DISTRICT = builder().build();

  static Responder person(
      ResponderId id, ResponderRole role, AreaRef area, String name, Skill... skills) {
    return Responder.builder()
        .id(id)
        .role(role)
        .name(PersonName.of(name))
        .capacity(5)
        .addCoverage(area)
        .addSkills(skills)
        .build();
  }

  static Responder organisation(
      ResponderId id, ResponderRole role, AreaRef area, String name, Department department) {
    Responder.Builder b =
        Responder.builder().id(id).role(role).organisation(name).capacity(500).addCoverage(area);
    if (department != null) {
      b.department(department);
    }
    return b.build();
  }

  static Resident resident(ResidentId id, String name) {
    return Resident.builder().id(id).name(PersonName.of(name)).build();
  }

  static Household.Builder household(
      HouseholdId id, BuildingId b, String unit, String room, ResidentId head) {
    return Household.builder()
        .id(id)
        .building(b)
        .unit(unit)
        .room(room)
        .addMember(Membership.of(head, MembershipKind.HEAD));
  }

  /** An order from {@code household}, as its head reported it at {@code at}. */
  public static ServiceOrder.Builder order(
      String id, HouseholdId household, Category category, Instant at) {
    return ServiceOrder.builder()
        .id(OrderId.of(id))
        .kind(OrderKind.HELP)
        .category(category)
        .origin(Origin.RESIDENT)
        .location(Location.ofHousehold(household))
        .reportedAt(at);
  }
}
