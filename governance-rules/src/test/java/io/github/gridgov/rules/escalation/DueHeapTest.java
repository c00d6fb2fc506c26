package io.github.gridgov.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("the agenda's due-time heap")
class DueHeapTest {
  @Test
  @DisplayName("the earliest entry is on top, with its slot and version; equal times both come out")
  void earliestFirst() {
    DueHeap heap = new DueHeap(1);
    heap.push(30, 3, 1);
    heap.push(10, 1, 7);
    heap.push(20, 2, 1);
    heap.push(10, 4, 2);
    assertThat(heap.size()).isEqualTo(4);
    assertThat(heap.firstDue()).isEqualTo(10);
    List<Integer> slots = new ArrayList<>();
    slots.add(heap.firstSlot());
    heap.pop();
    assertThat(heap.firstDue()).isEqualTo(10);
    slots.add(heap.firstSlot());
    heap.pop();
    assertThat(slots).containsExactlyInAnyOrder(1, 4);
    assertThat(heap.firstSlot()).isEqualTo(2);
    assertThat(heap.firstVersion()).isEqualTo(1);
    heap.pop();
    heap.pop();
    assertThat(heap.isEmpty()).isTrue();
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 17, 42, 1_000_003})
  @DisplayName("pops every pushed time in ascending order, interleaved pushes and pops included")
  void sorts(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    DueHeap heap = new DueHeap(4);
    heap.ensureCapacity(100);
    List<Long> model = new ArrayList<>();
    for (int step = 0; step < 5_000; step++) {
      if (model.isEmpty() || random.nextInt(3) > 0) {
        long at = random.nextLong(-1_000, 1_000);
        heap.push(at, step, step);
        model.add(at);
      } else {
        long min = model.stream().min(Long::compare).orElseThrow();
        assertThat(heap.firstDue()).isEqualTo(min);
        model.remove(min);
        heap.pop();
      }
      assertThat(heap.size()).isEqualTo(model.size());
    }
    long last = Long.MIN_VALUE;
    while (!heap.isEmpty()) {
      assertThat(heap.firstDue()).isGreaterThanOrEqualTo(last);
      last = heap.firstDue();
      heap.pop();
    }
  }
}
