package io.github.gridgov.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gridgov.core.order.Actor;
import io.github.gridgov.core.order.OrderFlag;
import io.github.gridgov.core.order.OrderId;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.fixtures.Generators;
import io.github.gridgov.fixtures.SampleJurisdictions;
import io.github.gridgov.jdbc.JdbcOrderStore;
import io.github.gridgov.jdbc.OrderQuery;
import io.github.gridgov.rules.command.OrderCommand;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two web applications on one PostgreSQL — this test's {@code @SpringBootTest} on a random port and
 * a second one started beside it on another — each with its own scheduler polling every 100 ms.
 * Residents' reports come in over HTTP (Open311), half to each; the clock then jumps twelve days
 * and the two schedulers, left to run, share the due work. A reference instance alone on a
 * database of its own, given the same reports in the same order, polled until nothing is due, makes
 * as many escalations as the two together.
 */
@DirtiesContext
@SpringBootTest(
    classes = TwoServersShareDueWorkTest.App.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"gridgov.instance=web-1", "test.owns-postgres=true"})
@DisplayName(
    "two Spring Boot servers on one database, their schedulers running, share the due work exactly"
        + " once")
class TwoServersShareDueWorkTest {
  static final Jurisdiction ANFENG = SampleJurisdictions.anfeng().jurisdiction();
  static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
  static final MovableClock CLOCK = new MovableClock(T0);
  static final ObjectMapper JSON = new ObjectMapper();
  static final EmbeddedPostgres SERVER = WebTests.postgres();
  static final Path CSV = WebTests.registryDirectory("shared-due-work", ANFENG);

