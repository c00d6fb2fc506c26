package io.github.gridgov.json;

import io.github.gridgov.core.GovernanceException;
import java.util.List;

/**
 * A registry import that found problems: every one of them, each with its file and line. Nothing
 * was built.
 *
 * <p>The message lists the first {@value #LISTED_IN_MESSAGE}; {@link #problems()} has them all.
 *
 * @since 0.1.0
 */
public final class RegistryImportException extends GovernanceException {
  private static final long serialVersionUID = 1L;

  /** How many problems the message lists. */
  public static final int LISTED_IN_MESSAGE = 50;

  private final transient List<ImportProblem> problems;

  RegistryImportException(String directory, List<ImportProblem> problems) {
    super(message(directory, problems));
    this.problems = List.copyOf(problems);
  }

  private static String message(String directory, List<ImportProblem> problems) {
    StringBuilder b =
        new StringBuilder("Cannot import the registry in ")
            .append(directory)
            .append(": ")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem" : " problems");
    for (int i = 0; i < Math.min(LISTED_IN_MESSAGE, problems.size()); i++) {
      b.append("\n  ").append(problems.get(i));
    }
    if (problems.size() > LISTED_IN_MESSAGE) {
      b.append("\n  … and ").append(problems.size() - LISTED_IN_MESSAGE).append(" more");
    }
    return b.toString();
  }

  /** Every problem, in file order, then line order. */
  public List<ImportProblem> problems() {
    return problems;
  }
}
