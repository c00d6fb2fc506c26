package io.github.gridgov.benchmarks;

import io.github.gridgov.core.order.OrderId;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.people.Household;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.fixtures.Generators;
import io.github.gridgov.rules.GovernanceRules;
import io.github.gridgov.rules.assignment.AssignmentDecision;
import io.github.gridgov.rules.assignment.Workload;
import io.github.gridgov.rules.escalation.Escalation;
import io.github.gridgov.rules.escalation.EscalationAgenda;
import io.github.gridgov.rules.triage.TriageDecision;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Plain timed loops over the district data, one call each, to profile under JFR (or time the code
 * before and after a change in one JVM): {@code first-load} ({@code putAll} of a million open
 * orders, one poll, and the timers alone), {@code poll} (the deciding poll with every escalated
 * order put back), {@code build} (the whole registry built after a GC) and {@code decide} (triage
 * and assignment of 10,000 new orders, timed and counted in bytes allocated per order). Run by {@code
 * ./run-drools-comparison driver <name> [rounds]}; never part of the tests.
 */
public final class Drivers {
  private Drivers() {}

  public static void main(String[] args) {
    String name = args.length > 0 ? args[0] : "first-load";
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
    switch (name) {
      case "first-load" -> firstLoad(rounds);
      case "poll" -> poll(rounds);
      case "build" -> build(rounds);
      case "decide" -> decide(rounds);
      default ->
          throw new IllegalArgumentException(
              "Cannot run driver '" + name + "': it must be first-load, poll, build or decide");
    }
  }

  private static void firstLoad(int rounds) {
    GovernanceRules rules = GovernanceRules.standard();
    Jurisdiction j = District.jurisdiction(1_000_000);
    List<ServiceOrder> orders = District.openOrders(j, 1_000_000, rules);
    for (int r = 0; r < rounds; r++) {
      long s = System.nanoTime();
      EscalationAgenda agenda = rules.agenda(j);
      agenda.putAll(orders);
      long loaded = System.nanoTime();
      int due = agenda.poll(District.NOW).size();
      long polled = System.nanoTime();
      int timers = 0;
      for (ServiceOrder o : orders) {
        if (rules.nextCheckAt(o).isPresent()) {
          timers++;
        }
      }
      long timed = System.nanoTime();
      System.out.printf(
          "putAll %.0f ms, poll %.0f ms (%,d due), the timers alone %.0f ms (%,d)%n",
          (loaded - s) / 1e6, (polled - loaded) / 1e6, due, (timed - polled) / 1e6, timers);
    }
  }

  private static void poll(int rounds) {
    GovernanceRules rules = GovernanceRules.standard();
    Jurisdiction j = District.jurisdiction(1_000_000);
    List<ServiceOrder> orders = District.openOrders(j, 1_000_000, rules);
    Map<OrderId, ServiceOrder> byId = new HashMap<>();
    orders.forEach(o -> byId.put(o.id(), o));
    EscalationAgenda agenda = rules.agenda(j);
    agenda.putAll(orders);
    for (int r = 0; r < rounds; r++) {
      long s = System.nanoTime();
      List<Escalation> due = agenda.poll(District.NOW);
      for (Escalation e : due) {
        agenda.put(byId.get(e.order()));
      }
      System.out.printf(
          "poll and put back %.0f ms (%,d escalations)%n",
          (System.nanoTime() - s) / 1e6, due.size());
    }
  }

  private static void build(int rounds) {
    Jurisdiction district = District.jurisdiction(1_000_000);
    List<Household> all = district.households().toList();
    for (int r = 0; r < rounds; r++) {
      Jurisdiction.Builder b = District.builderOf(district, all);
      System.gc();
      long s = System.nanoTime();
      Jurisdiction built = b.build();
      System.out.printf(
          "build %.0f ms (%,d households)%n",
          (System.nanoTime() - s) / 1e6, built.householdCount());
    }
  }

  private static void decide(int rounds) {
    GovernanceRules rules = GovernanceRules.standard();
    Jurisdiction j = District.jurisdiction(1_000_000);
    ServiceOrder[] orders =
        Generators.orders(j)
            .count(10_000)
            .generate(new SplittableRandom(District.SEED))
            .toArray(ServiceOrder[]::new);
    Workload workload = District.workload(j);
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long self = Thread.currentThread().getId();
    int kept = 0;
    for (int r = 0; r < rounds; r++) {
      long bytes = threads.getThreadAllocatedBytes(self);
      long s = System.nanoTime();
      for (ServiceOrder o : orders) {
        TriageDecision t = rules.triage(o, j);
        if (t.proceeds()) {
          AssignmentDecision a = rules.assign(o, t.startTier().get(), j, workload, District.NOW);
          kept += a.reasons().size();
        }
        kept += t.reasons().size();
      }
      long took = System.nanoTime() - s;
      long allocated = threads.getThreadAllocatedBytes(self) - bytes;
      System.out.printf(
          "triage + assignment %.2f µs, %,d B allocated per order%n",
          took / 1e3 / orders.length, allocated / orders.length);
    }
    System.out.println("(" + kept + " reasons)");
  }
}
