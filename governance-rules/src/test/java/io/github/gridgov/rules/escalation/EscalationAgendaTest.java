package io.github.gridgov.rules.escalation;

import static io.github.gridgov.rules.Neighbourhood.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gridgov.core.order.Actor;
import io.github.gridgov.core.order.Category;
import io.github.gridgov.core.order.EscalationTrigger;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.rules.GovernanceRules;
import io.github.gridgov.rules.assignment.Workload;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("升级日程: the agenda of open orders by their next check")
class EscalationAgendaTest {
  static final GovernanceRules RULES = GovernanceRules.standard();
  static final Instant T0 = Instant.parse("2026-06-01T00:00:00Z");

  static ServiceOrder dispatched(int i, double hoursAfter) {
    Instant at = T0.plusSeconds((long) (hoursAfter * 3600));
    ServiceOrder o =
        order("O-" + i, i % 2 == 0 ? FLAT_301 : FLAT_60, Category.WATER_LEAK, at).build();
    return o.dispatch(
        DISPATCHER, RULES.assign(o, DISTRICT, Workload.none(), at).dispatch().orElseThrow(), at);
  }

  @Test
  @DisplayName(
      "a poll returns only what is due, earliest first, and takes those orders off until put again")
  void poll() {
    EscalationAgenda agenda = RULES.agenda(DISTRICT);
    ServiceOrder early = dispatched(1, 0);
    ServiceOrder late = dispatched(2, 10);
    agenda.put(late);
    agenda.put(early);
    assertThat(agenda.size()).isEqualTo(2);
    assertThat(agenda.nextAt()).isEqualTo(RULES.nextCheckAt(early));
    assertThat(agenda.poll(T0.plus(Duration.ofHours(23)))).isEmpty();
    assertThat(agenda.dueCount(T0.plus(Duration.ofHours(25)))).isEqualTo(1);
    List<Escalation> due = agenda.poll(T0.plus(Duration.ofHours(25)));
    assertThat(due).extracting(Escalation::order).containsExactly(early.id());
    assertThat(agenda.size()).isEqualTo(1);
    assertThat(agenda.poll(T0.plus(Duration.ofHours(25)))).isEmpty();
  }

  @Test
  @DisplayName(
      "排班变动: an order whose owner is off duty in the agenda's registry is due at once, and moves")
  void ownerOffDuty() {
    ServiceOrder draft = order("O-44", FLAT_44, Category.WATER_LEAK, T0).build();
    ServiceOrder o =
        draft
            .dispatch(
                DISPATCHER,
                io.github.gridgov.core.order.Dispatch.of(
                    io.github.gridgov.core.order.Assignee.of(LEADER_44),
                    io.github.gridgov.core.Tier.BUILDING,
                    RULES.deadlines(draft, T0)),
                T0)
            .accept(Actor.responder(LEADER_44), T0.plus(Duration.ofMinutes(5)));
    assertThat(DISTRICT.responder(LEADER_44).orElseThrow().isOnDuty())
        .as("the fixture's leader of 44栋")
        .isFalse();
    assertThat(RULES.nextCheckAt(o, DISTRICT)).contains(o.lastChangedAt());
    assertThat(RULES.nextCheckAt(o))
        .as("without a registry, only the timers")
        .isNotEqualTo(RULES.nextCheckAt(o, DISTRICT));
    EscalationAgenda agenda = RULES.agenda(DISTRICT);
    agenda.put(o);
    assertThat(agenda.poll(T0.plus(Duration.ofHours(1))))
        .extracting(Escalation::trigger)
        .containsExactly(EscalationTrigger.OWNER_UNAVAILABLE);
  }

