package io.github.gridgov.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gridgov.core.GovernanceException;
import io.github.gridgov.core.internal.Checks;
import io.github.gridgov.core.order.OrderId;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.json.GovernanceJson;
import io.github.gridgov.json.JsonOptions;
import io.github.gridgov.rules.GovernanceRules;
import io.github.gridgov.rules.assignment.Workload;
import io.github.gridgov.rules.assignment.WorkloadTally;
import io.github.gridgov.rules.command.CommandResult;
import io.github.gridgov.rules.command.OrderCommand;
import io.github.gridgov.rules.escalation.Escalation;
import io.github.gridgov.rules.escalation.EscalationAgenda;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one processor of the topology: commands in, decided with the rules against the district's
 * registry version in force, the orders in the store, the agendas rebuilt from the store at init,
 * timers carried out before each command and by the punctuator. Not API.
 */
final class OrderProcessor implements Processor<String, byte[], String, Object> {
  static final String ORDERS = "orders-sink";
  static final String DECISIONS = "decisions-sink";
  static final String REJECTED = "rejected-sink";

  /** Ratings of orders closed this long ago still count for assignment (ours, as the simulation). */
  static final Duration RATINGS_HORIZON = Duration.ofDays(30);

  private static final Logger LOG = LoggerFactory.getLogger(OrderProcessor.class);
  private static final ObjectMapper CLEAR = GovernanceJson.mapper(JsonOptions.clear());
  private static final ObjectMapper MASKED = GovernanceJson.mapper(JsonOptions.masked());

  private final GovernanceRules rules;
  private final RegistrySource registries;

  /** Versions announced on the commands topic and loaded by this task. */
  private final RegistrySource.Versions announced = RegistrySource.versions();

  private final java.util.function.Function<String, io.github.gridgov.core.registry.Jurisdiction>
      loader;
  private KeyValueStore<String, String> announcements;
  private final Duration interval;
  private final PunctuationType type;
  private final Map<String, District> districts = new HashMap<>();
  private ProcessorContext<String, Object> context;
  private KeyValueStore<String, ServiceOrder> store;

  OrderProcessor(
      GovernanceRules rules,
      RegistrySource registries,
      java.util.function.Function<String, io.github.gridgov.core.registry.Jurisdiction> loader,
      Duration interval,
      PunctuationType type) {
    this.rules = rules;
    this.registries = registries;
    this.loader = loader;
    this.interval = interval;
    this.type = type;
  }

  /** What a task holds for one district: the registry version in use, the open orders, the agenda, the work in hand. */
  private final class District {
    final String name;
    RegistryVersion version;
    EscalationAgenda agenda;
    final Map<OrderId, ServiceOrder> open = new LinkedHashMap<>();

    /** The open orders by place, for the duplicates triage looks for. */
    final Map<String, Map<OrderId, ServiceOrder>> openByPlace = new HashMap<>();

    /** Orders as they stopped being open, oldest first, with the instant: their ratings still count. */
    final ArrayDeque<Map.Entry<OrderId, Instant>> closed = new ArrayDeque<>();

    /** When each order that is not open now last stopped being open (an order may reopen and close again). */
    final Map<OrderId, Instant> closedAt = new HashMap<>();

    final WorkloadTally tally = new WorkloadTally();

    District(String name) {
      this.name = name;
    }

    /** Uses {@code v} from now on; a new version rebuilds the agenda over it. */
    void use(RegistryVersion v) {
      if (version != null && version.version().equals(v.version())) {
        return;
      }
      version = v;
      agenda = rules.agenda(v.registry());
      agenda.putAll(open.values());
    }

    /** The work in hand at {@code now}: every open order and the orders closed within the ratings horizon. */
    Workload workload(Instant now) {
      Instant horizon = now.minus(RATINGS_HORIZON);
      while (!closed.isEmpty() && closed.peekFirst().getValue().isBefore(horizon)) {
        Map.Entry<OrderId, Instant> c = closed.pollFirst();
        if (closedAt.remove(c.getKey(), c.getValue())) {
          tally.remove(c.getKey());
        }
      }
      return tally.workload();
    }

    /** The open orders at the place of {@code order}. */
    List<ServiceOrder> samePlace(ServiceOrder order) {
      Map<OrderId, ServiceOrder> there = openByPlace.get(order.location().toString());
      return there == null ? List.of() : new ArrayList<>(there.values());
    }

