package io.github.gridgov.benchmarks.drl;

/**
 * 升级动作 — what a DRL rule decided for one order: the trigger (an {@code EscalationTrigger}
 * name), the tier it moves from and to ({@code to} is -1 for "reassign in the tier, or up": the
 * assignment decides, as in the library).
 */
public record Move(String order, String trigger, int from, int to) {}
