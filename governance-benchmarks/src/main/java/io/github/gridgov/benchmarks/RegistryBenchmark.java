package io.github.gridgov.benchmarks;

import io.github.gridgov.core.people.HouseholdId;
import io.github.gridgov.core.registry.AreaChain;
import io.github.gridgov.core.registry.Jurisdiction;
import java.util.Optional;
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

/** The registry's lookups: the chain household → street. */
@State(Scope.Benchmark)
public class RegistryBenchmark {
  @Param("1000000")
  int households;

  Jurisdiction district;
  HouseholdId[] ids;
  int next;

  @Setup(Level.Trial)
  public void data() {
    district = District.jurisdiction(households);
    ids = District.householdIds(district);
  }

  /** household → building → compound → grid → community → street, as a value. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public Optional<AreaChain> chain() {
    HouseholdId id = ids[next++ % ids.length];
    return district.chainOf(id);
  }

  /** household → building, the hot lookup. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public Object buildingOf() {
    return district.buildingOf(ids[next++ % ids.length]);
  }
}
