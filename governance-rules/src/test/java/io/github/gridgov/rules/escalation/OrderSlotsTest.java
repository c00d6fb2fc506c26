package io.github.gridgov.rules.escalation;

import static io.github.gridgov.rules.Neighbourhood.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gridgov.core.order.Category;
import io.github.gridgov.core.order.OrderId;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.rules.Neighbourhood;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the agenda's order slots")
class OrderSlotsTest {
  static final Instant T0 = Instant.parse("2026-06-01T00:00:00Z");

  static ServiceOrder order(String id) {
    return Neighbourhood.order(id, FLAT_301, Category.WATER_LEAK, T0).build();
  }

  @Test
  @DisplayName("an order claims a slot, is found by its id, and a freed slot is reused")
  void claimFindRelease() {
    OrderSlots slots = new OrderSlots();
    int a = slots.claim(order("O-1"));
    int b = slots.claim(order("O-2"));
    assertThat(a).isNotEqualTo(b);
    assertThat(slots.slotOf(OrderId.of("O-2"))).isEqualTo(b);
    assertThat(slots.slotOf(OrderId.of("O-3"))).isEqualTo(-1);
    assertThat(slots.size()).isEqualTo(2);
    slots.release(a);
    assertThat(slots.slotOf(OrderId.of("O-1"))).isEqualTo(-1);
    assertThat(slots.order(a)).isNull();
    assertThat(slots.size()).isOne();
    assertThat(slots.claim(order("O-3"))).as("the freed slot").isEqualTo(a);
    assertThat(slots.slotOf(OrderId.of("O-2"))).as("unmoved by the reuse").isEqualTo(b);
  }

  @Test
  @DisplayName(
      "every hold and release raises the slot's version, so earlier heap entries are stale")
  void versions() {
    OrderSlots slots = new OrderSlots();
    ServiceOrder o = order("O-1");
    int s = slots.claim(o);
    int first = slots.hold(s, o, 100);
    assertThat(slots.isCurrent(s, first)).isTrue();
    int second = slots.hold(s, o, 50);
    assertThat(second).isGreaterThan(first);
    assertThat(slots.isCurrent(s, first)).isFalse();
    assertThat(slots.isCurrent(s, second)).isTrue();
    slots.release(s);
    assertThat(slots.isCurrent(s, second)).as("released").isFalse();
  }

  @Test
  @DisplayName("counts the held orders due by a limit, and grows past its first capacity")
  void countDueAndGrow() {
    OrderSlots slots = new OrderSlots();
    for (int i = 0; i < 1_000; i++) {
      ServiceOrder o = order("O-" + i);
      slots.hold(slots.claim(o), o, i);
    }
    assertThat(slots.size()).isEqualTo(1_000);
    assertThat(slots.countDue(99)).isEqualTo(100);
    slots.release(slots.slotOf(OrderId.of("O-5")));
    assertThat(slots.countDue(99)).isEqualTo(99);
    assertThat(slots.slotOf(OrderId.of("O-999"))).isNotNegative();
  }
}
