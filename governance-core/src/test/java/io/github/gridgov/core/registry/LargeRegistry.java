package io.github.gridgov.core.registry;

import io.github.gridgov.core.area.AreaRef;
import io.github.gridgov.core.area.Building;
import io.github.gridgov.core.area.BuildingId;
import io.github.gridgov.core.area.Community;
import io.github.gridgov.core.area.CommunityId;
import io.github.gridgov.core.area.Grid;
import io.github.gridgov.core.area.GridId;
import io.github.gridgov.core.area.Street;
import io.github.gridgov.core.area.StreetId;
import io.github.gridgov.core.people.CareNeed;
import io.github.gridgov.core.people.Household;
import io.github.gridgov.core.people.HouseholdId;
import io.github.gridgov.core.people.Membership;
import io.github.gridgov.core.people.MembershipKind;
import io.github.gridgov.core.people.PersonName;
import io.github.gridgov.core.people.Resident;
import io.github.gridgov.core.people.ResidentId;
import io.github.gridgov.core.people.Responder;
import io.github.gridgov.core.people.ResponderId;
import io.github.gridgov.core.people.ResponderRole;

/**
 * A registry of {@code n} households shaped like a district: 60 households a building (6 units,
 * 10 rooms), 8 buildings a grid, 4 grids a community, 10 communities a street, 2.5 residents a
 * household and a leader for every building. Deterministic; no randomness needed for a size test.
 */
final class LargeRegistry {
  private LargeRegistry() {}

  static Jurisdiction build(int n) {
    return builder(n).build();
  }

  static Jurisdiction.Builder builder(int n) {
    Jurisdiction.Builder b = Jurisdiction.builder();
    int buildings = (n + 59) / 60;
    int grids = (buildings + 7) / 8;
    int communities = (grids + 3) / 4;
    int streets = (communities + 9) / 10;
    for (int s = 0; s < streets; s++) {
      b.addStreet(Street.builder().id(StreetId.of("S" + s)).name("街道" + s).build());
    }
    for (int c = 0; c < communities; c++) {
      b.addCommunity(
          Community.builder()
              .id(CommunityId.of("C" + c))
              .name("社区" + c)
              .street(StreetId.of("S" + c / 10))
              .build());
    }
    for (int g = 0; g < grids; g++) {
      b.addGrid(
          Grid.builder()
              .id(GridId.of("G" + g))
              .name("网格" + g)
              .community(CommunityId.of("C" + g / 4))
              .build());
    }
    PersonName leaderName = PersonName.of("楼栋长");
    for (int i = 0; i < buildings; i++) {
      BuildingId id = BuildingId.of("B" + i);
      ResponderId leader = ResponderId.of("L" + i);
      b.addResponder(
          Responder.builder()
              .id(leader)
              .role(ResponderRole.BUILDING_LEADER)
              .name(leaderName)
              .capacity(5)
              .addCoverage(AreaRef.of(id))
              .build());
      b.addBuilding(
          Building.builder()
              .id(id)
              .name(i + "栋")
              .grid(GridId.of("G" + i / 8))
              .leader(leader)
              .build());
    }
    PersonName name = PersonName.of("居民");
    int resident = 0;
    for (int h = 0; h < n; h++) {
      int building = h / 60;
      int unit = (h % 60) / 10 + 1;
      int room = (h % 10) / 2 * 100 + 101 + h % 2;
      Household.Builder hh =
          Household.builder()
              .id(HouseholdId.of("H" + h))
              .building(BuildingId.of("B" + building))
              .unit(Integer.toString(unit))
              .room(Integer.toString(room));
      int members = h % 2 == 0 ? 2 : 3;
      for (int m = 0; m < members; m++) {
        ResidentId rid = ResidentId.of("P" + resident++);
        b.addResident(Resident.builder().id(rid).name(name).build());
        hh.addMember(Membership.of(rid, m == 0 ? MembershipKind.HEAD : MembershipKind.MEMBER));
      }
      if (h % 7 == 0) {
        hh.addCareNeed(CareNeed.AGED_80_PLUS);
      }
      b.addHousehold(hh.build());
    }
    return b;
  }
}
