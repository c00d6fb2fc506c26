package io.github.gridgov.core;

import static java.util.Objects.requireNonNull;

/**
 * A value could not be created because an input broke a model rule.
 *
 * <p>Carries the type being built, the field, the offending value (already masked where it is
 * personal data) and the rule, so callers can report it without parsing the message.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class InvalidModelException extends GovernanceException {
  private static final long serialVersionUID = 1L;

  private final String type;
  private final String field;
  private final String shownValue;
  private final String rule;

  /**
   * Creates the exception.
   *
   * @param type the simple name of the type being created, e.g. {@code "Grid"}
   * @param field the field that broke the rule, e.g. {@code "capacity"}
   * @param shownValue the offending value as it may be shown: masked if personal
   * @param rule what the rule requires, e.g. {@code "must be positive"}
   */
  public InvalidModelException(String type, String field, String shownValue, String rule) {
    super(
        "Cannot create "
            + requireNonNull(type)
            + ": "
            + requireNonNull(field)
            + " '"
            + requireNonNull(shownValue)
            + "' "
            + requireNonNull(rule));
    this.type = type;
    this.field = field;
    this.shownValue = shownValue;
    this.rule = rule;
  }

  /** The simple name of the type that could not be created. */
  public String type() {
    return type;
  }

  /** The field that broke the rule. */
  public String field() {
    return field;
  }

  /** The offending value as shown: masked if it is personal data. */
  public String shownValue() {
    return shownValue;
  }

  /** What the rule requires. */
  public String rule() {
    return rule;
  }
}
