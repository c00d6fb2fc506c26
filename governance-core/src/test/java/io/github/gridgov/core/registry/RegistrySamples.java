package io.github.gridgov.core.registry;

import io.github.gridgov.core.area.AreaRef;
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
import io.github.gridgov.core.area.Street;
import io.github.gridgov.core.area.StreetId;
import io.github.gridgov.core.area.Validity;
import io.github.gridgov.core.people.CareNeed;
import io.github.gridgov.core.people.Department;
import io.github.gridgov.core.people.Household;
import io.github.gridgov.core.people.HouseholdId;
import io.github.gridgov.core.people.IdCardNumber;
import io.github.gridgov.core.people.Membership;
import io.github.gridgov.core.people.MembershipKind;
import io.github.gridgov.core.people.Occupancy;
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
import java.time.LocalDate;
import java.util.List;

/**
 * A small, hand-made district for the registry's tests: one street, two communities, three
 * grids, a managed compound and its unmanaged partner, three buildings, a handful of households
 * and one responder of each tier. (The fixtures module has the real sample communities; core's
 * tests cannot depend on it.)
 */
final class RegistrySamples {
  static final StreetId S1 = StreetId.of("S-1");
  static final CommunityId C1 = CommunityId.of("C-1");
  static final CommunityId C2 = CommunityId.of("C-2");
  static final GridId G1 = GridId.of("G-1");
  static final GridId G2 = GridId.of("G-2");
  static final GridId G3 = GridId.of("G-3");
  static final CompoundId K1 = CompoundId.of("K-1");
  static final CompoundId K2 = CompoundId.of("K-2");
  static final BuildingId B1 = BuildingId.of("B-1");
  static final BuildingId B2 = BuildingId.of("B-2");
  static final BuildingId B3 = BuildingId.of("B-3");
  static final ResponderId LEADER_B1 = ResponderId.of("R-leader-B1");
  static final ResponderId PROPERTY_K1 = ResponderId.of("R-property-K1");
  static final ResponderId WORKER_G1 = ResponderId.of("R-worker-G1");
  static final ResponderId WORKER_C1 = ResponderId.of("R-community-C1");
  static final ResponderId STREET_OFFICE = ResponderId.of("R-street-S1");
  static final ResponderId HOUSING = ResponderId.of("R-housing");
  static final TeamId RED = TeamId.of("T-red");
  static final LocalDate REDRAWN = LocalDate.of(2025, 7, 1);

  private RegistrySamples() {}

