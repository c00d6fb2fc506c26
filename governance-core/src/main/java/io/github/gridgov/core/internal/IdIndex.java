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
  private static final double LOAD = 0.6;

  private byte[] bytes;
  private int byteCount;
  private int[] offsets;
  private int size;
  private final HashSlots table;
  private final HashSlots.Keys<String> sameId = this::matches;

  /** An empty index sized for about {@code expected} ids. */
  public IdIndex(int expected) {
    int e = Math.max(4, expected);
    bytes = new byte[e * 12];
    offsets = new int[e + 1];
    table = new HashSlots(e, LOAD);
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
    int existing = table.putIfAbsent(HashSlots.spread(id.hashCode()), id, sameId, size);
    if (existing >= 0) {
      return -1 - existing;
    }
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
    return size++;
  }

  /** The index of {@code id}, or {@code -1}. */
  public int indexOf(String id) {
    return table.get(HashSlots.spread(id.hashCode()), id, sameId);
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

  /** Whether the id at {@code index} is {@code id}. */
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

  /**
   * The bytes held: the id bytes and offsets with their array headers, the hash table, and the
   * index itself with its key test (40 and 16 bytes).
   */
  public long retainedBytes() {
    return align(16L + bytes.length)
        + align(16L + 4L * offsets.length)
        + table.retainedBytes()
        + 56;
  }

  private static long align(long n) {
    return (n + 7) / 8 * 8;
  }
}
