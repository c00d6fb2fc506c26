package io.github.gridgov.jdbc;

import io.github.gridgov.rules.escalation.Escalation;
import java.util.List;

/**
 * 到期处理结果 — what one {@link JdbcOrderStore#escalateDue} did: how many due orders this instance
 * claimed, the escalations it carried out (each stored in its own transaction), how many it
 * looked at and found nothing to do, and how many it could not finish (left claimed; another
 * instance, or this one, takes them again when the lease runs out).
 *
 * @param claimed the due orders claimed
 * @param escalations the escalations carried out, in the order they were made
 * @param nothingDue the claimed orders with no move due after all (their next check moved on)
 * @param failed the claimed orders not finished (a refused step or a database failure; logged)
 * @since 0.1.0
 */
public record DueWork(int claimed, List<Escalation> escalations, int nothingDue, int failed) {
  /** Copies the list. */
  public DueWork {
    escalations = List.copyOf(escalations);
  }
}