  static Jurisdiction.Builder district() {
    Jurisdiction.Builder b =
        Jurisdiction.builder()
            .addStreet(Street.builder().id(S1).name("金安街道").build())
            .addCommunity(Community.builder().id(C1).name("安丰社区").street(S1).build())
            .addCommunity(Community.builder().id(C2).name("友谊河社区").street(S1).build())
            .addGrid(
                Grid.builder()
                    .id(G1)
                    .name("第一网格")
                    .community(C1)
                    .addWorker(WORKER_G1)
                    .supervisionPhone("0564-3377110")
                    .build())
            .addGrid(Grid.builder().id(G2).name("第二网格").community(C1).build())
            .addGrid(Grid.builder().id(G3).name("第三网格").community(C2).build())
            .addCompound(
                Compound.builder()
                    .id(K1)
                    .name("丰安小区")
                    .community(C1)
                    .management(ManagementStatus.MANAGED)
                    .propertyCompany("安居物业")
                    .build())
            .addCompound(
                Compound.builder()
                    .id(K2)
                    .name("老街小区")
                    .community(C1)
                    .management(ManagementStatus.UNMANAGED)
                    .partner(K1)
                    .build())
            .addBuilding(
                Building.builder()
                    .id(B1)
                    .name("43栋")
                    .compound(K1)
                    .addGridAssignment(GridAssignment.of(G2, Validity.until(REDRAWN.minusDays(1))))
                    .addGridAssignment(GridAssignment.of(G1, Validity.from(REDRAWN)))
                    .leader(LEADER_B1)
                    .build())
            .addBuilding(
                Building.builder()
                    .id(B2)
                    .name("2栋")
                    .address("北京市西城区老街小区2号楼")
                    .position(io.github.gridgov.core.area.GeoPoint.of(39.9126, 116.3702))
                    .compound(K2)
                    .grid(G1)
                    .build())
            .addBuilding(Building.builder().id(B3).name("散居楼").grid(G3).build())
            .addResponder(person(LEADER_B1, ResponderRole.BUILDING_LEADER, AreaRef.of(B1), "李建国"))
            .addResponder(
                Responder.builder()
                    .id(PROPERTY_K1)
                    .role(ResponderRole.PROPERTY_COMPANY)
                    .organisation("安居物业")
                    .capacity(20)
                    .addCoverage(AreaRef.of(K1))
                    .addSkill(Skill.PLUMBING)
                    .build())
            .addResponder(person(WORKER_G1, ResponderRole.GRID_WORKER, AreaRef.of(G1), "陈红"))
            .addResponder(person(WORKER_C1, ResponderRole.COMMUNITY_WORKER, AreaRef.of(C1), "周敏"))
            .addResponder(
                Responder.builder()
                    .id(STREET_OFFICE)
                    .role(ResponderRole.STREET_OFFICE)
                    .organisation("金安街道办事处")
                    .capacity(100)
                    .addCoverage(AreaRef.of(S1))
                    .build())
            .addResponder(
                Responder.builder()
                    .id(HOUSING)
                    .role(ResponderRole.DISTRICT_DEPARTMENT)
                    .organisation("区住建局")
                    .department(Department.HOUSING)
                    .capacity(500)
                    .addCoverage(AreaRef.district())
                    .build())
            .addTeam(
                VolunteerTeam.builder()
                    .id(RED)
                    .name("红色关爱志愿服务队")
                    .kind(TeamKind.RED_CARE)
                    .community(C1)
                    .addSkill(Skill.ELDERLY_CARE)
                    .addSkill(Skill.MEAL_DELIVERY)
                    .addMember(WORKER_C1)
                    .capacity(10)
                    .build())
            .addTeam(
                VolunteerTeam.builder()
                    .id(TeamId.of("T-blue"))
                    .name("蓝色调解志愿服务队")
                    .kind(TeamKind.BLUE_MEDIATION)
                    .community(C2)
                    .addSkill(Skill.MEDIATION)
                    .capacity(5)
                    .build());
    String[] names = {"王小明", "张丽", "刘洋", "赵强", "孙芳", "周杰"};
    for (int i = 0; i < names.length; i++) {
      b.addResident(
          Resident.builder()
              .id(ResidentId.of("P-" + (i + 1)))
              .name(PersonName.of(names[i]))
              .phone(PhoneNumber.of("1381234000" + i))
              .build());
    }
    b.addResident(
        Resident.builder()
            .id(ResidentId.of("P-7"))
            .name(PersonName.of("吴秀兰"))
            .idNumber(IdCardNumber.of("11010519491231002X"))
            .build());
    b.addHouseholds(households());
    return b;
  }

  /** The five households of the sample, in the order added. */
  static List<Household> households() {
    return List.of(
        household("H-B1-2-301", B1, "2", "301", "P-1", "P-2")
            .addCareNeed(CareNeed.MEAL_ASSISTANCE)
            .build(),
        household("H-B1-2-401", B1, "2", "401", "P-3").occupancy(Occupancy.VACANT).build(),
        household("H-B1-1-101", B1, "1", "101", "P-4")
            .addMember(
                Membership.of(
                    ResidentId.of("P-5"),
                    MembershipKind.MEMBER,
                    Validity.from(LocalDate.of(2024, 3, 1))))
            .build(),
        household("H-B2-101", B2, null, "101", "P-6").build(),
        household("H-B3-101", B3, null, "101", "P-7")
            .addCareNeed(CareNeed.ELDERLY_LIVING_ALONE)
            .addCareNeed(CareNeed.AGED_80_PLUS)
            .build());
  }

  static Responder person(ResponderId id, ResponderRole role, AreaRef area, String name) {
    return Responder.builder()
        .id(id)
        .role(role)
        .name(PersonName.of(name))
        .capacity(5)
        .addCoverage(area)
        .build();
  }

  static Household.Builder household(
      String id, BuildingId building, String unit, String room, String head, String... members) {
    Household.Builder h =
        Household.builder()
            .id(HouseholdId.of(id))
            .building(building)
            .room(room)
            .addMember(Membership.of(ResidentId.of(head), MembershipKind.HEAD));
    if (unit != null) {
      h.unit(unit);
    }
    for (String m : members) {
      h.addMember(Membership.of(ResidentId.of(m), MembershipKind.MEMBER));
    }
    return h;
  }
}
