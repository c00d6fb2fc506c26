package io.github.gridgov.spring;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.GovernanceException;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.jdbc.JdbcRegistryStore;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry from the database ({@link JdbcRegistryStore}): the newest version published for the
 * district, put in force when it is made and again whenever a newer one is published, so that every
 * instance of a platform works to the same registry without stopping. A look for a new version is
 * one small query.
 *
 * <p>With an import directory (a {@link CsvRegistrySource}), this source also publishes: the
 * directory's registry when it is made, and each new version of its files as it appears. One
 * instance may import for all; several importing one directory publish nothing twice (publishing
 * the newest version again makes none).
 *
 * <p>A new version that does not read back is refused (logged) and the one in force stays.
 *
 * <p>Implementation Requirements: thread-safe.
 *
 * @since 0.1.0
 */
public final class DatabaseRegistrySource implements RegistrySource {
  private static final Logger LOG = LoggerFactory.getLogger(DatabaseRegistrySource.class);

  private final JdbcRegistryStore store;
  private final Optional<CsvRegistrySource> importFrom;
  private final Clock clock;
  private volatile Jurisdiction current;
  private volatile long version;

  /**
   * Puts the newest version of {@code store} in force, after publishing the registry of {@code
   * importFrom} if given.
   *
   * @throws IllegalStateException if the district has no registry published and none to import
   */
  public DatabaseRegistrySource(
      JdbcRegistryStore store, Optional<CsvRegistrySource> importFrom, Clock clock) {
    this.store = requireNonNull(store, "store");
    this.importFrom = requireNonNull(importFrom, "importFrom");
    this.clock = requireNonNull(clock, "clock");
    importFrom.ifPresent(csv -> publish(csv.current()));
    JdbcRegistryStore.Published newest =
        store
            .latest()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Cannot load the gridgov registry of district "
                            + store.district()
                            + " from the database: none is published. Publish one"
                            + " (JdbcRegistryStore.publish), or set gridgov.registry.csv-directory"
                            + " to import a CSV directory"));
    this.current = newest.registry();
    this.version = newest.version();
    LOG.info(
        "gridgov registry version {} of district {} in force: {} households",
        version,
        store.district(),
        current.householdCount());
  }

  @Override
  public Jurisdiction current() {
    return current;
  }

  /** The version in force. */
  public long version() {
    return version;
  }

  @Override
  public synchronized Optional<Jurisdiction> reload() {
    importFrom.flatMap(CsvRegistrySource::reload).ifPresent(this::publish);
    OptionalLong newest = store.latestVersion();
    if (newest.isEmpty() || newest.getAsLong() <= version) {
      return Optional.empty();
    }
    long v = newest.getAsLong();
    Optional<Jurisdiction> loaded;
    try {
      loaded = store.load(v);
    } catch (GovernanceException e) {
      LOG.warn(
          "gridgov registry version {} of district {} not put in force, version {} stays: {}",
          v,
          store.district(),
          version,
          e.getMessage());
      version = v;
      return Optional.empty();
    }
    if (loaded.isEmpty()) {
      // pruned between the two queries: the next look finds the newer one
      return Optional.empty();
    }
    current = loaded.get();
    version = v;
    LOG.info(
        "gridgov registry version {} of district {} in force: {} households",
        v,
        store.district(),
        current.householdCount());
    return loaded;
  }

  private void publish(Jurisdiction registry) {
    long v = store.publish(registry, clock.instant());
    LOG.info("gridgov registry imported into district {} as version {}", store.district(), v);
  }
}
