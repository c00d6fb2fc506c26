package io.github.gridgov.spring;

import io.github.gridgov.core.registry.Jurisdiction;
import java.util.Optional;

/**
 * 登记库来源 — where the platform's registry comes from. The starter's own reads a CSV directory
 * ({@link CsvRegistrySource}); a host that keeps its registry elsewhere (its own database, a
 * sample for a demonstration) declares a bean of this type instead.
 *
 * <p>Implementation Requirements: thread-safe; {@link #current()} is called for every command and
 * poll and must not load anything.
 *
 * @since 0.1.0
 */
public interface RegistrySource {
  /** The registry in force. */
  Jurisdiction current();

  /**
   * Looks for a new version and, if there is one, loads it and puts it in force. Returns the new
   * registry, or empty when the version in force is still the newest. A new version that does not
   * load is refused (logged) and the one in force stays.
   */
  default Optional<Jurisdiction> reload() {
    return Optional.empty();
  }

  /** A source of one fixed registry, never reloaded. */
  static RegistrySource of(Jurisdiction registry) {
    java.util.Objects.requireNonNull(registry, "registry");
    return () -> registry;
  }
}
