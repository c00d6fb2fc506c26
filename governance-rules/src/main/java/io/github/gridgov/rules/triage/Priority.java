package io.github.gridgov.rules.triage;

import io.github.gridgov.core.Labelled;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.order.Urgency;

/**
 * 优先级 — how soon an order should be handled: its urgency, raised one step for people with care
 * needs (our rule: care needs raise priority and shorten deadlines).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Priority implements Labelled {
  /** 一般. */
  NORMAL,
  /** 关爱优先 — normal urgency, but people with care needs are involved. */
  RAISED,
  /** 紧急. */
  URGENT,
  /** 特急. */
  CRITICAL;

  /** The priority of {@code order} now, by its own care needs. */
  public static Priority of(ServiceOrder order) {
    return of(order.currentUrgency(), order.careNeeds());
  }

  /** The priority of an order of urgency {@code u} whose people have {@code careNeeds}. */
  public static Priority of(
      Urgency u, java.util.Set<io.github.gridgov.core.people.CareNeed> careNeeds) {
    return of(u, !careNeeds.isEmpty());
  }

  /** The priority of an order of urgency {@code u} whose people have care needs or not. */
  public static Priority of(Urgency u, boolean careNeeds) {
    if (u == Urgency.CRITICAL) {
      return CRITICAL;
    }
    if (u == Urgency.URGENT) {
      return URGENT;
    }
    return careNeeds ? RAISED : NORMAL;
  }
}
