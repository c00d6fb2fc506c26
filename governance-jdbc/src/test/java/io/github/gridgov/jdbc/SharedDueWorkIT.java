package io.github.gridgov.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gridgov.core.order.Actor;
import io.github.gridgov.core.order.IllegalTransitionException;
import io.github.gridgov.core.order.OrderEvent;
import io.github.gridgov.core.order.OrderStep;
import io.github.gridgov.core.order.Rating;
import io.github.gridgov.core.order.Satisfaction;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.people.Responder;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.fixtures.Generators;
import io.github.gridgov.fixtures.SampleJurisdictions;
import io.github.gridgov.rules.GovernanceRules;
import io.github.gridgov.rules.command.CommandRefusedException;
import io.github.gridgov.rules.command.OrderCommand;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Four platform instances on one PostgreSQL for a simulated month of 10,000 orders in two
 * districts (较场坝社区 and 光明社区, 5,000 each, each its own district lock):
 * each instance takes its share of the platform's commands (reports, acceptances, resolutions,
 * ratings) and polls the shared due work at every hour of the month, all four at once;
 * one instance dies in the middle of the month right after claiming due orders. Every due order
 * is escalated exactly once, none is lost, no deadlock or serialization error reaches a caller,
 * and nobody is ever given more open orders than their capacity.
 */
@DisplayName(
    "4 instances × 10,000 orders on one PostgreSQL for a month: the due work shared, each due order escalated once")
class SharedDueWorkIT {
  /** The two districts the month shares out, each with its own district lock: 5,000 orders each. */
  static final List<String> DISTRICTS = List.of("jiaochangba", "guangming");

  static final Map<String, Jurisdiction> REGISTRIES =
      Map.of(
          "jiaochangba", SampleJurisdictions.jiaochangba().jurisdiction(),
          "guangming", SampleJurisdictions.guangming().jurisdiction());
  static final GovernanceRules RULES = GovernanceRules.standard();
  static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");
  static final Duration MONTH = Duration.ofDays(30);
  static final Duration STEP = Duration.ofHours(1);
  static final int INSTANCES = 4;
  static final int ORDERS = 10_000;
  static final Actor HOTLINE = Actor.system("hotline-12345");
  static final Actor STAFF = Actor.staff("D-07");

  /** A platform command, by the order it is for: each order's commands go to one instance, in time order. */
  record Planned(int order, String district, OrderCommand command) {}

  /** The platform's commands: every report, and for many orders an acceptance, a resolution and a rating. */
  static List<Planned> plan() {
    SplittableRandom random = new SplittableRandom(42);
    List<Planned> out = new ArrayList<>();
    List<Map.Entry<String, ServiceOrder>> reports = new ArrayList<>();
    for (String d : DISTRICTS) {
      Generators.orders(REGISTRIES.get(d))
          .count(ORDERS / DISTRICTS.size())
          .period(T0, MONTH)
          .generate(new SplittableRandom(7))
          .forEach(o -> reports.add(Map.entry(d, o)));
    }
    for (int i = 0; i < reports.size(); i++) {
      String district = reports.get(i).getKey();
      ServiceOrder o = reports.get(i).getValue();
      int n = i;
      java.util.function.Function<OrderCommand, Planned> planned = c -> new Planned(n, district, c);
      out.add(planned.apply(OrderCommand.report(o, HOTLINE)));
      if (random.nextDouble() < 0.12) {
        continue; // nobody takes it: the timers move it up the ladder
      }
      Instant accepted =
          o.reportedAt()
              .plus(
                  Duration.ofMinutes(
                      10
                          + random.nextInt(
                              random.nextDouble() < 0.8
                                  ? 30
                                  : 5 * 60))); // mostly in time, some late (reassigned first)
      out.add(
          planned.apply(
              OrderCommand.builder()
                  .order(o.id())
                  .kind(OrderCommand.Kind.ACCEPT)
                  .actor(STAFF)
                  .at(accepted)
                  .build()));
      if (random.nextDouble() < 0.15) {
        continue;
      }
      Instant resolved = accepted.plus(Duration.ofMinutes(60 + random.nextInt(20 * 60)));
      out.add(
          planned.apply(
              OrderCommand.builder()
                  .order(o.id())
                  .kind(OrderCommand.Kind.RESOLVE)
                  .actor(STAFF)
                  .at(resolved)
                  .text("已办结")
                  .build()));
      if (random.nextDouble() < 0.2) {
        continue; // never rated: closed unrated after the callback limit
      }
      out.add(
          planned.apply(
              OrderCommand.builder()
                  .order(o.id())
                  .kind(OrderCommand.Kind.RATE)
                  .actor(STAFF)
                  .at(resolved.plus(Duration.ofMinutes(60 + random.nextInt(23 * 60))))
                  .rating(
                      Rating.of(
                          random.nextDouble() < 0.9
                              ? Satisfaction.SATISFIED
                              : Satisfaction.DISSATISFIED,
                          true))
                  .build()));
    }
    out.sort((a, b) -> a.command().at().compareTo(b.command().at()));
    return out;
  }

