package io.github.gridgov.rules.escalation;

import java.util.Arrays;

/**
 * The agenda's due times: a binary min-heap of (due millisecond, slot, version) triples in three
 * primitive arrays, so that the earliest entry is read in O(1) and pushed or popped in O(log n)
 * with no object per entry. Entries are never updated in place: a newer entry of the same slot is
 * pushed with a higher version, and the caller discards the stale ones it meets at the top
 * ({@link EscalationAgenda} compares the version with the slot's). Not thread-safe. Not API.
 */
final class DueHeap {
  private long[] due;
  private int[] slot;
  private int[] version;
  private int size;

  DueHeap(int capacity) {
    int c = Math.max(1, capacity);
    due = new long[c];
    slot = new int[c];
    version = new int[c];
  }

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** The earliest due time; only when not {@link #isEmpty}. */
  long firstDue() {
    return due[0];
  }

  /** The slot of the earliest entry; only when not {@link #isEmpty}. */
  int firstSlot() {
    return slot[0];
  }

  /** The version of the earliest entry; only when not {@link #isEmpty}. */
  int firstVersion() {
    return version[0];
  }

  /** Makes room for {@code n} entries in all, so that pushing them never grows the arrays. */
  void ensureCapacity(int n) {
    if (n > due.length) {
      grow(n);
    }
  }

  void push(long at, int s, int v) {
    if (size == due.length) {
      grow(size * 2);
    }
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (due[parent] <= at) {
        break;
      }
      move(parent, i);
      i = parent;
    }
    set(i, at, s, v);
  }

  /** Removes the earliest entry; only when not {@link #isEmpty}. */
  void pop() {
    size--;
    if (size == 0) {
      return;
    }
    long at = due[size];
    int s = slot[size];
    int v = version[size];
    int i = 0;
    while (true) {
      int child = 2 * i + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && due[child + 1] < due[child]) {
        child++;
      }
      if (due[child] >= at) {
        break;
      }
      move(child, i);
      i = child;
    }
    set(i, at, s, v);
  }

  private void set(int i, long at, int s, int v) {
    due[i] = at;
    slot[i] = s;
    version[i] = v;
  }

  private void move(int from, int to) {
    set(to, due[from], slot[from], version[from]);
  }

  private void grow(int capacity) {
    due = Arrays.copyOf(due, capacity);
    slot = Arrays.copyOf(slot, capacity);
    version = Arrays.copyOf(version, capacity);
  }
}
