package io.github.gridgov.core.order;

import io.github.gridgov.core.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 评价 — the requester's rating of a resolved order (群众评单): satisfaction and whether the
 * matter was actually solved.
 *
 * <p>The comment is free text that may hold personal data: it is left out of {@code toString()}.
 * Rule: the comment is at most 500 characters.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Rating {
  Rating() {}

  /** How satisfied the requester is. */
  @Value.Parameter
  public abstract Satisfaction satisfaction();

  /** Whether the requester says the matter was solved (已解决). */
  @Value.Parameter
  public abstract boolean isResolved();

  /** A free-text comment. */
  @Value.Redacted
  public abstract Optional<String> comment();

  /** A rating without comment. */
  public static Rating of(Satisfaction satisfaction, boolean resolved) {
    return ImmutableRating.of(satisfaction, resolved);
  }

  /** A rating with a comment. */
  public static Rating of(Satisfaction satisfaction, boolean resolved, String comment) {
    return ImmutableRating.builder()
        .satisfaction(satisfaction)
        .resolved(resolved)
        .comment(comment)
        .build();
  }

  @Value.Check
  void check() {
    comment()
        .ifPresent(
            c -> {
              if (c.length() > 500) {
                throw Checks.invalid(
                    "Rating",
                    "comment",
                    "(" + c.length() + " characters)",
                    "must be at most 500 characters");
              }
            });
  }
}
