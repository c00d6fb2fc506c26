package io.github.gridgov.core.order;

import static io.github.gridgov.core.order.ServiceOrderLifecycleTest.LEADER;
import static io.github.gridgov.core.order.ServiceOrderLifecycleTest.OWNER;
import static io.github.gridgov.core.order.ServiceOrderLifecycleTest.REQUESTER;
import static io.github.gridgov.core.order.ServiceOrderLifecycleTest.STAFF;
import static io.github.gridgov.core.order.ServiceOrderLifecycleTest.received;
import static io.github.gridgov.core.order.ServiceOrderLifecycleTest.t;
import static io.github.gridgov.core.order.ServiceOrderLifecycleTest.to;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gridgov.core.InvalidModelException;
import io.github.gridgov.core.Tier;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("replay: an order rebuilt from its stored events, one at a time or all at once")
class ReplayTest {

  /** 派单 → 接单 → 办结 → 评价 (unsatisfied) → 返工办结 → 评价 → 结案. */
  static ServiceOrder lived() {
    return received()
        .dispatch(STAFF, to(LEADER, Tier.BUILDING), t(1))
        .accept(OWNER, t(2))
        .resolve(OWNER, "已关阀", t(30))
        .rate(Actor.resident(REQUESTER), Rating.of(Satisfaction.DISSATISFIED, false), t(40))
        .resolve(OWNER, "已修好", t(90))
        .rate(Actor.resident(REQUESTER), Rating.of(Satisfaction.SATISFIED, true), t(100));
  }

  @Test
  @DisplayName(
      "applying the stored events one by one gives the same order as the lifecycle calls did")
  void oneByOne() {
    ServiceOrder lived = lived();
    ServiceOrder replayed = lived.asReported();
    assertThat(replayed.events()).isEmpty();
    assertThat(replayed.status()).isEqualTo(OrderStatus.RECEIVED);
    for (OrderEvent e : lived.events()) {
      replayed = replayed.apply(e);
      assertThat(replayed.status()).isEqualTo(e.toStatus());
    }
    assertThat(replayed).isEqualTo(lived);
    assertThat(replayed.status()).isEqualTo(OrderStatus.CLOSED);
    assertThat(replayed.reworkCount()).isEqualTo(1);
    assertThat(ServiceOrder.replay(lived, lived.events())).isEqualTo(lived);
    assertThat(lived.asReported().applyAll(lived.events())).isEqualTo(lived);
    assertThat(lived.applyAll(List.of())).isSameAs(lived);
    assertThat(received().asReported()).isEqualTo(received());
  }

  @Test
  @DisplayName(
      "a stored event out of sequence, from another status or leading elsewhere is refused; the order stays")
  void refused() {
    List<OrderEvent> events = lived().events();
    ServiceOrder start = received();
    assertThatThrownBy(() -> start.apply(events.get(1)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "Cannot create OrderEvent: sequence '2' must be 1, the next step of order WX-2026-000123");
    OrderEvent fromElsewhere =
        OrderEvent.builder().from(events.get(0)).fromStatus(OrderStatus.ACCEPTED).build();
    assertThatThrownBy(() -> start.apply(fromElsewhere))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "Cannot create OrderEvent: fromStatus 'ACCEPTED' must be RECEIVED, the status of order WX-2026-000123");
    OrderEvent leadsElsewhere =
        OrderEvent.builder().from(events.get(0)).toStatus(OrderStatus.CLOSED).build();
    assertThatThrownBy(() -> start.apply(leadsElsewhere))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "Cannot create OrderEvent: toStatus 'CLOSED' must be DISPATCHED, where DISPATCH leads from RECEIVED");
    assertThat(start.events()).isEmpty();
  }

  @Test
  @DisplayName("a stored step its actor may not take is refused as the lifecycle would refuse it")
  void wrongActor() {
    ServiceOrder dispatched = received().apply(lived().events().get(0));
    OrderEvent byResident =
        OrderEvent.builder().from(lived().events().get(1)).actor(Actor.resident(REQUESTER)).build();
    assertThatThrownBy(() -> dispatched.apply(byResident))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(
            "Cannot accept order WX-2026-000123 in status DISPATCHED: only the owner responder:R-leader-43 "
                + "or the platform may accept it (was resident:P-1)");
    assertThat(dispatched.status()).isEqualTo(OrderStatus.DISPATCHED);
  }

  @Test
  @DisplayName(
      "a stored trail that skips a step is refused as a whole, naming the first event that does not fit")
  void skippedStep() {
    List<OrderEvent> events = lived().events();
    List<OrderEvent> skipping =
        List.of(events.get(0), OrderEvent.builder().from(events.get(2)).sequence(2).build());
    assertThatThrownBy(() -> ServiceOrder.replay(received(), skipping))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("events[1]")
        .hasMessageContaining("starts from ACCEPTED but the order is DISPATCHED");
  }
}