    void keep(ServiceOrder o) {
      String place = o.location().toString();
      if (o.status().isOpen()) {
        open.put(o.id(), o);
        openByPlace.computeIfAbsent(place, k -> new LinkedHashMap<>()).put(o.id(), o);
        closedAt.remove(o.id());
      } else {
        open.remove(o.id());
        Map<OrderId, ServiceOrder> there = openByPlace.get(place);
        if (there != null && there.remove(o.id()) != null && there.isEmpty()) {
          openByPlace.remove(place);
        }
        closed.addLast(Map.entry(o.id(), o.lastChangedAt()));
        closedAt.put(o.id(), o.lastChangedAt());
      }
      tally.put(o);
      if (agenda != null) {
        agenda.put(o);
      }
    }
  }

  @Override
  public void init(ProcessorContext<String, Object> context) {
    this.context = context;
    this.store = context.getStateStore(GovernanceTopology.ORDER_STORE);
    this.announcements = context.getStateStore(GovernanceTopology.REGISTRY_STORE);
    if (loader != null) {
      try (KeyValueIterator<String, String> all = announcements.all()) {
        while (all.hasNext()) {
          var kv = all.next();
          try {
            take(CLEAR.readTree(kv.value));
          } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot load the registry announced as {} again: {}", kv.key, e.getMessage());
          }
        }
      }
    }
    // rebuilt from the store after every restore or rebalance: the open orders, the closed ones
    // whose
    // ratings still count (in the order they closed), the agendas
    Map<String, Instant> latest = new HashMap<>();
    Map<String, List<ServiceOrder>> closed = new HashMap<>();
    try (KeyValueIterator<String, ServiceOrder> all = store.all()) {
      while (all.hasNext()) {
        var kv = all.next();
        String district = kv.key.substring(0, kv.key.indexOf('/'));
        District d = districts.computeIfAbsent(district, District::new);
        ServiceOrder o = kv.value;
        if (o.status().isOpen()) {
          d.keep(o);
        } else {
          closed.computeIfAbsent(district, k -> new ArrayList<>()).add(o);
        }
        latest.merge(district, o.lastChangedAt(), (a, b) -> a.isAfter(b) ? a : b);
      }
    }
    closed.forEach(
        (district, orders) -> {
          Instant horizon = latest.get(district).minus(RATINGS_HORIZON);
          orders.sort(java.util.Comparator.comparing(ServiceOrder::lastChangedAt));
          District d = districts.get(district);
          orders.stream().filter(o -> !o.lastChangedAt().isBefore(horizon)).forEach(d::keep);
        });
    for (District d : districts.values()) {
      inForce(d.name, latest.get(d.name)).ifPresent(d::use);
    }
    if (type == PunctuationType.WALL_CLOCK_TIME) {
      context.schedule(interval, type, ts -> sweep(Instant.ofEpochMilli(ts)));
    }
  }

  @Override
  public void process(Record<String, byte[]> record) {
    String district = record.key();
    OrderCommand command;
    try {
      if (district == null || district.isBlank() || district.indexOf('/') >= 0) {
        throw new IllegalArgumentException(
            "Cannot take a command without a district key (the record key names the "
                + "district of the order, without '/')");
      }
      com.fasterxml.jackson.databind.JsonNode tree = CLEAR.readTree(record.value());
      if (tree != null
          && tree.isObject()
          && "registry-announcement".equals(tree.path("type").asText())) {
        announce(district, tree);
        return;
      }
      if (tree != null && tree.isObject() && "clock".equals(tree.path("type").asText())) {
        tick(district, tree);
        return;
      }
      command = CLEAR.treeToValue(tree, OrderCommand.class);
    } catch (IOException | RuntimeException e) {
      reject(district, null, record.value() == null ? 0 : record.value().length, e);
      return;
    }
    try {
      District d = district(district, command.at());
      String key = district + "/" + command.order().value();
      Optional<ServiceOrder> current = Optional.ofNullable(store.get(key));
      List<ServiceOrder> samePlace = command.report().map(d::samePlace).orElse(List.of());
      CommandResult result =
          rules.handle(command, current, d.version.registry(), samePlace, d.workload(command.at()));
      save(d, result.order());
      result.primary().ifPresent(p -> save(d, p));
      ObjectNode decision = decision("command", command.order(), command.at(), d.version);
      decision.put("command", command.kind().name());
      decision.set(
          "result",
          MASKED.valueToTree(result.intake().isPresent() ? result.intake().get() : result.order()));
      context.forward(
          new Record<>(command.order().value(), decision, context.currentSystemTimeMs()),
          DECISIONS);
    } catch (GovernanceException | IllegalArgumentException | IllegalStateException e) {
      reject(district, command, 0, e);
    }
  }

  /** Takes a clock record: the district's escalations due by its instant are carried out. */
  private void tick(String district, com.fasterxml.jackson.databind.JsonNode tree) {
    if (!district.equals(tree.path("district").asText())) {
      throw new IllegalArgumentException(
          "Cannot take a clock record for district "
              + Checks.abbreviate(tree.path("district").asText())
              + " under the key "
              + Checks.abbreviate(district));
    }
    district(district, instant(tree, "at", "a clock record"));
  }

  private static Instant instant(
      com.fasterxml.jackson.databind.JsonNode tree, String field, String what) {
    try {
      return java.time.OffsetDateTime.parse(tree.path(field).asText()).toInstant();
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(
          "Cannot take "
              + what
              + ": "
              + field
              + " '"
              + Checks.abbreviate(tree.path(field).asText())
              + "' must be an ISO-8601 date-time with its offset");
    }
  }

  /** Takes a registry announcement: loads it, keeps it for restores, and uses it from its instant on. */
  private void announce(String district, com.fasterxml.jackson.databind.JsonNode tree) {
    if (loader == null) {
      throw new IllegalStateException(
          "Cannot take a registry announcement: the topology has no registryLoader");
    }
    if (!district.equals(tree.path("district").asText())) {
      throw new IllegalArgumentException(
          "Cannot take a registry announcement for district "
              + Checks.abbreviate(tree.path("district").asText())
              + " under the key "
              + Checks.abbreviate(district));
    }
    RegistryVersion v = take(tree);
    announcements.put(district + "/" + v.version(), tree.toString());
    ObjectNode n = MASKED.createObjectNode();
    n.put("format", GovernanceJson.FORMAT_VERSION);
    n.put("type", "registry-version");
    n.put("district", district);
    n.put("registryVersion", v.version());
    n.put("from", io.github.gridgov.core.Texts.iso(v.from(), java.time.ZoneOffset.UTC));
    context.forward(
        new Record<String, Object>(district, n, context.currentSystemTimeMs()), DECISIONS);
  }

  private RegistryVersion take(com.fasterxml.jackson.databind.JsonNode tree) {
    String district = tree.path("district").asText();
    String version = tree.path("version").asText();
    Instant from = instant(tree, "from", "a registry announcement");
    if (announced.at(district, from).map(x -> x.version().equals(version)).orElse(false)) {
      return announced.at(district, from).get();
    }
    RegistryVersion v =
        RegistryVersion.of(version, from, loader.apply(tree.path("location").asText()));
    announced.publish(district, v);
    return v;
  }

  /** The version in force at {@code at}: the latest of those configured and those announced. */
  private Optional<RegistryVersion> inForce(String name, Instant at) {
    Optional<RegistryVersion> a = announced.at(name, at);
    Optional<RegistryVersion> c = registries.at(name, at);
    if (a.isEmpty()) {
      return c;
    }
    return c.isPresent() && c.get().from().isAfter(a.get().from()) ? c : a;
  }

  /**
   * The district's state brought to {@code at}: every escalation due by then carried out, each
   * against the registry version in force when it fell due, and the version in force at {@code at}
   * in use.
   */
  private District district(String name, Instant at) {
    RegistryVersion v =
        inForce(name, at)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Cannot decide for district "
                            + Checks.abbreviate(name)
                            + " at "
                            + at
                            + ": no registry version is in force"));
    District d = districts.computeIfAbsent(name, District::new);
    advance(d, v, at);
    return d;
  }

  /**
   * Brings {@code d} to {@code now}, where {@code v} is in force: first to the instant before
   * {@code v} takes effect under the versions before it (one after another, however many took
   * effect since the last record), then to {@code v} — whose agenda finds at once the orders of
   * people it takes off duty, moved at the instant it takes effect — and on to {@code now}.
   */
  private void advance(District d, RegistryVersion v, Instant now) {
    if (d.version != null && v.from().isAfter(d.version.from())) {
      Instant before = v.from().minusNanos(1);
      Optional<RegistryVersion> previous = inForce(d.name, before);
      if (previous.isPresent() && previous.get().from().isAfter(d.version.from())) {
        advance(d, previous.get(), before);
      } else {
        catchUp(d, before);
      }
    }
    d.use(v);
    catchUp(d, now);
  }

  /**
   * Carries out every escalation of {@code d} due by {@code now}, earliest first, each decided at
   * its own due instant with the work in hand then, so that the order of events is that of one
   * process however the records were batched.
   */
  private void catchUp(District d, Instant now) {
    if (d.agenda == null) {
      return;
    }
    List<ServiceOrder> notYet = new ArrayList<>();
    Instant from = d.version.from();
    Optional<Instant> next = d.agenda.nextAt();
    while (next.isPresent() && !next.get().isAfter(now)) {
      // orders due at one instant in the order of their ids: the same after a restore rebuilt the
      // agenda
      List<ServiceOrder> batch = new ArrayList<>(d.agenda.pollDue(next.get()));
      batch.sort(java.util.Comparator.comparing(x -> x.id().value()));
      for (ServiceOrder due : batch) {
        ServiceOrder o = d.open.getOrDefault(due.id(), due);
        Instant at =
            rules.nextCheckAt(o, d.version.registry()).filter(t -> !t.isAfter(now)).orElse(now);
        // made due by the version itself (an owner it takes off duty): moved when it takes effect
        at = at.isBefore(from) && !from.isAfter(now) ? from : at;
        Optional<Escalation> e = rules.escalation(o, d.version.registry(), d.workload(at), at);
        if (e.isEmpty()) {
          notYet.add(o);
          continue;
        }
        ServiceOrder after;
        try {
          after = rules.apply(o, e.get());
        } catch (GovernanceException | IllegalArgumentException ex) {
          LOG.warn("Cannot apply the escalation of order {}: {}", o.id(), ex.getMessage());
          continue;
        }
        save(d, after);
        ObjectNode decision = decision("timer", o.id(), e.get().at(), d.version);
        decision.set("result", MASKED.valueToTree(e.get()));
        context.forward(
            new Record<>(o.id().value(), decision, context.currentSystemTimeMs()), DECISIONS);
      }
      next = d.agenda.nextAt();
    }
    // orders looked at and found not due yet go back once the due ones are done, so the loop ends
    notYet.forEach(d.agenda::put);
  }

  /** The punctuator: every district's due escalations. */
  private void sweep(Instant now) {
    for (District d : districts.values()) {
      inForce(d.name, now).ifPresent(v -> advance(d, v, now));
    }
  }

  private void save(District d, ServiceOrder o) {
    store.put(d.name + "/" + o.id().value(), o);
    d.keep(o);
    RecordHeaders headers = new RecordHeaders();
    headers.add(
        GovernanceTopology.REGISTRY_VERSION_HEADER,
        d.version.version().getBytes(StandardCharsets.UTF_8));
    context.forward(
        new Record<String, Object>(o.id().value(), o, context.currentSystemTimeMs(), headers),
        ORDERS);
  }

  private ObjectNode decision(String source, OrderId order, Instant at, RegistryVersion version) {
    ObjectNode n = MASKED.createObjectNode();
    n.put("format", GovernanceJson.FORMAT_VERSION);
    n.put("type", "decision");
    n.put("source", source);
    n.put("order", order.value());
    n.put("at", io.github.gridgov.core.Texts.iso(at, java.time.ZoneOffset.UTC));
    n.put("registryVersion", version.version());
    return n;
  }

  /** A refused or unreadable command to the dead-letter topic, with the masked message; never a crash. */
  private void reject(String district, OrderCommand command, int size, Exception e) {
    ObjectNode n = MASKED.createObjectNode();
    n.put("format", GovernanceJson.FORMAT_VERSION);
    n.put("type", "rejected-command");
    n.put("district", district == null ? "" : Checks.abbreviate(district));
    n.put("error", e.getClass().getSimpleName());
    n.put("message", message(e));
    if (command != null) {
      n.set("command", MASKED.valueToTree(command));
    } else {
      n.put("bytes", size);
    }
    context.forward(
        new Record<String, Object>(
            district == null ? "" : district, n, context.currentSystemTimeMs()),
        REJECTED);
  }

  /** The exception's message, shortened; model messages are masked already, a parser's are cut to its first line. */
  private static String message(Exception e) {
    String m = String.valueOf(e.getMessage());
    if (e instanceof IOException) {
      int line = m.indexOf('\n');
      m = line < 0 ? m : m.substring(0, line);
      m = "Cannot read the command: " + m;
    }
    return m.length() <= 1_000 ? m : m.substring(0, 999) + "…";
  }

  @Override
  public void close() {
    districts.clear();
  }
}
