package io.github.gridgov.rules.command;

import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.rules.intake.Intake;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 指令结果 — what a command did: the order after it, and for a report the intake that took it in
 * (with, for a duplicate, the open order it was merged into: store that one too).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class CommandResult {
  CommandResult() {}

  /** The command carried out. */
  public abstract OrderCommand command();

  /** The order after the command: store this one. */
  public abstract ServiceOrder order();

  /** For a report: the intake. */
  public abstract Optional<Intake> intake();

  /** For a report merged into a duplicate: the open order, with the duplicate linked; store it too. */
  public Optional<ServiceOrder> primary() {
    return intake().flatMap(Intake::primary);
  }

  /** A result. */
  public static CommandResult of(
      OrderCommand command, ServiceOrder order, Optional<Intake> intake) {
    return ImmutableCommandResult.builder().command(command).order(order).intake(intake).build();
  }
}
