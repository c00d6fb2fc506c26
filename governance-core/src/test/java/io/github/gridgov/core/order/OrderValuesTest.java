package io.github.gridgov.core.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gridgov.core.InvalidModelException;
import io.github.gridgov.core.people.ResidentId;
import io.github.gridgov.core.people.ResponderId;
import io.github.gridgov.core.people.TeamId;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("order values")
class OrderValuesTest {
  static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");

  static void refused(Runnable r, String message) {
    assertThatThrownBy(r::run).isInstanceOf(InvalidModelException.class).hasMessage(message);
  }

  @Test
  @DisplayName(
      "deadlines: an overdue order moving up keeps its passed resolve-by and gets time to accept")
  void deadlines() {
    Deadlines overdue = Deadlines.of(T0.plusSeconds(60), T0);
    assertThat(overdue.acceptBy()).isAfter(overdue.resolveBy());
    assertThat(Deadlines.of(T0, T0).acceptBy()).isEqualTo(T0);
  }

  @Test
  @DisplayName("a category is an open code of [a-z0-9-]")
  void category() {
    assertThat(Category.of("water-leak")).isEqualTo(Category.WATER_LEAK);
    refused(
        () -> Category.of("漏水"),
        "Cannot create Category: code '漏水' must be 1-40 characters of [a-z0-9-]");
  }

  @Test
  @DisplayName("actors print kind:id and use identifier characters")
  void actors() {
    assertThat(Actor.staff("D-07").toString()).isEqualTo("staff:D-07");
    assertThat(Actor.resident(ResidentId.of("P-1")).is(ResidentId.of("P-1"))).isTrue();
    assertThat(Actor.responder(ResponderId.of("R-1")).is(ResponderId.of("R-1"))).isTrue();
    assertThat(Actor.system("timer").isStaffOrSystem()).isTrue();
    refused(
        () -> Actor.staff("张三"),
        "Cannot create Actor: id '张三' must be 1-64 characters of [A-Za-z0-9._:-]");
  }

  @Test
  @DisplayName("an assignee is a responder or a team")
  void assignee() {
    assertThat(Assignee.of(ResponderId.of("R-1")).toString()).isEqualTo("responder:R-1");
    assertThat(Assignee.of(TeamId.of("T-1")).team()).contains(TeamId.of("T-1"));
    assertThat(Assignee.of(TeamId.of("T-1")).responder()).isEmpty();
  }

  @Test
  @DisplayName("a rating's comment is at most 500 characters and is left out of toString")
  void rating() {
    Rating r = Rating.of(Satisfaction.BASICALLY_SATISFIED, true, "王师傅很负责，电话13812341234");
    assertThat(r.toString()).doesNotContain("13812341234").doesNotContain("王师傅");
    refused(
        () -> Rating.of(Satisfaction.SATISFIED, true, "好".repeat(501)),
        "Cannot create Rating: comment '(501 characters)' must be at most 500 characters");
    assertThat(Satisfaction.DISSATISFIED.isUnsatisfied()).isTrue();
    assertThat(Satisfaction.BASICALLY_SATISFIED.isUnsatisfied()).isFalse();
    assertThat(Satisfaction.VERY_SATISFIED.label(Locale.CHINESE)).isEqualTo("非常满意");
  }

  @Test
  @DisplayName("an event has a sequence from 1 and a reason of at most 500 characters")
  void event() {
    OrderEvent.Builder b =
        OrderEvent.builder()
            .sequence(0)
            .step(OrderStep.ACCEPT)
            .fromStatus(OrderStatus.DISPATCHED)
            .toStatus(OrderStatus.ACCEPTED)
            .actor(Actor.staff("s"))
            .at(T0);
    refused(b::build, "Cannot create OrderEvent: sequence '0' must be at least 1");
    refused(
        () -> b.sequence(1).reason("x".repeat(501)).build(),
        "Cannot create OrderEvent: reason '(501 characters)' must be at most 500 characters");
  }

  @Test
  @DisplayName("an order's description is 1-2000 characters")
  void description() {
    refused(
        () ->
            ServiceOrder.builder()
                .from(ServiceOrderLifecycleTest.received())
                .description(" ")
                .build(),
        "Cannot create ServiceOrder: description '(1 character)' must not be blank");
  }

  @Test
  @DisplayName("statuses know whether they are open, final or paused; kinds have labels")
  void statuses() {
    assertThat(OrderStatus.CLOSED.isOpen()).isFalse();
    assertThat(OrderStatus.CLOSED.isFinal()).isFalse();
    assertThat(OrderStatus.SUSPENDED.isPaused()).isTrue();
    assertThat(OrderStatus.REWORK.label(Locale.CHINESE)).isEqualTo("返工");
    assertThat(OrderKind.COMPLAINT.label(Locale.CHINESE)).isEqualTo("投诉");
    assertThat(OrderKind.COMPLAINT.label(Locale.ENGLISH)).isEqualTo("complaint");
    assertThat(Scope.SEVERAL_GRIDS.lowestTier()).isEqualTo(io.github.gridgov.core.Tier.COMMUNITY);
    assertThat(ReferralTarget.AMBULANCE_120.isEmergencyLine()).isTrue();
    assertThat(ReferralTarget.PETITION.isEmergencyLine()).isFalse();
  }
}
