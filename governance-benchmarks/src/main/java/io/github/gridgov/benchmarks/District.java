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
import io.github.gridgov.rules.assignment.Workload;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A district-scale data set, deterministic by seed: a registry of about {@code households}
 * households (30 streets of 11 communities of 7–8 grids of 6–7 buildings of 55–70 households for
 * one million; 66–90 volunteers and party members and 5–7 volunteer teams per community, which
 * brings a million households to about 50,000 responders and 2,000 teams) and open orders whose next checks are spread so that about 1 % are due at {@link
 * #NOW}.
 */
final class District {
  static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
  static final long SEED = 20261125L;

  private District() {}

  /**
   * A builder holding everything of {@code district}, its households given as {@code households}
   * (listed once, outside what is timed): what the build benchmark and driver build.
   */
  static Jurisdiction.Builder builderOf(Jurisdiction district, List<Household> households) {
    Jurisdiction.Builder b = Jurisdiction.builder().sizeLimits(district.sizeLimits());
    district.streets().forEach(b::addStreet);
    district.communities().forEach(b::addCommunity);
    district.grids().forEach(b::addGrid);
    district.compounds().forEach(b::addCompound);
    district.buildings().forEach(b::addBuilding);
    district.responders().forEach(b::addResponder);
    district.teams().forEach(b::addTeam);
    b.addResidents(district.residents());
    b.addHouseholds(households);
    return b;
  }

  static Jurisdiction jurisdiction(int households) {
    int streets = Math.max(1, Math.round(households / 33_000f));
    return Generators.jurisdictions()
        .streets(streets)
        .communitiesPerStreet(11, 11)
        .gridsPerCommunity(7, 8)
        .buildingsPerGrid(6, 7)
        .householdsPerBuilding(55, 70)
        .volunteersPerCommunity(66, 90)
        .teamsPerCommunity(5, 7)
        .generate(new SplittableRandom(SEED));
  }

  /**
   * A host's snapshot of the work in hand, deterministic by seed: every responder and team with
   * 0 to capacity − 1 open orders (so that all stay eligible by load) and 0–20 ratings, about 80 %
   * satisfied.
   */
  static Workload workload(Jurisdiction j) {
    SplittableRandom random = new SplittableRandom(SEED + 1);
    Workload.Builder w = Workload.builder();
    for (var r : j.responders()) {
      add(w, Assignee.of(r.id()), r.capacity(), random);
    }
    for (var t : j.teams()) {
      add(w, Assignee.of(t.id()), t.capacity(), random);
    }
    return w.build();
  }

  private static void add(Workload.Builder w, Assignee a, int capacity, SplittableRandom random) {
    w.putOpenOrder(a, random.nextInt(capacity));
    int rated = random.nextInt(21);
    int satisfied = 0;
    for (int i = 0; i < rated; i++) {
      satisfied += random.nextInt(10) < 8 ? 1 : 0;
    }
    w.putRating(a, io.github.gridgov.rules.assignment.RatingRecord.of(rated, satisfied));
  }

  static HouseholdId[] householdIds(Jurisdiction j) {
    return j.households().map(Household::id).toArray(HouseholdId[]::new);
  }

  /**
   * {@code n} orders dispatched as a host would: those that triage keeps in the community flow
   * (emergencies referred elsewhere are skipped), assigned by the rules; an order with no eligible candidate (about 6 %: no volunteer team with the skill nearby)
   * goes at its start tier to the building leader or the first grid worker. Reported over a window such that about 1 % need a look at {@link #NOW}.
   */
  static List<ServiceOrder> openOrders(Jurisdiction j, int n, GovernanceRules rules) {
    Duration window = Duration.ofDays(100);
    Instant from = NOW.minus(Duration.ofHours(24)).minus(window.dividedBy(100));
    List<ServiceOrder> stream =
        Generators.orders(j)
            .count(n + n / 4 + 16)
            .period(from, window)
            .generate(new SplittableRandom(SEED));
    List<ServiceOrder> out = new ArrayList<>(n);
    io.github.gridgov.core.order.Actor host = io.github.gridgov.core.order.Actor.system("bench");
    for (ServiceOrder o : stream) {
      if (out.size() == n) {
        break;
      }
      Optional<Tier> start = rules.triage(o, j).startTier();
      if (start.isEmpty()) {
        continue; // referred elsewhere (an emergency to 110/119, say): never a community order
      }
      Dispatch d =
          rules
              .assign(o, j, Workload.none(), o.reportedAt())
              .dispatch()
              .orElseGet(
                  () -> {
                    var building = j.buildingOf(o.location().household().get()).get();
                    var owner =
                        j.buildingLeader(building)
                            .map(r -> Assignee.of(r.id()))
                            .orElseGet(
                                () ->
                                    Assignee.of(
                                        j.grid(j.gridOf(building).get()).get().workers().get(0)));
                    return Dispatch.of(owner, start.get(), rules.deadlines(o, o.reportedAt()));
                  });
      out.add(o.dispatch(host, d, o.reportedAt()));
    }
    if (out.size() < n) {
      throw new IllegalStateException(
          "District.openOrders: only "
              + out.size()
              + " of "
              + n
              + " generated orders proceed to a tier");
    }
    return out;
  }
}
