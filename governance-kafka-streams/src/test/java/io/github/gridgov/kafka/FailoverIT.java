package io.github.gridgov.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.fixtures.SampleJurisdictions;
import io.github.gridgov.json.GovernanceJson;
import io.github.gridgov.json.JsonOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two instances on a real broker; one is killed (SIGKILL) in the middle of a stream of commands
 * and the other takes over. The commands are a platform's whole working: ten days of the five
 * sample communities from the simulation — reports, acceptances, resolutions, ratings, suspensions,
 * parking, 报到, 督办 and answers — with the registries and a roster change announced in-band. Every
 * command is decided once, none is lost or refused, no escalation is made twice, no responder holds
 * more open orders than their capacity, and every order ends as in a single-process replay of the
 * same records and as in the in-process simulation.
 */
@DisplayName("on a real Kafka broker: two instances, one killed mid-stream, the other takes over")
class FailoverIT {
  static final ObjectMapper JSON = GovernanceJson.mapper(JsonOptions.clear());
  static final String APP = "gridgov-failover";
  static final int DAYS = 10;

  @Test
  @DisplayName(
      "every command decided once, none lost, none escalated twice, capacity held, orders as in one process")
  void failover() throws Exception {
    KafkaDemo.Plan plan = KafkaDemo.plan(SampleJurisdictions.all(), DAYS, 42);
    List<ProducerRecord<String, byte[]>> records = plan.records();
    try (LocalKafka kafka = LocalKafka.start()) {
      kafka.createTopics(
          6, "gridgov.commands", "gridgov.orders", "gridgov.decisions", "gridgov.rejected");
      Path a = Files.createDirectories(kafka.dir().resolve("a"));
      Path b = Files.createDirectories(kafka.dir().resolve("b"));
      Process first =
          LocalKafka.java(
              kafka.dir(),
              "a.log",
              StreamsInstance.class.getName(),
              kafka.bootstrap(),
              APP,
              a.toString());
      Process second =
          LocalKafka.java(
              kafka.dir(),
              "b.log",
              StreamsInstance.class.getName(),
              kafka.bootstrap(),
              APP,
              b.toString());
      try {
        awaitLine(kafka.dir().resolve("a.log"), "RUNNING", first);
        awaitLine(kafka.dir().resolve("b.log"), "RUNNING", second);
        Properties pp = new Properties();
        pp.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrap());
        pp.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<String, byte[]> producer =
            new KafkaProducer<>(pp, new StringSerializer(), new ByteArraySerializer())) {
          // the registries come in-band, first: the instance that takes over after the kill finds
          // them in
          // its restored store, not in the records it reads
          int half = records.size() / 2;
          KafkaBenchmark.sendAll(producer, records.subList(0, half));
          awaitCommitted(kafka, half / 4);
          assertThat(first.isAlive()).as("the first instance is killed while it works").isTrue();
          first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
          KafkaBenchmark.sendAll(producer, records.subList(half, records.size()));
        }
        awaitCommitted(kafka, records.size());
        Map<String, ServiceOrder> finals = new HashMap<>();
        List<JsonNode> decisions = new ArrayList<>();
        read(
            kafka,
            "gridgov.orders",
            r -> {
              ServiceOrder o = read(r.value(), ServiceOrder.class);
              finals.put(plan.districtOf(o) + "/" + o.id(), o);
            });
        read(kafka, "gridgov.decisions", r -> decisions.add(read(r.value(), JsonNode.class)));
        List<JsonNode> rejected = new ArrayList<>();
        read(kafka, "gridgov.rejected", r -> rejected.add(read(r.value(), JsonNode.class)));

        assertThat(rejected).as("commands refused").isEmpty();
        int orders = plan.inProcess().values().stream().mapToInt(r -> r.finalOrders().size()).sum();
        assertThat(finals).as("no order lost").hasSize(orders);
        List<String> commands = new ArrayList<>();
        List<String> escalations = new ArrayList<>();
        for (JsonNode d : decisions) {
          if (d.get("type").asText().equals("registry-version")) {
            continue;
          }
          (d.get("source").asText().equals("command") ? commands : escalations).add(d.toString());
        }
        assertThat(commands).as("every command decided").hasSize(plan.commands());
        assertThat(new HashSet<>(commands)).as("no command decided twice").hasSize(commands.size());
        assertThat(escalations).as("the stream did escalate").hasSizeGreaterThan(100);
        assertThat(new HashSet<>(escalations))
            .as("no escalation made twice")
            .hasSize(escalations.size());
        Replay replay = replay(plan);
        assertThat(escalations)
            .as("the escalations of a single-process replay")
            .containsExactlyInAnyOrderElementsOf(replay.escalations());
        assertThat(finals).as("final states as a single-process replay").isEqualTo(replay.finals());
        List<String> unlikeSimulation = new ArrayList<>();
        plan.inProcess()
            .forEach(
                (district, r) ->
                    r.finalOrders()
                        .forEach(
                            o -> {
                              ServiceOrder onKafka = finals.get(district + "/" + o.id());
                              if (onKafka == null || !KafkaDemo.sameSteps(o, onKafka)) {
                                unlikeSimulation.add(district + "/" + o.id());
                              }
                            }));
        assertThat(unlikeSimulation)
            .as("orders whose trail differs from the in-process simulation")
            .isEmpty();
        Map<String, Integer> open = new HashMap<>();
        finals.values().stream()
            .filter(o -> o.status().isOpen() && o.owner().flatMap(w -> w.responder()).isPresent())
            .forEach(o -> open.merge(o.owner().get().responder().get().value(), 1, Integer::sum));
        assertThat(open).as("owners with open orders").isNotEmpty();
        open.forEach(
            (who, n) -> {
              int capacity =
                  SampleJurisdictions.all().stream()
                      .map(
                          c ->
                              c.jurisdiction()
                                  .responder(io.github.gridgov.core.people.ResponderId.of(who)))
                      .flatMap(java.util.Optional::stream)
                      .findFirst()
                      .orElseThrow()
                      .capacity();
              assertThat(n)
                  .as("open orders of %s across both instances", who)
                  .isLessThanOrEqualTo(capacity);
            });
      } finally {
        first.destroyForcibly();
        second.destroy();
        second.waitFor(30, TimeUnit.SECONDS);
        second.destroyForcibly();
      }
    }
  }

  /** What a single-process replay gives: the final state of every order, and every escalation decision. */
  record Replay(Map<String, ServiceOrder> finals, List<String> escalations) {}

  /** The same records through one TopologyTestDriver. */
  static Replay replay(KafkaDemo.Plan plan) {
    Properties p = new Properties();
    p.put("application.id", "gridgov-replay");
    p.put("bootstrap.servers", "unused:9092");
    Map<String, ServiceOrder> finals = new HashMap<>();
    try (TopologyTestDriver driver = new TopologyTestDriver(plan.topology(), p)) {
      TestInputTopic<String, byte[]> in =
          driver.createInputTopic(
              "gridgov.commands", Serdes.String().serializer(), Serdes.ByteArray().serializer());
      for (ProducerRecord<String, byte[]> r : plan.records()) {
        in.pipeInput(r.key(), r.value());
      }
      driver
          .createOutputTopic(
              "gridgov.orders",
              Serdes.String().deserializer(),
              GovernanceSerdes.orders().deserializer())
          .readValuesToList()
          .forEach(o -> finals.put(plan.districtOf(o) + "/" + o.id(), o));
      List<String> escalations = new ArrayList<>();
      driver
          .createOutputTopic(
              "gridgov.decisions",
              Serdes.String().deserializer(),
              GovernanceSerdes.json().deserializer())
          .readValuesToList()
          .stream()
          .filter(d -> d.path("source").asText().equals("timer"))
          .forEach(d -> escalations.add(d.toString()));
      return new Replay(finals, escalations);
    }
  }

  static void awaitLine(Path log, String line, Process p) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      if (Files.exists(log) && Files.readString(log).contains(line)) {
        return;
      }
      if (!p.isAlive()) {
        throw new IllegalStateException("The instance died: " + Files.readString(log));
      }
      Thread.sleep(300);
    }
    throw new IllegalStateException("The instance did not start: " + Files.readString(log));
  }

  /** Waits until the application has committed at least {@code count} command offsets (at most 3 minutes). */
  static void awaitCommitted(LocalKafka kafka, long count) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    try (Admin admin = kafka.admin()) {
      while (System.nanoTime() < deadline) {
        Map<TopicPartition, OffsetAndMetadata> committed =
            admin
                .listConsumerGroupOffsets(APP)
                .partitionsToOffsetAndMetadata()
                .get(10, TimeUnit.SECONDS);
        long total =
            committed.entrySet().stream()
                .filter(e -> e.getKey().topic().equals("gridgov.commands"))
                .mapToLong(e -> e.getValue().offset())
                .sum();
        if (total >= count) {
          return;
        }
        Thread.sleep(500);
      }
    }
    throw new IllegalStateException(
        "The application did not commit " + count + " commands in time");
  }

  /** Every committed record of {@code topic}, read from the start with read_committed. */
  static void read(
      LocalKafka kafka,
      String topic,
      java.util.function.Consumer<ConsumerRecord<String, byte[]>> each) {
    Properties cp = new Properties();
    cp.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrap());
    cp.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    cp.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    cp.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    try (KafkaConsumer<String, byte[]> c =
        new KafkaConsumer<>(cp, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> parts =
          c.partitionsFor(topic).stream()
              .map(i -> new TopicPartition(topic, i.partition()))
              .toList();
      c.assign(parts);
      c.seekToBeginning(parts);
      Map<TopicPartition, Long> end = c.endOffsets(parts);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))
          && System.nanoTime() < deadline) {
        c.poll(Duration.ofMillis(500)).forEach(each);
      }
    }
  }

  static <T> T read(byte[] bytes, Class<T> type) {
    try {
      return JSON.readValue(bytes, type);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
