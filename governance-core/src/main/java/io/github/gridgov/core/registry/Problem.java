package io.github.gridgov.core.registry;

import io.github.gridgov.core.Labelled;
import org.immutables.value.Value;

/**
 * 问题 — one finding about a registry: an error that stops the build, or a warning returned with
 * the built {@link Jurisdiction}.
 *
 * <p>{@link #code()} is stable (e.g. {@code registry.unknown-reference}) for platforms that map
 * findings to their own texts; {@link #subject()} names the area or body concerned (e.g.
 * {@code BUILDING:B-43}); {@link #message()} reads "Cannot …: …" for errors. Personal data is
 * masked in every field.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Problem {
  /** How serious a finding is. */
  public enum Severity implements Labelled {
    /** The registry cannot be built. */
    ERROR,
    /** The registry is built; the finding is reported. */
    WARNING
  }

  Problem() {}

  /** Error or warning. */
  @Value.Parameter
  public abstract Severity severity();

  /** The stable code of the rule. */
  @Value.Parameter
  public abstract String code();

  /** The area or body concerned, e.g. {@code GRID:G-01}. */
  @Value.Parameter
  public abstract String subject();

  /** What is wrong, in English. */
  @Value.Parameter
  public abstract String message();

  static Problem error(String code, String subject, String message) {
    return ImmutableProblem.of(Severity.ERROR, code, subject, message);
  }

  static Problem warning(String code, String subject, String message) {
    return ImmutableProblem.of(Severity.WARNING, code, subject, message);
  }

  /** {@code SEVERITY code subject: message}. */
  @Override
  public String toString() {
    return severity() + " " + code() + " " + subject() + ": " + message();
  }
}
