package io.github.gridgov.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("HashSlots — the one open-addressing hash table of the fast paths")
class HashSlotsTest {
  /** Keys kept by the caller, by value, as the table's users keep them. */
  private final List<String> keys = new ArrayList<>();

  private final HashSlots.Keys<String> same = (v, k) -> keys.get(v).equals(k);

  /**
   * A hash that puts every key in one of the last four slots, whatever the table's size, so that
   * probe runs are long and wrap around to the first slots.
   */
  private static int crowded(String k) {
    return ~(k.hashCode() & 3);
  }

  @Test
  @DisplayName("put, get, put again (replaces), putIfAbsent (keeps), remove")
  void basics() {
    HashSlots t = new HashSlots(2, 0.5);
    keys.add("a");
    keys.add("b");
    keys.add("a"); // value 2 keeps "a" too: a key may move to another value (an agenda slot)
    assertThat(t.putIfAbsent(crowded("a"), "a", same, 0)).isEqualTo(-1);
    assertThat(t.putIfAbsent(crowded("a"), "a", same, 2)).as("kept, not replaced").isZero();
    t.put(crowded("b"), "b", same, 1);
    assertThat(t.get(crowded("b"), "b", same)).isEqualTo(1);
    t.put(crowded("a"), "a", same, 2);
    assertThat(t.get(crowded("a"), "a", same)).as("replaced").isEqualTo(2);
    assertThat(t.size()).isEqualTo(2);
    assertThat(t.remove(crowded("a"), "a", same)).isTrue();
    assertThat(t.remove(crowded("a"), "a", same)).isFalse();
    assertThat(t.get(crowded("a"), "a", same)).isEqualTo(-1);
    assertThat(t.size()).isEqualTo(1);
  }

  @Test
  @DisplayName("a load outside (0, 1) and a negative value are refused")
  void refused() {
    assertThatThrownBy(() -> new HashSlots(4, 1.0)).hasMessageContaining("load must lie in (0, 1)");
    HashSlots t = new HashSlots(4, 0.5);
    keys.add("a");
    assertThatThrownBy(() -> t.put(1, "a", same, -1)).hasMessageContaining("non-negative");
    assertThat(t.size()).isZero();
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 42, 1000})
  @DisplayName(
      "against a HashMap: random puts and removes on crowded hashes, through growth and wrapped runs")
  void likeAMap(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    HashSlots t = new HashSlots(4, 0.6);
    Map<String, Integer> expected = new HashMap<>();
    for (int i = 0; i < 600; i++) {
      keys.add("k" + i);
    }
    for (int step = 0; step < 5_000; step++) {
      int i = random.nextInt(keys.size());
      String k = keys.get(i);
      int h = crowded(k);
      if (random.nextInt(3) == 0) {
        assertThat(t.remove(h, k, same)).isEqualTo(expected.remove(k) != null);
      } else {
        t.put(h, k, same, i);
        expected.put(k, i);
      }
      if (step % 250 == 0) {
        for (int j = 0; j < keys.size(); j++) {
          String key = keys.get(j);
          assertThat(t.get(crowded(key), key, same))
              .as("%s at step %s", key, step)
              .isEqualTo(expected.getOrDefault(key, -1));
        }
      }
    }
    assertThat(t.size()).isEqualTo(expected.size());
  }

  @Test
  @DisplayName("ensureCapacity makes room ahead: the table then grows no more while it fills")
  void room() {
    HashSlots t = new HashSlots(4, 0.5);
    t.ensureCapacity(1_000);
    long before = t.retainedBytes();
    for (int i = 0; i < 1_000; i++) {
      keys.add("k" + i);
      t.put(HashSlots.spread(keys.get(i).hashCode()), keys.get(i), same, i);
    }
    assertThat(t.retainedBytes()).isEqualTo(before);
    assertThat(t.get(HashSlots.spread("k999".hashCode()), "k999", same)).isEqualTo(999);
  }
}
