package io.github.gridgov.rules.escalation;

import io.github.gridgov.core.internal.HashSlots;
import io.github.gridgov.core.order.OrderId;
import io.github.gridgov.core.order.ServiceOrder;
import java.util.Arrays;

/**
 * The agenda's open orders by slot: each order on the agenda holds a slot (reused once freed), with
 * its due time and a version that every change of the slot raises, so that heap entries of an
 * earlier version are known stale; the order id → slot index is the shared {@link HashSlots}, its
 * keys read from the orders themselves. Not thread-safe. Not API.
 */
final class OrderSlots {
  private final HashSlots slotOf = new HashSlots(16, 0.5);
  private final HashSlots.Keys<OrderId> orderAt = (s, id) -> this.orders[s].id().equals(id);
  private ServiceOrder[] orders = new ServiceOrder[16];
  private long[] due = new long[16];
  private int[] version = new int[16];
  private int[] free = new int[16];
  private int freeCount;
  private int used;
  private int live;

  /** How many orders hold a slot. */
  int size() {
    return live;
  }

  /** Makes room for {@code n} orders in all. */
  void ensureCapacity(int n) {
    slotOf.ensureCapacity(n);
    if (n > orders.length) {
      grow(n);
    }
  }

  /** The slot of order {@code id}, or -1. */
  int slotOf(OrderId id) {
    return slotOf.get(hash(id), id, orderAt);
  }

  /** A free slot for {@code order} (not on the agenda yet), holding it. */
  int claim(ServiceOrder order) {
    int s;
    if (freeCount > 0) {
      s = free[--freeCount];
    } else {
      if (used == orders.length) {
        grow(used * 2);
      }
      s = used++;
    }
    orders[s] = order;
    slotOf.put(hash(order.id()), order.id(), orderAt, s);
    live++;
    return s;
  }

  /** Holds {@code order} (a newer state of the slot's order) due at {@code at}; returns the slot's new version. */
  int hold(int s, ServiceOrder order, long at) {
    orders[s] = order;
    due[s] = at;
    return ++version[s];
  }

  /** Frees slot {@code s}: its order leaves the agenda and its heap entries become stale. */
  void release(int s) {
    slotOf.remove(hash(orders[s].id()), orders[s].id(), orderAt);
    orders[s] = null;
    version[s]++;
    if (freeCount == free.length) {
      free = Arrays.copyOf(free, freeCount * 2);
    }
    free[freeCount++] = s;
    live--;
  }

  /** The order in slot {@code s}, or null if it is free. */
  ServiceOrder order(int s) {
    return orders[s];
  }

  /** Whether a heap entry of slot {@code s} at {@code v} is the slot's current one. */
  boolean isCurrent(int s, int v) {
    return orders[s] != null && version[s] == v;
  }

  /** How many held orders are due at {@code limit} (epoch milliseconds), by one scan. */
  int countDue(long limit) {
    int n = 0;
    for (int s = 0; s < used; s++) {
      if (orders[s] != null && due[s] <= limit) {
        n++;
      }
    }
    return n;
  }

  private void grow(int capacity) {
    orders = Arrays.copyOf(orders, capacity);
    due = Arrays.copyOf(due, capacity);
    version = Arrays.copyOf(version, capacity);
  }

  private static int hash(OrderId id) {
    return HashSlots.spread(id.hashCode());
  }
}
