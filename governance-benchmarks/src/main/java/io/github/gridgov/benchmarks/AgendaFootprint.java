package io.github.gridgov.benchmarks;

import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.rules.GovernanceRules;
import io.github.gridgov.rules.escalation.EscalationAgenda;
import java.util.List;
import org.openjdk.jol.info.GraphLayout;

/**
 * The escalation agenda's own heap per open order, counted object by object with JOL: the layout
 * reachable from the agenda minus what the host holds anyway (the orders, the jurisdiction, the
 * rules); and the same for a Drools session over the same orders (its facts and the compiled rule
 * base excluded). Checks the MemoryMXBean figures of {@code DroolsComparison}. Argument: open
 * orders (100,000 takes a minute; the graph walk is too slow at a million).
 */
public final class AgendaFootprint {
  private AgendaFootprint() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    GovernanceRules rules = GovernanceRules.standard();
    Jurisdiction j = District.jurisdiction(Math.max(100_000, n));
    List<ServiceOrder> orders = District.openOrders(j, n, rules);
    EscalationAgenda agenda = rules.agenda(j);
    agenda.putAll(orders);
    GraphLayout all = GraphLayout.parseInstance(agenda);
    GraphLayout held = GraphLayout.parseInstance(orders.toArray(), j, rules);
    GraphLayout own = all.subtract(held);
    System.out.printf(
        "agenda over %,d open orders: %,d B of its own, %.1f B per order%n",
        n, own.totalSize(), (double) own.totalSize() / n);
    System.out.println(own.toFootprint());

    List<io.github.gridgov.benchmarks.drl.OpenOrder> facts =
        DroolsComparison.facts(orders, j, rules, District.NOW);
    List<io.github.gridgov.benchmarks.drl.CategoryTarget> targets =
        DroolsComparison.categoryTargets(orders, rules);
    org.kie.api.KieBase kieBase = DroolsComparison.compile();
    List<io.github.gridgov.benchmarks.drl.Move> moves = new java.util.ArrayList<>();
    long baseOnly = GraphLayout.parseInstance(kieBase).totalSize();
    org.kie.api.runtime.KieSession session =
        DroolsComparison.load(kieBase, facts, targets, District.NOW, moves);
    session.fireAllRules();
    GraphLayout withBase =
        GraphLayout.parseInstance(session)
            .subtract(GraphLayout.parseInstance(facts.toArray(), targets.toArray(), moves));
    long perSession = withBase.totalSize() - baseOnly;
    System.out.printf(
        "Drools session over %,d open orders (facts and the compiled rule base excluded):"
            + " %,d B, %.1f B per order%n",
        n, perSession, (double) perSession / n);
  }
}
