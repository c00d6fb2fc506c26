package io.github.gridgov.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.json.GovernanceJson;
import io.github.gridgov.json.JsonOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * Orders per second through the topology on a local broker with one and with two instances,
 * end-to-end latency from command to decision, and the bytes an open order takes in the store;
 * beside the same topology in process (TopologyTestDriver, no broker). Writes the {@code kafka}
 * block of {@code BENCHMARKS.md}. Run by {@code ./run-benchmarks kafka [reports per community]};
 * never part of CI.
 */
public final class KafkaBenchmark {
  static final String BEGIN = "<!-- kafka:begin (written by ./run-benchmarks kafka) -->";
  static final String END = "<!-- kafka:end -->";
  static final ObjectMapper JSON = GovernanceJson.mapper(JsonOptions.clear());

  private KafkaBenchmark() {}

  /** Measures and writes the block. */
  public static void main(String[] args) throws Exception {
    int perCommunity = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
    List<ProducerRecord<String, byte[]>> commands = StreamsInstance.reports(perCommunity, 60, "");
    int n = commands.size();

    // in process: the same topology on TopologyTestDriver, no broker
    Properties p = new Properties();
    p.put("application.id", "gridgov-bench-local");
    p.put("bootstrap.servers", "unused:9092");
    double inProcess;
    long storeBytes;
    int openOrders;
    try (TopologyTestDriver driver = new TopologyTestDriver(StreamsInstance.topology(), p)) {
      TestInputTopic<String, byte[]> in =
          driver.createInputTopic(
              "gridgov.commands", Serdes.String().serializer(), Serdes.ByteArray().serializer());
      long t0 = System.nanoTime();
      for (ProducerRecord<String, byte[]> r : StreamsInstance.announcements()) {
        in.pipeInput(r.key(), r.value());
      }
      for (ProducerRecord<String, byte[]> r : commands) {
        in.pipeInput(r.key(), r.value());
      }
      inProcess = n / (LocalKafka.sinceNanos(t0).toNanos() / 1e9);
      long bytes = 0;
      int open = 0;
      try (var all =
          driver.<String, ServiceOrder>getKeyValueStore(GovernanceTopology.ORDER_STORE).all()) {
        while (all.hasNext()) {
          ServiceOrder o = all.next().value;
          if (o.status().isOpen()) {
            open++;
            bytes += JSON.writeValueAsBytes(o).length;
          }
        }
      }
      storeBytes = open == 0 ? 0 : bytes / open;
      openOrders = open;
    }

    double one;
    double two;
    long[] latency;
    try (LocalKafka kafka = LocalKafka.start()) {
      one = throughput(kafka, commands, 1, "one");
      two = throughput(kafka, StreamsInstance.reports(perCommunity, 60, "b-"), 2, "two");
      latency = latency(kafka, StreamsInstance.reports(40, 60, "lat-"));
    }
    String body =
        String.format(
            Locale.ROOT,
            "Run on %s: %d cores, %s %s. Command: `./run-benchmarks kafka %d`. "
                + "%,d reports of the five sample communities over 60 days (intake, assignment and the escalations "
                + "they bring), keyed by district, 6 partitions, exactly-once, one broker (KRaft) on the same machine.%n%n"
                + "| | orders per second |%n|---|---|%n"
                + "| in process (the topology on `TopologyTestDriver`, no broker) | %.0f |%n"
                + "| one instance on the broker | %.0f |%n"
                + "| two instances on the broker | %.0f |%n%n"
                + "End-to-end latency from a command sent to its decision read (read_committed), one command at a time: "
                + "p50 %d ms, p99 %d ms (%d commands; exactly-once commits every 100 ms). "
                + "An open order takes %,d bytes of JSON in the store (before RocksDB's compression; %,d open orders).%n",
            LocalDate.now(ZoneOffset.UTC),
            Runtime.getRuntime().availableProcessors(),
            System.getProperty("java.vm.name"),
            System.getProperty("java.version"),
            perCommunity,
            n,
            inProcess,
            one,
            two,
            latency[0],
            latency[1],
            latency[2],
            storeBytes,
            openOrders);
    System.out.print(body);
    writeBlock(body);
  }

  /** Orders per second with {@code instances} instances: all commands sent, until every one is decided. */
  static double throughput(
      LocalKafka kafka, List<ProducerRecord<String, byte[]>> commands, int instances, String app)
      throws Exception {
    String suffix = "-" + app;
    kafka.createTopics(
        6,
        "gridgov.commands" + suffix,
        "gridgov.orders" + suffix,
        "gridgov.decisions" + suffix,
        "gridgov.rejected" + suffix);
    List<KafkaStreams> running = new ArrayList<>();
    for (int i = 0; i < instances; i++) {
      KafkaStreams s =
          new KafkaStreams(
              StreamsInstance.topology(suffix),
              LocalKafka.streams(
                  kafka.bootstrap(),
                  "gridgov-bench" + suffix,
                  Files.createDirectories(kafka.dir().resolve(app + i))));
      s.start();
      running.add(s);
    }
    awaitRunning(running);
    AtomicInteger decided = new AtomicInteger();
    Thread reader =
        reader(
            kafka,
            "gridgov.decisions" + suffix,
            r -> {
              if (r.contains("\"source\":\"command\"")) {
                decided.incrementAndGet();
              }
            });
    long t0 = System.nanoTime();
    try (KafkaProducer<String, byte[]> producer = producer(kafka)) {
      sendAll(producer, to("gridgov.commands" + suffix, StreamsInstance.announcements()));
      sendAll(producer, to("gridgov.commands" + suffix, commands));
    }
    while (decided.get() < commands.size()) {
      if (LocalKafka.sinceNanos(t0).toMinutes() > 10) {
        throw new IllegalStateException(
            "only " + decided.get() + " of " + commands.size() + " decided in 10 minutes");
      }
      Thread.sleep(50);
    }
    double rate = commands.size() / (LocalKafka.sinceNanos(t0).toNanos() / 1e9);
    reader.interrupt();
    running.forEach(KafkaStreams::close);
    return rate;
  }

