package io.github.gridgov.core;

/**
 * The root of every exception gridgov throws on purpose.
 *
 * <p>Messages read "Cannot &lt;verb&gt; &lt;thing&gt;: &lt;why&gt;", name the field and the
 * rule broken, and only ever show personal data in its masked form.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public class GovernanceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected GovernanceException(String message) {
    super(message);
  }

  protected GovernanceException(String message, Throwable cause) {
    super(message, cause);
  }
}
