package io.github.gridgov.benchmarks;

import io.github.gridgov.core.Tier;
import io.github.gridgov.core.order.Assignee;
import io.github.gridgov.core.order.Dispatch;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.people.Household;
import io.github.gridgov.core.people.HouseholdId;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.fixtures.Generators;
import io.github.gridgov.rules.GovernanceRules;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A district-scale data set, deterministic by seed: a registry of about {@code households}
 * households (30 streets of 11 communities of 7–8 grids of 6–7 buildings of 55–70 households for
 * one million) and open orders whose next checks are spread so that about 1 % are due at {@link
 * #NOW}.
 */
final class District {
  static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
  static final long SEED = 20261125L;

  private District() {}

  static Jurisdiction jurisdiction(int households) {
    int streets = Math.max(1, Math.round(households / 33_000f));
    return Generators.jurisdictions().streets(streets).communitiesPerStreet(11, 11).gridsPerCommunity(7, 8)
        .buildingsPerGrid(6, 7).householdsPerBuilding(55, 70).generate(new SplittableRandom(SEED));
  }

  static HouseholdId[] householdIds(Jurisdiction j) {
    return j.households().map(Household::id).toArray(HouseholdId[]::new);
  }

  /**
   * {@code n} orders dispatched at the building tier to the building leader (or, with none, the
   * first grid worker), reported over a window such that about 1 % need a look at {@link #NOW}.
   */
  static List<ServiceOrder> openOrders(Jurisdiction j, int n, GovernanceRules rules) {
    Duration window = Duration.ofDays(100);
    Instant from = NOW.minus(Duration.ofHours(24)).minus(window.dividedBy(100));
    List<ServiceOrder> stream = Generators.orders(j).count(n).period(from, window).generate(new SplittableRandom(SEED));
    List<ServiceOrder> out = new ArrayList<>(n);
    io.github.gridgov.core.order.Actor host = io.github.gridgov.core.order.Actor.system("bench");
    for (ServiceOrder o : stream) {
      var building = j.buildingOf(o.location().household().get()).get();
      var owner = j.buildingLeader(building).map(r -> Assignee.of(r.id()))
          .orElseGet(() -> Assignee.of(j.grid(j.gridOf(building).get()).get().workers().get(0)));
      out.add(o.dispatch(host, Dispatch.of(owner, Tier.BUILDING, rules.deadlines(o, o.reportedAt())), o.reportedAt()));
    }
    return out;
  }
}
