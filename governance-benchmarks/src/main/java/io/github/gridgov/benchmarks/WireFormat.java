package io.github.gridgov.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.json.GovernanceJson;
import io.github.gridgov.json.JsonOptions;
import io.github.gridgov.json.RegistryCsv;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The wire format at district scale (issue 13): a registry of about a million households written
 * to JSON and read back, and written to the CSV layout and loaded back, each three times, the
 * median kept; the figures go into {@code BENCHMARKS.md} between the {@code wire} markers. Run by
 * {@code ./run-benchmarks wire [households]}; never part of CI.
 */
public final class WireFormat {
  static final String BEGIN = "<!-- wire:begin (written by ./run-benchmarks wire) -->";
  static final String END = "<!-- wire:end -->";

  private WireFormat() {}

  /** Measures and writes the block. */
  public static void main(String[] args) throws Exception {
    int households = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Jurisdiction j = District.jurisdiction(households);
    int n = j.householdCount();
    ObjectMapper json = GovernanceJson.mapper(JsonOptions.clear());
    Path dir = Files.createTempDirectory("gridgov-wire");
    Path file = dir.resolve("registry.json");
    Path csv = dir.resolve("csv");
    double[] write = new double[3];
    double[] read = new double[3];
    double[] csvWrite = new double[3];
    double[] csvLoad = new double[3];
    long bytes = 0;
    long csvBytes = 0;
    for (int round = 0; round < 3; round++) {
      long t0 = System.nanoTime();
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
        json.writeValue(out, j);
      }
      write[round] = (System.nanoTime() - t0) / 1e9;
      bytes = Files.size(file);
      t0 = System.nanoTime();
      Jurisdiction back;
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
        back = json.readValue(in, Jurisdiction.class);
      }
      read[round] = (System.nanoTime() - t0) / 1e9;
      check(j, back);
      t0 = System.nanoTime();
      RegistryCsv.write(j, csv);
      csvWrite[round] = (System.nanoTime() - t0) / 1e9;
      csvBytes = size(csv);
      t0 = System.nanoTime();
      Jurisdiction loaded = RegistryCsv.load(csv, j.sizeLimits());
      csvLoad[round] = (System.nanoTime() - t0) / 1e9;
      check(j, loaded);
      System.out.printf(
          Locale.ROOT,
          "round %d: JSON write %.2f s, read %.2f s; CSV write %.2f s, load %.2f s%n",
          round + 1,
          write[round],
          read[round],
          csvWrite[round],
          csvLoad[round]);
    }
    double mb = bytes / 1e6;
    String body =
        String.format(
            Locale.ROOT,
            "Run on %s. Command: `./run-benchmarks wire %d`. A generated registry of "
                + "%,d households, %,d residents, %,d responders; medians of 3 rounds, each read checked equal to the original.%n%n"
                + "| | size | bytes per household | write | read |%n|---|---|---|---|---|%n"
                + "| JSON (`GovernanceJson`, personal data in clear) | %.1f MB | %.0f | %.2f s (%.0f MB/s) | %.2f s (%.0f MB/s) |%n"
                + "| CSV directory (`RegistryCsv`) | %.1f MB | %.0f | %.2f s | %.2f s (%.2f µs per household) |%n",
            RunBenchmarks.machine(),
            households,
            n,
            j.residents().size(),
            j.responders().size(),
            mb,
            (double) bytes / n,
            median(write),
            mb / median(write),
            median(read),
            mb / median(read),
            csvBytes / 1e6,
            (double) csvBytes / n,
            median(csvWrite),
            median(csvLoad),
            median(csvLoad) * 1e6 / n);
    RunBenchmarks.writeBlock(BEGIN, END, body);
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static void check(Jurisdiction a, Jurisdiction b) {
    if (a.householdCount() != b.householdCount()
        || !a.residents().equals(b.residents())
        || !a.responders().equals(b.responders())
        || !a.buildings().equals(b.buildings())) {
      throw new AssertionError("the registry read back differs from the one written");
    }
  }

  private static long size(Path dir) throws java.io.IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v[v.length / 2];
  }
}
