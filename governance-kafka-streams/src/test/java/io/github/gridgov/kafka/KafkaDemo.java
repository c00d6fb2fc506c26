package io.github.gridgov.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gridgov.core.order.Actor;
import io.github.gridgov.core.order.OrderEvent;
import io.github.gridgov.core.order.OrderStatus;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.people.Responder;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.fixtures.SampleCommunity;
import io.github.gridgov.fixtures.SampleJurisdictions;
import io.github.gridgov.fixtures.Simulation;
import io.github.gridgov.fixtures.SimulationReport;
import io.github.gridgov.json.GovernanceJson;
import io.github.gridgov.json.JsonOptions;
import io.github.gridgov.rules.GovernanceRules;
import io.github.gridgov.rules.command.OrderCommand;
import io.github.gridgov.rules.command.OrderCommand.Kind;
import io.github.gridgov.rules.metrics.Metrics;
import io.github.gridgov.rules.metrics.MetricsOptions;
import io.github.gridgov.rules.metrics.Period;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The simulation through Kafka ({@code ./run-on-kafka [days] [seed]}): plays the five sample
 * communities in process, takes the platform's own steps from the orders' trails (reports,
 * acceptances and claims, resolutions, ratings, suspensions, parking, resumptions, cancellations,
 * 报到, 督办 and answers, returns — everything the simulation's people do) as commands at their
 * instants, streams them through two instances on a local broker, where the topology makes every
 * rule decision itself (intake, escalations on the timers), and prints the simulation's figures
 * beside the topology's. Not part of CI.
 */
public final class KafkaDemo {
  static final ObjectMapper JSON = GovernanceJson.mapper(JsonOptions.clear());
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  private KafkaDemo() {}

  /** The platform's steps of {@code o} as commands, its report first; the rules' own steps are left to the topology. */
  static List<OrderCommand> platformSteps(ServiceOrder o, Jurisdiction j) {
    List<OrderCommand> out = new ArrayList<>();
    Actor host = Actor.system("simulation");
    out.add(OrderCommand.report(o.asReported(), host));
    for (OrderEvent e : o.events()) {
      OrderCommand.Builder b = OrderCommand.builder().order(o.id()).actor(e.actor()).at(e.at());
      switch (e.step()) {
        case ACCEPT ->
            out.add(
                e.dispatch().isPresent()
                    ? b.kind(Kind.CLAIM).claimer(e.dispatch().get().assignee()).build()
                    : b.kind(Kind.ACCEPT).build());
        case RESOLVE, SUSPEND, CANCEL, ANSWER_SUPERVISION, RETURN ->
            out.add(b.kind(Kind.valueOf(e.step().name())).text(e.reason().get()).build());
        case RATE -> out.add(b.kind(Kind.RATE).rating(e.rating().get()).build());
        case PARK ->
            out.add(b.kind(Kind.PARK).text(e.reason().get()).until(e.dueBy().get()).build());
        case RESUME -> {
          if (e.fromStatus() == OrderStatus.SUSPENDED) {
            out.add(b.kind(Kind.RESUME).build());
          }
        }
        case SUPERVISE ->
            out.add(
                b.kind(Kind.SUPERVISE)
                    .tier(e.tier().get())
                    .text(e.reason().get())
                    .until(e.dueBy().get())
                    .build());
        case REPORT_IN -> {
          Optional<Responder> dept =
              j.responders().stream()
                  .filter(r -> r.department().equals(e.department()))
                  .findFirst();
          dept.ifPresent(r -> out.add(b.kind(Kind.REPORT_IN).responder(r.id()).build()));
        }
        default -> {}
      }
    }
    return out;
  }

  /**
   * What the demo streams: each sample's registry announced in-band (the sample's, the roster
   * change of the simulation as a version of its own, the sample's again when the people are
   * back), then the platform's steps, in time order within each district.
   */
  record Plan(
      int days,
      long seed,
      List<ProducerRecord<String, byte[]>> records,
      int commands,
      Map<String, SimulationReport> inProcess,
      Map<String, String> districtOf) {

    /** The topology the demo runs: the registries loaded by {@link StreamsInstance#load}, stream time. */
    org.apache.kafka.streams.Topology topology() {
      return StreamsInstance.topology();
    }

    /** The community of an order read back, by its id and place (an id recurs across communities). */
    String districtOf(ServiceOrder o) {
      return districtOf.getOrDefault(o.id() + "@" + o.location(), "?");
    }
  }

  /** Plays the simulation of {@code samples} and builds what the demo streams. */
  static Plan plan(List<SampleCommunity> samples, int days, long seed) throws Exception {
    GovernanceRules rules = GovernanceRules.standard();
    Map<String, SimulationReport> inProcess = new HashMap<>();
    Map<String, String> districtOf = new HashMap<>();
    List<ProducerRecord<String, byte[]>> announcements = new ArrayList<>();
    List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
    List<ProducerRecord<String, byte[]>> ends = new ArrayList<>();
    for (SampleCommunity s : samples) {
      Simulation simulation = Simulation.of(s, rules, seed, days, -1);
      Simulation.RosterChange roster = simulation.rosterChange();
      announcements.add(announcement(s.key(), "samples-1", START, s.key()));
      announcements.add(
          announcement(
              s.key(), "roster-off", roster.from(), s.key() + "#roster:" + seed + ":" + days));
      announcements.add(announcement(s.key(), "roster-back", roster.until(), s.key()));
      SimulationReport r = simulation.run(p -> {});
      inProcess.put(s.key(), r);
      List<OrderCommand> steps = new ArrayList<>();
      for (ServiceOrder o : r.finalOrders()) {
        districtOf.put(o.id() + "@" + o.location(), s.key());
        steps.addAll(platformSteps(o, s.jurisdiction()));
      }
      steps.sort(
          Comparator.comparing(
              OrderCommand::at)); // stable: an order's steps at one instant keep their order
      for (OrderCommand c : steps) {
        records.add(new ProducerRecord<>("gridgov.commands", s.key(), JSON.writeValueAsBytes(c)));
      }
      ends.add(
          new ProducerRecord<>(
              "gridgov.commands",
              s.key(),
              GovernanceTopology.clock(s.key(), START.plus(Duration.ofDays(days)))));
    }
    int commands = records.size();
    // the end of the period: the timers due after each district's last command run too, as in the
    // simulation
    records.addAll(ends);
    announcements.addAll(records);
    return new Plan(days, seed, announcements, commands, inProcess, districtOf);
  }

  private static ProducerRecord<String, byte[]> announcement(
      String district, String version, Instant from, String location) {
    return new ProducerRecord<>(
        "gridgov.commands",
        district,
        GovernanceTopology.registryAnnouncement(district, version, from, location));
  }

  /** The plan through one TopologyTestDriver, no broker: the final state of every order, by community. */
  static Map<String, Map<String, ServiceOrder>> inOneProcess(Plan plan) {
    Properties p = new Properties();
    p.put("application.id", "gridgov-demo-driver");
    p.put("bootstrap.servers", "unused:9092");
    p.put("processing.exception.handler.global.enabled", true);
    Map<String, Map<String, ServiceOrder>> finals = new HashMap<>();
    try (org.apache.kafka.streams.TopologyTestDriver driver =
        new org.apache.kafka.streams.TopologyTestDriver(plan.topology(), p)) {
      var in =
          driver.createInputTopic(
              "gridgov.commands",
              org.apache.kafka.common.serialization.Serdes.String().serializer(),
              org.apache.kafka.common.serialization.Serdes.ByteArray().serializer());
      var out =
          driver.createOutputTopic(
              "gridgov.orders",
              org.apache.kafka.common.serialization.Serdes.String().deserializer(),
              GovernanceSerdes.orders().deserializer());
      for (ProducerRecord<String, byte[]> r : plan.records()) {
        in.pipeInput(r.key(), r.value());
        for (var kv : out.readKeyValuesToList()) {
          finals
              .computeIfAbsent(plan.districtOf(kv.value), k -> new HashMap<>())
              .put(kv.key, kv.value);
        }
      }
    }
    return finals;
  }

  /** Plays, streams and prints; {@code --one-process} runs the topology on TopologyTestDriver instead of a broker. */
  public static void main(String[] args) throws Exception {
    boolean oneProcess = List.of(args).contains("--one-process");
    List<String> rest = new ArrayList<>(List.of(args));
    rest.remove("--one-process");
    int days = rest.size() > 0 ? Integer.parseInt(rest.get(0)) : 365;
    long seed = rest.size() > 1 ? Long.parseLong(rest.get(1)) : 42;
    Plan plan = plan(SampleJurisdictions.all(), days, seed);
    int commands = plan.commands();
    System.out.printf(
        Locale.ROOT,
        "%d platform commands from the simulation of %d days (seed %d)%n",
        commands,
        days,
        seed);
    if (oneProcess) {
      long t0 = System.nanoTime();
      Map<String, Map<String, ServiceOrder>> finals = inOneProcess(plan);
      System.out.printf(
          Locale.ROOT,
          "through one TopologyTestDriver in %d s%n%n",
          LocalKafka.sinceNanos(t0).toSeconds());
      report(plan, finals);
      differences(plan, finals);
      return;
    }
    List<ProducerRecord<String, byte[]>> records = plan.records();

    Map<String, Map<String, ServiceOrder>> finals = new ConcurrentHashMap<>();
    AtomicInteger decided = new AtomicInteger();
    AtomicInteger rejected = new AtomicInteger();
    long t0 = System.nanoTime();
    try (LocalKafka kafka = LocalKafka.start()) {
      kafka.createTopics(
          6, "gridgov.commands", "gridgov.orders", "gridgov.decisions", "gridgov.rejected");
      List<KafkaStreams> instances = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        Properties p =
            LocalKafka.streams(
                kafka.bootstrap(),
                "gridgov-demo",
                Files.createDirectories(kafka.dir().resolve("demo-" + i)));
        KafkaStreams s = new KafkaStreams(plan.topology(), p);
        s.start();
        instances.add(s);
      }
      KafkaBenchmark.awaitRunning(instances);
      Thread orders =
          KafkaBenchmark.reader(
              kafka,
              "gridgov.orders",
              v -> {
                try {
                  ServiceOrder o = JSON.readValue(v, ServiceOrder.class);
                  finals
                      .computeIfAbsent(plan.districtOf(o), k -> new ConcurrentHashMap<>())
                      .put(o.id().value(), o);
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      Thread decisions =
          KafkaBenchmark.reader(
              kafka,
              "gridgov.decisions",
              v -> {
                if (v.contains("\"source\":\"command\"")) {
                  decided.incrementAndGet();
                }
              });
      Thread dead =
          KafkaBenchmark.reader(kafka, "gridgov.rejected", v -> rejected.incrementAndGet());
      try (KafkaProducer<String, byte[]> producer = KafkaBenchmark.producer(kafka)) {
        KafkaBenchmark.sendAll(producer, records);
      }
      while (decided.get() + rejected.get() < commands) {
        Thread.sleep(200);
        if (LocalKafka.sinceNanos(t0).toMinutes() > 30) {
          throw new IllegalStateException(
              "only " + (decided.get() + rejected.get()) + " of " + commands + " in 30 minutes");
        }
      }
      Thread.sleep(2_000);
      orders.interrupt();
      decisions.interrupt();
      dead.interrupt();
      instances.forEach(KafkaStreams::close);
    }
    System.out.printf(
        Locale.ROOT,
        "streamed in %.0f s through two instances: %d commands taken, %d refused%n%n",
        LocalKafka.sinceNanos(t0).toSeconds() * 1.0,
        decided.get(),
        rejected.get());
    report(plan, finals);
    differences(plan, finals);
  }

  /**
   * The simulation's report of each community, read back from the topology's orders alone, and
   * whether it is the in-process simulation's line for line; then the main figures side by side.
   */
  static void report(Plan plan, Map<String, Map<String, ServiceOrder>> finals) {
    GovernanceRules rules = GovernanceRules.standard();
    int same = 0;
    for (SampleCommunity s : SampleJurisdictions.all()) {
      SimulationReport inProcess = plan.inProcess().get(s.key());
      if (inProcess == null) {
        continue;
      }
      List<ServiceOrder> orders = new ArrayList<>(finals.getOrDefault(s.key(), Map.of()).values());
      orders.sort(Comparator.comparing(o -> o.id().value()));
      SimulationReport onKafka =
          SimulationReport.of(s.name(), plan.seed(), plan.days(), orders, rules);
      String text = onKafka.render(io.github.gridgov.core.Texts.chinese());
      System.out.print(text.replaceFirst("==\\n", "（Kafka 拓扑的工单）==\n"));
      boolean equal = text.equals(inProcess.render(io.github.gridgov.core.Texts.chinese()));
      same += equal ? 1 : 0;
      System.out.println(
          equal
              ? "= the in-process simulation's report, line for line"
              : "≠ the in-process simulation's report");
    }
    System.out.printf(
        Locale.ROOT,
        "%n%d of %d reports from the topology's orders are the simulation's, line for line%n%n",
        same,
        plan.inProcess().size());
    Period period = Period.of(START, START.plus(Duration.ofDays(plan.days())));
    MetricsOptions options = MetricsOptions.standard().withSlaProfile(rules.slaProfile());
    System.out.println(
        "| community | | filed | closed | 结案率 | 按期结案率 | 返工率 | 楼栋化解率 | escalations |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    for (SampleCommunity s : SampleJurisdictions.all()) {
      if (!plan.inProcess().containsKey(s.key())) {
        continue;
      }
      Metrics a = plan.inProcess().get(s.key()).metrics();
      Metrics b =
          Metrics.of(
              new ArrayList<>(finals.getOrDefault(s.key(), Map.of()).values()), period, options);
      row(s.name(), "in process", a);
      row(s.name(), "on Kafka", b);
    }
  }

  /** Whether two trails take the same steps, the rules' own steps taken by whichever system actor. */
  static boolean sameSteps(ServiceOrder a, ServiceOrder b) {
    if (a.events().size() != b.events().size()) {
      return false;
    }
    for (int k = 0; k < a.events().size(); k++) {
      if (!sameStep(a.events().get(k), b.events().get(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameStep(OrderEvent x, OrderEvent y) {
    return OrderEvent.builder().from(y).actor(x.actor()).build().equals(x);
  }

  /** How many orders end otherwise than in the simulation, and where the first few part. */
  static void differences(Plan plan, Map<String, Map<String, ServiceOrder>> finals) {
    int shown = 0;
    int differ = 0;
    for (var e : plan.inProcess().entrySet()) {
      for (ServiceOrder a : e.getValue().finalOrders()) {
        ServiceOrder b = finals.getOrDefault(e.getKey(), Map.of()).get(a.id().value());
        if (b != null && sameSteps(a, b)) {
          continue;
        }
        differ++;
        if (shown++ < 12) {
          System.out.println("\n" + e.getKey() + " " + a.id() + ":");
          int n = b == null ? 0 : b.events().size();
          int k = 0;
          while (k < Math.min(n, a.events().size())
              && sameStep(a.events().get(k), b.events().get(k))) {
            k++;
          }
          for (int m = Math.max(0, k - 2);
              m < Math.min(k + 3, Math.max(n, a.events().size()));
              m++) {
            System.out.println(
                "  " + m + " sim   " + (m < a.events().size() ? a.events().get(m) : "-"));
            System.out.println(
                "  " + m + " kafka " + (b != null && m < n ? b.events().get(m) : "-"));
          }
        }
      }
    }
    System.out.println("\norders ending otherwise than in the simulation: " + differ);
  }

  private static void row(String community, String where, Metrics m) {
    System.out.printf(
        Locale.ROOT,
        "| %s | %s | %d | %d | %s | %s | %s | %s | %d |%n",
        community,
        where,
        m.filed(),
        m.closed(),
        m.closureRate(),
        m.onTimeRate(),
        m.reworkRate(),
        m.buildingContainment(),
        m.escalations().values().stream().mapToLong(Long::longValue).sum());
  }
}
