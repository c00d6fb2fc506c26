package io.github.gridgov.benchmarks;

import io.github.gridgov.core.area.BuildingId;
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

  /**
   * household → building → compound → grid → community → street: the building, then its chain
   * (one shared value per building).
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public Optional<AreaChain> chain() {
    Optional<BuildingId> b = district.buildingOf(ids[next++ % ids.length]);
    return b.isPresent() ? district.chainOf(b.get()) : Optional.empty();
  }

  /** The same chain as a new value that also names the household. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public Optional<AreaChain> householdChain() {
    return district.chainOf(ids[next++ % ids.length]);
  }

  /** household → building, the hot lookup. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public Object buildingOf() {
    return district.buildingOf(ids[next++ % ids.length]);
  }
}