  /** Both servers' application: the starter's beans, this test's clock. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {
    @Bean
    Clock clock() {
      return CLOCK;
    }

    /**
     * The embedded server, stopped with the test's own context (not the second's): after its web
     * server and scheduler, so that nothing waits on a database that is gone.
     */
    @Bean
    @ConditionalOnProperty("test.owns-postgres")
    DisposableBean stopPostgres() {
      return SERVER::close;
    }
  }

  /** The properties both servers share (the second gets them as command-line arguments). */
  static String[] shared() {
    return new String[] {
      "--spring.datasource.url=" + SERVER.getJdbcUrl("postgres", "postgres"),
      "--spring.datasource.username=postgres",
      "--gridgov.district=anfeng",
      "--gridgov.registry.csv-directory=" + CSV,
      "--gridgov.open311.enabled=true",
      "--gridgov.open311.api-keys=resident-app",
      "--gridgov.due-work.interval=100ms",
      "--gridgov.due-work.batch-size=5"
    };
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    for (String p : shared()) {
      String[] kv = p.substring(2).split("=", 2);
      registry.add(kv[0], () -> kv[1]);
    }
  }

  @LocalServerPort int port;
  @Autowired JdbcOrderStore store;
  @Autowired DueWorkScheduler scheduler;

  @Test
  @DisplayName(
      "reports over HTTP to both, the clock twelve days on: together as many escalations as one"
          + " instance alone, each made by one of them, none twice")
  void shareTheDueWork() throws Exception {
    List<String> args = new ArrayList<>(List.of(shared()));
    args.add("--server.port=0");
    args.add("--gridgov.instance=web-2");
    try (ConfigurableApplicationContext second =
        new SpringApplicationBuilder(App.class).run(args.toArray(String[]::new))) {
      int port2 = Integer.parseInt(second.getEnvironment().getProperty("local.server.port"));
      DueWorkScheduler scheduler2 = second.getBean(DueWorkScheduler.class);
      assertThat(port2).isNotEqualTo(port);
      assertThat(scheduler.isRunning()).isTrue();
      assertThat(scheduler2.isRunning()).isTrue();

      // 40 residents' reports (the generator's places, services and attributes), every other one
      // to the second server, the clock standing at T0
      List<ServiceOrder> reports =
          Generators.orders(ANFENG)
              .count(40)
              .period(T0, Duration.ofHours(1))
              .generate(new SplittableRandom(1811));
      List<OrderId> posted = new ArrayList<>();
      for (int i = 0; i < reports.size(); i++) {
        posted.add(post(i % 2 == 0 ? port : port2, reports.get(i)));
      }
      assertThat(store.count(OrderQuery.builder().build())).isEqualTo(reports.size());
      long eventsAtIntake = events(store.find(OrderQuery.builder().build()));

      // the reference: one instance alone, the same reports as the servers stored them, in order
      io.github.gridgov.jdbc.GridgovSchema.migrate(database("alone"));
      JdbcOrderStore alone =
          JdbcOrderStore.builder()
              .dataSource(database("alone"))
              .district("anfeng")
              .instance("solo")
              .build();
      for (ServiceOrder o : store.loadAll(posted).values().stream().toList()) {
        assertThat(o.reportedAt()).isEqualTo(T0);
      }
      for (OrderId id : posted) {
        ServiceOrder reported = store.load(id).orElseThrow().asReported();
        alone.handle(OrderCommand.report(reported, Actor.system("open311")), ANFENG);
      }
      Instant later = T0.plus(Duration.ofDays(12));
      DueWorkScheduler solo =
          new DueWorkScheduler(
              alone,
              RegistrySource.of(ANFENG),
              Clock.fixed(later, ZoneOffset.UTC),
              Duration.ofHours(1),
              5,
              Duration.ofHours(1));
      int aloneMade = 0;
      for (int made = -1; made != 0; aloneMade += made) {
        made = solo.pollOnce();
      }
      assertThat(aloneMade).as("twelve days leave due work").isGreaterThan(20);

      // the two servers' schedulers, left to run at the later time, until nothing is due
      long before = scheduler.escalations() + scheduler2.escalations();
      assertThat(before).as("nothing due at T0").isZero();
      CLOCK.set(later);
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      long together;
      long quietSince = System.nanoTime();
      long last = -1;
      while (true) {
        together = scheduler.escalations() + scheduler2.escalations();
        long due = store.count(OrderQuery.builder().open().dueBy(later).build());
        if (together != last || due > 0) {
          last = together;
          quietSince = System.nanoTime();
        } else if (System.nanoTime() - quietSince > Duration.ofMillis(500).toNanos()) {
          break;
        }
        assertThat(System.nanoTime()).as("the due work done within a minute").isLessThan(deadline);
        Thread.sleep(20);
      }
      org.slf4j.LoggerFactory.getLogger(TwoServersShareDueWorkTest.class)
          .info(
              "due work shared: web-1 made {}, web-2 {}, one instance alone {}",
              scheduler.escalations(),
              scheduler2.escalations(),
              aloneMade);
      assertThat(together).isEqualTo(aloneMade);
      assertThat(scheduler.escalations()).as("web-1 took some of it").isPositive();
      assertThat(scheduler2.escalations()).as("web-2 took some of it").isPositive();
      List<ServiceOrder> stored = store.find(OrderQuery.builder().build());
      assertThat(events(stored) - eventsAtIntake)
          .as("each escalation one event on its order's trail")
          .isEqualTo(together);
      for (ServiceOrder o : stored) {
        assertThat(o.events().stream().map(e -> e.step() + "@" + e.at()).toList())
            .as("%s: no step twice at one instant", o.id())
            .doesNotHaveDuplicates();
      }
    }
  }

  /** {@code report} as a resident's Open311 POST to the server on {@code port}; its new id. */
  OrderId post(int port, ServiceOrder report) throws Exception {
    StringBuilder form =
        new StringBuilder("api_key=resident-app&service_code=")
            .append(report.category().code())
            .append("&address_id=")
            .append(enc(report.location().household().orElseThrow().value()))
            .append("&attribute[urgency]=")
            .append(report.urgency().name())
            .append("&attribute[scope]=")
            .append(report.scope().name())
            .append("&attribute[kind]=")
            .append(report.kind().name());
    for (OrderFlag f : report.reportedFlags()) {
      form.append("&attribute[flags][]=").append(f.name());
    }
    HttpResponse<String> r =
        WebTests.post("http://127.0.0.1:" + port + "/open311/v2/requests.json", form.toString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return OrderId.of(JSON.readTree(r.body()).get(0).get("service_request_id").asText());
  }

  static long events(List<ServiceOrder> orders) {
    return orders.stream().mapToLong(o -> o.events().size()).sum();
  }

  /** The data source of database {@code name} on the server, made if it is not there. */
  static javax.sql.DataSource database(String name) {
    try (Connection c = SERVER.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'");
      if (!rs.next()) {
        s.execute("CREATE DATABASE " + name);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return SERVER.getDatabase("postgres", name);
  }

  static String enc(String s) {
    return WebTests.enc(s);
  }
}
