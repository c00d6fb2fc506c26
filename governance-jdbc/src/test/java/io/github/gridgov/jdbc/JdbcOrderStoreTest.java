package io.github.gridgov.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gridgov.core.Tier;
import io.github.gridgov.core.order.Actor;
import io.github.gridgov.core.order.IllegalTransitionException;
import io.github.gridgov.core.order.OrderId;
import io.github.gridgov.core.order.OrderStatus;
import io.github.gridgov.core.order.OrderStep;
import io.github.gridgov.core.order.Rating;
import io.github.gridgov.core.order.Satisfaction;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.fixtures.Generators;
import io.github.gridgov.fixtures.SampleJurisdictions;
import io.github.gridgov.rules.GovernanceRules;
import io.github.gridgov.rules.assignment.Workload;
import io.github.gridgov.rules.command.CommandRefusedException;
import io.github.gridgov.rules.command.CommandResult;
import io.github.gridgov.rules.command.OrderCommand;
import io.github.gridgov.rules.escalation.Escalation;
import io.github.gridgov.rules.intake.IntakeOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("工单存储 on a real PostgreSQL: orders, trails, lists, versions and the shared due work")
class JdbcOrderStoreTest {
  static final Jurisdiction ANFENG = SampleJurisdictions.anfeng().jurisdiction();
  static final GovernanceRules RULES = GovernanceRules.standard();
  static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");
  static final Actor HOTLINE = Actor.system("hotline-12345");
  static final Actor STAFF = Actor.staff("D-07");

  TestDatabase db;
  JdbcOrderStore store;

  @BeforeEach
  void start() {
    db = TestDatabase.fresh(4);
    store = store("web-1");
  }

  @AfterEach
  void stop() {
    db.close();
  }

  JdbcOrderStore store(String instance) {
    return JdbcOrderStore.builder()
        .dataSource(db.dataSource())
        .district("anfeng")
        .instance(instance)
        .build();
  }

  static List<ServiceOrder> reports(int n, long seed) {
    return Generators.orders(ANFENG)
        .count(n)
        .period(T0, Duration.ofDays(10))
        .generate(new SplittableRandom(seed));
  }

  /** The first generated report that the rules dispatch. */
  CommandResult dispatchedReport(long seed) {
    for (ServiceOrder o : reports(20, seed)) {
      CommandResult r = store.handle(OrderCommand.report(o, HOTLINE), ANFENG);
      if (r.intake().get().outcome() == IntakeOutcome.DISPATCHED) {
        return r;
      }
    }
    throw new AssertionError("no dispatched report among 20");
  }

  static OrderCommand step(ServiceOrder o, OrderCommand.Kind kind, Instant at) {
    return step(o.id(), kind, at);
  }

  static OrderCommand step(OrderId id, OrderCommand.Kind kind, Instant at) {
    return OrderCommand.builder().order(id).kind(kind).actor(STAFF).at(at).build();
  }

  long rows(String table) {
    return db.number("SELECT count(*) FROM " + table);
  }

  @Test
  @DisplayName("the schema migrates once: a second migrate runs nothing, and the tables are there")
  void schema() {
    assertThat(GridgovSchema.migrate(db.dataSource())).as("already at the latest version").isZero();
    assertThat(
            db.number(
                "SELECT count(*) FROM information_schema.tables WHERE table_name LIKE 'gridgov_order%'"))
        .isEqualTo(3);
    assertThat(db.number("SELECT count(*) FROM gridgov_schema_history WHERE success"))
        .isGreaterThanOrEqualTo(1);
  }

