package io.github.gridgov.benchmarks;

import io.github.gridgov.benchmarks.drl.CategoryTarget;
import io.github.gridgov.benchmarks.drl.Move;
import io.github.gridgov.benchmarks.drl.Now;
import io.github.gridgov.benchmarks.drl.OpenOrder;
import io.github.gridgov.core.Tier;
import io.github.gridgov.core.area.AreaLevel;
import io.github.gridgov.core.order.EscalationTrigger;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.rules.GovernanceRules;
import io.github.gridgov.rules.escalation.Escalation;
import io.github.gridgov.rules.escalation.EscalationAgenda;
import io.github.gridgov.rules.internal.Places;
import io.github.gridgov.rules.sla.SlaClock;
import io.github.gridgov.rules.sla.SlaState;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.internal.utils.KieHelper;

/**
 * Drools 10.2 side by side with the library's escalation agenda, over the same open orders at the
 * same instant: checks that the DRL rules ({@code escalation.drl}) make exactly the library's
 * moves, then times the first load and evaluation, the steady-state re-evaluation, and the heap
 * each keeps per open order. Run by {@code ./run-drools-comparison}; never part of the tests.
 */
public final class DroolsComparison {
  private DroolsComparison() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    GovernanceRules rules = GovernanceRules.standard();
    Jurisdiction j = District.jurisdiction(Math.max(100_000, n));
    List<ServiceOrder> orders = District.openOrders(j, n, rules);
    Instant now = District.NOW;
    Map<io.github.gridgov.core.order.OrderId, ServiceOrder> byId = new HashMap<>();
    orders.forEach(o -> byId.put(o.id(), o));
    List<OpenOrder> facts = facts(orders, j, rules, now);
    List<CategoryTarget> targets = categoryTargets(orders, rules);
    long t0 = System.nanoTime();
    KieBase kieBase = compile();
    double compileMs = (System.nanoTime() - t0) / 1e6;

    // 1. Same moves, checked before any timing.
    EscalationAgenda agenda = rules.agenda(j);
    agenda.putAll(orders);
    Set<String> ours = keys(agenda.poll(now));
    List<Move> moves = new ArrayList<>();
    KieSession session = load(kieBase, facts, targets, now, moves);
    session.fireAllRules();
    Set<String> theirs =
        moves.stream()
            .map(m -> m.order() + "|" + m.trigger() + "|" + m.from() + "|" + m.to())
            .collect(Collectors.toCollection(TreeSet::new));
    session.dispose();
    if (!ours.equals(theirs)) {
      Set<String> onlyOurs = new TreeSet<>(ours);
      onlyOurs.removeAll(theirs);
      Set<String> onlyTheirs = new TreeSet<>(theirs);
      onlyTheirs.removeAll(ours);
      throw new IllegalStateException(
          "DRL and library differ: "
              + onlyOurs.size()
              + " only ours "
              + onlyOurs.stream().limit(5).toList()
              + ", "
              + onlyTheirs.size()
              + " only DRL "
              + onlyTheirs.stream().limit(5).toList());
    }

    // 2. First load and evaluation.
    double[] drlLoad = new double[3];
    double[] drlFacts = new double[3];
    double[] ourLoad = new double[3];
    for (int r = 0; r < 3; r++) {
      long s = System.nanoTime();
      List<OpenOrder> fresh = facts(orders, j, rules, now);
      drlFacts[r] = (System.nanoTime() - s) / 1e6;
      moves.clear();
      s = System.nanoTime();
      KieSession k = load(kieBase, fresh, targets, now, moves);
      k.fireAllRules();
      drlLoad[r] = (System.nanoTime() - s) / 1e6;
      k.dispose();
      s = System.nanoTime();
      EscalationAgenda a = rules.agenda(j);
      a.putAll(orders);
      int due = a.poll(now).size();
      ourLoad[r] = (System.nanoTime() - s) / 1e6;
      if (due != ours.size()) {
        throw new IllegalStateException("agenda run " + r + " found " + due);
      }
    }

