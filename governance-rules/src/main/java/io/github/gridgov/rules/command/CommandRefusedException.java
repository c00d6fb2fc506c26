package io.github.gridgov.rules.command;

import io.github.gridgov.core.GovernanceException;
import io.github.gridgov.rules.check.RuleCheck;

/**
 * A command the rules refuse before the lifecycle is asked: a hand dispatch that breaks a rule
 * ({@link RuleCheck} with an error), a step for an order the platform does not hold, or a report of
 * an order it already holds. Nothing was changed.
 *
 * @since 0.1.0
 */
public final class CommandRefusedException extends GovernanceException {
  private static final long serialVersionUID = 1L;

  private final transient RuleCheck check;

  /** A refusal with its reason. */
  public CommandRefusedException(String message) {
    super(message);
    this.check = null;
  }

  CommandRefusedException(String message, RuleCheck check) {
    super(message);
    this.check = check;
  }

  /** For a refused hand dispatch: the checks it failed. */
  public java.util.Optional<RuleCheck> check() {
    return java.util.Optional.ofNullable(check);
  }
}