  @Test
  @DisplayName(
      "an order an event has already made due (returned, below its needed tier) is due at once")
  void eventTriggers() {
    EscalationAgenda agenda = RULES.agenda(DISTRICT);
    ServiceOrder returned =
        EscalationTest.returnedAt(io.github.gridgov.core.Tier.COMMUNITY, WORKER_ANFENG, "需住建部门");
    ServiceOrder quiet = dispatched(3, 0);
    agenda.put(returned);
    agenda.put(quiet);
    assertThat(RULES.nextCheckAt(returned, DISTRICT)).contains(returned.lastChangedAt());
    assertThat(RULES.nextCheckAt(quiet, DISTRICT)).isEqualTo(RULES.nextCheckAt(quiet));
    assertThat(agenda.poll(returned.lastChangedAt()))
        .extracting(Escalation::trigger)
        .containsExactly(EscalationTrigger.RETURNED_BY_OWNER);
    ServiceOrder needsMore =
        quiet.addFlag(
            DISPATCHER,
            io.github.gridgov.core.order.OrderFlag.PUBLIC_SAFETY,
            T0.plus(Duration.ofMinutes(10)));
    agenda.put(needsMore);
    assertThat(agenda.poll(T0.plus(Duration.ofMinutes(10))))
        .extracting(Escalation::trigger)
        .containsExactly(EscalationTrigger.FLAG_NEEDS_HIGHER_TIER);
  }

  @Test
  @DisplayName(
      "putting an order again replaces its entry; closed or paused orders leave the agenda")
  void replace() {
    EscalationAgenda agenda = RULES.agenda(DISTRICT);
    ServiceOrder o = dispatched(2, 0);
    agenda.put(o);
    ServiceOrder accepted = o.accept(Actor.responder(LEADER_43), T0.plus(Duration.ofHours(1)));
    agenda.put(accepted);
    assertThat(agenda.size()).isEqualTo(1);
    assertThat(agenda.poll(T0.plus(Duration.ofHours(25))))
        .as("the acceptance timer is gone")
        .isEmpty();
    agenda.put(accepted);
    agenda.put(accepted.suspend(Actor.responder(LEADER_43), "等待业主", T0.plus(Duration.ofHours(2))));
    assertThat(agenda.size()).isZero();
    assertThat(agenda.nextAt()).isEmpty();
    agenda.put(accepted);
    agenda.remove(accepted.id());
    assertThat(agenda.size()).isZero();
  }

