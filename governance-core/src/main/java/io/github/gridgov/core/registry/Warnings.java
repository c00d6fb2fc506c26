package io.github.gridgov.core.registry;

import io.github.gridgov.core.area.Building;
import io.github.gridgov.core.area.Community;
import io.github.gridgov.core.area.Compound;
import io.github.gridgov.core.area.Grid;
import io.github.gridgov.core.area.ManagementStatus;
import io.github.gridgov.core.people.Responder;
import java.util.ArrayList;
import java.util.List;

/** The warnings of a built registry. Not API. */
final class Warnings {
  static final String COMMUNITY_SIZE = "registry.community-size";
  static final String GRID_SIZE = "registry.grid-size";
  static final String NO_BUILDING_LEADER = "registry.no-active-building-leader";
  static final String UNMANAGED_WITHOUT_PARTNER = "registry.unmanaged-without-partner";

  private final Jurisdiction j;

  Warnings(Jurisdiction j) {
    this.j = j;
  }

  List<Problem> all() {
    List<Problem> out = new ArrayList<>();
    SizeLimits limits = j.sizeLimits();
    List<Community> communities = j.communities();
    for (int c = 0; c < communities.size(); c++) {
      int n = j.householdsOfCommunity(c);
      if (n < limits.communityMinHouseholds() || n > limits.communityMaxHouseholds()) {
        out.add(
            Problem.warning(
                COMMUNITY_SIZE,
                "COMMUNITY:" + communities.get(c).id(),
                "community "
                    + communities.get(c).id()
                    + " has "
                    + n
                    + " households, outside "
                    + limits.communityMinHouseholds()
                    + "-"
                    + limits.communityMaxHouseholds()
                    + " (城市居民委员会组织法 Art. 6)"));
      }
    }
    List<Grid> grids = j.grids();
    for (int g = 0; g < grids.size(); g++) {
      int n = j.householdsOfGrid(g);
      if (n < limits.gridMinHouseholds() || n > limits.gridMaxHouseholds()) {
        out.add(
            Problem.warning(
                GRID_SIZE,
                "GRID:" + grids.get(g).id(),
                "grid "
                    + grids.get(g).id()
                    + " has "
                    + n
                    + " households, outside "
                    + limits.gridMinHouseholds()
                    + "-"
                    + limits.gridMaxHouseholds()
                    + " (configurable default)"));
      }
    }
    for (Building b : j.buildings()) {
      boolean active = b.leader().flatMap(j::responder).map(Responder::isOnDuty).orElse(false);
      if (!active) {
        out.add(
            Problem.warning(
                NO_BUILDING_LEADER,
                "BUILDING:" + b.id(),
                "building "
                    + b.id()
                    + " has no active building leader; its matters start at the GRID tier"));
      }
    }
    for (Compound c : j.compounds()) {
      if (c.management() == ManagementStatus.UNMANAGED && c.partner().isEmpty()) {
        out.add(
            Problem.warning(
                UNMANAGED_WITHOUT_PARTNER,
                "COMPOUND:" + c.id(),
                "unmanaged compound "
                    + c.id()
                    + " has no partner compound to borrow responders from"));
      }
    }
    return out;
  }
}
