package io.github.gridgov.rules.escalation;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.order.OrderId;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.rules.assignment.Workload;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * 升级日程 — a host's index of its open orders by the instant each next needs a look
 * ({@link EscalationRule#nextCheckAt(ServiceOrder, Jurisdiction)}: its earliest timer, or at once
 * when an event has already made it due), so that a periodic poll costs in proportion to the orders
 * that are due, not to all open ones.
 *
 * <p>{@link #put} an order after every event (it replaces the order's earlier entry, or drops the
 * order if it needs no timer); {@link #poll} at any instant returns the escalations due and takes
 * those orders off the agenda until they are put again. Entries live in a binary heap of
 * primitive arrays ordered by due time, with lazily discarded stale entries: a poll costs
 * O(due · log n). {@link #dueCount} answers "how many are due by T" with one scan of a primitive
 * array, for hosts that sweep instead.
 *
 * <p>Not thread-safe: one agenda per task of a stream processor (the rules it uses are shared).
 *
 * @since 0.1.0
 */
public final class EscalationAgenda {
  private final EscalationRule rule;
  private final Jurisdiction jurisdiction;
  private final Supplier<Workload> workload;

  private final OrderSlots slots = new OrderSlots();
  private final DueHeap heap = new DueHeap(16);

  /**
   * An empty agenda deciding with {@code rule} over {@code jurisdiction}, with no workload known
   * (see {@link EscalationRule#escalation(ServiceOrder, Jurisdiction, Instant)}).
   */
  public EscalationAgenda(EscalationRule rule, Jurisdiction jurisdiction) {
    this(rule, jurisdiction, Workload::none);
  }

  /**
   * An empty agenda deciding with {@code rule} over {@code jurisdiction}; each {@link #poll} asks
   * {@code workload} once for the work in hand, so that reassignments respect capacity.
   */
  public EscalationAgenda(
      EscalationRule rule, Jurisdiction jurisdiction, Supplier<Workload> workload) {
    this.rule = requireNonNull(rule, "rule");
    this.jurisdiction = requireNonNull(jurisdiction, "jurisdiction");
    this.workload = requireNonNull(workload, "workload");
  }

  /** How many orders are on the agenda. */
  public int size() {
    return slots.size();
  }

  /**
   * Puts {@code order} on the agenda at its next check, replacing any earlier entry of the same
   * order; an order that needs no timer (closed, final, paused, coordinated) is taken off. Whether
   * the order lies in the agenda's registry is asked when it falls due, not here (so that loading
   * a million orders looks none of their households up): an order of another registry stays on
   * the agenda until its check, and is then dropped without being returned.
   */
  public void put(ServiceOrder order) {
    requireNonNull(order, "order");
    Optional<Instant> next = rule.nextCheckOfListed(order, jurisdiction);
    int existing = slots.slotOf(order.id());
    if (next.isEmpty()) {
      if (existing >= 0) {
        slots.release(existing);
      }
      return;
    }
    int slot = existing >= 0 ? existing : slots.claim(order);
    long due = ceilMillis(next.get());
    heap.push(due, slot, slots.hold(slot, order, due));
  }

  /**
   * Puts every order of {@code all} as {@link #put} does, after sizing the agenda once for all of
   * them: what a host does at start-up, loading its open orders.
   */
  public void putAll(Collection<ServiceOrder> all) {
    requireNonNull(all, "all");
    slots.ensureCapacity(slots.size() + all.size());
    heap.ensureCapacity(heap.size() + all.size());
    for (ServiceOrder o : all) {
      put(o);
    }
  }

  /**
   * {@code t} in epoch milliseconds, rounded up: a poll at the rounded instant finds the order
   * due, never a fraction of a millisecond early (which would drop it).
   */
  @SuppressWarnings("JavaInstantGetSecondsGetNano") // the sub-second part alone is what is asked
  private static long ceilMillis(Instant t) {
    long ms = millis(t);
    return t.getNano() % 1_000_000 == 0 || ms == Long.MAX_VALUE ? ms : ms + 1;
  }

  /** {@code t} in epoch milliseconds, clamped to the range of a {@code long} (never throws). */
  private static long millis(Instant t) {
    try {
      return t.toEpochMilli();
    } catch (ArithmeticException e) {
      return t.isBefore(Instant.EPOCH) ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  /** Takes the order {@code id} off the agenda, if it is on it. */
  public void remove(OrderId id) {
    int slot = slots.slotOf(requireNonNull(id, "id"));
    if (slot >= 0) {
      slots.release(slot);
    }
  }

  /** The earliest instant an order on the agenda needs a look. */
  public Optional<Instant> nextAt() {
    discardStale();
    return heap.isEmpty() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(heap.firstDue()));
  }

  /**
   * The escalations due at {@code now}, earliest first: every order whose check is due is taken
   * off the agenda and decided; put it again after acting on it. An order due by its timer that
   * the rule finds nothing to do for stays on the agenda at its next check, so none is lost; an
   * order that does not lie in the agenda's registry is dropped. Due times are kept rounded up to
   * the millisecond, so a poll at {@link #nextAt()} finds its order due and none is dropped.
   *
   * @throws IllegalArgumentException if an order is due and {@code now} lies outside 1678–2261,
   *     the range the SLA clock counts in (finding due orders, {@link #pollDue}, never throws)
   */
  public List<Escalation> poll(Instant now) {
    requireNonNull(now, "now");
    List<Escalation> out = new ArrayList<>();
    List<ServiceOrder> due = takeDue(millis(now), false);
    if (due.isEmpty()) {
      return out;
    }
    Workload w = requireNonNull(workload.get(), "workload.get()");
    for (ServiceOrder order : due) {
      // The rule decides nothing for an order outside the registry; only then is that asked.
      Optional<Escalation> e = rule.escalation(order, jurisdiction, w, now);
      if (e.isPresent()) {
        out.add(e.get());
      } else if (EscalationRule.isListed(order, jurisdiction)) {
        put(order);
      }
    }
    return out;
  }

  /**
   * The orders due at {@code now}, earliest first, taken off the agenda without deciding them (an
   * order that does not lie in the agenda's registry is taken off and not returned):
   * for a host that decides them itself, with {@link EscalationRule#escalation} (the rule is
   * thread-safe, so on several threads if it likes). {@link #poll} is this plus that decision.
   */
  public List<ServiceOrder> pollDue(Instant now) {
    return takeDue(millis(requireNonNull(now, "now")), true);
  }

  /**
   * Takes the orders due at {@code limit} off the agenda, earliest first; with {@code onlyListed},
   * returns only those that lie in the agenda's registry.
   */
  private List<ServiceOrder> takeDue(long limit, boolean onlyListed) {
    List<ServiceOrder> out = new ArrayList<>();
    while (true) {
      discardStale();
      if (heap.isEmpty() || heap.firstDue() > limit) {
        return out;
      }
      int slot = heap.firstSlot();
      ServiceOrder order = slots.order(slot);
      heap.pop();
      slots.release(slot);
      if (!onlyListed || EscalationRule.isListed(order, jurisdiction)) {
        out.add(order);
      }
    }
  }

  /** How many orders are due at {@code now}, by one scan of the due times (no heap work). */
  public int dueCount(Instant now) {
    return slots.countDue(millis(requireNonNull(now, "now")));
  }

  /** Pops the heap entries of slots that were released or put again since. */
  private void discardStale() {
    while (!heap.isEmpty() && !slots.isCurrent(heap.firstSlot(), heap.firstVersion())) {
      heap.pop();
    }
  }
}
