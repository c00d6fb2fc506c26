package io.github.gridgov.benchmarks;

import io.github.gridgov.core.registry.Jurisdiction;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the suite and writes the results block of {@code BENCHMARKS.md}: JMH results (forks 2, 3 × 1 s warm-up,
 * 5 × 1 s measurement, 8 GB pre-touched heap, JMH's GC profiler for bytes allocated per operation,
 * unless the command line says otherwise) and the retained heap per household. Any JMH option may be passed, e.g. {@code -p households=100000}.
 */
public final class RunBenchmarks {
  /** The results block of BENCHMARKS.md; everything outside it is kept on re-runs. */
  static final String BEGIN = "<!-- results:begin (written by ./run-benchmarks) -->";

  static final String END = "<!-- results:end -->";

  private RunBenchmarks() {}

  public static void main(String[] args) throws Exception {
    CommandLineOptions cmd = new CommandLineOptions(args);
    ChainedOptionsBuilder b = new OptionsBuilder().parent(cmd);
    if (cmd.getIncludes().isEmpty()) {
      b.include("io\\.github\\.gridgov\\.benchmarks\\..*Benchmark");
    }
    if (!cmd.getForkCount().hasValue()) {
      b.forks(2);
    }
    if (!cmd.getWarmupIterations().hasValue()) {
      b.warmupIterations(3).warmupTime(TimeValue.seconds(1));
    }
    if (!cmd.getMeasurementIterations().hasValue()) {
      b.measurementIterations(5).measurementTime(TimeValue.seconds(1));
    }
    if (cmd.getProfilers().isEmpty()) {
      b.addProfiler(org.openjdk.jmh.profile.GCProfiler.class);
    }
    if (!cmd.getJvmArgsAppend().hasValue()) {
      b.jvmArgsAppend("-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch");
    }
    Collection<RunResult> results = new Runner(b.build()).run();
    int households =
        cmd.getParameter("households").hasValue()
            ? Integer.parseInt(cmd.getParameter("households").get().iterator().next())
            : 1_000_000;
    double bytes = bytesPerHousehold(households);
    writeBlock(BEGIN, END, render(results, households, bytes, String.join(" ", args)));
  }

  /**
   * Replaces the block between {@code begin} and {@code end} in {@code BENCHMARKS.md} (in the
   * working directory) with {@code body}, keeping everything else; appends the block if missing.
   */
  static void writeBlock(String begin, String end, String body) throws java.io.IOException {
    io.github.gridgov.fixtures.internal.BenchmarksFile.writeBlock(begin, end, null, body);
    System.out.println("BENCHMARKS.md written (" + begin + ")");
  }

  /** The machine and JDK a run was made on, for the blocks written into BENCHMARKS.md. */
  static String machine() {
    return String.format(
        Locale.ROOT,
        "%s: %d cores, %s %s (%s), %s %s",
        LocalDate.now(java.time.ZoneOffset.UTC),
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"),
        System.getProperty("java.vm.vendor"),
        System.getProperty("os.name"),
        System.getProperty("os.arch"));
  }

  /**
   * Retained heap of the households: the heap holding only the full registry minus the heap
   * holding only the same registry without households (same residents, responders and areas), so
   * that residents' personal data is not counted. Only one registry is alive at each measurement.
   */
  static double bytesPerHousehold(int households) {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    Jurisdiction full = District.jurisdiction(households);
    int n = full.householdCount();
    long withFull = used(memory);
    Jurisdiction.Builder b = Jurisdiction.builder().sizeLimits(full.sizeLimits());
    full.streets().forEach(b::addStreet);
    full.communities().forEach(b::addCommunity);
    full.grids().forEach(b::addGrid);
    full.compounds().forEach(b::addCompound);
    full.buildings().forEach(b::addBuilding);
    full.responders().forEach(b::addResponder);
    full.teams().forEach(b::addTeam);
    b.addResidents(full.residents());
    Jurisdiction[] keep = {b.build()};
    full = null;
    b = null;
    long withoutHouseholds = used(memory);
    if (keep[0].householdCount() != 0) {
      throw new IllegalStateException("expected no household");
    }
    return (double) (withFull - withoutHouseholds) / n;
  }

  private static long used(MemoryMXBean memory) {
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  private static Double score(Collection<RunResult> results, String benchmark) {
    for (RunResult r : results) {
      if (r.getParams().getBenchmark().endsWith(benchmark)) {
        return r.getPrimaryResult().getScore();
      }
    }
    return null;
  }

  static String render(Collection<RunResult> results, int households, double bytes, String args) {
    StringBuilder md = new StringBuilder();
    md.append(
        String.format(
            Locale.ROOT, "Run on %s. Command: `./run-benchmarks %s`.%n%n", machine(), args));
    md.append(
        "| benchmark | params | mode | score | error | unit | allocated B/op |\n|---|---|---|---|---|---|---|\n");
    List<String> extra = new ArrayList<>();
    for (RunResult r : results) {
      Result<?> p = r.getPrimaryResult();
      String name = r.getParams().getBenchmark().replace("io.github.gridgov.benchmarks.", "");
      StringBuilder params = new StringBuilder();
      for (String k : r.getParams().getParamsKeys()) {
        params.append(k).append('=').append(r.getParams().getParam(k)).append(' ');
      }
      Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %s| %s | %.3f | ±%.3f | %s | %s |%n",
              name,
              params,
              r.getParams().getMode().shortLabel(),
              p.getScore(),
              p.getScoreError(),
              p.getScoreUnit(),
              alloc == null ? "—" : String.format(Locale.ROOT, "%.0f", alloc.getScore())));
      if (r.getParams().getMode() == org.openjdk.jmh.annotations.Mode.SampleTime) {
        extra.add(
            String.format(
                Locale.ROOT,
                "- %s latency: p50 %.2f, p99 %.2f, p99.9 %.2f %s",
                name,
                p.getStatistics().getPercentile(50),
                p.getStatistics().getPercentile(99),
                p.getStatistics().getPercentile(99.9),
                p.getScoreUnit()));
      }
    }
    md.append('\n');
    Double naive = score(results, "DecisionBenchmark.naiveCandidates");
    Double indexed = score(results, "DecisionBenchmark.indexedCandidates");
    if (naive != null && indexed != null) {
      extra.add(
          String.format(
              Locale.ROOT,
              "- candidates by index vs a naive scan of every responder: %.0fx faster",
              naive / indexed));
    }
    extra.forEach(e -> md.append(e).append('\n'));
    md.append(
        String.format(
            Locale.ROOT,
            "- retained heap per household (registry with households minus the same "
                + "registry without them; residents' personal data excluded), %,d households: %.1f B%n",
            households,
            bytes));
    return md.toString();
  }
}