    // 3. Steady state: time moves on (the same instant again, so each round makes the same moves).
    moves.clear();
    Now nowFact = new Now(now.toEpochMilli());
    KieSession live = load(kieBase, facts, targets, nowFact, moves);
    live.fireAllRules();
    FactHandle nowHandle = live.getFactHandle(nowFact);
    EscalationAgenda liveAgenda = rules.agenda(j);
    liveAgenda.putAll(orders);
    int rounds = 15;
    double[] drlStep = new double[rounds];
    double[] ourStep = new double[rounds];
    double[] findStep = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      moves.clear();
      long s = System.nanoTime();
      nowFact.setMillis(now.toEpochMilli());
      live.update(nowHandle, nowFact);
      live.fireAllRules();
      drlStep[r] = (System.nanoTime() - s) / 1e6;
      s = System.nanoTime();
      List<Escalation> due = liveAgenda.poll(now);
      for (Escalation e : due) {
        liveAgenda.put(byId.get(e.order()));
      }
      ourStep[r] = (System.nanoTime() - s) / 1e6;
      s = System.nanoTime();
      List<ServiceOrder> found = liveAgenda.pollDue(now);
      for (ServiceOrder o : found) {
        liveAgenda.put(o);
      }
      findStep[r] = (System.nanoTime() - s) / 1e6;
      if (found.size() != due.size()) {
        throw new IllegalStateException(
            "round " + r + ": pollDue " + found.size() + ", poll " + due.size());
      }
      if (moves.size() != ours.size() || due.size() != ours.size()) {
        throw new IllegalStateException(
            "round " + r + ": DRL " + moves.size() + ", agenda " + due.size());
      }
    }
    live.dispose();
    liveAgenda = null;

    // 4. Heap kept per open order (the orders and facts themselves excluded: both sides hold them).
    long base = usedAfterGc();
    KieSession held = load(kieBase, facts, targets, now, moves);
    held.fireAllRules();
    long drlBytes = usedAfterGc() - base;
    held.dispose();
    held = null;
    base = usedAfterGc();
    EscalationAgenda again = rules.agenda(j);
    again.putAll(orders);
    long ourBytesAgain = usedAfterGc() - base;

    StringBuilder report = new StringBuilder();
    say(report, "identical moves: %,d of %,d open orders (%s)", ours.size(), n, byTrigger(ours));
    say(report, "orders %,d, DRL compile %.0f ms", n, compileMs);
    say(
        report,
        "first load + evaluation: Drools %s ms (+ %s ms to build the facts, deadlines by"
            + " the library's SLA clock), agenda (put all, poll) %s ms; ratio %.1fx, with the facts %.1fx",
        fmt(drlLoad),
        fmt(drlFacts),
        fmt(ourLoad),
        median(drlLoad) / median(ourLoad),
        (median(drlLoad) + median(drlFacts)) / median(ourLoad));
    say(
        report,
        "steady state per re-evaluation (median of %d): Drools %.1f ms, agenda poll %.1f ms, ratio %.1fx",
        rounds,
        median(drlStep),
        median(ourStep),
        median(drlStep) / median(ourStep));
    say(
        report,
        "  of which finding the due orders and keeping the agenda current (pollDue, put back; no"
            + " decisions): %.1f ms, ratio %.1fx",
        median(findStep),
        median(drlStep) / median(findStep));
    say(
        report,
        "heap per open order (MemoryMXBean after GC; the orders and facts excluded):"
            + " Drools %.0f B, agenda %.0f B, ratio %.1fx",
        (double) drlBytes / n,
        (double) ourBytesAgain / n,
        (double) drlBytes / ourBytesAgain);
    RunBenchmarks.writeBlock(
        BEGIN,
        END,
        "Last run on "
            + RunBenchmarks.machine()
            + ". Command: `./run-drools-comparison "
            + String.join(" ", args)
            + "`.\n\n```\n"
            + report
            + "```\n");
    if (again.size() != n) {
      throw new IllegalStateException("agenda holds " + again.size());
    }
  }

  /** The block of BENCHMARKS.md this harness writes; everything outside it is kept. */
  static final String BEGIN = "<!-- drools:begin (written by ./run-drools-comparison) -->";

  static final String END = "<!-- drools:end -->";

  private static void say(StringBuilder report, String format, Object... args) {
    String line = String.format(java.util.Locale.ROOT, format, args);
    System.out.println(line);
    report.append(line).append('\n');
  }

  /** The rule base compiled from {@code drl/escalation.drl}. */
  static KieBase compile() {
    try (var in = DroolsComparison.class.getResourceAsStream("drl/escalation.drl")) {
      String drl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new KieHelper().addContent(drl, ResourceType.DRL).build();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The target-tier fact of every category among {@code orders}. */
  static List<CategoryTarget> categoryTargets(List<ServiceOrder> orders, GovernanceRules rules) {
    return orders.stream()
        .map(ServiceOrder::category)
        .distinct()
        .map(
            c ->
                new CategoryTarget(c.toString(), rules.catalogue().entry(c).targetTier().ordinal()))
        .collect(Collectors.toList());
  }

  static KieSession load(
      KieBase kieBase,
      List<OpenOrder> facts,
      List<CategoryTarget> targets,
      Instant now,
      List<Move> moves) {
    return load(kieBase, facts, targets, new Now(now.toEpochMilli()), moves);
  }

  static KieSession load(
      KieBase kieBase,
      List<OpenOrder> facts,
      List<CategoryTarget> targets,
      Now now,
      List<Move> moves) {
    KieSession s = kieBase.newKieSession();
    s.setGlobal("moves", moves);
    targets.forEach(s::insert);
    s.insert(now);
    facts.forEach(s::insert);
    return s;
  }

  static List<OpenOrder> facts(
      List<ServiceOrder> orders, Jurisdiction j, GovernanceRules rules, Instant now) {
    SlaClock clock = rules.clock();
    List<OpenOrder> out = new ArrayList<>(orders.size());
    for (ServiceOrder o : orders) {
      Tier tier = o.tier().orElseThrow();
      int location =
          Places.area(o, j)
              .map(
                  a -> a.level() == AreaLevel.COMPOUND ? Tier.GRID : a.level().tier().orElseThrow())
              .orElseThrow()
              .ordinal();
      Set<String> flags = new HashSet<>();
      o.flags().forEach(f -> flags.add(f.name()));
      out.add(
          new OpenOrder(
              o.id().toString(),
              tier.ordinal(),
              o.category().toString(),
              o.scope().lowestTier().ordinal(),
              location,
              flags,
              clock
                  .acceptance(o, now)
                  .map(SlaState::dueAt)
                  .map(Instant::toEpochMilli)
                  .orElse(Long.MAX_VALUE),
              clock.resolution(o, now).dueAt().toEpochMilli(),
              clock
                  .tier(o, now)
                  .map(SlaState::dueAt)
                  .map(Instant::toEpochMilli)
                  .orElse(Long.MAX_VALUE),
              o.owner().flatMap(a -> a.responder()).isPresent()
                  && !j.responder(o.owner().get().responder().get())
                      .map(r -> r.isOnDuty())
                      .orElse(false),
              rules.nextCheckAt(o, j).map(Instant::toEpochMilli).orElse(Long.MAX_VALUE)));
    }
    return out;
  }

  static Set<String> keys(List<Escalation> escalations) {
    Set<String> out = new TreeSet<>();
    for (Escalation e : escalations) {
      boolean reassignOrUp =
          e.trigger() == EscalationTrigger.NOT_ACCEPTED_IN_TIME
              || e.trigger() == EscalationTrigger.OWNER_UNAVAILABLE;
      out.add(
          e.order()
              + "|"
              + e.trigger()
              + "|"
              + e.from().ordinal()
              + "|"
              + (reassignOrUp ? -1 : e.to().ordinal()));
    }
    return out;
  }

  static String byTrigger(Set<String> keys) {
    return keys.stream()
        .collect(
            Collectors.groupingBy(
                k -> k.split("\\|", -1)[1], TreeMapSupplier.INSTANCE, Collectors.counting()))
        .toString();
  }

  static long usedAfterGc() throws InterruptedException {
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  static double median(double[] xs) {
    double[] c = xs.clone();
    Arrays.sort(c);
    return c[c.length / 2];
  }

  static String fmt(double[] xs) {
    return Arrays.stream(xs)
        .mapToObj(x -> String.format("%.0f", x))
        .collect(Collectors.joining("/"));
  }

  private enum TreeMapSupplier implements java.util.function.Supplier<Map<String, Long>> {
    INSTANCE;

    @Override
    public Map<String, Long> get() {
      return new java.util.TreeMap<>();
    }
  }
}
