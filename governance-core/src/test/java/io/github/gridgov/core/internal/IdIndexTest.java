package io.github.gridgov.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("IdIndex — the registry's compact id map")
class IdIndexTest {

  @Test
  @DisplayName("ids get dense indexes in the order added; a second add returns -1 - existing")
  void denseIndexes() {
    IdIndex index = new IdIndex(2);
    assertThat(index.size()).isZero();
    assertThat(index.add("B-1")).isZero();
    assertThat(index.add("B-2")).isEqualTo(1);
    assertThat(index.add("B-1")).isEqualTo(-1);
    assertThat(index.add("B-2")).isEqualTo(-2);
    assertThat(index.size()).isEqualTo(2);
    assertThat(index.indexOf("B-2")).isEqualTo(1);
    assertThat(index.indexOf("B-3")).isEqualTo(-1);
    assertThat(index.idAt(0)).isEqualTo("B-1");
    assertThat(index.idAt(1)).isEqualTo("B-2");
  }

  @Test
  @DisplayName("ids with the same hash are told apart by their bytes, whatever their length")
  void sameHashDifferentIds() {
    // "Aa" and "BB" share String.hashCode(); so do "AaAa", "AaBB", "BBAa" and "BBBB".
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    IdIndex index = new IdIndex(4);
    assertThat(index.add("Aa")).isZero();
    assertThat(index.add("BB")).isEqualTo(1);
    assertThat(index.add("AaAa")).isEqualTo(2);
    assertThat(index.add("BBBB")).isEqualTo(3);
    assertThat(index.indexOf("BB")).isEqualTo(1);
    assertThat(index.indexOf("Aa")).isZero();
    assertThat(index.indexOf("AaBB")).isEqualTo(-1);
    assertThat(index.indexOf("BBAa")).isEqualTo(-1);
    assertThat(index.add("BB")).isEqualTo(-2);
  }

  @Test
  @DisplayName(
      "10,000 ids from an index sized for none, and one id longer than its whole buffer, all read back")
  void growsPastItsSize() {
    IdIndex index = new IdIndex(0);
    List<String> ids = new ArrayList<>();
    String longId = "L-" + "9".repeat(200);
    ids.add(longId);
    assertThat(index.add(longId)).isZero();
    for (int i = 0; i < 10_000; i++) {
      String id = "H-" + i;
      ids.add(id);
      assertThat(index.add(id)).isEqualTo(i + 1);
    }
    index.freeze();
    assertThat(index.size()).isEqualTo(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      assertThat(index.idAt(i)).isEqualTo(ids.get(i));
      assertThat(index.indexOf(ids.get(i))).isEqualTo(i);
    }
    assertThat(index.indexOf("H-10000")).isEqualTo(-1);
  }

  @Test
  @DisplayName(
      "retained bytes are counted from the array lengths: 432 for an empty index sized for 10, 456 once 10 one-letter ids are in and frozen")
  void retainedBytes() {
    IdIndex index = new IdIndex(10);
    // 120 id bytes, 11 offsets, 16 slots, each with a 16-byte header, 8-byte aligned; the hash
    // table's object (32), the index's (40) and its key test (16).
    assertThat(index.retainedBytes()).isEqualTo(136 + 64 + 144 + 32 + 56);
    for (char c = 'a'; c < 'a' + 10; c++) {
      index.add(String.valueOf(c));
    }
    index.freeze();
    // 10 id bytes, 11 offsets, and 32 slots: the tenth id passes the 0.6 load of 16 slots.
    assertThat(index.retainedBytes()).isEqualTo(32 + 64 + 272 + 32 + 56);
  }

  @Test
  @DisplayName("the hash table doubles when an add passes the 0.6 load, not before")
  void loadFactor() {
    IdIndex index = new IdIndex(10); // 16 slots: 9 ids fit (9 <= 9.6), the tenth doubles them
    for (int i = 0; i < 9; i++) {
      index.add("x" + i);
    }
    long before = index.retainedBytes();
    index.add("x9");
    assertThat(index.retainedBytes() - before).isEqualTo(8L * 16);
  }
}
