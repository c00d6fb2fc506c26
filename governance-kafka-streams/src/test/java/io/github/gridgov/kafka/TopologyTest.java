package io.github.gridgov.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gridgov.core.order.Actor;
import io.github.gridgov.core.order.Assignee;
import io.github.gridgov.core.order.OrderStatus;
import io.github.gridgov.core.order.Rating;
import io.github.gridgov.core.order.Satisfaction;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.people.Responder;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.fixtures.Generators;
import io.github.gridgov.fixtures.SampleJurisdictions;
import io.github.gridgov.json.GovernanceJson;
import io.github.gridgov.json.JsonOptions;
import io.github.gridgov.rules.command.OrderCommand;
import io.github.gridgov.rules.command.OrderCommand.Kind;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName(
    "the topology on TopologyTestDriver: commands in, decisions, orders and rejections out")
class TopologyTest {
  static final Jurisdiction ANFENG = SampleJurisdictions.anfeng().jurisdiction();
  static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");
  static final Actor STAFF = Actor.staff("D-07");
  static final ObjectMapper JSON = GovernanceJson.mapper(JsonOptions.clear());

  TopologyTestDriver driver;
  TestInputTopic<String, byte[]> commands;
  TestOutputTopic<String, ServiceOrder> orders;
  TestOutputTopic<String, JsonNode> decisions;
  TestOutputTopic<String, JsonNode> rejected;
  KeyValueStore<String, ServiceOrder> store;