  @Test
  @DisplayName("polling 200 orders at many instants gives exactly what the full sweep gives")
  void sameAsTheSweep() {
    List<ServiceOrder> orders = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      orders.add(dispatched(i, (i * 37) % 100));
    }
    EscalationAgenda agenda = RULES.agenda(DISTRICT);
    agenda.putAll(orders.subList(0, 120));
    orders.subList(120, 200).forEach(agenda::put);
    List<ServiceOrder> pending = new ArrayList<>(orders);
    for (int h = 0; h <= 300; h += 7) {
      Instant now = T0.plus(Duration.ofHours(h));
      List<Escalation> swept = RULES.due(pending, DISTRICT, now);
      List<Escalation> polled = agenda.poll(now);
      assertThat(polled).as("hour %s", h).containsExactlyInAnyOrderElementsOf(swept);
      pending.removeIf(o -> swept.stream().anyMatch(e -> e.order().equals(o.id())));
    }
    assertThat(agenda.size()).isZero();
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 17, 42, 99, 2026, 20261125})
  @DisplayName(
      "random puts, batch puts, removes, polls and undecided polls keep the agenda equal to a plain map of the orders")
  void randomOperations(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<ServiceOrder> orders = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      orders.add(dispatched(i, random.nextInt(200)));
    }
    EscalationAgenda agenda = RULES.agenda(DISTRICT);
    java.util.Map<io.github.gridgov.core.order.OrderId, ServiceOrder> expected =
        new java.util.HashMap<>();
    for (int step = 0; step < 3000; step++) {
      ServiceOrder o = orders.get(random.nextInt(orders.size()));
      int op = random.nextInt(10);
      if (op < 5) {
        agenda.put(o);
        expected.put(o.id(), o);
      } else if (op == 5) {
        int from = random.nextInt(orders.size());
        List<ServiceOrder> batch =
            orders.subList(from, Math.min(orders.size(), from + 1 + random.nextInt(40)));
        agenda.putAll(batch);
        batch.forEach(x -> expected.put(x.id(), x));
      } else if (op < 9) {
        agenda.remove(o.id());
        expected.remove(o.id());
      } else if (op == 9 && random.nextBoolean()) {
        Instant now = T0.plus(Duration.ofHours(random.nextInt(240)));
        List<ServiceOrder> due = agenda.pollDue(now);
        assertThat(due)
            .as("seed %s step %s", seed, step)
            .containsExactlyInAnyOrderElementsOf(
                expected.values().stream()
                    .filter(x -> !RULES.nextCheckAt(x, DISTRICT).orElseThrow().isAfter(now))
                    .toList());
        assertThat(due).extracting(x -> RULES.nextCheckAt(x, DISTRICT).orElseThrow()).isSorted();
        due.forEach(x -> expected.remove(x.id()));
      } else {
        Instant now = T0.plus(Duration.ofHours(random.nextInt(240)));
        List<Escalation> swept = RULES.due(expected.values(), DISTRICT, now);
        assertThat(agenda.poll(now))
            .as("seed %s step %s", seed, step)
            .containsExactlyInAnyOrderElementsOf(swept);
        expected.values().removeIf(x -> !RULES.nextCheckAt(x, DISTRICT).orElseThrow().isAfter(now));
      }
      assertThat(agenda.size()).as("seed %s step %s", seed, step).isEqualTo(expected.size());
    }
    assertThat(agenda.nextAt())
        .isEqualTo(
            expected.values().stream()
                .map(x -> RULES.nextCheckAt(x, DISTRICT).orElseThrow())
                .min(Instant::compareTo));
  }

  @org.junit.jupiter.api.Test
  @org.junit.jupiter.api.DisplayName(
      "boundaries: an order is due at its due time, not a millisecond before; nextAt rounds a "
          + "sub-millisecond due time up by exactly one millisecond's remainder")
  @SuppressWarnings("JavaInstantGetSecondsGetNano") // the sub-millisecond part alone is checked
  void boundaries() {
    EscalationAgenda agenda = RULES.agenda(DISTRICT);
    ServiceOrder o = dispatched(1, 0);
    agenda.put(o);
    Instant due = RULES.nextCheckAt(o, DISTRICT).get();
    assertThat(agenda.dueCount(due)).as("due at its due time").isEqualTo(1);
    assertThat(agenda.dueCount(due.minusMillis(1))).as("not a millisecond before").isZero();
    assertThat(agenda.pollDue(due.minusMillis(1))).isEmpty();
    assertThat(agenda.size()).isEqualTo(1);

    EscalationAgenda fine = RULES.agenda(DISTRICT);
    Instant at = T0.plusNanos(500_000);
    ServiceOrder reported = order("O-fine", FLAT_301, Category.WATER_LEAK, at).build();
    ServiceOrder late =
        reported.dispatch(
            DISPATCHER,
            RULES.assign(reported, DISTRICT, Workload.none(), at).dispatch().orElseThrow(),
            at);
    fine.put(late);
    Instant exact = RULES.nextCheckAt(late, DISTRICT).get();
    assertThat(exact.getNano() % 1_000_000).isEqualTo(500_000);
    assertThat(fine.nextAt()).contains(exact.plusNanos(500_000));
    assertThat(fine.dueCount(exact)).as("counted by its rounded-up millisecond").isZero();
    assertThat(fine.pollDue(exact.plusNanos(500_000))).containsExactly(late);
  }

  @org.junit.jupiter.api.Test
  @org.junit.jupiter.api.DisplayName(
      "polls hand out due orders earliest first, ties in any order but each once, and keep the rest")
  void earliestFirst() {
    EscalationAgenda agenda = RULES.agenda(DISTRICT);
    java.util.List<ServiceOrder> all = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      all.add(dispatched(i, (i % 7) * 0.5));
    }
    agenda.putAll(all);
    assertThat(agenda.size()).isEqualTo(40);
    Instant mid = RULES.nextCheckAt(all.get(3), DISTRICT).get();
    java.util.List<ServiceOrder> due = agenda.pollDue(mid);
    assertThat(due)
        .extracting(x -> RULES.nextCheckAt(x, DISTRICT).get())
        .isSorted()
        .allSatisfy(t -> assertThat(t).isBeforeOrEqualTo(mid));
    assertThat(due).doesNotHaveDuplicates();
    long expected =
        all.stream().filter(x -> !RULES.nextCheckAt(x, DISTRICT).get().isAfter(mid)).count();
    assertThat(due).hasSize((int) expected);
    assertThat(agenda.size()).isEqualTo(40 - due.size());
    assertThat(agenda.nextAt().get()).isAfter(mid);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {7, 11})
  @DisplayName(
      "1,200 orders put in random order, one by one or in batches, come out of polls in due order, each once")
  void heapOrder(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<ServiceOrder> orders = new ArrayList<>();
    for (int i = 0; i < 1200; i++) {
      orders.add(dispatched(i, i * 7 / 3600.0));
    }
    java.util.Collections.shuffle(orders, new java.util.Random(seed));
    EscalationAgenda agenda = RULES.agenda(DISTRICT);
    for (int i = 0; i < orders.size(); ) {
      int n = 1 + random.nextInt(random.nextBoolean() ? 1 : 300);
      List<ServiceOrder> batch = orders.subList(i, Math.min(orders.size(), i + n));
      if (batch.size() == 1) {
        agenda.put(batch.get(0));
      } else {
        agenda.putAll(batch);
      }
      i += batch.size();
    }
    assertThat(agenda.size()).isEqualTo(1200);
    java.util.Map<ServiceOrder, Instant> due = new java.util.HashMap<>();
    orders.forEach(o -> due.put(o, RULES.nextCheckAt(o, DISTRICT).orElseThrow()));
    List<Instant> expected = due.values().stream().sorted().toList();
    List<Instant> polled = new ArrayList<>();
    while (agenda.size() > 0) {
      Instant next = agenda.nextAt().orElseThrow();
      Instant now = next.plusSeconds(random.nextInt(120));
      List<ServiceOrder> taken = agenda.pollDue(now);
      assertThat(taken).isNotEmpty();
      taken.forEach(o -> polled.add(due.get(o)));
      agenda.nextAt().ifPresent(t -> assertThat(t).isAfter(now));
    }
    assertThat(polled).isEqualTo(expected);
    assertThat(agenda.nextAt()).isEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {5, 13})
  @DisplayName(
      "puts and removes over 1,500 orders keep each order on the agenda once, whatever the order of removal")
  void membership(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<ServiceOrder> orders = new ArrayList<>();
    for (int i = 0; i < 1500; i++) {
      orders.add(dispatched(i, random.nextInt(48)));
    }
    EscalationAgenda agenda = RULES.agenda(DISTRICT);
    java.util.Set<io.github.gridgov.core.order.OrderId> on = new java.util.HashSet<>();
    for (int step = 0; step < 15_000; step++) {
      ServiceOrder o = orders.get(random.nextInt(orders.size()));
      if (random.nextInt(3) > 0) {
        agenda.put(o);
        on.add(o.id());
      } else {
        agenda.remove(o.id());
        on.remove(o.id());
      }
      if (agenda.size() != on.size()) {
        assertThat(agenda.size()).as("seed %s step %s", seed, step).isEqualTo(on.size());
      }
    }
    for (ServiceOrder o : orders) {
      agenda.put(o);
      on.add(o.id());
    }
    assertThat(agenda.size()).isEqualTo(on.size()).isEqualTo(1500);
    List<ServiceOrder> all = agenda.pollDue(T0.plus(Duration.ofDays(3650)));
    assertThat(all).hasSize(1500).doesNotHaveDuplicates();
    assertThat(agenda.size()).isZero();
  }
}
