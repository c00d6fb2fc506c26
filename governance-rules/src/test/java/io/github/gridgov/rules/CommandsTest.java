package io.github.gridgov.rules;

import static io.github.gridgov.rules.Neighbourhood.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gridgov.core.InvalidModelException;
import io.github.gridgov.core.Tier;
import io.github.gridgov.core.order.Actor;
import io.github.gridgov.core.order.Assignee;
import io.github.gridgov.core.order.Deadlines;
import io.github.gridgov.core.order.Dispatch;
import io.github.gridgov.core.order.IllegalTransitionException;
import io.github.gridgov.core.order.OrderStatus;
import io.github.gridgov.core.order.Rating;
import io.github.gridgov.core.order.Satisfaction;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.rules.assignment.Workload;
import io.github.gridgov.rules.command.CommandRefusedException;
import io.github.gridgov.rules.command.CommandResult;
import io.github.gridgov.rules.command.OrderCommand;
import io.github.gridgov.rules.command.OrderCommand.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("指令: steps sent as data, carried out by the library's own operations")
class CommandsTest {
  static final GovernanceRules RULES = GovernanceRules.standard();
  static final Actor STAFF = Actor.staff("D-07");
  static final Instant T0 = HostLoopTest.T0;

  static CommandResult handle(OrderCommand c, Optional<ServiceOrder> current) {
    return RULES.handle(c, current, DISTRICT, List.of(), Workload.none());
  }

  @Test
  @DisplayName("report → accept → resolve → rate: the same order the lifecycle calls give")
  void lifecycle() {
    ServiceOrder leak = HostLoopTest.leak("WX-1", FLAT_301);
    CommandResult in = handle(OrderCommand.report(leak, STAFF), Optional.empty());
    assertThat(in.intake()).isPresent();
    assertThat(in.order().status()).isEqualTo(OrderStatus.DISPATCHED);
    Actor owner = Actor.responder(in.order().owner().get().responder().get());
    ServiceOrder o = in.order();
    o =
        handle(OrderCommand.of(o.id(), Kind.ACCEPT, owner, T0.plusSeconds(60)), Optional.of(o))
            .order();
    o =
        handle(
                OrderCommand.of(o.id(), Kind.RESOLVE, owner, "已关阀", T0.plusSeconds(3600)),
                Optional.of(o))
            .order();
    o =
        handle(
                OrderCommand.builder()
                    .order(o.id())
                    .kind(Kind.RATE)
                    .actor(STAFF)
                    .at(T0.plusSeconds(7200))
                    .rating(Rating.of(Satisfaction.SATISFIED, true))
                    .build(),
                Optional.of(o))
            .order();
    assertThat(o.status()).isEqualTo(OrderStatus.CLOSED);
    ServiceOrder byCalls =
        in.order()
            .accept(owner, T0.plusSeconds(60))
            .resolve(owner, "已关阀", T0.plusSeconds(3600))
            .rate(STAFF, Rating.of(Satisfaction.SATISFIED, true), T0.plusSeconds(7200));
    assertThat(o).isEqualTo(byCalls);
  }

  @Test
  @DisplayName(
      "refused before the lifecycle: a second report, a step for no order, a hand dispatch that breaks a rule")
  void refused() {
    ServiceOrder leak = HostLoopTest.leak("WX-2", FLAT_301);
    ServiceOrder held = handle(OrderCommand.report(leak, STAFF), Optional.empty()).order();
    assertThatThrownBy(() -> handle(OrderCommand.report(leak, STAFF), Optional.of(held)))
        .isInstanceOf(CommandRefusedException.class)
        .hasMessage("Cannot report order WX-2: it is already held (DISPATCHED)");
    assertThatThrownBy(
            () -> handle(OrderCommand.of(leak.id(), Kind.ACCEPT, STAFF, T0), Optional.empty()))
        .isInstanceOf(CommandRefusedException.class)
        .hasMessage("Cannot accept order WX-2: no such order is held");
    Dispatch toNobody =
        Dispatch.of(
            Assignee.of(io.github.gridgov.core.people.ResponderId.of("R-nobody")),
            Tier.GRID,
            Deadlines.of(T0.plus(Duration.ofHours(1)), T0.plus(Duration.ofDays(2))));
    OrderCommand hand =
        OrderCommand.builder()
            .order(leak.id())
            .kind(Kind.DISPATCH)
            .actor(STAFF)
            .at(T0.plusSeconds(5))
            .dispatch(toNobody)
            .build();
    assertThatThrownBy(() -> handle(hand, Optional.of(leak)))
        .isInstanceOf(CommandRefusedException.class)
        .hasMessageStartingWith(
            "Cannot dispatch order WX-2 by hand: R-nobody is not in the registry.");
    assertThatThrownBy(
            () ->
                handle(
                    OrderCommand.of(leak.id(), Kind.CLOSE, STAFF, T0.plusSeconds(9)),
                    Optional.of(held)))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  @DisplayName("a command without the facts its kind needs is refused when built, naming the field")
  void facts() {
    assertThatThrownBy(
            () ->
                OrderCommand.of(
                    io.github.gridgov.core.order.OrderId.of("O-1"), Kind.RESOLVE, STAFF, T0))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("Cannot create OrderCommand: text '' is required for RESOLVE");
    assertThatThrownBy(
            () ->
                OrderCommand.builder()
                    .order(io.github.gridgov.core.order.OrderId.of("O-1"))
                    .kind(Kind.PARK)
                    .actor(STAFF)
                    .at(T0)
                    .text("等待维修")
                    .build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("Cannot create OrderCommand: until '' is required for PARK");
    ServiceOrder leak = HostLoopTest.leak("WX-3", FLAT_301);
    assertThatThrownBy(
            () ->
                OrderCommand.builder()
                    .order(io.github.gridgov.core.order.OrderId.of("WX-9"))
                    .kind(Kind.REPORT)
                    .actor(STAFF)
                    .at(T0)
                    .report(leak)
                    .build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("Cannot create OrderCommand: report 'WX-3' must be the order WX-9");
    assertThat(OrderCommand.of(leak.id(), Kind.CANCEL, STAFF, "李先生撤单", T0).toString())
        .doesNotContain("李先生");
  }
}