  /** p50, p99 (ms) and the count: each command sent alone, timed until its decision is read. */
  static long[] latency(LocalKafka kafka, List<ProducerRecord<String, byte[]>> commands)
      throws Exception {
    String suffix = "-latency";
    kafka.createTopics(
        6,
        "gridgov.commands" + suffix,
        "gridgov.orders" + suffix,
        "gridgov.decisions" + suffix,
        "gridgov.rejected" + suffix);
    KafkaStreams s =
        new KafkaStreams(
            StreamsInstance.topology(suffix),
            LocalKafka.streams(
                kafka.bootstrap(),
                "gridgov-bench" + suffix,
                Files.createDirectories(kafka.dir().resolve("latency"))));
    s.start();
    awaitRunning(List.of(s));
    Map<String, Long> seen = new ConcurrentHashMap<>();
    Thread reader =
        reader(
            kafka,
            "gridgov.decisions" + suffix,
            r -> {
              int i = r.indexOf("\"order\":\"");
              if (i >= 0 && r.contains("\"source\":\"command\"")) {
                seen.putIfAbsent(r.substring(i + 9, r.indexOf('"', i + 9)), System.nanoTime());
              }
            });
    List<Long> ms = new ArrayList<>();
    try (KafkaProducer<String, byte[]> producer = producer(kafka)) {
      sendAll(producer, to("gridgov.commands" + suffix, StreamsInstance.announcements()));
      for (ProducerRecord<String, byte[]> r : commands) {
        String order = JSON.readTree(r.value()).get("order").asText();
        long t0 = System.nanoTime();
        sendAll(producer, to("gridgov.commands" + suffix, List.of(r)));
        while (!seen.containsKey(order)) {
          Thread.sleep(1);
          if (LocalKafka.sinceNanos(t0).toSeconds() > 60) {
            throw new IllegalStateException("no decision for " + order + " in 60 s");
          }
        }
        ms.add((seen.get(order) - t0) / 1_000_000);
      }
    }
    reader.interrupt();
    s.close();
    ms.sort(Long::compare);
    return new long[] {
      ms.get(ms.size() / 2),
      ms.get((int) Math.min(ms.size() - 1, Math.round(ms.size() * 0.99))),
      ms.size()
    };
  }

  /** Sends every record, then waits for each to be acknowledged: a send that failed fails the caller. */
  static <K, V> void sendAll(KafkaProducer<K, V> producer, Iterable<ProducerRecord<K, V>> records)
      throws Exception {
    List<java.util.concurrent.Future<org.apache.kafka.clients.producer.RecordMetadata>> sent =
        new ArrayList<>();
    for (ProducerRecord<K, V> r : records) {
      sent.add(producer.send(r));
    }
    producer.flush();
    for (java.util.concurrent.Future<org.apache.kafka.clients.producer.RecordMetadata> f : sent) {
      f.get();
    }
  }

  /** {@code records} with their topic changed to {@code topic}. */
  static List<ProducerRecord<String, byte[]>> to(
      String topic, Iterable<ProducerRecord<String, byte[]>> records) {
    List<ProducerRecord<String, byte[]>> out = new ArrayList<>();
    records.forEach(r -> out.add(new ProducerRecord<>(topic, r.key(), r.value())));
    return out;
  }

  static KafkaProducer<String, byte[]> producer(LocalKafka kafka) {
    Properties pp = new Properties();
    pp.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrap());
    pp.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    pp.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    return new KafkaProducer<>(pp, new StringSerializer(), new ByteArraySerializer());
  }

  static void awaitRunning(List<KafkaStreams> streams) throws InterruptedException {
    long t0 = System.nanoTime();
    while (streams.stream().anyMatch(s -> s.state() != KafkaStreams.State.RUNNING)) {
      if (LocalKafka.sinceNanos(t0).toSeconds() > 120) {
        throw new IllegalStateException("the instances did not start");
      }
      Thread.sleep(100);
    }
  }

  /** A thread reading {@code topic} (read_committed, from the start) and handing each value, as text, to {@code each}. */
  static Thread reader(LocalKafka kafka, String topic, java.util.function.Consumer<String> each) {
    Thread t =
        new Thread(
            () -> {
              Properties cp = new Properties();
              cp.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrap());
              cp.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
              cp.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
              cp.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-reader-" + topic);
              KafkaConsumer<String, byte[]> c =
                  new KafkaConsumer<>(cp, new StringDeserializer(), new ByteArrayDeserializer());
              try {
                c.subscribe(List.of(topic));
                while (!Thread.currentThread().isInterrupted()) {
                  c.poll(Duration.ofMillis(20))
                      .forEach(r -> each.accept(new String(r.value(), StandardCharsets.UTF_8)));
                }
              } catch (org.apache.kafka.common.errors.InterruptException e) {
                Thread.interrupted(); // stopped: close quietly
              } finally {
                c.close(
                    org.apache.kafka.clients.consumer.CloseOptions.timeout(Duration.ofSeconds(2)));
              }
            },
            "reader-" + topic);
    t.setDaemon(true);
    t.start();
    return t;
  }

  static void writeBlock(String body) throws Exception {
    io.github.gridgov.fixtures.internal.BenchmarksFile.writeBlock(
        BEGIN, END, "## Kafka Streams (issue 14, `./run-benchmarks kafka`)", body);
  }
}
