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
        case ACCEPT:
          out.add(e.dispatch().isPresent() ? b.kind(Kind.CLAIM).claimer(e.dispatch().get().assignee()).build()
              : b.kind(Kind.ACCEPT).build());
          break;
        case RESOLVE:
        case SUSPEND:
        case CANCEL:
        case ANSWER_SUPERVISION:
        case RETURN:
          out.add(b.kind(Kind.valueOf(e.step().name())).text(e.reason().get()).build());
          break;
        case RATE:
          out.add(b.kind(Kind.RATE).rating(e.rating().get()).build());
          break;
        case PARK:
          out.add(b.kind(Kind.PARK).text(e.reason().get()).until(e.dueBy().get()).build());
          break;
        case RESUME:
          if (e.fromStatus() == OrderStatus.SUSPENDED) {
            out.add(b.kind(Kind.RESUME).build());
          }
          break;
        case SUPERVISE:
          out.add(b.kind(Kind.SUPERVISE).tier(e.tier().get()).text(e.reason().get()).until(e.dueBy().get()).build());
          break;
        case REPORT_IN:
          Optional<Responder> dept = j.responders().stream()
              .filter(r -> r.department().equals(e.department())).findFirst();
          dept.ifPresent(r -> out.add(b.kind(Kind.REPORT_IN).responder(r.id()).build()));
          break;
        default:
          break;
      }
    }
    return out;
  }

  /** Plays, streams and prints. */
  public static void main(String[] args) throws Exception {
    int days = args.length > 0 ? Integer.parseInt(args[0]) : 90;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
    GovernanceRules rules = GovernanceRules.standard();
    Map<String, SimulationReport> inProcess = new HashMap<>();
    // an order id recurs across communities: its place tells them apart
    Map<String, String> districtOf = new HashMap<>();
    List<ProducerRecord<String, byte[]>> records = new ArrayList<>(StreamsInstance.announcements());
    for (SampleCommunity s : SampleJurisdictions.all()) {
      SimulationReport r = Simulation.of(s, rules, seed, days, -1).run(p -> { });
      inProcess.put(s.key(), r);
      List<OrderCommand> steps = new ArrayList<>();
      for (ServiceOrder o : r.finalOrders()) {
        districtOf.put(o.id() + "@" + o.location(), s.key());
        steps.addAll(platformSteps(o, s.jurisdiction()));
      }
      steps.sort(Comparator.comparing(OrderCommand::at)); // stable: an order's steps at one instant keep their order
      for (OrderCommand c : steps) {
        records.add(new ProducerRecord<>("gridgov.commands", s.key(), JSON.writeValueAsBytes(c)));
      }
    }
    int commands = records.size() - StreamsInstance.announcements().size();
    System.out.printf(Locale.ROOT, "%d platform commands from the simulation of %d days (seed %d)%n", commands, days, seed);

    Map<String, Map<String, ServiceOrder>> finals = new ConcurrentHashMap<>();
    AtomicInteger decided = new AtomicInteger();
    AtomicInteger rejected = new AtomicInteger();
    long t0 = System.nanoTime();
    try (LocalKafka kafka = LocalKafka.start()) {
      kafka.createTopics(6, "gridgov.commands", "gridgov.orders", "gridgov.decisions", "gridgov.rejected");
      List<KafkaStreams> instances = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        Properties p = LocalKafka.streams(kafka.bootstrap(), "gridgov-demo",
            Files.createDirectories(kafka.dir().resolve("demo-" + i)));
        KafkaStreams s = new KafkaStreams(StreamsInstance.topology(), p);
        s.start();
        instances.add(s);
      }
      KafkaBenchmark.awaitRunning(instances);
      Thread orders = KafkaBenchmark.reader(kafka, "gridgov.orders", v -> {
        try {
          ServiceOrder o = JSON.readValue(v, ServiceOrder.class);
          finals.computeIfAbsent(districtOf.getOrDefault(o.id() + "@" + o.location(), "?"), k -> new ConcurrentHashMap<>())
              .put(o.id().value(), o);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      Thread decisions = KafkaBenchmark.reader(kafka, "gridgov.decisions", v -> {
        if (v.contains("\"source\":\"command\"")) {
          decided.incrementAndGet();
        }
      });
      Thread dead = KafkaBenchmark.reader(kafka, "gridgov.rejected", v -> rejected.incrementAndGet());
      try (KafkaProducer<String, byte[]> producer = KafkaBenchmark.producer(kafka)) {
        records.forEach(producer::send);
      }
      while (decided.get() + rejected.get() < commands) {
        Thread.sleep(200);
        if (LocalKafka.sinceNanos(t0).toMinutes() > 30) {
          throw new IllegalStateException("only " + (decided.get() + rejected.get()) + " of " + commands + " in 30 minutes");
        }
      }
      Thread.sleep(2_000);
      orders.interrupt();
      decisions.interrupt();
      dead.interrupt();
      instances.forEach(KafkaStreams::close);
    }
    System.out.printf(Locale.ROOT, "streamed in %.0f s through two instances: %d commands taken, %d refused%n%n",
        LocalKafka.sinceNanos(t0).toSeconds() * 1.0, decided.get(), rejected.get());
    Period period = Period.of(START, START.plus(Duration.ofDays(days)));
    MetricsOptions options = MetricsOptions.standard().withSlaProfile(rules.slaProfile());
    System.out.println("| community | | filed | closed | 结案率 | 按期结案率 | 返工率 | 楼栋化解率 | escalations |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    for (SampleCommunity s : SampleJurisdictions.all()) {
      Metrics a = inProcess.get(s.key()).metrics();
      Metrics b = Metrics.of(new ArrayList<>(finals.getOrDefault(s.key(), Map.of()).values()), period, options);
      row(s.name(), "in process", a);
      row(s.name(), "on Kafka", b);
    }
  }

  private static void row(String community, String where, Metrics m) {
    System.out.printf(Locale.ROOT, "| %s | %s | %d | %d | %s | %s | %s | %s | %d |%n", community, where, m.filed(), m.closed(),
        m.closureRate(), m.onTimeRate(), m.reworkRate(), m.buildingContainment(),
        m.escalations().values().stream().mapToLong(Long::longValue).sum());
  }
}
