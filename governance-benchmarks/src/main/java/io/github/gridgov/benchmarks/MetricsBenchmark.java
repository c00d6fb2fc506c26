package io.github.gridgov.benchmarks;

import io.github.gridgov.core.order.Actor;
import io.github.gridgov.core.order.Rating;
import io.github.gridgov.core.order.Satisfaction;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.rules.GovernanceRules;
import io.github.gridgov.rules.metrics.Metrics;
import io.github.gridgov.rules.metrics.MetricsOptions;
import io.github.gridgov.rules.metrics.Period;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The metrics folded over {@code closedOrders} closed orders. */
@State(Scope.Benchmark)
public class MetricsBenchmark {
  @Param("1000000")
  int closedOrders;

  List<ServiceOrder> orders;
  Period period =
      Period.of(District.NOW.minus(Duration.ofDays(200)), District.NOW.plus(Duration.ofDays(30)));

  @Setup
  public void data() {
    GovernanceRules rules = GovernanceRules.standard();
    Jurisdiction district = District.jurisdiction(Math.max(100_000, closedOrders));
    Actor host = Actor.system("bench");
    orders = new ArrayList<>(closedOrders);
    int i = 0;
    for (ServiceOrder o : District.openOrders(district, closedOrders, rules)) {
      var at = o.lastChangedAt();
      orders.add(
          o.accept(host, at.plusSeconds(600))
              .resolve(host, "done", at.plusSeconds(3600 + i % 50_000))
              .rate(
                  host,
                  Rating.of(Satisfaction.values()[i % 3], true),
                  at.plusSeconds(7200 + i % 50_000)));
      i++;
    }
  }

  /** All the counts and ratios of {@link Metrics} over every order. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Metrics fold() {
    return Metrics.of(orders, period, MetricsOptions.standard());
  }
}
