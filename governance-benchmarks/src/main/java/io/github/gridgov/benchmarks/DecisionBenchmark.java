package io.github.gridgov.benchmarks;

import io.github.gridgov.core.area.AreaRef;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.people.Responder;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.fixtures.Generators;
import io.github.gridgov.rules.GovernanceRules;
import io.github.gridgov.rules.assignment.AssignmentDecision;
import io.github.gridgov.rules.assignment.Workload;
import io.github.gridgov.rules.triage.TriageDecision;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/** Triage + assignment of one new order, and a naive assignment baseline that scans every responder. */
@State(Scope.Benchmark)
public class DecisionBenchmark {
  @Param("1000000")
  int households;

  Jurisdiction district;
  GovernanceRules rules = GovernanceRules.standard();
  ServiceOrder[] orders;
  AreaRef[] areas;
  List<Responder> responders;
  Workload workload;
  int next;

  @Setup
  public void data() {
    district = District.jurisdiction(households);
    orders =
        Generators.orders(district)
            .count(10_000)
            .generate(new SplittableRandom(District.SEED))
            .toArray(ServiceOrder[]::new);
    areas = new AreaRef[orders.length];
    for (int i = 0; i < orders.length; i++) {
      areas[i] = AreaRef.of(district.buildingOf(orders[i].location().household().get()).get());
    }
    responders = new ArrayList<>(district.responders());
    workload = District.workload(district);
  }

  /**
   * What a host does for each new order: triage, then assign at the starting tier, with a host's
   * snapshot of open orders and ratings for every responder and team ({@link District#workload}).
   */
  @Benchmark
  @BenchmarkMode({Mode.Throughput, Mode.SampleTime})
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public void triageAndAssign(Blackhole bh) {
    ServiceOrder o = orders[next++ % orders.length];
    TriageDecision t = rules.triage(o, district);
    bh.consume(t);
    if (t.proceeds()) {
      AssignmentDecision a = rules.assign(o, t.startTier().get(), district, workload, District.NOW);
      bh.consume(a);
    }
  }

  /** The indexed candidate lookup the assignment uses. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public List<Responder> indexedCandidates() {
    int i = next++ % areas.length;
    return district.respondersCovering(areas[i], io.github.gridgov.core.Tier.BUILDING);
  }

  /** The naive baseline: scan every responder for one covering the building at its tier. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public List<Responder> naiveCandidates() {
    AreaRef area = areas[next++ % areas.length];
    List<Responder> out = new ArrayList<>();
    for (Responder r : responders) {
      if (r.tier() == io.github.gridgov.core.Tier.BUILDING && r.coverage().contains(area)) {
        out.add(r);
      }
    }
    return out;
  }
}
