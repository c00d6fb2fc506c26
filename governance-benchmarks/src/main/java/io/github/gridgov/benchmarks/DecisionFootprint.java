package io.github.gridgov.benchmarks;

import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.fixtures.Generators;
import io.github.gridgov.rules.GovernanceRules;
import io.github.gridgov.rules.assignment.Workload;
import io.github.gridgov.rules.triage.TriageDecision;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.openjdk.jol.info.GraphLayout;

/**
 * What the decisions themselves weigh, counted object by object with JOL: the triage and
 * assignment decisions of {@code DecisionBenchmark.triageAndAssign} (their reasons, the chosen
 * candidate, the dispatch), minus what the host holds anyway (orders, registry, workload, rules).
 * Subtracted from that benchmark's bytes allocated per operation, it gives the allocation beyond
 * the decision (the issue's ≤ 64 B target). Argument: households (default 20,000; the decisions
 * do not depend on the registry's size, and the graph walk of a large registry is slow).
 */
public final class DecisionFootprint {
  private DecisionFootprint() {}

  public static void main(String[] args) {
    int households = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    GovernanceRules rules = GovernanceRules.standard();
    Jurisdiction district = District.jurisdiction(households);
    Workload workload = District.workload(district);
    List<ServiceOrder> orders =
        Generators.orders(district).count(10_000).generate(new SplittableRandom(District.SEED));
    List<Object> decisions = new ArrayList<>();
    for (ServiceOrder o : orders) {
      TriageDecision t = rules.triage(o, district);
      decisions.add(t);
      if (t.proceeds()) {
        decisions.add(rules.assign(o, t.startTier().get(), district, workload, District.NOW));
      }
    }
    GraphLayout own =
        GraphLayout.parseInstance(decisions.toArray())
            .subtract(GraphLayout.parseInstance(orders.toArray(), district, workload, rules));
    System.out.printf(
        "decisions for %,d orders (%,d households): %,d B of their own, %.1f B per order%n",
        orders.size(),
        district.householdCount(),
        own.totalSize(),
        (double) own.totalSize() / orders.size());
    System.out.println(own.toFootprint());
  }
}
