package io.github.gridgov.benchmarks;

import io.github.gridgov.core.people.Household;
import io.github.gridgov.core.registry.Jurisdiction;
import java.util.List;
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

/** The registry's bulk build and validation, one whole registry per invocation. */
@State(Scope.Benchmark)
public class BuildBenchmark {
  @Param("1000000")
  int households;

  Jurisdiction district;
  List<Household> all;
  Jurisdiction.Builder builder;

  @Setup(Level.Trial)
  public void data() {
    district = District.jurisdiction(households);
    all = district.households().toList();
  }

  /** A fresh builder holding the whole registry, before each build (not timed). */
  @Setup(Level.Invocation)
  public void builder() {
    builder = District.builderOf(district, all);
    System.gc();
  }

  /** The whole registry built and validated; divide by households for the per-household cost. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Jurisdiction build() {
    return builder.build();
  }
}
