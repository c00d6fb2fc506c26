package io.github.gridgov.rules.escalation;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.internal.HashSlots;
import io.github.gridgov.core.order.OrderId;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.rules.assignment.Workload;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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

  /** Order id → slot, in the shared hash table; the ids are the orders' own, read by slot. */
  private final HashSlots slotOf = new HashSlots(16, 0.5);

  private final HashSlots.Keys<OrderId> orderAt = (slot, id) -> this.orders[slot].id().equals(id);
  private ServiceOrder[] orders = new ServiceOrder[16];
  private long[] dueBySlot = new long[16];
  private int[] versionBySlot = new int[16];
  private int[] freeSlots = new int[16];
  private int freeCount;
  private int slots;
  private long[] heapDue = new long[16];
  private int[] heapSlot = new int[16];
  private int[] heapVersion = new int[16];
  private int heapSize;
  private int live;

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
    return live;
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
    int existing = slotOf.get(hash(order.id()), order.id(), orderAt);
    if (next.isEmpty()) {
      if (existing >= 0) {
        release(existing);
      }
      return;
    }
    int slot = existing >= 0 ? existing : claim(order.id());
    orders[slot] = order;
    dueBySlot[slot] = ceilMillis(next.get());
    versionBySlot[slot]++;
    push(dueBySlot[slot], slot, versionBySlot[slot]);
  }

  /**
   * Puts every order of {@code all} as {@link #put} does, after sizing the agenda once for all of
   * them: what a host does at start-up, loading its open orders.
   */
  public void putAll(Collection<ServiceOrder> all) {
    requireNonNull(all, "all");
    int n = live + all.size();
    slotOf.ensureCapacity(n);
    if (n > orders.length) {
      growSlots(n);
    }
    if (heapSize + all.size() > heapDue.length) {
      growHeap(heapSize + all.size());
    }
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
    int slot = slotOf.get(hash(requireNonNull(id, "id")), id, orderAt);
    if (slot >= 0) {
      release(slot);
    }
  }

  /** The earliest instant an order on the agenda needs a look. */
  public Optional<Instant> nextAt() {
    discardStale();
    return heapSize == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(heapDue[0]));
  }

  /**
   * The escalations due at {@code now}, earliest first: every order whose check is due is taken
   * off the agenda and decided; put it again after acting on it. An order due by its timer that
   * the rule finds nothing to do for stays on the agenda at its next check, so none is lost. Due times are kept rounded up to
   * the millisecond, so a poll at {@link #nextAt()} finds its order due and none is dropped.
   *
   * @throws IllegalArgumentException if an order is due and {@code now} lies outside 1678–2261,
   *     the range the SLA clock counts in (finding due orders, {@link #pollDue}, never throws)
   */
  public List<Escalation> poll(Instant now) {
    List<Escalation> out = new ArrayList<>();
    List<ServiceOrder> due = pollDue(now);
    if (due.isEmpty()) {
      return out;
    }
    Workload w = requireNonNull(workload.get(), "workload.get()");
    for (ServiceOrder order : due) {
      Optional<Escalation> e = rule.escalation(order, jurisdiction, w, now);
      if (e.isPresent()) {
        out.add(e.get());
      } else {
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
    requireNonNull(now, "now");
    long limit = millis(now);
    List<ServiceOrder> out = new ArrayList<>();
    while (true) {
      discardStale();
      if (heapSize == 0 || heapDue[0] > limit) {
        return out;
      }
      int slot = heapSlot[0];
      ServiceOrder order = orders[slot];
      pop();
      release(slot);
      if (EscalationRule.isListed(order, jurisdiction)) {
        out.add(order);
      }
    }
  }

  /** How many orders are due at {@code now}, by one scan of the due times (no heap work). */
  public int dueCount(Instant now) {
    long limit = millis(requireNonNull(now, "now"));
    int n = 0;
    long[] due = dueBySlot;
    for (int i = 0; i < slots; i++) {
      if (orders[i] != null && due[i] <= limit) {
        n++;
      }
    }
    return n;
  }

  private int claim(OrderId id) {
    int slot;
    if (freeCount > 0) {
      slot = freeSlots[--freeCount];
    } else {
      if (slots == orders.length) {
        growSlots(slots * 2);
      }
      slot = slots++;
    }
    slotOf.put(hash(id), id, orderAt, slot);
    live++;
    return slot;
  }

  private void release(int slot) {
    slotOf.remove(hash(orders[slot].id()), orders[slot].id(), orderAt);
    orders[slot] = null;
    versionBySlot[slot]++;
    if (freeCount == freeSlots.length) {
      freeSlots = Arrays.copyOf(freeSlots, freeCount * 2);
    }
    freeSlots[freeCount++] = slot;
    live--;
  }

  private void discardStale() {
    while (heapSize > 0
        && (orders[heapSlot[0]] == null || heapVersion[0] != versionBySlot[heapSlot[0]])) {
      pop();
    }
  }

  private void push(long due, int slot, int version) {
    if (heapSize == heapDue.length) {
      growHeap(heapSize * 2);
    }
    int i = heapSize++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (heapDue[parent] <= due) {
        break;
      }
      move(parent, i);
      i = parent;
    }
    heapDue[i] = due;
    heapSlot[i] = slot;
    heapVersion[i] = version;
  }

  private void pop() {
    heapSize--;
    if (heapSize == 0) {
      return;
    }
    long due = heapDue[heapSize];
    int slot = heapSlot[heapSize];
    int version = heapVersion[heapSize];
    int i = 0;
    while (true) {
      int child = 2 * i + 1;
      if (child >= heapSize) {
        break;
      }
      if (child + 1 < heapSize && heapDue[child + 1] < heapDue[child]) {
        child++;
      }
      if (heapDue[child] >= due) {
        break;
      }
      move(child, i);
      i = child;
    }
    heapDue[i] = due;
    heapSlot[i] = slot;
    heapVersion[i] = version;
  }

  private void growSlots(int capacity) {
    orders = Arrays.copyOf(orders, capacity);
    dueBySlot = Arrays.copyOf(dueBySlot, capacity);
    versionBySlot = Arrays.copyOf(versionBySlot, capacity);
  }

  private void growHeap(int capacity) {
    heapDue = Arrays.copyOf(heapDue, capacity);
    heapSlot = Arrays.copyOf(heapSlot, capacity);
    heapVersion = Arrays.copyOf(heapVersion, capacity);
  }

  private void move(int from, int to) {
    heapDue[to] = heapDue[from];
    heapSlot[to] = heapSlot[from];
    heapVersion[to] = heapVersion[from];
  }

  private static int hash(OrderId id) {
    return HashSlots.spread(id.hashCode());
  }
}
