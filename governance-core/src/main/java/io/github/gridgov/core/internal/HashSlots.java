package io.github.gridgov.core.internal;

/**
 * The one open-addressing hash table of gridgov's fast paths (the registry's id index, its check of
 * ID numbers, the escalation agenda's order index): linear probing over a power-of-two {@code
 * long[]} whose slots hold a key's 32-bit hash beside an {@code int} value. The keys are kept by
 * the caller and reached from the value (a dense index, an agenda slot), so the table costs eight
 * bytes a slot, and a probe that meets another key is rejected by its hash without reading that
 * key; growing never reads a key. Removal shifts the rest of the probe run back, so there are no
 * tombstones. Not thread-safe while written; after the last write it may be read from any thread.
 * Not API.
 */
public final class HashSlots {
  /** Tells whether the key kept for a value is the one looked for. */
  @FunctionalInterface
  public interface Keys<K> {
    /** Whether {@code value}'s key is {@code key}. */
    boolean holds(int value, K key);
  }

  private final double load;
  private long[] slots; // hash << 32 | (value + 1); 0 = empty
  private int mask;
  private int size;

  /** An empty table for about {@code expected} keys, kept at most {@code load} full (0 < load < 1). */
  public HashSlots(int expected, double load) {
    if (!(load > 0 && load < 1)) {
      throw new IllegalArgumentException(
          "Cannot make a hash table " + load + " full: the load must lie in (0, 1)");
    }
    this.load = load;
    this.slots = new long[capacityFor(expected)];
    this.mask = slots.length - 1;
  }

  /** Mixes a {@link Object#hashCode()} so that ids differing in their last characters spread. */
  public static int spread(int h) {
    return (h ^ (h >>> 16)) * 0x9E3779B1;
  }

  /** How many keys the table holds. */
  public int size() {
    return size;
  }

  /** The value of {@code key} (of hash {@code hash}), or -1. */
  public <K> int get(int hash, K key, Keys<K> keys) {
    int s = find(hash, key, keys);
    return s < 0 ? -1 : valueAt(s);
  }

  /**
   * Adds {@code key} with {@code value} (non-negative) unless it is there; returns -1 when added,
   * else the value it has.
   */
  public <K> int putIfAbsent(int hash, K key, Keys<K> keys, int value) {
    int s = find(hash, key, keys);
    if (s >= 0) {
      return valueAt(s);
    }
    insert(-1 - s, hash, value);
    return -1;
  }

  /** Sets {@code key}'s value to {@code value} (non-negative), adding it if it is not there. */
  public <K> void put(int hash, K key, Keys<K> keys, int value) {
    int s = find(hash, key, keys);
    if (s >= 0) {
      slots[s] = (long) hash << 32 | (value + 1L);
    } else {
      insert(-1 - s, hash, value);
    }
  }

  /** Removes {@code key}; returns whether it was there. */
  public <K> boolean remove(int hash, K key, Keys<K> keys) {
    int i = find(hash, key, keys);
    if (i < 0) {
      return false;
    }
    slots[i] = 0;
    size--;
    // Shift back the entries of the probe run that follows, so that lookups never stop early.
    for (int j = (i + 1) & mask; slots[j] != 0; j = (j + 1) & mask) {
      int home = (int) (slots[j] >>> 32) & mask;
      boolean between = i <= j ? (i < home && home <= j) : (i < home || home <= j);
      if (!between) {
        slots[i] = slots[j];
        slots[j] = 0;
        i = j;
      }
    }
    return true;
  }

  /** Makes room for {@code n} keys in all, so that adding them never grows the table. */
  public void ensureCapacity(int n) {
    int needed = capacityFor(n);
    if (needed > slots.length) {
      grow(needed);
    }
  }

  /** The bytes the table holds: its array (eight bytes a slot, with its header) and itself. */
  public long retainedBytes() {
    return 16 + 8L * slots.length + 32;
  }

  /** The slot holding {@code key}, or {@code -1 - s} where {@code s} is the empty slot it would take. */
  private <K> int find(int hash, K key, Keys<K> keys) {
    for (int s = hash & mask; ; s = (s + 1) & mask) {
      long v = slots[s];
      if (v == 0) {
        return -1 - s;
      }
      if ((int) (v >>> 32) == hash && keys.holds((int) v - 1, key)) {
        return s;
      }
    }
  }

  private int valueAt(int s) {
    return (int) slots[s] - 1;
  }

  private void insert(int s, int hash, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(
          "Cannot keep value " + value + ": values are non-negative");
    }
    slots[s] = (long) hash << 32 | (value + 1L);
    size++;
    if (size > slots.length * load) {
      grow(slots.length * 2);
    }
  }

  private void grow(int capacity) {
    long[] fresh = new long[capacity];
    int m = capacity - 1;
    for (long v : slots) {
      if (v != 0) {
        int s = (int) (v >>> 32) & m;
        while (fresh[s] != 0) {
          s = (s + 1) & m;
        }
        fresh[s] = v;
      }
    }
    slots = fresh;
    mask = m;
  }

  private int capacityFor(int n) {
    return Integer.highestOneBit(Math.max(8, (int) (Math.max(4, n) / load)) - 1) << 1;
  }
}