  @Test
  @DisplayName(
      "a report is taken in one transaction and reads back, through the lifecycle, as the rules decided it")
  void report() {
    CommandResult r = dispatchedReport(1);
    ServiceOrder o = r.order();
    assertThat(store.load(o.id())).contains(o);
    assertThat(db.number("SELECT version FROM gridgov_order WHERE order_id = '" + o.id() + "'"))
        .isEqualTo(o.events().size());
    assertThat(rows("gridgov_order_event WHERE order_id = '" + o.id() + "'"))
        .isEqualTo(o.events().size());
    assertThat(
            db.number(
                "SELECT count(*) FROM gridgov_order WHERE order_id = '"
                    + o.id()
                    + "' AND status = 'DISPATCHED'"
                    + " AND tier = '"
                    + o.tier().get()
                    + "' AND owner = '"
                    + o.owner().get()
                    + "' AND next_check_at IS NOT NULL"))
        .as("the derived columns")
        .isOne();
    assertThatThrownBy(() -> store.handle(OrderCommand.report(o.asReported(), HOTLINE), ANFENG))
        .isInstanceOf(CommandRefusedException.class)
        .hasMessageContaining("already held");
  }

  @Test
  @DisplayName("steps append to the trail, and the columns the screens query follow the order")
  void steps() {
    ServiceOrder o = dispatchedReport(2).order();
    Instant t = o.lastChangedAt();
    o =
        store
            .handle(step(o, OrderCommand.Kind.ACCEPT, t.plus(Duration.ofMinutes(10))), ANFENG)
            .order();
    o =
        store
            .handle(
                OrderCommand.builder()
                    .order(o.id())
                    .kind(OrderCommand.Kind.RESOLVE)
                    .actor(STAFF)
                    .at(t.plus(Duration.ofHours(1)))
                    .text("已修复")
                    .build(),
                ANFENG)
            .order();
    o =
        store
            .handle(
                OrderCommand.builder()
                    .order(o.id())
                    .kind(OrderCommand.Kind.RATE)
                    .actor(STAFF)
                    .at(t.plus(Duration.ofHours(2)))
                    .rating(Rating.of(Satisfaction.SATISFIED, true))
                    .build(),
                ANFENG)
            .order();
    assertThat(o.status()).isEqualTo(OrderStatus.CLOSED);
    assertThat(store.load(o.id())).contains(o);
    assertThat(store.find(OrderQuery.builder().status(OrderStatus.CLOSED).build()))
        .containsExactly(o);
    assertThat(store.count(OrderQuery.builder().open().build())).isZero();
    assertThat(
            db.number(
                "SELECT count(*) FROM gridgov_order WHERE next_check_at IS NULL AND holder IS NULL"))
        .as("closed: no timer, nobody kept busy")
        .isOne();
    assertThat(rows("gridgov_order_rating")).isOne();
  }

  @Test
  @DisplayName(
      "the dispatcher's lists: by status, tier, owner, category, community, due, period and openness, a page at a time")
  void lists() {
    List<ServiceOrder> taken = new ArrayList<>();
    for (ServiceOrder o : reports(60, 3)) {
      taken.add(store.handle(OrderCommand.report(o, HOTLINE), ANFENG).order());
    }
    List<ServiceOrder> stored =
        new ArrayList<>(store.loadAll(taken.stream().map(ServiceOrder::id).toList()).values());
    assertThat(stored).hasSize(60);
    ServiceOrder some = taken.stream().filter(o -> o.owner().isPresent()).findFirst().orElseThrow();
    assertThat(store.find(OrderQuery.builder().owner(some.owner().get()).limit(1000).build()))
        .containsExactlyInAnyOrderElementsOf(
            stored.stream().filter(o -> o.owner().equals(some.owner())).toList());
    for (Tier tier : Tier.values()) {
      assertThat(store.count(OrderQuery.builder().tier(tier).build()))
          .isEqualTo(
              stored.stream().filter(o -> o.tier().equals(java.util.Optional.of(tier))).count());
    }
    assertThat(
            store.count(
                OrderQuery.builder()
                    .community(ANFENG.communities().iterator().next().id())
                    .build()))
        .as("every order's place lies in the one community")
        .isEqualTo(60);
    List<io.github.gridgov.core.order.Category> two =
        stored.stream().map(ServiceOrder::category).distinct().limit(2).toList();
    assertThat(two).hasSize(2);
    assertThat(store.count(OrderQuery.builder().category(two.get(0), two.get(1)).build()))
        .as("orders of either category")
        .isEqualTo(stored.stream().filter(o -> two.contains(o.category())).count())
        .isLessThan(60);
    Instant mid = T0.plus(Duration.ofDays(5));
    assertThat(store.count(OrderQuery.builder().reported(T0, mid).build()))
        .isEqualTo(stored.stream().filter(o -> o.reportedAt().isBefore(mid)).count());
    Instant late = T0.plus(Duration.ofDays(20));
    assertThat(store.count(OrderQuery.builder().open().dueBy(late).build()))
        .isEqualTo(
            stored.stream()
                .filter(
                    o ->
                        o.status().isOpen()
                            && RULES
                                .nextCheckAt(o, ANFENG)
                                .map(x -> !x.isAfter(late))
                                .orElse(false))
                .count());
    List<ServiceOrder> first = store.find(OrderQuery.builder().limit(25).build());
    List<ServiceOrder> second = store.find(OrderQuery.builder().limit(25).offset(25).build());
    assertThat(first).hasSize(25).doesNotContainAnyElementsOf(second);
    assertThat(first.get(0).reportedAt()).isBeforeOrEqualTo(first.get(24).reportedAt());
    assertThat(store.find(OrderQuery.builder().status(OrderStatus.CLOSED).build())).isEmpty();
  }

