package io.github.gridgov.core.internal;

import java.util.Arrays;

/**
 * A compact, open-addressing map from ASCII identifier strings to dense indexes {@code 0..n-1}.
 *
 * <p>All ids live in one {@code byte[]} with an {@code int} offset each, and the hash table is a
 * {@code long[]} whose slots hold the id's hash next to its index, so that a probe that meets
 * another id is rejected without reading that id's bytes: about {@code length + 4 + 16} bytes an
 * id, no object per entry and no boxing.
 * Hashes agree with {@link String#hashCode()} (ids are ASCII), so a lookup uses the string's
 * cached hash. Add-only while building; read-only and thread-safe once {@link #freeze()}
 * returned. Not API.
 */
public final class IdIndex {
  private byte[] bytes;
  private int byteCount;
  private int[] offsets;
  private int size;
  private long[] slots; // hash << 32 | (index + 1); 0 = empty
  private int mask;

  /** An empty index sized for about {@code expected} ids. */
  private static final double LOAD = 0.6;

  public IdIndex(int expected) {
    int e = Math.max(4, expected);
    bytes = new byte[e * 12];
    offsets = new int[e + 1];
    int cap = Integer.highestOneBit(Math.max(8, (int) (e / LOAD)) - 1) << 1;
    slots = new long[cap];
    mask = cap - 1;
  }

  /** The number of ids. */
  public int size() {
    return size;
  }

  /**
   * Adds {@code id} (ASCII only) and returns its index, or {@code -1 - existing} if it is there
   * already.
   */
  public int add(String id) {
    int h = spread(id.hashCode());
    for (int s = h & mask; ; s = (s + 1) & mask) {
      long v = slots[s];
      if (v == 0) {
        return insert(id, h, s);
      }
      if ((int) (v >>> 32) == h && matches((int) v - 1, id)) {
        return -(int) v;
      }
    }
  }

  private int insert(String id, int hash, int slot) {
    int len = id.length();
    if (byteCount + len > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, byteCount + len));
    }
    for (int i = 0; i < len; i++) {
      bytes[byteCount + i] = (byte) id.charAt(i);
    }
    if (size + 1 >= offsets.length) {
      offsets = Arrays.copyOf(offsets, offsets.length * 2);
    }
    offsets[size] = byteCount;
    byteCount += len;
    offsets[size + 1] = byteCount;
    slots[slot] = (long) hash << 32 | (size + 1);
    int index = size++;
    if (size > slots.length * LOAD) {
      rehash();
    }
    return index;
  }

  private void rehash() {
    int cap = slots.length * 2;
    long[] fresh = new long[cap];
    int m = cap - 1;
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

  /** The index of {@code id}, or {@code -1}. */
  public int indexOf(String id) {
    int h = spread(id.hashCode());
    for (int s = h & mask; ; s = (s + 1) & mask) {
      long v = slots[s];
      if (v == 0) {
        return -1;
      }
      if ((int) (v >>> 32) == h && matches((int) v - 1, id)) {
        return (int) v - 1;
      }
    }
  }

  /** The id at {@code index}, as a new string. */
  public String idAt(int index) {
    int from = offsets[index];
    return new String(
        bytes, from, offsets[index + 1] - from, java.nio.charset.StandardCharsets.US_ASCII);
  }

  /** Trims the arrays to size; call once, after the last {@link #add}. */
  public IdIndex freeze() {
    bytes = Arrays.copyOf(bytes, byteCount);
    offsets = Arrays.copyOf(offsets, size + 1);
    return this;
  }

  private boolean matches(int index, String id) {
    int from = offsets[index];
    int len = offsets[index + 1] - from;
    if (len != id.length()) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (bytes[from + i] != (byte) id.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int spread(int h) {
    return (h ^ (h >>> 16)) * 0x9E3779B1;
  }

  /** The bytes held: the id bytes, offsets and hash slots with their array headers. */
  public long retainedBytes() {
    return align(16L + bytes.length)
        + align(16L + 4L * offsets.length)
        + align(16L + 8L * slots.length)
        + 32;
  }

  private static long align(long n) {
    return (n + 7) / 8 * 8;
  }
}
