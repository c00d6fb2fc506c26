package io.github.gridgov.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gridgov.core.Tier;
import io.github.gridgov.core.order.Actor;
import io.github.gridgov.core.order.Category;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.fixtures.Generators;
import io.github.gridgov.fixtures.SampleJurisdictions;
import io.github.gridgov.jdbc.JdbcOrderStore;
import io.github.gridgov.jdbc.JdbcRegistryStore;
import io.github.gridgov.jdbc.OrderQuery;
import io.github.gridgov.json.RegistryCsv;
import io.github.gridgov.rules.GovernanceRules;
import io.github.gridgov.rules.command.OrderCommand;
import io.github.gridgov.rules.sla.SlaProfile;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

@DisplayName(
    "the Spring Boot starter: gridgov's beans from gridgov.* properties, on a real PostgreSQL")
class GridgovAutoConfigurationTest {
  static final Jurisdiction ANFENG = SampleJurisdictions.anfeng().jurisdiction();
  static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
  static final Actor HOTLINE = Actor.system("hotline-12345");
  static final AtomicInteger NEXT = new AtomicInteger();

  static EmbeddedPostgres server;
  @TempDir static Path registryDir;

  @BeforeAll
  static void start() throws IOException {
    server = EmbeddedPostgres.builder().start();
    RegistryCsv.write(ANFENG, registryDir);
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  /** A new, empty database on the server; its JDBC URL. */
  static String freshDatabase() {
    String name = "starter_" + NEXT.incrementAndGet();
    try (Connection c = server.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return server.getJdbcUrl("postgres", name);
  }

  /** The starter on a data source of {@code url}, nothing of gridgov's configured. */
  static ApplicationContextRunner bare(String url) {
    return new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                DataSourceAutoConfiguration.class,
                GridgovAutoConfiguration.class,
                io.github.gridgov.spring.actuate.GridgovActuatorAutoConfiguration.class))
        .withPropertyValues("spring.datasource.url=" + url, "spring.datasource.username=postgres");
  }

  /** Why a context did not start. */
  static org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> refusal(
      org.springframework.boot.test.context.assertj.AssertableApplicationContext context) {
    return assertThat(context).hasFailed().getFailure().rootCause();
  }

  static ApplicationContextRunner app(String url, String instance) {
    return bare(url)
        .withPropertyValues(
            "gridgov.district=anfeng",
            "gridgov.instance=" + instance,
            "gridgov.registry.csv-directory=" + registryDir,
            "gridgov.due-work.interval=1h");
  }

  static List<ServiceOrder> reports(int n) {
    return Generators.orders(ANFENG)
        .count(n)
        .period(T0, Duration.ofDays(3))
        .generate(new SplittableRandom(18));
  }

