package io.github.gridgov.kafka;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.rules.GovernanceRules;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.state.Stores;

/**
 * 流处理拓扑 — the rules on Kafka Streams, built in a few lines:
 *
 * <pre>{@code
 * Topology topology = GovernanceTopology.builder()
 *     .rules(GovernanceRules.standard())
 *     .registries(RegistrySource.of(Map.of("chaoyang", RegistryVersion.of("2026-12-01", from, registry))))
 *     .build();
 * new KafkaStreams(topology, GovernanceTopology.exactlyOnce(properties)).start();
 * }</pre>
 *
 * <p>Topics (names settable): {@code gridgov.commands} in — an {@link
 * io.github.gridgov.rules.command.OrderCommand} as JSON, keyed by the <b>district</b> the order
 * belongs to; {@code gridgov.orders} out — each order after every change, keyed by order id, with
 * the registry version it was decided against in the header {@value #REGISTRY_VERSION_HEADER};
 * {@code gridgov.decisions} out — each intake, command and escalation with its reasons, keyed by
 * order id; {@code gridgov.rejected} out — each command the rules or the lifecycle refused, or
 * that could not be read, with the exception's (masked) message, keyed by district.
 *
 * <p>One district, one key: all the orders of a district are handled by the task that owns its
 * partition, so capacity holds across the whole district (no responder is given more open orders
 * than their capacity, whichever instance runs), duplicates are found among all its open orders,
 * and its escalation agenda lives in one place. Districts spread over the partitions; a province is
 * a few hundred districts. The orders are in a persistent key-value store (changelogged); after a
 * restore or a rebalance each task rebuilds its agendas from the store before it processes a record.
 *
 * <p>Timers: before each command at instant {@code t} the task first carries out every escalation
 * due by {@code t}, so the order of events is that of one process; a punctuator ({@link
 * Builder#timerInterval}, wall-clock time unless {@link Builder#streamTime()}) carries out the escalations
 * due while no command arrives (on {@linkplain Builder#streamTime() stream time} there is no
 * punctuator: the commands carry the clock, and a {@link #clock} record moves it with no command). Each escalation is decided at its own due instant. An escalation is applied to the store and written out in the same
 * transaction under exactly-once, and the order's next timer is computed from its new state, so no
 * order is escalated twice, also after a rebalance.
 *
 * @since 0.1.0
 */
public final class GovernanceTopology {
  /** The header of an order update naming the registry version it was decided against. */
  public static final String REGISTRY_VERSION_HEADER = "gridgov-registry-version";

  /** The store of the orders, key {@code district/orderId}. */
  public static final String ORDER_STORE = "gridgov-orders";

  /** The store of the registry announcements taken, key {@code district/version}. */
  public static final String REGISTRY_STORE = "gridgov-registries";

  /** A record for the commands topic that is not a command: its format, type and district. */
  private static com.fasterxml.jackson.databind.node.ObjectNode record(
      String type, String district) {
    var n = GovernanceSerdes.CLEAR.createObjectNode();
    n.put("format", io.github.gridgov.json.GovernanceJson.FORMAT_VERSION);
    n.put("type", type);
    n.put("district", district);
    return n;
  }