  @Test
  @DisplayName("a stale append writes nothing and names both versions")
  void staleAppend() {
    ServiceOrder o = dispatchedReport(4).order();
    int v = o.events().size();
    ServiceOrder mine = o.accept(STAFF, o.lastChangedAt().plusSeconds(60));
    ServiceOrder theirs = o.cancel(STAFF, "居民撤回", o.lastChangedAt().plusSeconds(30));
    store.append(theirs, v, ANFENG);
    assertThatThrownBy(() -> store.append(mine, v, ANFENG))
        .isInstanceOf(StaleOrderException.class)
        .hasMessageContaining("read at version " + v)
        .hasMessageContaining("stored at version " + (v + 1))
        .satisfies(e -> assertThat(((StaleOrderException) e).actualVersion()).isEqualTo(v + 1));
    assertThat(store.load(o.id())).contains(theirs);
    assertThatThrownBy(() -> store.append(mine, v + 5, ANFENG))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expectedVersion '" + (v + 5) + "'");
  }

  @Test
  @DisplayName(
      "a step for an unknown order, one the lifecycle refuses, or an order stored twice changes nothing")
  void refused() {
    ServiceOrder o = dispatchedReport(5).order();
    long events = rows("gridgov_order_event");
    assertThatThrownBy(
            () -> store.handle(step(OrderId.of("NOPE-1"), OrderCommand.Kind.ACCEPT, T0), ANFENG))
        .isInstanceOf(CommandRefusedException.class)
        .hasMessageContaining("no such order is held");
    assertThatThrownBy(
            () ->
                store.handle(
                    OrderCommand.builder()
                        .order(o.id())
                        .kind(OrderCommand.Kind.RESOLVE)
                        .actor(STAFF)
                        .at(o.lastChangedAt().plusSeconds(60))
                        .text("x")
                        .build(),
                    ANFENG))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> store.insert(o, ANFENG))
        .isInstanceOf(OrderStoreException.class)
        .hasMessageContaining("is stored in district anfeng already");
    assertThatThrownBy(
            () ->
                store.append(
                    ServiceOrder.builder()
                        .from(o.accept(STAFF, o.lastChangedAt().plusSeconds(5)))
                        .id(OrderId.of("NOPE-2"))
                        .build(),
                    o.events().size(),
                    ANFENG))
        .isInstanceOf(UnknownOrderException.class)
        .hasMessageContaining("NOPE-2");
    assertThat(rows("gridgov_order")).isOne();
    assertThat(rows("gridgov_order_event")).isEqualTo(events);
    assertThat(store.load(o.id())).contains(o);
  }

  @Test
  @DisplayName(
      "a tampered row is refused when read, naming the order and the rule its trail breaks; a command on it changes nothing")
  void tampered() {
    ServiceOrder o = dispatchedReport(6).order();
    o =
        store
            .handle(step(o, OrderCommand.Kind.ACCEPT, o.lastChangedAt().plusSeconds(60)), ANFENG)
            .order();
    int last = o.events().size();
    db.execute(
        "UPDATE gridgov_order_event SET event = jsonb_set(event::jsonb, '{to}', '\"CLOSED\"')::json WHERE order_id = '"
            + o.id()
            + "' AND seq = "
            + last);
    ServiceOrder before = o;
    assertThatThrownBy(() -> store.load(before.id()))
        .isInstanceOf(OrderStoreException.class)
        .hasMessageContaining("Cannot read order " + o.id())
        .hasMessageContaining("leads to CLOSED but ACCEPT leads to ACCEPTED");
    long events = rows("gridgov_order_event");
    OrderCommand cancel =
        OrderCommand.builder()
            .order(o.id())
            .kind(OrderCommand.Kind.CANCEL)
            .actor(STAFF)
            .at(o.lastChangedAt().plusSeconds(60))
            .text("居民撤回")
            .build();
    assertThatThrownBy(() -> store.handle(cancel, ANFENG)).isInstanceOf(OrderStoreException.class);
    assertThat(rows("gridgov_order_event")).isEqualTo(events);
    db.execute(
        "UPDATE gridgov_order_event SET event = '{\"sequence\": 1}' WHERE order_id = '"
            + o.id()
            + "' AND seq = 1");
    assertThatThrownBy(() -> store.load(before.id()))
        .isInstanceOf(OrderStoreException.class)
        .hasMessageContaining("stored event 1 is not a valid document");
  }

  @Test
  @DisplayName(
      "a duplicate report is merged, and the primary's link is stored with it in the same transaction")
  void duplicate() {
    ServiceOrder first = dispatchedReport(7).order();
    ServiceOrder again =
        ServiceOrder.builder()
            .from(first.asReported())
            .id(OrderId.of("DUP-1"))
            .reportedAt(first.reportedAt().plus(Duration.ofMinutes(20)))
            .build();
    CommandResult r = store.handle(OrderCommand.report(again, HOTLINE), ANFENG);
    assertThat(r.intake().get().outcome()).isEqualTo(IntakeOutcome.MERGED);
    assertThat(store.load(again.id()).get().status()).isEqualTo(OrderStatus.MERGED);
    ServiceOrder primary = store.load(first.id()).orElseThrow();
    assertThat(primary).isEqualTo(r.primary().get());
    assertThat(primary.events()).extracting(e -> e.step()).endsWith(OrderStep.LINK_DUPLICATE);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {11, 12, 13})
  @DisplayName(
      "the work in hand summed in the database is what Workload.from gives for the same orders")
  void workload(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<ServiceOrder> held = new ArrayList<>();
    for (ServiceOrder o : reports(80, seed)) {
      ServiceOrder d = store.handle(OrderCommand.report(o, HOTLINE), ANFENG).order();
      if (d.status() == OrderStatus.DISPATCHED
          && d.offeredTo().isEmpty()
          && random.nextInt(3) > 0) {
        Instant t = d.lastChangedAt();
        d = store.handle(step(d, OrderCommand.Kind.ACCEPT, t.plusSeconds(60)), ANFENG).order();
        if (random.nextBoolean()) {
          d =
              store
                  .handle(
                      OrderCommand.builder()
                          .order(d.id())
                          .kind(OrderCommand.Kind.RESOLVE)
                          .actor(STAFF)
                          .at(t.plusSeconds(120))
                          .text("已办结")
                          .build(),
                      ANFENG)
                  .order();
          d =
              store
                  .handle(
                      OrderCommand.builder()
                          .order(d.id())
                          .kind(OrderCommand.Kind.RATE)
                          .actor(STAFF)
                          .at(t.plusSeconds(180))
                          .rating(
                              Rating.of(
                                  random.nextInt(4) == 0
                                      ? Satisfaction.DISSATISFIED
                                      : Satisfaction.SATISFIED,
                                  true))
                          .build(),
                      ANFENG)
                  .order();
        }
      }
      held.add(d);
    }
    Instant now = T0.plus(Duration.ofDays(11));
    List<ServiceOrder> counted =
        new ArrayList<>(store.loadAll(held.stream().map(ServiceOrder::id).toList()).values());
    Workload expected = Workload.from(counted);
    assertThat(store.workload(now)).isEqualTo(expected);
    assertThat(expected.openOrders()).as("somebody is busy").isNotEmpty();
    assertThat(expected.ratings()).as("somebody was rated").isNotEmpty();
    Workload later = store.workload(now.plus(Duration.ofDays(60)));
    assertThat(later.ratings())
        .as("ratings of orders closed long ago no longer count")
        .isEqualTo(
            Workload.from(counted.stream().filter(o -> o.status().isOpen()).toList()).ratings());
  }

  @Test
  @DisplayName(
      "counts by status and by tier, one query each, and 考核指标 read a page at a time, equal what"
          + " the same orders give in memory")
  void countsAndMetrics() {
    List<ServiceOrder> reports = reports(40, 21);
    int n = 0;
    for (ServiceOrder o : reports) {
      ServiceOrder stored = store.handle(OrderCommand.report(o, HOTLINE), ANFENG).order();
      if (stored.status() == OrderStatus.DISPATCHED && n++ % 3 == 0) {
        // every third dispatched order resolved and rated within hours: closed on time
        Instant t = stored.lastChangedAt();
        store.handle(
            step(stored, OrderCommand.Kind.ACCEPT, t.plus(Duration.ofMinutes(10))), ANFENG);
        store.handle(
            OrderCommand.builder()
                .order(stored.id())
                .kind(OrderCommand.Kind.RESOLVE)
                .actor(STAFF)
                .at(t.plus(Duration.ofHours(1)))
                .text("已办结")
                .build(),
            ANFENG);
        store.handle(
            OrderCommand.builder()
                .order(stored.id())
                .kind(OrderCommand.Kind.RATE)
                .actor(STAFF)
                .at(t.plus(Duration.ofHours(2)))
                .rating(Rating.of(Satisfaction.SATISFIED, true))
                .build(),
            ANFENG);
      }
    }
    Instant end = T0.plus(Duration.ofDays(20));
    store.escalateDue(ANFENG, end, 1_000);
    List<ServiceOrder> all = store.find(OrderQuery.builder().build());

    java.util.Map<OrderStatus, Long> byStatus = new java.util.EnumMap<>(OrderStatus.class);
    java.util.Map<Tier, Long> openByTier = new java.util.EnumMap<>(Tier.class);
    for (ServiceOrder o : all) {
      byStatus.merge(o.status(), 1L, Long::sum);
      if (o.status().isOpen() && o.tier().isPresent()) {
        openByTier.merge(o.tier().get(), 1L, Long::sum);
      }
    }
    assertThat(byStatus).as("more than one status to count").hasSizeGreaterThanOrEqualTo(2);
    assertThat(store.countByStatus(OrderQuery.all())).isEqualTo(byStatus);
    assertThat(store.countByTier(OrderQuery.builder().open().build())).isEqualTo(openByTier);
    java.util.Map<OrderStatus, Long> atBuilding = new java.util.EnumMap<>(OrderStatus.class);
    all.stream()
        .filter(o -> o.tier().equals(java.util.Optional.of(Tier.BUILDING)))
        .forEach(o -> atBuilding.merge(o.status(), 1L, Long::sum));
    assertThat(store.countByStatus(OrderQuery.builder().tier(Tier.BUILDING).build()))
        .as("the query's filter applies")
        .isEqualTo(atBuilding)
        .isNotEqualTo(byStatus);

    io.github.gridgov.rules.metrics.Period month =
        io.github.gridgov.rules.metrics.Period.of(T0, end);
    io.github.gridgov.rules.metrics.MetricsOptions options =
        io.github.gridgov.rules.metrics.MetricsOptions.standard();
    io.github.gridgov.rules.metrics.Metrics inMemory =
        io.github.gridgov.rules.metrics.Metrics.of(all, month, options);
    assertThat(inMemory.closedOnTime()).as("some closed on time").isPositive();
    assertThat(inMemory.due()).isGreaterThan(inMemory.closedOnTime());
    assertThat(store.metrics(month)).isEqualTo(inMemory);
    assertThat(store.metrics(month, options, 7)).as("pages of 7").isEqualTo(inMemory);
    assertThat(
            store
                .metrics(io.github.gridgov.rules.metrics.Period.of(end, end.plusSeconds(1)))
                .filed())
        .as("nothing reported in a later period")
        .isZero();
  }

  @Test
  @DisplayName(
      "due work: claimed by one instance only, decided at its due instant, stored, the claim released")
  void dueWork() {
    ServiceOrder o = dispatchedReport(8).order();
    Instant due = RULES.nextCheckAt(o, ANFENG).orElseThrow();
    JdbcOrderStore other = store("web-2");
    assertThat(store.due(due.minusSeconds(1), 10)).isEmpty();
    Instant poll = due.plus(Duration.ofMinutes(7));
    assertThat(store.due(poll, 10)).containsExactly(o);
    assertThat(other.due(poll, 10)).as("claimed by web-1").isEmpty();
    assertThat(other.escalate(o, ANFENG, poll)).as("not web-2's claim").isEmpty();
    Escalation e = store.escalate(o, ANFENG, poll).orElseThrow();
    assertThat(e.at()).as("decided at its due instant, not at the poll's").isEqualTo(due);
    ServiceOrder moved = store.load(o.id()).orElseThrow();
    assertThat(moved).isEqualTo(RULES.apply(o, e));
    assertThat(
            db.number(
                "SELECT count(*) FROM gridgov_order WHERE claimed_by IS NULL AND next_check_at > '"
                    + java.sql.Timestamp.from(due)
                    + "'"))
        .as("released, next check later")
        .isOne();
    assertThat(store.escalateDue(ANFENG, poll, 10).claimed())
        .as("nothing due any more at the poll")
        .isZero();
  }

  @Test
  @DisplayName(
      "排班变动: a registry that takes the owner off duty makes the order due at its instant, and it moves as of then")
  void rosterChange() {
    ServiceOrder o = dispatchedReport(12).order();
    io.github.gridgov.core.people.ResponderId owner = o.owner().get().responder().orElseThrow();
    Jurisdiction away =
        io.github.gridgov.fixtures.Rosters.withOffDuty(ANFENG, r -> r.id().equals(owner));
    Instant change = o.lastChangedAt().plus(Duration.ofMinutes(5));
    assertThat(RULES.nextCheckAt(o, ANFENG).orElseThrow())
        .as("its own timer is later")
        .isAfter(change);
    assertThat(store.registryChanged(ANFENG, change))
        .as("nobody is off duty in the old registry")
        .isZero();
    assertThat(store.registryChanged(away, change)).isOne();
    assertThat(store.registryChanged(away, change))
        .as("a second call changes nothing more")
        .isZero();
    Instant poll = change.plus(Duration.ofMinutes(3));
    assertThat(store.due(poll, 10)).containsExactly(o);
    Escalation e = store.escalate(o, away, poll).orElseThrow();
    assertThat(e.trigger())
        .isEqualTo(io.github.gridgov.core.order.EscalationTrigger.OWNER_UNAVAILABLE);
    assertThat(e.at()).as("as of the change, not the order's last change").isEqualTo(change);
    assertThat(store.load(o.id())).contains(RULES.apply(o, e));
  }

  @Test
  @DisplayName(
      "a claim runs out with its lease: another instance decides the order, and the first can no longer move it")
  void leaseRunsOut() {
    ServiceOrder o = dispatchedReport(9).order();
    Instant due = RULES.nextCheckAt(o, ANFENG).orElseThrow();
    JdbcOrderStore dead = store("web-dead");
    JdbcOrderStore live = store("web-live");
    assertThat(dead.due(due, 10)).containsExactly(o);
    assertThat(live.due(due.plus(JdbcOrderStore.DEFAULT_LEASE).minusSeconds(1), 10))
        .as("the lease holds")
        .isEmpty();
    DueWork w = live.escalateDue(ANFENG, due.plus(JdbcOrderStore.DEFAULT_LEASE), 10);
    assertThat(w.claimed()).isOne();
    assertThat(w.escalations()).hasSize(1);
    assertThat(dead.escalate(o, ANFENG, due.plus(Duration.ofMinutes(3))))
        .as("the dead instance's claim is gone")
        .isEmpty();
    assertThat(store.load(o.id())).contains(RULES.apply(o, w.escalations().get(0)));
  }

  @Test
  @DisplayName(
      "a transaction that fails in the middle leaves the order as it was, claimed; after the lease another decides it")
  void rolledBack() {
    ServiceOrder o = dispatchedReport(10).order();
    Instant due = RULES.nextCheckAt(o, ANFENG).orElseThrow();
    FailingDataSource failing =
        new FailingDataSource(db.dataSource(), "INSERT INTO gridgov_order_event");
    JdbcOrderStore flaky =
        JdbcOrderStore.builder()
            .dataSource(failing)
            .district("anfeng")
            .instance("web-flaky")
            .build();
    assertThat(flaky.due(due, 10)).containsExactly(o);
    failing.armed = true;
    long events = rows("gridgov_order_event");
    assertThatThrownBy(() -> flaky.escalate(o, ANFENG, due))
        .isInstanceOf(OrderStoreException.class)
        .hasMessageContaining("SQL state 08006");
    assertThat(rows("gridgov_order_event")).isEqualTo(events);
    assertThat(store.load(o.id())).contains(o);
    assertThat(db.number("SELECT count(*) FROM gridgov_order WHERE claimed_by = 'web-flaky'"))
        .isOne();
    DueWork w = store("web-2").escalateDue(ANFENG, due.plus(JdbcOrderStore.DEFAULT_LEASE), 10);
    assertThat(w.escalations()).hasSize(1);
    assertThat(store.load(o.id()).get().events()).hasSizeGreaterThan(o.events().size());
  }

  @Test
  @DisplayName("bad settings are refused naming the setting and the rule")
  void badSettings() {
    assertThatThrownBy(() -> JdbcOrderStore.builder().district("朝阳"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("district '朝阳' must be 1-64 characters of [A-Za-z0-9._:-]");
    assertThatThrownBy(() -> JdbcOrderStore.builder().lease(Duration.ofMillis(10)))
        .hasMessageContaining("lease 'PT0.01S' must be between 1 second and 1 hour");
    assertThatThrownBy(() -> JdbcOrderStore.builder().instance(""))
        .hasMessageContaining("instance ''");
    assertThatThrownBy(() -> JdbcOrderStore.builder().district("x").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("dataSource");
    assertThatThrownBy(() -> store.due(T0, 0))
        .hasMessageContaining("limit '0' must be between 1 and 10000");
    assertThatThrownBy(() -> OrderQuery.builder().limit(10_001))
        .hasMessageContaining("limit '10001'");
    assertThatThrownBy(() -> OrderQuery.builder().reported(T0, T0))
        .hasMessageContaining("must be after from");
    assertThat(OrderQuery.builder().open().tier(Tier.GRID).build())
        .isEqualTo(OrderQuery.builder().tier(Tier.GRID).open().build())
        .isNotEqualTo(OrderQuery.all());
  }
}
