package io.github.gridgov.jdbc;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gridgov.core.GovernanceException;
import io.github.gridgov.core.Tier;
import io.github.gridgov.core.internal.Checks;
import io.github.gridgov.core.order.Assignee;
import io.github.gridgov.core.order.Category;
import io.github.gridgov.core.order.OrderEvent;
import io.github.gridgov.core.order.OrderId;
import io.github.gridgov.core.order.OrderStatus;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.json.GovernanceJson;
import io.github.gridgov.json.JsonOptions;
import io.github.gridgov.rules.GovernanceRules;
import io.github.gridgov.rules.assignment.RatingRecord;
import io.github.gridgov.rules.assignment.Workload;
import io.github.gridgov.rules.assignment.WorkloadTally;
import io.github.gridgov.rules.command.CommandResult;
import io.github.gridgov.rules.command.OrderCommand;
import io.github.gridgov.rules.escalation.Escalation;
import io.github.gridgov.rules.metrics.Metrics;
import io.github.gridgov.rules.metrics.MetricsAccumulator;
import io.github.gridgov.rules.metrics.MetricsOptions;
import io.github.gridgov.rules.metrics.Period;
import io.github.gridgov.rules.sla.DeadlinesInForce;
import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 工单存储 — the orders of one district in PostgreSQL, shared by every instance of a platform: each
 * order as reported plus its append-only trail ({@link GridgovSchema}), read back through the
 * lifecycle's own replay; every command in one transaction; the due work shared between instances
 * under leases, each due order escalated once.
 *
 * <pre>{@code
 * GridgovSchema.migrate(dataSource);                                    // once, at start-up
 * JdbcOrderStore store = JdbcOrderStore.builder().dataSource(dataSource).district("chaoyang")
 *     .instance("web-1").build();
 * CommandResult r = store.handle(command, registry);                     // report, accept, resolve, …
 * DueWork w = store.escalateDue(registry, now, 100);                     // every instance, every minute
 * List<ServiceOrder> page = store.find(OrderQuery.builder().open().tier(Tier.GRID).build());
 * }</pre>
 *
 * <p><b>Transactions.</b> {@link #handle} loads the order with a row lock, decides with the rules
 * and writes the new events, the derived columns and the ratings in one transaction; a failure —
 * a refused step, a database error — rolls it back and the stored order stays as it was.
 * Decisions that give work to somebody (a report's assignment, a hand dispatch, an escalation)
 * also take the district's advisory lock — after their row locks, so that nobody holds it while
 * waiting for a row — so that the work in hand they read ({@link #workload}) is not changed under
 * them by another instance: capacity holds across instances.
 * Deadlocks and serialization failures are retried (three times) and never reach the caller.
 *
 * <p><b>Versions.</b> An order's version is the number of events on its trail. {@link #append}
 * names the version the writer read; if another writer appended first, nothing is written and
 * {@link StaleOrderException} says so.
 *
 * <p><b>Due work.</b> Each order carries its next check ({@code EscalationRule.nextCheckAt}).
 * {@link #due} claims due orders for this instance — {@code FOR UPDATE SKIP LOCKED} on that
 * column, so instances polling at once never wait for each other nor claim the same order — with a
 * lease (two minutes unless set); {@link #escalate} decides a claimed order and stores the move in
 * its own transaction, releasing the claim. An order is decided at its own due instant (not at the
 * poll's), so the result does not depend on how often instances poll. A crashed instance's claims
 * run out with their lease and are claimed by another; the version check makes sure that an order
 * is never escalated twice for one due instant, even by an instance that outlived its lease.
 * Time is the caller's: {@code now} is passed in, and leases compare with it.
 *
 * <p>Personal data is stored in clear (it is the platform's own database; secure it as such) and
 * never logged in clear.
 *
 * <p>Implementation Requirements: thread-safe; one instance per district and platform instance,
 * shared by its threads.
 *
 * @since 0.1.0
 */
public final class JdbcOrderStore {
  /** Ratings of orders that stopped being open this long ago still count for assignment (ours, as the simulation). */
  public static final Duration DEFAULT_RATINGS_HORIZON = Duration.ofDays(30);

  /** The lease on a claimed due order unless set (ours: far longer than one decision, short enough to recover). */
  public static final Duration DEFAULT_LEASE = Duration.ofMinutes(2);

  private static final Logger LOG = LoggerFactory.getLogger(JdbcOrderStore.class);
  private static final ObjectMapper JSON = GovernanceJson.mapper(JsonOptions.clear());
  private static final String COLUMNS = "order_id, version, reported";

  private final DataSource dataSource;
  private final String district;
  private final GovernanceRules rules;
  private final String instance;
  private final Duration lease;
  private final Duration ratingsHorizon;

  private JdbcOrderStore(Builder b) {
    this.dataSource = b.dataSource;
    this.district = b.district;
    this.rules = b.rules;
    this.instance = b.instance;
    this.lease = b.lease;
    this.ratingsHorizon = b.ratingsHorizon;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The district this store works in. */
  public String district() {
    return district;
  }

  /** The name under which this instance claims due orders. */
  public String instance() {
    return instance;
  }

  // ---- commands -------------------------------------------------------------------------------

  /**
   * Carries out {@code command} in one transaction: the order loaded with a row lock (none for a
   * report), {@link GovernanceRules#handle} with the open orders at the report's place and the
   * district's work in hand, the new events, derived columns and ratings written (and, for a
   * duplicate, the primary's link).
   *
   * @throws io.github.gridgov.rules.command.CommandRefusedException for a report of an order already
   *     stored, a step for an order not stored, a hand dispatch that breaks a rule
   * @throws io.github.gridgov.core.order.IllegalTransitionException if the lifecycle refuses the step
   * @throws OrderStoreException if the database refuses; in every case nothing is written
   */
  public CommandResult handle(OrderCommand command, Jurisdiction registry) {
    requireNonNull(command, "command");
    requireNonNull(registry, "registry");
    boolean assigns =
        command.kind() == OrderCommand.Kind.REPORT || command.kind() == OrderCommand.Kind.DISPATCH;
    return inTransaction(
        "handle the " + command.kind().en() + " command for order " + command.order(),
        c -> {
          // rows first, then the district's lock: nobody holds the district's lock while waiting
          // for a row
          Optional<Stored> stored = loadForUpdate(c, command.order(), false);
          Optional<ServiceOrder> current = stored.map(Stored::order);
          List<ServiceOrder> samePlace =
              command.report().isPresent()
                  ? openAt(c, command.report().get().location().toString())
                  : List.of();
          if (assigns) {
            lockDistrict(c);
          }
          Workload workload = assigns ? workload(c, command.at()) : Workload.none();
          CommandResult r = rules.handle(command, current, registry, samePlace, workload);
          if (current.isEmpty()) {
            insert(c, r.order(), registry);
          } else {
            write(c, r.order(), stored.get(), registry, false);
          }
          if (r.primary().isPresent()) {
            ServiceOrder p = r.primary().get();
            write(c, p, p.events().size() - 1, registry);
          }
          return r;
        });
  }

  /**
   * Stores a new order (with whatever trail it has), in one transaction.
   *
   * @throws OrderStoreException if an order of that id is stored already; nothing is written
   */
  public void insert(ServiceOrder order, Jurisdiction registry) {
    requireNonNull(order, "order");
    requireNonNull(registry, "registry");
    inTransaction(
        "store order " + order.id(),
        c -> {
          insert(c, order, registry);
          return null;
        });
  }

  /**
   * Appends the events of {@code order} after the first {@code expectedVersion} — the version the
   * writer read — and updates its derived columns, in one transaction.
   *
   * @throws StaleOrderException if the stored order is no longer at {@code expectedVersion}
   * @throws UnknownOrderException if no such order is stored
   * @throws IllegalArgumentException if {@code order} has no events after {@code expectedVersion}
   */
  public void append(ServiceOrder order, int expectedVersion, Jurisdiction registry) {
    requireNonNull(order, "order");
    requireNonNull(registry, "registry");
    if (expectedVersion < 0 || expectedVersion > order.events().size()) {
      throw new IllegalArgumentException(
          "Cannot append to order "
              + order.id()
              + ": expectedVersion '"
              + expectedVersion
              + "' must be between 0 and its "
              + order.events().size()
              + " events");
    }
    inTransaction(
        "append to order " + order.id(),
        c -> {
          write(c, order, expectedVersion, registry);
          return null;
        });
  }

  // ---- reads ----------------------------------------------------------------------------------

  /**
   * The order {@code id} as stored: what was reported with its trail replayed through the
   * lifecycle ({@link ServiceOrder#replay}).
   *
   * @throws OrderStoreException if what is stored does not read back (a tampered row: the model's
   *     message names the event)
   */
  public Optional<ServiceOrder> load(OrderId id) {
    requireNonNull(id, "id");
    return inTransaction(
        "load order " + id,
        c -> Optional.ofNullable(loadAll(c, List.of(id.value())).get(id.value())));
  }

  /** The orders of {@code ids} that are stored, by id. */
  public Map<OrderId, ServiceOrder> loadAll(Collection<OrderId> ids) {
    requireNonNull(ids, "ids");
    List<String> keys = ids.stream().map(OrderId::value).distinct().toList();
    return inTransaction(
        "load " + keys.size() + " orders",
        c -> {
          Map<OrderId, ServiceOrder> out = new LinkedHashMap<>();
          loadAll(c, keys).forEach((k, v) -> out.put(v.id(), v));
          return out;
        });
  }

  /** The orders {@code query} asks for, oldest reported first. */
  public List<ServiceOrder> find(OrderQuery query) {
    requireNonNull(query, "query");
    return inTransaction(
        "find orders",
        c -> {
          List<Object> args = new ArrayList<>();
          String where = where(query, args);
          List<String> ids = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT order_id FROM gridgov_order "
                      + where
                      + " ORDER BY reported_at, order_id LIMIT ? OFFSET ?")) {
            int i = bind(s, args);
            s.setInt(i++, query.limit());
            s.setInt(i, query.offset());
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                ids.add(r.getString(1));
              }
            }
          }
          Map<String, ServiceOrder> all = loadAll(c, ids);
          return ids.stream().map(all::get).toList();
        });
  }

  /** How many orders {@code query} matches (its limit and offset aside). */
  public long count(OrderQuery query) {
    requireNonNull(query, "query");
    return inTransaction(
        "count orders",
        c -> {
          List<Object> args = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement("SELECT count(*) FROM gridgov_order " + where(query, args))) {
            bind(s, args);
            try (ResultSet r = s.executeQuery()) {
              r.next();
              return r.getLong(1);
            }
          }
        });
  }

  /**
   * How many orders {@code query} matches in each status, counted in one query; statuses with none
   * are left out.
   */
  public Map<OrderStatus, Long> countByStatus(OrderQuery query) {
    Map<OrderStatus, Long> out = new EnumMap<>(OrderStatus.class);
    countBy(query, "status").forEach((k, n) -> out.put(OrderStatus.valueOf(k), n));
    return out;
  }

  /**
   * How many orders {@code query} matches with each tier handling them, counted in one query;
   * tiers with none, and orders not yet dispatched (no tier), are left out.
   */
  public Map<Tier, Long> countByTier(OrderQuery query) {
    Map<Tier, Long> out = new EnumMap<>(Tier.class);
    countBy(query, "tier").forEach((k, n) -> out.put(Tier.valueOf(k), n));
    return out;
  }

  private Map<String, Long> countBy(OrderQuery query, String column) {
    requireNonNull(query, "query");
    return inTransaction(
        "count orders by " + column,
        c -> {
          List<Object> args = new ArrayList<>();
          Map<String, Long> out = new HashMap<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT "
                      + column
                      + ", count(*) FROM gridgov_order "
                      + where(query, args)
                      + " AND "
                      + column
                      + " IS NOT NULL GROUP BY "
                      + column)) {
            bind(s, args);
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                out.put(r.getString(1), r.getLong(2));
              }
            }
          }
          return out;
        });
  }

  /**
   * 考核指标 — the metrics of the district's orders reported in {@code period}, as they stand now
   * in the store, judged on the store's rules' SLA profile ({@link MetricsOptions#slaProfile()});
   * what {@link Metrics#of} gives for the same orders. The orders are read a page at a time, so a
   * month of a district's orders is never in memory at once.
   */
  public Metrics metrics(Period period) {
    return metrics(period, MetricsOptions.standard().withSlaProfile(rules.slaProfile()));
  }

  /** {@link #metrics(Period)} with {@code options}. */
  public Metrics metrics(Period period, MetricsOptions options) {
    return metrics(period, options, METRICS_PAGE);
  }

  /** {@link #metrics(Period, MetricsOptions)} in pages of {@code pageSize} orders. */
  Metrics metrics(Period period, MetricsOptions options, int pageSize) {
    requireNonNull(period, "period");
    requireNonNull(options, "options");
    MetricsAccumulator sum = MetricsAccumulator.of(period, options);
    for (int offset = 0; ; offset += pageSize) {
      List<ServiceOrder> page =
          find(
              OrderQuery.builder()
                  .reported(period.start(), period.end())
                  .limit(pageSize)
                  .offset(offset)
                  .build());
      page.forEach(sum::add);
      if (page.size() < pageSize) {
        return sum.result();
      }
    }
  }

  /** How many orders {@link #metrics} reads at a time. */
  private static final int METRICS_PAGE = 1_000;

  /**
   * 工作量 — the district's work in hand at {@code now}, summed in the database: open orders by
   * holder, the ratings of the open orders and of those that stopped being open within the
   * ratings horizon, and the latest dispatch among them; what {@link Workload#from} gives for the
   * same orders. Time moves forward: ratings that passed the horizon at one call do not count
   * again at an earlier {@code now}.
   */
  public Workload workload(Instant now) {
    requireNonNull(now, "now");
    return inTransaction("read the work in hand", c -> workload(c, now));
  }

  // ---- due work -------------------------------------------------------------------------------

  /**
   * Claims for this instance at most {@code limit} orders due by {@code now} (next check at or
   * before it) that no live lease holds, earliest due first, each with a lease until {@code now}
   * plus the lease; returns them as stored. Instances claiming at once never get the same order.
   *
   * @throws IllegalArgumentException unless {@code limit} is between 1 and 10,000
   */
  public List<ServiceOrder> due(Instant now, int limit) {
    requireNonNull(now, "now");
    if (limit < 1 || limit > OrderQuery.MAX_LIMIT) {
      throw new IllegalArgumentException(
          "Cannot claim due orders: limit '"
              + limit
              + "' must be between 1 and "
              + OrderQuery.MAX_LIMIT);
    }
    return inTransaction(
        "claim due orders",
        c -> {
          List<String> ids = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "UPDATE gridgov_order o SET claimed_by = ?, claim_expires_at = ? "
                      + "FROM (SELECT order_id FROM gridgov_order WHERE district = ? AND next_check_at <= ? "
                      + "AND (claim_expires_at IS NULL OR claim_expires_at <= ?) ORDER BY next_check_at, order_id LIMIT ? "
                      + "FOR UPDATE SKIP LOCKED) d WHERE o.district = ? AND o.order_id = d.order_id "
                      + "RETURNING o.order_id, o.next_check_at")) {
            s.setString(1, instance);
            s.setTimestamp(2, ts(now.plus(lease)));
            s.setString(3, district);
            s.setTimestamp(4, ts(now));
            s.setTimestamp(5, ts(now));
            s.setInt(6, limit);
            s.setString(7, district);
            List<Map.Entry<String, Instant>> claimed = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                claimed.add(Map.entry(r.getString(1), r.getTimestamp(2).toInstant()));
              }
            }
            claimed.sort(
                Map.Entry.<String, Instant>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey()));
            claimed.forEach(e -> ids.add(e.getKey()));
          }
          Map<String, ServiceOrder> all = loadAll(c, ids);
          return ids.stream().map(all::get).toList();
        });
  }

  /**
   * Decides {@code claimed} — an order this instance claimed with {@link #due} — and carries out
   * its move, in one transaction under the district's lock: the order is read again with a row
   * lock, the escalation decided at its due instant (never after {@code now}) with the work in hand
   * then, applied, stored, and the claim released. Returns the move made; empty if nothing was due
   * after all (its next check moved on) or the claim was no longer this instance's.
   *
   * @throws OrderStoreException if the database refuses; the order stays as it was, claimed, and is
   *     taken again when the lease runs out
   */
  public Optional<Escalation> escalate(ServiceOrder claimed, Jurisdiction registry, Instant now) {
    requireNonNull(claimed, "claimed");
    requireNonNull(registry, "registry");
    requireNonNull(now, "now");
    return inTransaction(
        "escalate order " + claimed.id(),
        c -> {
          Optional<Stored> held = claimedHere(c, claimed);
          if (held.isEmpty()) {
            return Optional.<Escalation>empty();
          }
          lockDistrict(c);
          ServiceOrder o = held.get().order();
          // decided when it fell due, never before the store marked it due: a trigger the registry
          // brings
          // (an owner off duty) holds from when the order was marked due, not from its last change
          Optional<Instant> computed = rules.nextCheckAt(o, registry);
          Instant marked = held.get().nextCheck();
          Instant at =
              computed
                  .map(t -> marked != null && marked.isAfter(t) ? marked : t)
                  .filter(t -> !t.isAfter(now))
                  .orElse(now);
          Optional<Escalation> e = rules.escalation(o, registry, workload(c, at), at);
          if (e.isEmpty()) {
            release(c, o, registry, now);
            return e;
          }
          write(c, rules.apply(o, e.get()), held.get(), registry, true);
          return e;
        });
  }

  /**
   * One poll of the due work: {@link #due} then {@link #escalate} for each order claimed, each in
   * its own transaction. Call it from every instance, as often as the platform likes (say every
   * minute), with the same registry version and the instance's clock.
   */
  public DueWork escalateDue(Jurisdiction registry, Instant now, int limit) {
    requireNonNull(registry, "registry");
    List<ServiceOrder> claimed = due(now, limit);
    List<Escalation> made = new ArrayList<>();
    int nothing = 0;
    int failed = 0;
    for (ServiceOrder o : claimed) {
      try {
        Optional<Escalation> e = escalate(o, registry, now);
        if (e.isPresent()) {
          made.add(e.get());
        } else {
          nothing++;
        }
      } catch (GovernanceException | IllegalArgumentException | IllegalStateException e) {
        failed++;
        LOG.warn(
            "Cannot escalate order {} of district {} now, left claimed until its lease runs out: {}",
            o.id(),
            district,
            e.getMessage());
      }
    }
    return new DueWork(claimed.size(), made, nothing, failed);
  }

  /**
   * 排班变动 — a new registry version is in force from {@code at}: the open orders whose owner it
   * takes off duty (or no longer lists) are made due at {@code at}, so that the next {@link #due}
   * poll claims them and {@link #escalate} moves them — reassigned, or transferred once accepted —
   * as of that instant. Returns how many orders were made due. Call it once per version, from any
   * one instance; a second call changes nothing more.
   */
  public int registryChanged(Jurisdiction registry, Instant at) {
    requireNonNull(registry, "registry");
    requireNonNull(at, "at");
    return inTransaction(
        "mark the orders of people off duty as due",
        c -> {
          List<String> away = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT DISTINCT owner FROM gridgov_order WHERE district = ? "
                      + "AND is_open AND owner LIKE 'responder:%'")) {
            s.setString(1, district);
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                Assignee owner = Assignee.parse(r.getString(1));
                if (!registry
                    .responder(owner.responder().get())
                    .map(x -> x.isOnDuty())
                    .orElse(false)) {
                  away.add(r.getString(1));
                }
              }
            }
          }
          if (away.isEmpty()) {
            return 0;
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "UPDATE gridgov_order SET next_check_at = ? WHERE district = ? "
                      + "AND is_open AND owner = ANY(?) AND (next_check_at IS NULL OR next_check_at > ?)")) {
            s.setTimestamp(1, ts(at));
            s.setString(2, district);
            s.setArray(3, c.createArrayOf("varchar", away.toArray()));
            s.setTimestamp(4, ts(at));
            return s.executeUpdate();
          }
        });
  }

  // ---- the rows -------------------------------------------------------------------------------

  private void insert(Connection c, ServiceOrder o, Jurisdiction registry) throws SQLException {
    WorkloadTally.Contribution w = WorkloadTally.Contribution.of(o);
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO gridgov_order (district, order_id, version, reported, "
                + "kind, category, status, is_open, tier, owner, community, location, reported_at, last_changed_at, accept_by, "
                + "resolve_by, next_check_at, holder, last_dispatched_to, last_dispatched_at, ratings_counted) "
                + "VALUES (?, ?, ?, ?::json, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
      s.setString(1, district);
      s.setString(2, o.id().value());
      s.setInt(3, o.events().size());
      s.setString(4, json(o.asReported()));
      int i = derived(s, 5, o, w, registry);
      s.setBoolean(i, w.ratings() > 0);
      if (s.executeUpdate() == 0) {
        throw new OrderStoreException(
            "Cannot store order "
                + o.id()
                + ": an order of that id is stored in district "
                + district
                + " already");
      }
    }
    events(c, o, 0);
    WorkloadDelta delta = new WorkloadDelta();
    delta.holder(null, w.holder().orElse(null));
    ratings(c, o, w, 0, true, delta);
    delta.apply(c, district);
  }

  /** An order as stored, read with its row lock, with what the work in hand keeps of it. */
  private record Stored(ServiceOrder order, String holder, boolean counted, Instant nextCheck) {}

  /**
   * Writes {@code o}'s events after {@code expected} and its derived columns, if the stored order
   * is still at {@code expected} (checked under the row lock taken here).
   */
  private void write(Connection c, ServiceOrder o, int expected, Jurisdiction registry)
      throws SQLException {
    if (o.events().size() < expected) {
      throw new IllegalArgumentException(
          "Cannot append to order "
              + o.id()
              + ": it has "
              + o.events().size()
              + " events, fewer than the "
              + expected
              + " stored");
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT version, holder, ratings_counted FROM gridgov_order "
                + "WHERE district = ? AND order_id = ? FOR UPDATE")) {
      s.setString(1, district);
      s.setString(2, o.id().value());
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new UnknownOrderException(district, o.id(), "append to");
        }
        if (r.getInt(1) != expected) {
          throw new StaleOrderException(district, o.id(), expected, r.getInt(1));
        }
        update(c, o, expected, -1, r.getString(2), r.getBoolean(3), registry, false);
      }
    }
  }

  /** Writes {@code o}, the new state of {@code before} (read under its row lock); {@code release} gives up the claim. */
  private void write(
      Connection c, ServiceOrder o, Stored before, Jurisdiction registry, boolean release)
      throws SQLException {
    update(
        c,
        o,
        before.order().events().size(),
        WorkloadTally.Contribution.of(before.order()).ratings(),
        before.holder(),
        before.counted(),
        registry,
        release);
  }

  /**
   * The update of a locked row at version {@code expected}: derived columns, new events, new
   * ratings (of which {@code storedRatings} are stored, or -1 if not known), the work in hand.
   */
  private void update(
      Connection c,
      ServiceOrder o,
      int expected,
      int storedRatings,
      String holderBefore,
      boolean counted,
      Jurisdiction registry,
      boolean release)
      throws SQLException {
    WorkloadTally.Contribution w = WorkloadTally.Contribution.of(o);
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE gridgov_order SET kind = ?, category = ?, status = ?, "
                + "is_open = ?, tier = ?, owner = ?, community = ?, location = ?, reported_at = ?, last_changed_at = ?, "
                + "accept_by = ?, resolve_by = ?, next_check_at = ?, holder = ?, last_dispatched_to = ?, "
                + "last_dispatched_at = ?, ratings_counted = ?, version = ?"
                + (release ? ", claimed_by = NULL, claim_expires_at = NULL" : "")
                + " WHERE district = ? AND order_id = ?")) {
      int i = derived(s, 1, o, w, registry);
      s.setBoolean(i++, w.ratings() > 0);
      s.setInt(i++, o.events().size());
      s.setString(i++, district);
      s.setString(i, o.id().value());
      s.executeUpdate();
    }
    events(c, o, expected);
    WorkloadDelta delta = new WorkloadDelta();
    delta.holder(
        holderBefore == null ? null : Assignee.parse(holderBefore), w.holder().orElse(null));
    ratings(c, o, w, storedRatings, !counted, delta);
    delta.apply(c, district);
  }

  /** Gives up this instance's claim on {@code o} and sets its next check again. */
  private void release(Connection c, ServiceOrder o, Jurisdiction registry, Instant now)
      throws SQLException {
    Optional<Instant> next = rules.nextCheckAt(o, registry);
    // due but with nothing to do (it waits on somebody else): look again after a lease, not at
    // every poll
    Instant again =
        next.isPresent() && !next.get().isAfter(now) ? now.plus(lease) : next.orElse(null);
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE gridgov_order SET next_check_at = ?, claimed_by = NULL, "
                + "claim_expires_at = NULL WHERE district = ? AND order_id = ?")) {
      s.setTimestamp(1, ts(again));
      s.setString(2, district);
      s.setString(3, o.id().value());
      s.executeUpdate();
    }
  }

  /** Binds the derived columns of {@code o} from parameter {@code i} on; returns the next parameter. */
  private int derived(
      PreparedStatement s,
      int i,
      ServiceOrder o,
      WorkloadTally.Contribution w,
      Jurisdiction registry)
      throws SQLException {
    DeadlinesInForce d = o.tier().isPresent() ? rules.deadlinesInForce(o, o.lastChangedAt()) : null;
    s.setString(i++, o.kind().name());
    s.setString(i++, o.category().code());
    s.setString(i++, o.status().name());
    s.setBoolean(i++, o.status().isOpen());
    s.setString(i++, o.tier().map(Enum::name).orElse(null));
    s.setString(i++, o.owner().map(Assignee::toString).orElse(null));
    s.setString(
        i++,
        registry
            .areaOf(o.location())
            .flatMap(registry::communityOf)
            .map(x -> x.value())
            .orElse(null));
    s.setString(i++, o.location().toString());
    s.setTimestamp(i++, ts(o.reportedAt()));
    s.setTimestamp(i++, ts(o.lastChangedAt()));
    s.setTimestamp(i++, d == null ? null : ts(d.acceptBy().orElse(null)));
    s.setTimestamp(i++, d == null ? null : ts(d.resolveBy()));
    s.setTimestamp(i++, ts(rules.nextCheckAt(o, registry).orElse(null)));
    s.setString(i++, w.holder().map(Assignee::toString).orElse(null));
    s.setString(i++, w.lastDispatchedTo().map(Assignee::toString).orElse(null));
    s.setTimestamp(i++, ts(w.lastDispatchedAt().orElse(null)));
    return i;
  }

  private void events(Connection c, ServiceOrder o, int after) throws SQLException {
    if (o.events().size() == after) {
      return;
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO gridgov_order_event (district, order_id, seq, step, at, "
                + "actor, event) VALUES (?, ?, ?, ?, ?, ?, ?::json)")) {
      for (OrderEvent e : o.events().subList(after, o.events().size())) {
        s.setString(1, district);
        s.setString(2, o.id().value());
        s.setInt(3, e.sequence());
        s.setString(4, e.step().name());
        s.setTimestamp(5, ts(e.at()));
        s.setString(6, e.actor().toString());
        s.setString(7, json(e));
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /**
   * Stores the ratings of {@code o}'s trail not stored yet and adds to {@code delta} those that now
   * count: the new ones, or all of them if the order's ratings were not counted before ({@code all}).
   */
  private void ratings(
      Connection c,
      ServiceOrder o,
      WorkloadTally.Contribution w,
      int storedRatings,
      boolean all,
      WorkloadDelta delta)
      throws SQLException {
    if (w.ratings() == 0) {
      return;
    }
    int stored = storedRatings;
    if (stored < 0) {
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT count(*) FROM gridgov_order_rating WHERE district = ? "
                  + "AND order_id = ?")) {
        s.setString(1, district);
        s.setString(2, o.id().value());
        try (ResultSet r = s.executeQuery()) {
          r.next();
          stored = r.getInt(1);
        }
      }
    }
    if (stored < w.ratings()) {
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO gridgov_order_rating (district, order_id, n, owner, "
                  + "satisfied) VALUES (?, ?, ?, ?, ?)")) {
        for (int k = stored; k < w.ratings(); k++) {
          s.setString(1, district);
          s.setString(2, o.id().value());
          s.setInt(3, k + 1);
          s.setString(4, w.ratedOwner(k).toString());
          s.setBoolean(5, w.satisfied(k));
          s.addBatch();
        }
        s.executeBatch();
      }
    }
    for (int k = all ? 0 : stored; k < w.ratings(); k++) {
      delta.rating(w.ratedOwner(k), w.satisfied(k), 1);
    }
  }

  /** The order with its row lock; {@code claimedHere}: only if this instance holds its claim. */
  private Optional<Stored> loadForUpdate(Connection c, OrderId id, boolean claimedHere)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT "
                + COLUMNS
                + ", holder, ratings_counted, next_check_at FROM gridgov_order "
                + "WHERE district = ? AND order_id = ?"
                + (claimedHere ? " AND claimed_by = ?" : "")
                + " FOR UPDATE")) {
      s.setString(1, district);
      s.setString(2, id.value());
      if (claimedHere) {
        s.setString(3, instance);
      }
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        Map<String, ServiceOrder> reported = new HashMap<>();
        reported.put(
            r.getString(1), read(r.getString(3), ServiceOrder.class, id.value(), "reported"));
        ServiceOrder o = replay(c, reported, Map.of(r.getString(1), r.getInt(2))).get(id.value());
        return Optional.of(
            new Stored(o, r.getString(4), r.getBoolean(5), instant(r.getTimestamp(6))));
      }
    }
  }

  /**
   * {@code claimed} with its row lock if this instance still holds its claim: as claimed if its
   * version has not moved since, else read again.
   */
  private Optional<Stored> claimedHere(Connection c, ServiceOrder claimed) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT version, holder, ratings_counted, next_check_at "
                + "FROM gridgov_order WHERE district = ? AND order_id = ? AND claimed_by = ? FOR UPDATE")) {
      s.setString(1, district);
      s.setString(2, claimed.id().value());
      s.setString(3, instance);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        if (r.getInt(1) == claimed.events().size()) {
          return Optional.of(
              new Stored(claimed, r.getString(2), r.getBoolean(3), instant(r.getTimestamp(4))));
        }
      }
    }
    return loadForUpdate(c, claimed.id(), true);
  }

  /** The open orders at {@code location}, locked. */
  private List<ServiceOrder> openAt(Connection c, String location) throws SQLException {
    Map<String, ServiceOrder> reported = new LinkedHashMap<>();
    Map<String, Integer> versions = new HashMap<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT "
                + COLUMNS
                + " FROM gridgov_order WHERE district = ? "
                + "AND location = ? AND is_open ORDER BY reported_at, order_id FOR UPDATE")) {
      s.setString(1, district);
      s.setString(2, location);
      readReported(s, reported, versions);
    }
    return new ArrayList<>(replay(c, reported, versions).values());
  }

  private Map<String, ServiceOrder> loadAll(Connection c, List<String> ids) throws SQLException {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<String, ServiceOrder> reported = new LinkedHashMap<>();
    Map<String, Integer> versions = new HashMap<>();
    Array keys = c.createArrayOf("varchar", ids.toArray());
    // the ids as a joined list, so that each is looked up by the primary key whatever the plan
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT "
                + COLUMNS
                + " FROM unnest(?::varchar[]) AS k(id) "
                + "JOIN gridgov_order o ON o.district = ? AND o.order_id = k.id")) {
      s.setArray(1, keys);
      s.setString(2, district);
      readReported(s, reported, versions);
    }
    return replay(c, reported, versions);
  }

  /** The rows of {@code s} (selecting {@value #COLUMNS}): each order as reported, and its version. */
  private void readReported(
      PreparedStatement s, Map<String, ServiceOrder> reported, Map<String, Integer> versions)
      throws SQLException {
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        reported.put(
            r.getString(1), read(r.getString(3), ServiceOrder.class, r.getString(1), "reported"));
        versions.put(r.getString(1), r.getInt(2));
      }
    }
  }

  /** Each order of {@code reported} with its stored events replayed; checks the trail against the version. */
  private Map<String, ServiceOrder> replay(
      Connection c, Map<String, ServiceOrder> reported, Map<String, Integer> versions)
      throws SQLException {
    if (reported.isEmpty()) {
      return Map.of();
    }
    Map<String, List<OrderEvent>> events = new HashMap<>();
    boolean one = reported.size() == 1;
    // one order (the usual case): a plain key lookup, which the planner always takes by the primary
    // key
    try (PreparedStatement s =
        c.prepareStatement(
            one
                ? "SELECT order_id, seq, event FROM gridgov_order_event "
                    + "WHERE district = ? AND order_id = ? ORDER BY seq"
                : "SELECT e.order_id, e.seq, e.event "
                    + "FROM unnest(?::varchar[]) AS k(id) JOIN gridgov_order_event e ON e.district = ? AND e.order_id = k.id "
                    + "ORDER BY e.order_id, e.seq")) {
      if (one) {
        s.setString(1, district);
        s.setString(2, reported.keySet().iterator().next());
      } else {
        s.setArray(1, c.createArrayOf("varchar", reported.keySet().toArray()));
        s.setString(2, district);
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String id = r.getString(1);
          events
              .computeIfAbsent(id, k -> new ArrayList<>())
              .add(read(r.getString(3), OrderEvent.class, id, "event " + r.getInt(2)));
        }
      }
    }
    Map<String, ServiceOrder> out = new LinkedHashMap<>();
    for (Map.Entry<String, ServiceOrder> e : reported.entrySet()) {
      List<OrderEvent> trail = events.getOrDefault(e.getKey(), List.of());
      if (trail.size() != versions.get(e.getKey())) {
        throw new OrderStoreException(
            "Cannot read order "
                + Checks.abbreviate(e.getKey())
                + " of district "
                + district
                + ": its version says "
                + versions.get(e.getKey())
                + " events but "
                + trail.size()
                + " are stored");
      }
      try {
        out.put(e.getKey(), ServiceOrder.replay(e.getValue(), trail));
      } catch (GovernanceException ex) {
        throw new OrderStoreException(
            "Cannot read order "
                + Checks.abbreviate(e.getKey())
                + " of district "
                + district
                + ": its stored trail breaks the lifecycle: "
                + ex.getMessage(),
            ex);
      }
    }
    return out;
  }

  /**
   * The work in hand at {@code now}, in one statement: the ratings of orders that stopped being
   * open before the horizon stop counting (each once: the order is marked), then the sums by
   * owner as they are after that, and the latest dispatch among the orders that count.
   */
  private Workload workload(Connection c, Instant now) throws SQLException {
    Timestamp horizon = ts(now.minus(ratingsHorizon));
    Workload.Builder b = Workload.builder();
    try (PreparedStatement s =
        c.prepareStatement(
            "WITH expired AS (UPDATE gridgov_order SET ratings_counted = false "
                + "WHERE district = ? AND ratings_counted AND NOT is_open AND last_changed_at < ? RETURNING order_id), "
                + "gone AS (SELECT r.owner, count(*) AS n, count(*) FILTER (WHERE r.satisfied) AS s "
                + "FROM gridgov_order_rating r JOIN expired e ON r.order_id = e.order_id WHERE r.district = ? GROUP BY r.owner), "
                + "applied AS (UPDATE gridgov_workload w SET rated = w.rated - g.n, satisfied = w.satisfied - g.s FROM gone g "
                + "WHERE w.district = ? AND w.owner = g.owner RETURNING w.owner) "
                + "SELECT w.owner, w.open_orders, w.rated - coalesce(g.n, 0), w.satisfied - coalesce(g.s, 0), "
                + "(SELECT last_dispatched_to FROM gridgov_order WHERE district = ? AND last_dispatched_at IS NOT NULL "
                + "AND (is_open OR last_changed_at >= ?) ORDER BY last_dispatched_at DESC, order_id DESC LIMIT 1) "
                + "FROM gridgov_workload w LEFT JOIN gone g ON g.owner = w.owner WHERE w.district = ?")) {
      s.setString(1, district);
      s.setTimestamp(2, horizon);
      s.setString(3, district);
      s.setString(4, district);
      s.setString(5, district);
      s.setTimestamp(6, horizon);
      s.setString(7, district);
      String last = null;
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          Assignee owner = Assignee.parse(r.getString(1));
          if (r.getInt(2) > 0) {
            b.putOpenOrder(owner, r.getInt(2));
          }
          if (r.getInt(3) > 0) {
            b.putRating(owner, RatingRecord.of(r.getInt(3), r.getInt(4)));
          }
          last = r.getString(5);
        }
      }
      if (last != null) {
        b.lastAssigned(Assignee.parse(last));
      }
    }
    return b.build();
  }

  private void lockDistrict(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
      s.setString(1, "gridgov:" + district);
      s.execute();
    }
  }

  private String where(OrderQuery q, List<Object> args) {
    StringBuilder w = new StringBuilder("WHERE district = ?");
    args.add(district);
    if (!q.statuses().isEmpty()) {
      w.append(" AND status = ANY(?)");
      args.add(q.statuses().stream().map(Enum::name).sorted().toArray(String[]::new));
    }
    q.tier()
        .ifPresent(
            t -> {
              w.append(" AND tier = ?");
              args.add(t.name());
            });
    q.owner()
        .ifPresent(
            o -> {
              w.append(" AND owner = ?");
              args.add(o.toString());
            });
    if (!q.categories().isEmpty()) {
      w.append(" AND category = ANY(?)");
      args.add(q.categories().stream().map(Category::code).sorted().toArray(String[]::new));
    }
    q.community()
        .ifPresent(
            x -> {
              w.append(" AND community = ?");
              args.add(x.value());
            });
    if (q.openOnly()) {
      w.append(" AND is_open");
    }
    q.dueBy()
        .ifPresent(
            t -> {
              w.append(" AND next_check_at <= ?");
              args.add(ts(t));
            });
    q.reportedFrom()
        .ifPresent(
            t -> {
              w.append(" AND reported_at >= ?");
              args.add(ts(t));
            });
    q.reportedBefore()
        .ifPresent(
            t -> {
              w.append(" AND reported_at < ?");
              args.add(ts(t));
            });
    return w.toString();
  }

  private static int bind(PreparedStatement s, List<Object> args) throws SQLException {
    int i = 1;
    for (Object a : args) {
      if (a instanceof String[] array) {
        s.setArray(i++, s.getConnection().createArrayOf("varchar", array));
      } else if (a instanceof Timestamp t) {
        s.setTimestamp(i++, t);
      } else {
        s.setString(i++, (String) a);
      }
    }
    return i;
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  private static Timestamp ts(Instant at) {
    return at == null ? null : Timestamp.from(at);
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  private <T> T read(String text, Class<T> type, String order, String what) {
    try {
      return JSON.readValue(text, type);
    } catch (IOException | GovernanceException e) {
      String m = String.valueOf(e.getMessage());
      int line = m.indexOf('\n');
      throw new OrderStoreException(
          "Cannot read order "
              + Checks.abbreviate(order)
              + " of district "
              + district
              + ": its stored "
              + what
              + " is not a valid document: "
              + Checks.abbreviate(line < 0 ? m : m.substring(0, line)),
          e);
    }
  }

  // ---- transactions ---------------------------------------------------------------------------

  /**
   * Runs {@code work} in one transaction, committed if it returns, rolled back if it throws;
   * deadlocks and serialization failures are retried.
   */
  private <T> T inTransaction(String what, Transactions.Work<T> work) {
    return Transactions.run(dataSource, district, what, work);
  }

  /** Builds a {@link JdbcOrderStore}; not thread-safe. */
  public static final class Builder {
    private DataSource dataSource;
    private String district;
    private GovernanceRules rules = GovernanceRules.standard();
    private String instance = "gridgov-" + UUID.randomUUID();
    private Duration lease = DEFAULT_LEASE;
    private Duration ratingsHorizon = DEFAULT_RATINGS_HORIZON;

    private Builder() {}

    /** Where the orders are: a pooled {@link DataSource} of the platform's database (required). */
    public Builder dataSource(DataSource dataSource) {
      this.dataSource = requireNonNull(dataSource, "dataSource");
      return this;
    }

    /**
     * The district this store works in (required): 1–64 characters of {@code [A-Za-z0-9._:-]}, the
     * key of every row it reads and writes, as the Kafka topology keys commands.
     */
    public Builder district(String district) {
      requireNonNull(district, "district");
      if (!district.matches("[A-Za-z0-9._:-]{1,64}")) {
        throw new IllegalArgumentException(
            "Cannot build JdbcOrderStore: district '"
                + Checks.abbreviate(district)
                + "' must be 1-64 characters of [A-Za-z0-9._:-]");
      }
      this.district = district;
      return this;
    }

    /** The rules; {@link GovernanceRules#standard()} unless set. */
    public Builder rules(GovernanceRules rules) {
      this.rules = requireNonNull(rules, "rules");
      return this;
    }

    /**
     * The name this instance claims due orders under, unique among the platform's instances (the
     * host name and port, say); a random one unless set. 1–64 characters.
     */
    public Builder instance(String instance) {
      requireNonNull(instance, "instance");
      if (instance.isEmpty()
          || instance.length() > 64
          || instance.chars().anyMatch(Character::isISOControl)) {
        throw new IllegalArgumentException(
            "Cannot build JdbcOrderStore: instance '"
                + Checks.abbreviate(instance)
                + "' must be 1-64 characters without control characters");
      }
      this.instance = instance;
      return this;
    }

    /**
     * How long a claim on a due order holds before another instance may take it;
     * {@link #DEFAULT_LEASE} unless set.
     *
     * @throws IllegalArgumentException unless between 1 second and 1 hour
     */
    public Builder lease(Duration lease) {
      requireNonNull(lease, "lease");
      if (lease.compareTo(Duration.ofSeconds(1)) < 0 || lease.compareTo(Duration.ofHours(1)) > 0) {
        throw new IllegalArgumentException(
            "Cannot build JdbcOrderStore: lease '"
                + lease
                + "' must be between 1 second and 1 hour");
      }
      this.lease = lease;
      return this;
    }

    /**
     * How long the ratings of orders that stopped being open still count for assignment;
     * {@link #DEFAULT_RATINGS_HORIZON} unless set.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder ratingsHorizon(Duration horizon) {
      requireNonNull(horizon, "horizon");
      if (horizon.isNegative()) {
        throw new IllegalArgumentException(
            "Cannot build JdbcOrderStore: ratingsHorizon '" + horizon + "' must not be negative");
      }
      this.ratingsHorizon = horizon;
      return this;
    }

    /**
     * The store.
     *
     * @throws IllegalStateException if the data source or the district is not set
     */
    public JdbcOrderStore build() {
      if (dataSource == null || district == null) {
        throw new IllegalStateException(
            "Cannot build JdbcOrderStore: set dataSource(...) and district(...) first");
      }
      return new JdbcOrderStore(this);
    }
  }
}
