package io.github.gridgov.benchmarks;

import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.rules.GovernanceRules;
import io.github.gridgov.rules.escalation.Escalation;
import io.github.gridgov.rules.escalation.EscalationAgenda;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Escalation over {@code openOrders} open orders, about 1 % due: the agenda's poll (cost in
 * proportion to the due orders), its primitive count sweep, and the full sweep of {@code due()}.
 */
@State(Scope.Benchmark)
public class EscalationBenchmark {
  @Param("1000000")
  int openOrders;

  Jurisdiction district;
  GovernanceRules rules = GovernanceRules.standard();
  List<ServiceOrder> orders;
  Map<io.github.gridgov.core.order.OrderId, ServiceOrder> byId = new HashMap<>();
  EscalationAgenda agenda;

  @Setup(Level.Trial)
  public void data() {
    district = District.jurisdiction(Math.max(100_000, openOrders));
    orders = District.openOrders(district, openOrders, rules);
    orders.forEach(o -> byId.put(o.id(), o));
    agenda = rules.agenda(district);
    agenda.putAll(orders);
  }

  /** Polls the due orders and puts them back (as a host would after acting): the steady state. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public int agendaPoll() {
    List<Escalation> due = agenda.poll(District.NOW);
    for (Escalation e : due) {
      agenda.put(byId.get(e.order()));
    }
    return due.size();
  }

  /** Counts the due orders by one scan of the agenda's primitive due times. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public int primitiveSweep() {
    return agenda.dueCount(District.NOW);
  }

  /** Decides every open order: the full batch sweep of {@code GovernanceRules.due}. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public int fullSweep() {
    return rules.due(orders, district, District.NOW).size();
  }
}
