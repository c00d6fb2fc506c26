package io.github.gridgov.spring.open311;

/**
 * Whether an Open311 client's {@code api_key} may post service requests. The starter's own accepts
 * the keys listed in {@code gridgov.open311.api-keys}; a host declares a bean of this type to check
 * keys its own way (a table of registered apps, a key service).
 *
 * <p>Implementation Requirements: thread-safe.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ApiKeyCheck {
  /** Whether {@code apiKey} (never null; possibly empty) may post. */
  boolean accepts(String apiKey);
}
