package io.github.gridgov.kafka;

import io.github.gridgov.fixtures.SampleCommunity;
import io.github.gridgov.fixtures.SampleJurisdictions;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;

/**
 * One application instance for the integration tests, in its own JVM so that a test can kill it:
 * the topology over the five sample communities (each a district keyed by its sample key), stream
 * time, exactly-once. Arguments: bootstrap servers, application id, state directory.
 */
public final class StreamsInstance {
  static final Instant IN_FORCE = Instant.parse("2026-01-01T00:00:00Z");

  private StreamsInstance() {}

  /** The topology every instance and the single-process replay run. */
  static Topology topology() {
    Map<String, RegistryVersion> versions = new HashMap<>();
    for (SampleCommunity s : SampleJurisdictions.all()) {
      versions.put(s.key(), RegistryVersion.of("samples-1", IN_FORCE, s.jurisdiction()));
    }
    return GovernanceTopology.builder().registries(RegistrySource.of(versions)).streamTime().build();
  }

  /** Runs until killed. */
  public static void main(String[] args) throws Exception {
    KafkaStreams streams = new KafkaStreams(topology(), LocalKafka.streams(args[0], args[1], Path.of(args[2])));
    CountDownLatch running = new CountDownLatch(1);
    streams.setStateListener((now, before) -> {
      System.out.println("state " + before + " -> " + now);
      if (now == KafkaStreams.State.RUNNING) {
        running.countDown();
      }
    });
    streams.setGlobalStateRestoreListener(new org.apache.kafka.streams.processor.StateRestoreListener() {
      @Override
      public void onRestoreStart(org.apache.kafka.common.TopicPartition tp, String store, long start, long end) {
        System.out.println("restore " + tp + " from " + start + " to " + end);
      }

      @Override
      public void onBatchRestored(org.apache.kafka.common.TopicPartition tp, String store, long end, long n) {
      }

      @Override
      public void onRestoreEnd(org.apache.kafka.common.TopicPartition tp, String store, long total) {
        System.out.println("restored " + tp + ": " + total);
      }
    });
    streams.setUncaughtExceptionHandler(e -> {
      System.out.println("uncaught " + e);
      e.printStackTrace(System.out);
      return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
    });
    streams.start();
    running.await();
    System.out.println("RUNNING");
    while (true) {
      Thread.sleep(5_000);
      double consumed = streams.metrics().values().stream()
          .filter(m -> m.metricName().name().equals("records-consumed-total")
              && m.metricName().group().equals("consumer-fetch-manager-metrics")
              && "gridgov.commands".equals(m.metricName().tags().get("topic")))
          .mapToDouble(m -> ((Number) m.metricValue()).doubleValue()).sum();
      System.out.println("state " + streams.state() + ", consumed " + (long) consumed + ", tasks "
          + streams.metadataForLocalThreads().stream().flatMap(t -> t.activeTasks().stream())
              .map(t -> t.taskId().toString()).sorted().toList());
    }
  }
}
