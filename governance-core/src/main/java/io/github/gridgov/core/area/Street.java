package io.github.gridgov.core.area;

import io.github.gridgov.core.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 街道 — a sub-district office's area; it coordinates departments ("街乡吹哨、部门报到").
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Street implements WithStreet {
  Street() {}

  /** The identifier. */
  public abstract StreetId id();

  /** The name, e.g. {@code 金安街道}; Chinese allowed, at most 100 characters. */
  public abstract String name();

  /** The 12-digit statistical area code of the street, if known. */
  public abstract Optional<StatisticalAreaCode> code();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Street}; {@link #build()} throws {@link io.github.gridgov.core.InvalidModelException} on a broken rule. */
  public static final class Builder extends ImmutableStreet.Builder {}

  @Value.Check
  void check() {
    Checks.checkName(name(), 100, "Street", "name");
  }
}
