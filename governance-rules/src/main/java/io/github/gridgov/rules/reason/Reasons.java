package io.github.gridgov.rules.reason;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * 理由清单 — the reasons of a decision, in the order the rules produced them.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Reasons implements Iterable<Reason> {
  private static final Reasons NONE = new Reasons(ImmutableList.of());

  private final ImmutableList<Reason> reasons;

  private Reasons(ImmutableList<Reason> reasons) {
    this.reasons = reasons;
  }

  /** The given reasons. */
  public static Reasons of(List<Reason> reasons) {
    return reasons.isEmpty() ? NONE : new Reasons(ImmutableList.copyOf(reasons));
  }

  /** The given reasons. */
  public static Reasons of(Reason... reasons) {
    return of(List.of(reasons));
  }

  /** The reasons as a list. */
  public List<Reason> asList() {
    return reasons;
  }

  /** The codes, in order. */
  public List<String> codes() {
    return reasons.stream().map(Reason::code).collect(ImmutableList.toImmutableList());
  }

  /** Whether a reason has {@code code}. */
  public boolean has(String code) {
    requireNonNull(code, "code");
    return reasons.stream().anyMatch(r -> r.code().equals(code));
  }

  /** Each reason as a sentence in {@code locale}'s language. */
  public List<String> render(Locale locale) {
    requireNonNull(locale, "locale");
    return reasons.stream().map(r -> r.render(locale)).collect(ImmutableList.toImmutableList());
  }

  /** Each reason rendered in {@code texts}, in order. */
  public List<String> render(io.github.gridgov.core.Texts texts) {
    requireNonNull(texts, "texts");
    return reasons.stream().map(r -> r.render(texts)).collect(ImmutableList.toImmutableList());
  }

  /** Whether there are none. */
  public boolean isEmpty() {
    return reasons.isEmpty();
  }

  /** How many. */
  public int size() {
    return reasons.size();
  }

  @Override
  public Iterator<Reason> iterator() {
    return reasons.iterator();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Reasons other && other.reasons.equals(reasons);
  }

  @Override
  public int hashCode() {
    return reasons.hashCode();
  }

  /** The reasons' codes with their parameters. */
  @Override
  public String toString() {
    return reasons.toString();
  }
}
