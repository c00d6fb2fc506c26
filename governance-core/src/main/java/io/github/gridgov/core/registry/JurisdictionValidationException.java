package io.github.gridgov.core.registry;

import com.google.common.collect.ImmutableList;
import io.github.gridgov.core.GovernanceException;
import java.util.List;

/**
 * The registry could not be built: carries <em>every</em> problem found, not just the first.
 *
 * <p>The message lists the first {@value #LISTED_IN_MESSAGE} problems and counts the rest; {@link
 * #problems()} has them all. Nothing was built.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class JurisdictionValidationException extends GovernanceException {
  /** How many problems the message lists. */
  public static final int LISTED_IN_MESSAGE = 50;

  private static final long serialVersionUID = 1L;

  private final ImmutableList<Problem> problems;

  JurisdictionValidationException(List<Problem> problems) {
    super(message(problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  private static String message(List<Problem> problems) {
    StringBuilder b =
        new StringBuilder("Cannot build jurisdiction: ")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem" : " problems");
    for (int i = 0; i < Math.min(LISTED_IN_MESSAGE, problems.size()); i++) {
      b.append("\n  - ")
          .append(problems.get(i).code())
          .append(' ')
          .append(problems.get(i).subject())
          .append(": ")
          .append(problems.get(i).message());
    }
    if (problems.size() > LISTED_IN_MESSAGE) {
      b.append("\n  … and ").append(problems.size() - LISTED_IN_MESSAGE).append(" more");
    }
    return b.toString();
  }

  /** Every problem, in the order found. */
  public List<Problem> problems() {
    return problems;
  }
}