  @BeforeEach
  void start() {
    var topology =
        GovernanceTopology.builder()
            .registries(
                RegistrySource.of(
                    Map.of(
                        "anfeng",
                        RegistryVersion.of("v1", Instant.parse("2026-01-01T00:00:00Z"), ANFENG))))
            .timerInterval(Duration.ofMinutes(10))
            .build();
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, "gridgov-test");
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    driver = new TopologyTestDriver(topology, GovernanceTopology.exactlyOnce(p), T0);
    commands =
        driver.createInputTopic(
            "gridgov.commands", Serdes.String().serializer(), Serdes.ByteArray().serializer());
    orders =
        driver.createOutputTopic(
            "gridgov.orders",
            Serdes.String().deserializer(),
            GovernanceSerdes.orders().deserializer());
    decisions =
        driver.createOutputTopic(
            "gridgov.decisions",
            Serdes.String().deserializer(),
            GovernanceSerdes.json().deserializer());
    rejected =
        driver.createOutputTopic(
            "gridgov.rejected",
            Serdes.String().deserializer(),
            GovernanceSerdes.json().deserializer());
    store = driver.getKeyValueStore(GovernanceTopology.ORDER_STORE);
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  void send(OrderCommand c) {
    try {
      commands.pipeInput("anfeng", JSON.writeValueAsBytes(c), c.at());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static ServiceOrder reported(int n, long seed) {
    return Generators.orders(ANFENG)
        .count(n)
        .period(T0, Duration.ofHours(1))
        .generate(new SplittableRandom(seed))
        .get(n - 1);
  }

  /** {@code n} generated orders that intake dispatches to a responder. */
  static List<ServiceOrder> dispatchableAll(int n) {
    List<ServiceOrder> out = new java.util.ArrayList<>();
    for (long seed = 1; out.size() < n; seed++) {
      out.add(dispatchable(seed));
    }
    return out;
  }

  /** A generated order that intake dispatches to a responder (not a team, not a referral). */
  static ServiceOrder dispatchable(long seed) {
    for (ServiceOrder o :
        Generators.orders(ANFENG)
            .count(50)
            .period(T0, Duration.ofHours(1))
            .generate(new SplittableRandom(seed))) {
      var in =
          io.github.gridgov.rules.GovernanceRules.standard()
              .intake(
                  o,
                  ANFENG,
                  List.of(),
                  io.github.gridgov.rules.assignment.Workload.none(),
                  o.reportedAt());
      if (in.outcome() == io.github.gridgov.rules.intake.IntakeOutcome.DISPATCHED
          && in.order().owner().get().responder().isPresent()) {
        return o;
      }
    }
    throw new AssertionError("no dispatchable order among 50");
  }

  @Test
  @DisplayName(
      "a report is taken in and dispatched; accept, resolve and rate close it; each change goes out with the registry version")
  void lifecycle() {
    ServiceOrder o = dispatchable(3);
    send(OrderCommand.report(o, STAFF));
    JsonNode intake = decisions.readValue();
    assertThat(intake.get("source").asText()).isEqualTo("command");
    assertThat(intake.get("registryVersion").asText()).isEqualTo("v1");
    assertThat(intake.at("/result/triage/outcome").asText()).isNotEmpty();
    TestRecord<String, ServiceOrder> update = orders.readRecord();
    assertThat(
            new String(
                update.headers().lastHeader(GovernanceTopology.REGISTRY_VERSION_HEADER).value(),
                StandardCharsets.UTF_8))
        .isEqualTo("v1");
    ServiceOrder dispatched = update.value();
    assertThat(store.get("anfeng/" + o.id())).isEqualTo(dispatched);
    assertThat(dispatched.status()).isEqualTo(OrderStatus.DISPATCHED);
    Actor owner = Actor.responder(dispatched.owner().get().responder().get());
    Instant t = o.reportedAt();
    send(OrderCommand.of(o.id(), Kind.ACCEPT, owner, t.plusSeconds(60)));
    send(OrderCommand.of(o.id(), Kind.RESOLVE, owner, "已处理", t.plusSeconds(3_600)));
    send(
        OrderCommand.builder()
            .order(o.id())
            .kind(Kind.RATE)
            .actor(STAFF)
            .at(t.plusSeconds(7_200))
            .rating(Rating.of(Satisfaction.SATISFIED, true))
            .build());
    assertThat(store.get("anfeng/" + o.id()).status()).isEqualTo(OrderStatus.CLOSED);
    assertThat(orders.readValuesToList())
        .hasSize(3)
        .last()
        .extracting(ServiceOrder::status)
        .isEqualTo(OrderStatus.CLOSED);
    assertThat(rejected.isEmpty()).isTrue();
  }

  @Test
  @DisplayName(
      "a clock record moves a district's clock with no command: the escalations due by then are carried out")
  void clock() {
    ServiceOrder o = dispatchable(5);
    send(OrderCommand.report(o, STAFF));
    ServiceOrder dispatched = orders.readValue();
    decisions.readValuesToList();
    Instant due =
        io.github.gridgov.rules.GovernanceRules.standard()
            .nextCheckAt(dispatched, ANFENG)
            .orElseThrow();
    commands.pipeInput("anfeng", GovernanceTopology.clock("anfeng", due.minusSeconds(1)), T0);
    assertThat(decisions.isEmpty()).as("nothing due a second before").isTrue();
    commands.pipeInput("anfeng", GovernanceTopology.clock("anfeng", due.plusSeconds(600)), T0);
    JsonNode timer = decisions.readValue();
    assertThat(timer.get("source").asText()).isEqualTo("timer");
    assertThat(timer.get("at").asText())
        .as("decided at its due instant")
        .isEqualTo(io.github.gridgov.core.Texts.iso(due, java.time.ZoneOffset.UTC));
    assertThat(store.get("anfeng/" + o.id()).events())
        .hasSizeGreaterThan(dispatched.events().size());
    commands.pipeInput("anfeng", GovernanceTopology.clock("shilian", due), T0);
    assertThat(rejected.readValue().get("message").asText())
        .contains("clock record for district shilian under the key anfeng");
  }

  @Test
  @DisplayName(
      "refused and unreadable commands go to the dead-letter topic with the message; the next command is still taken")
  void deadLetters() {
    commands.pipeInput("anfeng", "{not json".getBytes(StandardCharsets.UTF_8), T0);
    send(
        OrderCommand.of(
            io.github.gridgov.core.order.OrderId.of("O-nowhere"), Kind.ACCEPT, STAFF, T0));
    ServiceOrder o = dispatchable(4);
    send(OrderCommand.report(o, STAFF));
    send(OrderCommand.of(o.id(), Kind.CLOSE, STAFF, o.reportedAt().plusSeconds(5)));
    try {
      commands.pipeInput(
          "nowhere", JSON.writeValueAsBytes(OrderCommand.report(reported(2, 4), STAFF)), T0);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    List<JsonNode> dead = rejected.readValuesToList();
    assertThat(dead)
        .extracting(n -> n.get("error").asText())
        .containsExactly(
            "JsonParseException",
            "CommandRefusedException",
            "IllegalTransitionException",
            "IllegalStateException");
    assertThat(dead.get(0).get("message").asText()).startsWith("Cannot read the command: ");
    assertThat(dead.get(0).get("bytes").asInt()).isEqualTo(9);
    assertThat(dead.get(1).get("message").asText())
        .isEqualTo("Cannot accept order O-nowhere: no such order is held");
    assertThat(dead.get(3).get("message").asText()).contains("no registry version is in force");
    assertThat(store.get("anfeng/" + o.id())).isNotNull();
  }

  @Test
  @DisplayName(
      "an order nobody accepts is escalated by the timer once; the timers run before a later command, and again by the punctuator")
  void timers() {
    ServiceOrder o = dispatchable(5);
    send(OrderCommand.report(o, STAFF));
    decisions.readValuesToList();
    ServiceOrder first = store.get("anfeng/" + o.id());
    assertThat(first.status()).isEqualTo(OrderStatus.DISPATCHED);
    ServiceOrder other =
        Generators.orders(ANFENG)
            .count(1)
            .period(T0.plus(Duration.ofDays(3)), Duration.ofHours(1))
            .generate(new SplittableRandom(99))
            .get(0);
    send(
        OrderCommand.report(
            ServiceOrder.builder()
                .from(other)
                .id(io.github.gridgov.core.order.OrderId.of("O-later"))
                .build(),
            STAFF));
    List<JsonNode> out = decisions.readValuesToList();
    assertThat(out.get(0).get("source").asText()).as("the due timer first").isEqualTo("timer");
    assertThat(out.get(0).get("order").asText()).isEqualTo(o.id().value());
    assertThat(out.get(out.size() - 1).get("order").asText()).isEqualTo("O-later");
    ServiceOrder moved = store.get("anfeng/" + o.id());
    assertThat(moved.events().size()).isGreaterThan(first.events().size());
    long timerDecisions =
        out.stream()
            .filter(
                n ->
                    n.get("source").asText().equals("timer")
                        && n.get("order").asText().equals(o.id().value()))
            .count();
    driver.advanceWallClockTime(Duration.ofMinutes(11));
    List<JsonNode> again = decisions.readValuesToList();
    assertThat(
            again.stream()
                .filter(
                    n ->
                        n.get("order").asText().equals(o.id().value())
                            && n.at("/result/at")
                                .asText()
                                .equals(out.get(0).at("/result/at").asText()))
                .count())
        .as("the same escalation is never made twice")
        .isZero();
    assertThat(timerDecisions).isPositive();
  }

  @Test
  @DisplayName(
      "across a burst of 300 reports no responder holds more open orders than their capacity")
  void capacity() {
    List<ServiceOrder> burst =
        Generators.orders(ANFENG)
            .count(300)
            .period(T0, Duration.ofHours(2))
            .generate(new SplittableRandom(6));
    for (ServiceOrder o : burst) {
      send(OrderCommand.report(o, STAFF));
    }
    Map<Assignee, Integer> open = new HashMap<>();
    try (var all = store.all()) {
      while (all.hasNext()) {
        ServiceOrder o = all.next().value;
        if (o.status().isOpen() && o.owner().isPresent()) {
          open.merge(o.owner().get(), 1, Integer::sum);
        }
      }
    }
    assertThat(open).isNotEmpty();
    int full = 0;
    for (var e : open.entrySet()) {
      Assignee who = e.getKey();
      int capacity =
          who.responder()
              .map(r -> ANFENG.responder(r).map(Responder::capacity).orElseThrow())
              .orElseGet(() -> ANFENG.team(who.team().get()).orElseThrow().capacity());
      assertThat(e.getValue()).as("%s", who).isLessThanOrEqualTo(capacity);
      full += e.getValue() == capacity ? 1 : 0;
    }
    assertThat(full)
        .as("the burst fills some responders to their capacity, so the bound is tested")
        .isPositive();
    assertThat(rejected.isEmpty()).isTrue();
  }
}