  @Test
  @DisplayName(
      "with a data source and a CSV directory: the rules, the registry, the migrated store and the"
          + " scheduler, each under the type a host injects; the properties' metadata for IDEs")
  void defaults() throws IOException {
    app(freshDatabase(), "web-1")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBean(GovernanceRules.class).slaProfile())
                  .isEqualTo(SlaProfile.BJ_12345_DRAFT);
              assertThat(context.getBean(RegistrySource.class).current().householdCount())
                  .isEqualTo(ANFENG.householdCount());
              JdbcOrderStore store = context.getBean(JdbcOrderStore.class);
              assertThat(store.district()).isEqualTo("anfeng");
              assertThat(store.instance()).isEqualTo("web-1");
              assertThat(store.count(OrderQuery.builder().build())).as("migrated, empty").isZero();
              assertThat(context.getBean(DueWorkScheduler.class).isRunning()).isTrue();
            });
    try (var in =
        GridgovAutoConfiguration.class.getResourceAsStream(
            "/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).isNotNull();
      String metadata = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(metadata)
          .contains(
              "\"gridgov.district\"",
              "\"gridgov.rules.profile\"",
              "\"gridgov.rules.target-tiers\"",
              "\"gridgov.registry.csv-directory\"",
              "\"gridgov.store.lease\"",
              "\"gridgov.due-work.batch-size\"");
    }
  }

  @Test
  @DisplayName(
      "gridgov.rules.*: the SLA profile, a category's starting tier and the duplicate window"
          + " configured; a host's own rules, registry and clock replace the starter's")
  void configuredAndReplaced() {
    app(freshDatabase(), "web-1")
        .withPropertyValues(
            "gridgov.rules.profile=GD_12345",
            "gridgov.rules.target-tiers.water-leak=COMMUNITY",
            "gridgov.rules.duplicate-window=3d")
        .run(
            context -> {
              GovernanceRules rules = context.getBean(GovernanceRules.class);
              assertThat(rules.slaProfile()).isEqualTo(SlaProfile.GD_12345);
              assertThat(rules.catalogue().entry(Category.WATER_LEAK).targetTier())
                  .isEqualTo(Tier.COMMUNITY);
              assertThat(rules).isNotEqualTo(GovernanceRules.standard());
            });
    GovernanceRules own = GovernanceRules.builder().targetTier(Category.PARKING, Tier.GRID).build();
    RegistrySource fixed = RegistrySource.of(SampleJurisdictions.jiaochangba().jurisdiction());
    Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    app(freshDatabase(), "web-1")
        .withBean(GovernanceRules.class, () -> own)
        .withBean(RegistrySource.class, () -> fixed)
        .withBean(Clock.class, () -> clock)
        .run(
            context -> {
              assertThat(context.getBean(GovernanceRules.class)).isSameAs(own);
              assertThat(context.getBean(RegistrySource.class)).isSameAs(fixed);
              assertThat(context.getBean(Clock.class)).isSameAs(clock);
              assertThat(context).getBeans(GovernanceRules.class).hasSize(1);
            });
  }

  @Test
  @DisplayName(
      "no gridgov.district: the context refuses to start and says which property and what it must be")
  void noDistrict() {
    bare(freshDatabase())
        .run(
            context ->
                refusal(context)
                    .hasMessageContaining("gridgov.district is not set")
                    .hasMessageContaining("[A-Za-z0-9._:-]"));
  }

  @Test
  @DisplayName(
      "two application contexts on one database share the due work exactly once: together they make"
          + " as many escalations as one instance alone, each stored once, none twice at one instant")
  void twoContextsShareDueWork() {
    List<ServiceOrder> reports = reports(60);
    Instant later = T0.plus(Duration.ofDays(12));
    // one instance alone, on a database of its own: the reference
    String alone = freshDatabase();
    int[] aloneMade = new int[1];
    long[] reported = new long[1];
    List<ServiceOrder> aloneStored = new ArrayList<>();
    app(alone, "solo")
        .run(
            context -> {
              JdbcOrderStore store = context.getBean(JdbcOrderStore.class);
              for (ServiceOrder o : reports) {
                store.handle(OrderCommand.report(o, HOTLINE), ANFENG);
              }
              DueWorkScheduler solo = scheduler(context, later);
              aloneMade[0] = solo.pollOnce();
              assertThat(solo.pollOnce()).as("nothing left due after one poll").isZero();
              aloneStored.addAll(store.find(OrderQuery.builder().build()));
            });
    assertThat(aloneMade[0]).as("the month's reports leave due work").isGreaterThan(20);
    // two instances on one database, polling at once
    String shared = freshDatabase();
    app(shared, "web-1")
        .run(
            one ->
                app(shared, "web-2")
                    .run(
                        two -> {
                          JdbcOrderStore store = one.getBean(JdbcOrderStore.class);
                          for (ServiceOrder o : reports) {
                            store.handle(OrderCommand.report(o, HOTLINE), ANFENG);
                          }
                          reported[0] = events(store.find(OrderQuery.builder().build()));
                          DueWorkScheduler a = scheduler(one, later);
                          DueWorkScheduler b = scheduler(two, later);
                          CompletableFuture<Integer> fa =
                              CompletableFuture.supplyAsync(a::pollOnce);
                          CompletableFuture<Integer> fb =
                              CompletableFuture.supplyAsync(b::pollOnce);
                          int together = fa.join() + fb.join();
                          // what one's escalations made due after the other's last claim
                          for (int more = -1; more != 0; together += more) {
                            more = a.pollOnce() + b.pollOnce();
                          }
                          assertThat(together).isEqualTo(aloneMade[0]);
                          List<ServiceOrder> stored =
                              two.getBean(JdbcOrderStore.class).find(OrderQuery.builder().build());
                          assertThat(stored)
                              .extracting(ServiceOrder::id)
                              .containsExactlyInAnyOrderElementsOf(
                                  aloneStored.stream().map(ServiceOrder::id).toList());
                          // who takes a moved order may differ (the two decided in another
                          // order, with other work in hand), never how many moves were made:
                          // each escalation is one event on its order's trail
                          assertThat(events(stored) - reported[0])
                              .isEqualTo(together)
                              .isEqualTo(aloneMade[0]);
                          for (ServiceOrder o : stored) {
                            assertThat(
                                    o.events().stream().map(e -> e.step() + "@" + e.at()).toList())
                                .as("%s: no step twice at one instant", o.id())
                                .doesNotHaveDuplicates();
                          }
                        }));
  }

  @Test
  @DisplayName(
      "the scheduler: stopped with its context; a zero interval or a batch of none refused, naming"
          + " the property")
  void schedulerLifecycleAndLimits() {
    app(freshDatabase(), "web-1")
        .withPropertyValues("gridgov.due-work.batch-size=0")
        .run(
            context ->
                refusal(context)
                    .hasMessageContaining("gridgov.due-work.batch-size '0' must be 1-10000"));
    app(freshDatabase(), "web-1")
        .withPropertyValues("gridgov.due-work.interval=0s")
        .run(
            context ->
                refusal(context)
                    .hasMessageContaining("gridgov.due-work.interval 'PT0S' must be positive"));
    DueWorkScheduler[] kept = new DueWorkScheduler[1];
    app(freshDatabase(), "web-1")
        .run(
            context -> {
              kept[0] = context.getBean(DueWorkScheduler.class);
              assertThat(kept[0].isRunning()).isTrue();
            });
    assertThat(kept[0].isRunning()).as("stopped with the context").isFalse();
    app(freshDatabase(), "web-1")
        .withPropertyValues("gridgov.due-work.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(DueWorkScheduler.class));
  }

  @Test
  @DisplayName(
      "health: up with the households, open orders and due backlog, down when the database does not"
          + " answer; meters: orders by status and tier as the store counts them, escalations by"
          + " trigger as the scheduler made them")
  void healthAndMeters() {
    app(freshDatabase(), "web-1")
        .run(
            context -> {
              JdbcOrderStore store = context.getBean(JdbcOrderStore.class);
              for (ServiceOrder o : reports(12)) {
                store.handle(OrderCommand.report(o, HOTLINE), ANFENG);
              }
              var health =
                  context
                      .getBean(io.github.gridgov.spring.actuate.GridgovHealthIndicator.class)
                      .health(true);
              assertThat(health.getStatus().getCode()).isEqualTo("UP");
              long open = store.count(OrderQuery.builder().open().build());
              assertThat(open).isPositive();
              assertThat(health.getDetails())
                  .containsEntry("households", ANFENG.householdCount())
                  .containsEntry("openOrders", open)
                  .containsKey("dueBacklog");

              var meters = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
              DueWorkScheduler scheduler = scheduler(context, T0.plus(Duration.ofDays(12)));
              MovableClock clock = new MovableClock(T0.plus(Duration.ofDays(12)));
              new io.github.gridgov.spring.actuate.GridgovMeters(
                      store,
                      java.util.Optional.of(scheduler),
                      clock,
                      Duration.ofDays(30),
                      Duration.ofMinutes(1))
                  .bindTo(meters);
              assertThat(meters.get("gridgov.orders").tag("status", "dispatched").gauge().value())
                  .isEqualTo(
                      (double)
                          store.count(
                              OrderQuery.builder()
                                  .status(io.github.gridgov.core.order.OrderStatus.DISPATCHED)
                                  .build()));
              double openByTier =
                  meters.get("gridgov.orders.open").gauges().stream()
                      .mapToDouble(g -> g.value())
                      .sum();
              assertThat(openByTier).isEqualTo((double) open);
              // 按期结案率 of the last 30 days, as the store's metrics give it
              io.github.gridgov.rules.metrics.Metrics month =
                  store.metrics(
                      io.github.gridgov.rules.metrics.Period.of(
                          clock.instant().minus(Duration.ofDays(30)), clock.instant()));
              assertThat(month.due()).as("twelve days on, orders are due for closing").isPositive();
              assertThat(meters.get("gridgov.orders.due_for_closing").gauge().value())
                  .isEqualTo((double) month.due());
              assertThat(meters.get("gridgov.orders.on_time_rate").gauge().value())
                  .isEqualTo(month.onTimeRate().value().orElseThrow().doubleValue());
              // one snapshot per refresh interval: a new order shows a minute later, not before
              double dispatched =
                  meters.get("gridgov.orders").tag("status", "dispatched").gauge().value();
              store.handle(OrderCommand.report(reports(13).get(12), HOTLINE), ANFENG);
              long all = store.count(OrderQuery.all());
              assertThat(
                      meters.get("gridgov.orders").gauges().stream()
                          .mapToDouble(g -> g.value())
                          .sum())
                  .isEqualTo(all - 1.0);
              clock.set(clock.instant().plus(Duration.ofMinutes(1)));
              assertThat(
                      meters.get("gridgov.orders").gauges().stream()
                          .mapToDouble(g -> g.value())
                          .sum())
                  .isEqualTo((double) all);
              assertThat(dispatched).isPositive();
              int made = scheduler.pollOnce();
              assertThat(made).isPositive();
              double counted =
                  meters.get("gridgov.escalations").functionCounters().stream()
                      .mapToDouble(c -> c.count())
                      .sum();
              assertThat(counted).isEqualTo((double) made);
              assertThat(
                      meters
                          .get("gridgov.escalations")
                          .tag("trigger", "not_accepted_in_time")
                          .functionCounter()
                          .count())
                  .isPositive();
            });
    JdbcOrderStore unreachable =
        JdbcOrderStore.builder()
            .dataSource(server.getDatabase("postgres", "no_such_database"))
            .district("anfeng")
            .build();
    var down =
        new io.github.gridgov.spring.actuate.GridgovHealthIndicator(
                RegistrySource.of(ANFENG), unreachable, Clock.fixed(T0, ZoneOffset.UTC))
            .health(true);
    assertThat(down.getStatus().getCode()).isEqualTo("DOWN");
  }

  static long events(List<ServiceOrder> orders) {
    return orders.stream().mapToLong(o -> o.events().size()).sum();
  }

  /** The context's store and registry polled at {@code at}, as the context's scheduler polls. */
  static DueWorkScheduler scheduler(
      org.springframework.context.ApplicationContext context, Instant at) {
    return new DueWorkScheduler(
        context.getBean(JdbcOrderStore.class),
        context.getBean(RegistrySource.class),
        Clock.fixed(at, ZoneOffset.UTC),
        Duration.ofHours(1),
        10,
        Duration.ofMinutes(1));
  }

  @Test
  @DisplayName(
      "the registry from the database: refused while none is published; imported from a CSV"
          + " directory by one instance, read by another, a newer version taken up by both")
  void registryFromDatabase(@TempDir Path dir) throws IOException {
    String url = freshDatabase();
    bare(url)
        .withPropertyValues("gridgov.district=anfeng", "gridgov.registry.database=true")
        .run(context -> refusal(context).hasMessageContaining("none is published"));
    RegistryCsv.write(ANFENG, dir);
    bare(url)
        .withPropertyValues(
            "gridgov.district=anfeng",
            "gridgov.registry.database=true",
            "gridgov.registry.csv-directory=" + dir)
        .run(
            importer ->
                bare(url)
                    .withPropertyValues("gridgov.district=anfeng", "gridgov.registry.database=true")
                    .run(
                        reader -> {
                          JdbcRegistryStore store = importer.getBean(JdbcRegistryStore.class);
                          assertThat(store.latestVersion()).hasValue(1);
                          DatabaseRegistrySource a =
                              (DatabaseRegistrySource) importer.getBean(RegistrySource.class);
                          DatabaseRegistrySource b =
                              (DatabaseRegistrySource) reader.getBean(RegistrySource.class);
                          assertThat(b.version()).isEqualTo(1);
                          assertThat(
                                  reader
                                      .getBean(
                                          io.github.gridgov.spring.actuate.GridgovHealthIndicator
                                              .class)
                                      .health(true)
                                      .getDetails())
                              .containsEntry("registryVersion", 1L);
                          assertThat(b.current().householdCount())
                              .isEqualTo(ANFENG.householdCount());
                          assertThat(b.reload()).as("nothing newer").isEmpty();

                          // published by a host's own job: both take it up on their next look
                          Jurisdiction guangming = SampleJurisdictions.guangming().jurisdiction();
                          assertThat(store.publish(guangming, T0)).isEqualTo(2);
                          assertThat(b.reload()).isPresent();
                          assertThat(b.current().householdCount())
                              .isEqualTo(guangming.householdCount());
                          assertThat(a.reload()).isPresent();
                          assertThat(a.version()).isEqualTo(2);

                          // new files in the import directory: published, then in force
                          Jurisdiction youyihe = SampleJurisdictions.youyihe().jurisdiction();
                          clear(dir);
                          RegistryCsv.write(youyihe, dir);
                          assertThat(a.reload()).isPresent();
                          assertThat(a.version()).isEqualTo(3);
                          assertThat(store.latestVersion()).hasValue(3);
                          assertThat(b.reload()).isPresent();
                          assertThat(b.current().householdCount())
                              .isEqualTo(youyihe.householdCount());
                        }));
  }

  @Test
  @DisplayName(
      "a CSV directory reloaded: nothing while its files are unchanged, a new version when they"
          + " change, and a broken version refused with the one in force kept")
  void reload(@TempDir Path dir) throws IOException {
    RegistryCsv.write(ANFENG, dir);
    CsvRegistrySource source = new CsvRegistrySource(dir);
    assertThat(source.current().householdCount()).isEqualTo(ANFENG.householdCount());
    assertThat(source.reload()).isEmpty();
    Jurisdiction next = SampleJurisdictions.jiaochangba().jurisdiction();
    clear(dir);
    RegistryCsv.write(next, dir);
    assertThat(source.reload())
        .get()
        .extracting(Jurisdiction::householdCount)
        .isEqualTo(next.householdCount());
    assertThat(source.current().householdCount()).isEqualTo(next.householdCount());
    Files.writeString(dir.resolve("楼栋.csv"), "not,a,registry\n", StandardCharsets.UTF_8);
    assertThat(source.reload()).as("broken: refused").isEmpty();
    assertThat(source.current().householdCount())
        .as("the version in force stays")
        .isEqualTo(next.householdCount());
  }

  static void clear(Path dir) {
    try (var files = Files.list(dir)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
