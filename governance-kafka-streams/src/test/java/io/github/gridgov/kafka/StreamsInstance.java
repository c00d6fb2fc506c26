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
    return topology("");
  }

  /**
   * The topology over the five sample communities, on stream time, with {@code suffix} after each
   * standard topic name (so several runs share one broker).
   */
  static Topology topology(String suffix) {
    // the registries come in-band: announcements on the commands topic name a sample by its key
    return GovernanceTopology.builder()
        .registryLoader(StreamsInstance::load)
        .streamTime()
        .commandsTopic("gridgov.commands" + suffix)
        .ordersTopic("gridgov.orders" + suffix)
        .decisionsTopic("gridgov.decisions" + suffix)
        .rejectedTopic("gridgov.rejected" + suffix)
        .build();
  }

  private static final Map<String, io.github.gridgov.core.registry.Jurisdiction> LOADED =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The registry at {@code location}: a sample's key ({@code anfeng}), or a sample's key with the
   * roster change of a simulation ({@code anfeng#roster:42:365} — seed, days), made again as the
   * simulation makes it.
   */
  static io.github.gridgov.core.registry.Jurisdiction load(String location) {
    return LOADED.computeIfAbsent(
        location,
        l -> {
          int hash = l.indexOf('#');
          SampleCommunity sample =
              SampleJurisdictions.byKey(hash < 0 ? l : l.substring(0, hash))
                  .orElseThrow(() -> new IllegalArgumentException("No sample community at " + l));
          if (hash < 0) {
            return sample.jurisdiction();
          }
          String[] roster = l.substring(hash + 1).split(":", -1);
          if (roster.length != 3 || !roster[0].equals("roster")) {
            throw new IllegalArgumentException(
                "Cannot load " + l + ": expected <key>#roster:<seed>:<days>");
          }
          return io.github.gridgov.fixtures.Simulation.of(
                  sample,
                  io.github.gridgov.rules.GovernanceRules.standard(),
                  Long.parseLong(roster[1]),
                  Integer.parseInt(roster[2]),
                  -1)
              .rosterChange()
              .registry();
        });
  }

  /** The registry announcements of the five sample communities, one per district, to send first. */
  static java.util.List<org.apache.kafka.clients.producer.ProducerRecord<String, byte[]>>
      announcements() {
    java.util.List<org.apache.kafka.clients.producer.ProducerRecord<String, byte[]>> out =
        new java.util.ArrayList<>();
    for (SampleCommunity s : SampleJurisdictions.all()) {
      out.add(
          new org.apache.kafka.clients.producer.ProducerRecord<>(
              "gridgov.commands",
              s.key(),
              GovernanceTopology.registryAnnouncement(s.key(), "samples-1", IN_FORCE, s.key())));
    }
    return out;
  }

  /**
   * Reports of the five sample communities, {@code perCommunity} each over {@code days} from
   * 2026-03-02, in time order, each keyed by its district; order ids are {@code prefix + key + "-" + id}.
   */
  static java.util.List<org.apache.kafka.clients.producer.ProducerRecord<String, byte[]>> reports(
      int perCommunity, int days, String prefix) throws Exception {
    java.util.List<io.github.gridgov.rules.command.OrderCommand> all = new java.util.ArrayList<>();
    Map<io.github.gridgov.core.order.OrderId, String> district = new HashMap<>();
    for (SampleCommunity s : SampleJurisdictions.all()) {
      for (io.github.gridgov.core.order.ServiceOrder o :
          io.github.gridgov.fixtures.Generators.orders(s.jurisdiction())
              .count(perCommunity)
              .period(Instant.parse("2026-03-02T00:00:00Z"), java.time.Duration.ofDays(days))
              .generate(new java.util.SplittableRandom(s.key().hashCode()))) {
        var own =
            io.github.gridgov.core.order.ServiceOrder.builder()
                .from(o)
                .id(io.github.gridgov.core.order.OrderId.of(prefix + s.key() + "-" + o.id()))
                .build();
        all.add(
            io.github.gridgov.rules.command.OrderCommand.report(
                own, io.github.gridgov.core.order.Actor.system("hotline-12345")));
        district.put(own.id(), s.key());
      }
    }
    all.sort(
        java.util.Comparator.comparing(io.github.gridgov.rules.command.OrderCommand::at)
            .thenComparing(c -> c.order().value()));
    var json =
        io.github.gridgov.json.GovernanceJson.mapper(io.github.gridgov.json.JsonOptions.clear());
    java.util.List<org.apache.kafka.clients.producer.ProducerRecord<String, byte[]>> out =
        new java.util.ArrayList<>();
    for (var c : all) {
      // the command carries its own instant; the record's timestamp is the producer's clock (an
      // instant from March would let the broker's 7-day retention delete the records at once)
      out.add(
          new org.apache.kafka.clients.producer.ProducerRecord<>(
              "gridgov.commands", district.get(c.order()), json.writeValueAsBytes(c)));
    }
    return out;
  }

  /** Runs until killed. */
  public static void main(String[] args) throws Exception {
    KafkaStreams streams =
        new KafkaStreams(topology(), LocalKafka.streams(args[0], args[1], Path.of(args[2])));
    CountDownLatch running = new CountDownLatch(1);
    streams.setStateListener(
        (now, before) -> {
          System.out.println("state " + before + " -> " + now);
          if (now == KafkaStreams.State.RUNNING) {
            running.countDown();
          }
        });
    streams.setGlobalStateRestoreListener(
        new org.apache.kafka.streams.processor.StateRestoreListener() {
          @Override
          public void onRestoreStart(
              org.apache.kafka.common.TopicPartition tp, String store, long start, long end) {
            System.out.println("restore " + tp + " from " + start + " to " + end);
          }

          @Override
          public void onBatchRestored(
              org.apache.kafka.common.TopicPartition tp, String store, long end, long n) {}

          @Override
          public void onRestoreEnd(
              org.apache.kafka.common.TopicPartition tp, String store, long total) {
            System.out.println("restored " + tp + ": " + total);
          }
        });
    streams.setUncaughtExceptionHandler(
        e -> {
          System.out.println("uncaught " + e);
          e.printStackTrace(System.out);
          return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler
              .StreamThreadExceptionResponse.REPLACE_THREAD;
        });
    streams.start();
    running.await();
    System.out.println("RUNNING");
    while (true) {
      Thread.sleep(5_000);
      double consumed =
          streams.metrics().values().stream()
              .filter(
                  m ->
                      m.metricName().name().equals("records-consumed-total")
                          && m.metricName().group().equals("consumer-fetch-manager-metrics")
                          && "gridgov.commands".equals(m.metricName().tags().get("topic")))
              .mapToDouble(m -> ((Number) m.metricValue()).doubleValue())
              .sum();
      System.out.println(
          "state "
              + streams.state()
              + ", consumed "
              + (long) consumed
              + ", tasks "
              + streams.metadataForLocalThreads().stream()
                  .flatMap(t -> t.activeTasks().stream())
                  .map(t -> t.taskId().toString())
                  .sorted()
                  .toList());
    }
  }
}