  /**
   * A clock record for the commands topic (send it with the district as key): {@code district}'s
   * time has reached {@code at}, so every escalation due by then is carried out, as before a command
   * at {@code at}. On {@linkplain Builder#streamTime() stream time}, where only records move the
   * clock, a replay or simulation sends one at the end of its period (or at each quiet hour) so
   * that the timers due after the last command still run; on wall-clock time the punctuator does
   * this by itself.
   */
  public static byte[] clock(String district, Instant at) {
    requireNonNull(district, "district");
    requireNonNull(at, "at");
    var n = record("clock", district);
    n.put("at", io.github.gridgov.core.Texts.iso(at, java.time.ZoneOffset.UTC));
    return n.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * A registry announcement for the commands topic (send it with the district as key): version
   * {@code version} of {@code district}'s registry, in force from {@code from}, to be loaded from
   * {@code location} by the topology's {@link Builder#registryLoader}.
   */
  public static byte[] registryAnnouncement(
      String district, String version, Instant from, String location) {
    requireNonNull(district, "district");
    requireNonNull(version, "version");
    requireNonNull(from, "from");
    requireNonNull(location, "location");
    var n = record("registry-announcement", district);
    n.put("version", version);
    n.put("from", io.github.gridgov.core.Texts.iso(from, java.time.ZoneOffset.UTC));
    n.put("location", location);
    return n.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private GovernanceTopology() {}

  /** A new builder with the standard topic names, wall-clock timers every 30 seconds. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@code properties} with exactly-once processing ({@code processing.guarantee=exactly_once_v2}):
   * a command's order update, its decision and the store's change are committed together or not at
   * all, so an instance killed in the middle of a command leaves no half-done step.
   */
  public static Properties exactlyOnce(Properties properties) {
    Properties p = new Properties();
    p.putAll(requireNonNull(properties, "properties"));
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    return p;
  }

  /** Builds a {@link Topology}. */
  public static final class Builder {
    private GovernanceRules rules = GovernanceRules.standard();
    private RegistrySource registries;
    private String commands = "gridgov.commands";
    private String orders = "gridgov.orders";
    private String decisions = "gridgov.decisions";
    private String rejected = "gridgov.rejected";
    private Duration timerInterval = Duration.ofSeconds(30);
    private PunctuationType timerType = PunctuationType.WALL_CLOCK_TIME;
    private java.util.function.Function<String, io.github.gridgov.core.registry.Jurisdiction>
        loader;

    Builder() {}

    /**
     * Accepts registry announcements on the commands topic ({@link #registryAnnouncement}), each
     * loaded with {@code loader} from its location (e.g. {@code location ->
     * RegistryCsv.load(Path.of(location))}) when the task reaches it: keyed by its district, an
     * announcement sits in the district's own partition, so every instance switches to the new
     * version at the same record, and the announcements are kept in a store and loaded again
     * after a restore.
     */
    public Builder registryLoader(
        java.util.function.Function<String, io.github.gridgov.core.registry.Jurisdiction> loader) {
      this.loader = requireNonNull(loader, "loader");
      return this;
    }

    /** The rules; {@link GovernanceRules#standard()} unless set. */
    public Builder rules(GovernanceRules rules) {
      this.rules = requireNonNull(rules, "rules");
      return this;
    }

    /** Where each district's registry comes from (required). */
    public Builder registries(RegistrySource registries) {
      this.registries = requireNonNull(registries, "registries");
      return this;
    }

    /** The commands topic; {@code gridgov.commands} unless set. */
    public Builder commandsTopic(String topic) {
      this.commands = topic(topic);
      return this;
    }

    /** The order updates topic; {@code gridgov.orders} unless set. */
    public Builder ordersTopic(String topic) {
      this.orders = topic(topic);
      return this;
    }

    /** The decisions topic; {@code gridgov.decisions} unless set. */
    public Builder decisionsTopic(String topic) {
      this.decisions = topic(topic);
      return this;
    }

    /** The dead-letter topic of refused commands; {@code gridgov.rejected} unless set. */
    public Builder rejectedTopic(String topic) {
      this.rejected = topic(topic);
      return this;
    }

    /**
     * How often the punctuator looks for due escalations; 30 seconds unless set (ours: a tenth of
     * the shortest acceptance limit of the standard profiles is well above it).
     *
     * @throws IllegalArgumentException unless between 1 ms and 1 hour
     */
    public Builder timerInterval(Duration interval) {
      requireNonNull(interval, "interval");
      if (interval.isNegative()
          || interval.isZero()
          || interval.compareTo(Duration.ofHours(1)) > 0) {
        throw new IllegalArgumentException(
            "Cannot set timerInterval: '" + interval + "' must be between 1 ms and 1 hour");
      }
      this.timerInterval = interval;
      return this;
    }

    /**
     * Timers on stream time: the clock is the commands' own instants, and the timers due by a
     * command run just before it, with no punctuator — for replays and simulations where time is
     * carried by the commands, and where the same commands must give the same orders every run.
     */
    public Builder streamTime() {
      this.timerType = PunctuationType.STREAM_TIME;
      return this;
    }

    private static String topic(String name) {
      requireNonNull(name, "topic");
      if (!name.matches("[A-Za-z0-9._-]{1,249}")) {
        throw new IllegalArgumentException(
            "Cannot use topic '"
                + io.github.gridgov.core.internal.Checks.abbreviate(name)
                + "': a topic name is 1-249 characters of [A-Za-z0-9._-]");
      }
      return name;
    }

    /**
     * The topology.
     *
     * @throws IllegalStateException if no registry source is set
     */
    public Topology build() {
      if (registries == null && loader == null) {
        throw new IllegalStateException("Cannot build the topology: set registries(...) first");
      }
      Topology t = new Topology();
      t.addSource(
          "commands", Serdes.String().deserializer(), Serdes.ByteArray().deserializer(), commands);
      GovernanceRules r = rules;
      RegistrySource s = registries != null ? registries : RegistrySource.versions();
      Duration interval = timerInterval;
      PunctuationType type = timerType;
      var l = loader;
      t.addProcessor(
          "orders-processor", () -> new OrderProcessor(r, s, l, interval, type), "commands");
      t.addStateStore(
          Stores.keyValueStoreBuilder(
              Stores.persistentKeyValueStore(REGISTRY_STORE), Serdes.String(), Serdes.String()),
          "orders-processor");
      t.addStateStore(
          Stores.keyValueStoreBuilder(
              Stores.persistentKeyValueStore(ORDER_STORE),
              Serdes.String(),
              GovernanceSerdes.orders()),
          "orders-processor");
      t.addSink(
          OrderProcessor.ORDERS,
          orders,
          Serdes.String().serializer(),
          GovernanceSerdes.orders().serializer(),
          "orders-processor");
      t.addSink(
          OrderProcessor.DECISIONS,
          decisions,
          Serdes.String().serializer(),
          GovernanceSerdes.json().serializer(),
          "orders-processor");
      t.addSink(
          OrderProcessor.REJECTED,
          rejected,
          Serdes.String().serializer(),
          GovernanceSerdes.json().serializer(),
          "orders-processor");
      return t;
    }
  }
}