  /**
   * The instance an order's commands go to: one of four by the order, the dead instance's to the
   * other three once it has died (as a load balancer moves them).
   */
  static int route(Planned p, Instant dies) {
    int k = p.order() % INSTANCES;
    return k == INSTANCES - 1 && !p.command().at().isBefore(dies) ? p.order() % (INSTANCES - 1) : k;
  }

  @Test
  @DisplayName(
      "every due order escalated exactly once, none lost, no deadlock reaching a caller, capacity held")
  void month() throws Exception {
    List<Planned> plan = plan();
    try (TestDatabase db = TestDatabase.fresh(INSTANCES + 2)) {
      // each instance a store per district, as a platform serving both
      List<Map<String, JdbcOrderStore>> stores = new ArrayList<>();
      for (int k = 0; k < INSTANCES; k++) {
        Map<String, JdbcOrderStore> mine = new java.util.LinkedHashMap<>();
        for (String d : DISTRICTS) {
          mine.put(
              d,
              JdbcOrderStore.builder()
                  .dataSource(db.dataSource())
                  .district(d)
                  .instance("web-" + k)
                  .build());
        }
        stores.add(mine);
      }
      // the escalations each instance made, as district/order@instant/kind/trigger
      Map<String, List<String>> madeBy = new ConcurrentHashMap<>();
      AtomicInteger refused = new AtomicInteger();
      AtomicReference<Throwable> surfaced = new AtomicReference<>();
      AtomicInteger claimedByTheDead = new AtomicInteger();
      java.util.concurrent.atomic.AtomicLong commandNanos =
          new java.util.concurrent.atomic.AtomicLong();
      java.util.concurrent.atomic.AtomicLong dueNanos =
          new java.util.concurrent.atomic.AtomicLong();
      AtomicInteger polls = new AtomicInteger();
      Instant dies = T0.plus(MONTH.dividedBy(2));
      CyclicBarrier barrier = new CyclicBarrier(INSTANCES);
      Map<String, Integer> capacity = new HashMap<>();
      for (Jurisdiction j : REGISTRIES.values()) {
        for (Responder r : j.responders()) {
          capacity.put("responder:" + r.id(), r.capacity());
        }
      }
      List<String> overCapacity = Collections.synchronizedList(new ArrayList<>());
      long started = System.nanoTime();
      List<Thread> threads = new ArrayList<>();
      for (int k = 0; k < INSTANCES; k++) {
        int me = k;
        Map<String, JdbcOrderStore> mine = stores.get(k);
        Thread t =
            new Thread(
                () -> {
                  int next = 0;
                  boolean dead = false;
                  try {
                    for (Instant now = T0.plus(STEP);
                        !now.isAfter(T0.plus(MONTH).plus(Duration.ofDays(4)));
                        now = now.plus(STEP)) {
                      // this instance's commands of the hour, in time order
                      while (!dead
                          && next < plan.size()
                          && plan.get(next).command().at().isBefore(now)) {
                        Planned p = plan.get(next++);
                        if (route(p, dies) != me) {
                          continue;
                        }
                        try {
                          long t0 = System.nanoTime();
                          mine.get(p.district()).handle(p.command(), REGISTRIES.get(p.district()));
                          commandNanos.addAndGet(System.nanoTime() - t0);
                        } catch (IllegalTransitionException | CommandRefusedException e) {
                          refused
                              .incrementAndGet(); // the order moved on (escalated, closed) before
                          // the step came
                        }
                      }
                      barrier.await();
                      if (me == INSTANCES - 1 && !dead && !now.isBefore(dies)) {
                        // from mid-month its commands go elsewhere; it dies right after it next
                        // claims due
                        // orders, and its claims are left to run out
                        int held = mine.get(DISTRICTS.get(0)).due(now, 25).size();
                        claimedByTheDead.addAndGet(held);
                        dead = held > 0;
                      }
                      // every instance polls the due work until none is left for the hour
                      // the instances take the districts in turn orders, so that both districts'
                      // locks are busy
                      for (int turn = 0; !dead && turn < DISTRICTS.size(); turn++) {
                        String d = DISTRICTS.get((me + turn) % DISTRICTS.size());
                        JdbcOrderStore store = mine.get(d);
                        DueWork w;
                        do {
                          long t0 = System.nanoTime();
                          w = store.escalateDue(REGISTRIES.get(d), now, 50);
                          dueNanos.addAndGet(System.nanoTime() - t0);
                          polls.incrementAndGet();
                          assertThat(w.failed()).as("failed decisions").isZero();
                          List<String> list =
                              madeBy.computeIfAbsent(
                                  store.instance(),
                                  x -> Collections.synchronizedList(new ArrayList<>()));
                          w.escalations()
                              .forEach(
                                  e ->
                                      list.add(
                                          d
                                              + "/"
                                              + e.order()
                                              + "@"
                                              + e.at()
                                              + "/"
                                              + e.kind()
                                              + "/"
                                              + e.trigger()));
                        } while (w.claimed() > 0);
                      }
                      barrier.await();
                      if (me == 0 && now.getEpochSecond() % (6 * 3600) == 0) {
                        // what each holds of what was given to them (an order in rework comes back
                        // to its owner
                        // whatever their load: the lifecycle's rule, not an assignment)
                        Instant at = now;
                        db.rows(
                                "SELECT holder, count(*) FROM gridgov_order WHERE holder IS NOT NULL AND status <> 'REWORK' "
                                    + "GROUP BY holder")
                            .forEach(
                                (who, n) -> {
                                  Integer cap = capacity.get(who);
                                  if (cap != null && n > cap) {
                                    overCapacity.add(
                                        who + " holds " + n + " > " + cap + " at " + at);
                                  }
                                });
                      }
                      barrier.await();
                    }
                  } catch (Throwable e) {
                    surfaced.compareAndSet(null, e);
                    barrier.reset();
                  }
                },
                "instance-" + k);
        threads.add(t);
        t.start();
      }
      for (Thread t : threads) {
        t.join();
      }
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      assertThat(surfaced.get()).as("an exception reaching a caller").isNull();

      Map<String, ServiceOrder> all = new HashMap<>();
      Instant end = T0.plus(MONTH).plus(Duration.ofDays(4));
      for (String d : DISTRICTS) {
        JdbcOrderStore reader = stores.get(0).get(d);
        for (int from = 0; ; from += OrderQuery.MAX_LIMIT) {
          List<ServiceOrder> page =
              reader.find(OrderQuery.builder().limit(OrderQuery.MAX_LIMIT).offset(from).build());
          page.forEach(o -> all.put(d + "/" + o.id(), o));
          if (page.size() < OrderQuery.MAX_LIMIT) {
            break;
          }
        }
        assertThat(reader.count(OrderQuery.builder().dueBy(end).build()))
            .as("due work left undone in %s", d)
            .isZero();
      }
      assertThat(all).as("no order lost").hasSize(ORDERS);
      List<String> made = madeBy.values().stream().flatMap(List::stream).toList();
      Set<String> distinct = new HashSet<>();
      for (String e : made) {
        assertThat(distinct.add(e)).as("escalated twice: %s", e).isTrue();
      }
      Map<String, Long> onTrails = new HashMap<>();
      all.forEach(
          (key, o) -> {
            long moves =
                o.events().stream()
                    .filter(
                        x ->
                            x.actor().equals(GovernanceRules.ACTOR)
                                && x.step() != OrderStep.APPROVE_TRANSFER)
                    .count();
            if (moves > 0) {
              onTrails.put(key, moves);
            }
          });
      Map<String, Long> decided = new HashMap<>();
      made.forEach(e -> decided.merge(e.substring(0, e.indexOf('@')), 1L, Long::sum));
      assertThat(decided)
          .as("each move on a trail was decided once, and each decision is on its trail")
          .isEqualTo(onTrails);
      assertThat(made.size()).as("the month escalated").isGreaterThan(ORDERS / 4);
      assertThat(madeBy.keySet()).as("every live instance took a share").hasSize(INSTANCES);
      assertThat(claimedByTheDead.get()).as("the instance died holding claims").isPositive();
      assertThat(db.number("SELECT count(*) FROM gridgov_order WHERE claimed_by IS NOT NULL"))
          .as("claims left")
          .isZero();
      assertThat(overCapacity).as("responders over capacity").isEmpty();
      for (ServiceOrder o : all.values()) {
        for (OrderEvent e : o.events()) {
          if (e.actor().equals(GovernanceRules.ACTOR)) {
            assertThat(e.at())
                .as("decided within the month and its grace")
                .isBefore(end.plusSeconds(1));
          }
        }
      }
      System.out.printf(
          java.util.Locale.ROOT,
          "SharedDueWorkIT: %d orders in two districts, %d commands (%d refused as the order had "
              + "moved on), %d escalations by %d instances (%s), %d claims left by the dead one, in %d s (commands %d s, "
              + "%d due polls %d s, summed over the instances)%n",
          ORDERS,
          plan.size(),
          refused.get(),
          made.size(),
          INSTANCES,
          madeBy.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue().size())
              .sorted()
              .toList(),
          claimedByTheDead.get(),
          took.toSeconds(),
          commandNanos.get() / 1_000_000_000L,
          polls.get(),
          dueNanos.get() / 1_000_000_000L);
    }
  }
}
