package io.github.gridgov.rules.reason;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.gridgov.core.Texts;
import java.util.Arrays;
import java.util.Collections;
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
  private static final Reason[] EMPTY = new Reason[0];
  private static final Reasons NONE = new Reasons(EMPTY, 0);

  /** The reasons in {@code [0, size)}; never written after construction. */
  private final Reason[] items;

  private final int size;

  /** {@link #asList()}, made on first use (making it twice gives an equal list). */
  private List<Reason> list;

  private Reasons(Reason[] items, int size) {
    this.items = items;
    this.size = size;
  }

  /** The given reasons. */
  public static Reasons of(List<Reason> reasons) {
    if (reasons.isEmpty()) {
      return NONE;
    }
    Reason[] items = reasons.toArray(EMPTY);
    for (Reason r : items) {
      requireNonNull(r, "reason");
    }
    return new Reasons(items, items.length);
  }

  /** The given reasons. */
  public static Reasons of(Reason... reasons) {
    return of(Arrays.asList(reasons));
  }

  /** A builder that collects reasons in order, for a rule that gives them one by one. */
  public static Builder builder() {
    return new Builder();
  }

  /** The reasons as a list. */
  public List<Reason> asList() {
    List<Reason> l = list;
    if (l == null) {
      l = Collections.unmodifiableList(Arrays.asList(items).subList(0, size));
      list = l;
    }
    return l;
  }

  /** The codes, in order. */
  public List<String> codes() {
    ImmutableList.Builder<String> b = ImmutableList.builderWithExpectedSize(size);
    for (int i = 0; i < size; i++) {
      b.add(items[i].code());
    }
    return b.build();
  }

  /** Whether a reason has {@code code}. */
  public boolean has(String code) {
    requireNonNull(code, "code");
    for (int i = 0; i < size; i++) {
      if (items[i].code().equals(code)) {
        return true;
      }
    }
    return false;
  }

  /** Each reason as a sentence in {@code locale}'s language. */
  public List<String> render(Locale locale) {
    requireNonNull(locale, "locale");
    return render(Texts.of(locale));
  }

  /** Each reason rendered in {@code texts}, in order. */
  public List<String> render(Texts texts) {
    requireNonNull(texts, "texts");
    ImmutableList.Builder<String> b = ImmutableList.builderWithExpectedSize(size);
    for (int i = 0; i < size; i++) {
      b.add(items[i].render(texts));
    }
    return b.build();
  }

  /** Whether there are none. */
  public boolean isEmpty() {
    return size == 0;
  }

  /** How many. */
  public int size() {
    return size;
  }

  @Override
  public Iterator<Reason> iterator() {
    return asList().iterator();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Reasons other
        && other.size == size
        && Arrays.equals(items, 0, size, other.items, 0, other.size);
  }

  @Override
  public int hashCode() {
    int h = 1;
    for (int i = 0; i < size; i++) {
      h = 31 * h + items[i].hashCode();
    }
    return h;
  }

  /** The reasons' codes with their parameters. */
  @Override
  public String toString() {
    return asList().toString();
  }

  /**
   * Collects reasons in the order they are given and makes {@link Reasons} of them without copying
   * them again.
   *
   * <p>Implementation Requirements: not thread-safe; use one builder on one thread. A builder may
   * go on after {@link #build()}: what it built does not change.
   */
  public static final class Builder {
    private Reason[] items = new Reason[4];
    private int size;

    /** Whether {@link #items} belongs to a built {@link Reasons} and must be copied before a write. */
    private boolean shared;

    private Builder() {}

    /** Adds {@code reason} after the others. */
    public Builder add(Reason reason) {
      requireNonNull(reason, "reason");
      if (shared || size == items.length) {
        items = Arrays.copyOf(items, Math.max(4, size * 2));
        shared = false;
      }
      items[size++] = reason;
      return this;
    }

    /** Adds every one of {@code reasons}, in their order, after the others. */
    public Builder addAll(Reasons reasons) {
      requireNonNull(reasons, "reasons");
      for (int i = 0; i < reasons.size; i++) {
        add(reasons.items[i]);
      }
      return this;
    }

    /** How many reasons so far. */
    public int size() {
      return size;
    }

    /** The reasons so far. */
    public Reasons build() {
      if (size == 0) {
        return NONE;
      }
      shared = true;
      return new Reasons(items, size);
    }
  }
}
