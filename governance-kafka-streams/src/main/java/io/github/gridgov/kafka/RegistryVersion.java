package io.github.gridgov.kafka;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.registry.Jurisdiction;
import java.time.Instant;

/**
 * 登记版本 — one version of a district's registry and the instant from which it is in force.
 * Decisions about a command or a timer at instant {@code t} use the version in force at {@code t},
 * so every instance decides a record against the same registry whatever it has loaded since.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RegistryVersion {
  private final String version;
  private final Instant from;
  private final Jurisdiction registry;

  private RegistryVersion(String version, Instant from, Jurisdiction registry) {
    this.version = version;
    this.from = from;
    this.registry = registry;
  }

  /**
   * Version {@code version} of a registry, in force from {@code from}.
   *
   * @throws IllegalArgumentException if {@code version} is blank or longer than 64 characters
   */
  public static RegistryVersion of(String version, Instant from, Jurisdiction registry) {
    requireNonNull(version, "version");
    if (version.isBlank() || version.length() > 64) {
      throw new IllegalArgumentException(
          "Cannot create RegistryVersion: version ("
              + version.length()
              + " characters) must be 1-64 characters, not blank");
    }
    return new RegistryVersion(
        version, requireNonNull(from, "from"), requireNonNull(registry, "registry"));
  }

  /** The version's name, e.g. {@code 2026-12-01}; recorded on every decision made against it. */
  public String version() {
    return version;
  }

  /** The instant from which it is in force. */
  public Instant from() {
    return from;
  }

  /** The registry. */
  public Jurisdiction registry() {
    return registry;
  }

  /** {@code RegistryVersion[2026-12-01 from 2026-12-01T00:00:00Z]}. */
  @Override
  public String toString() {
    return "RegistryVersion[" + version + " from " + from + "]";
  }
}
