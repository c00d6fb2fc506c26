package io.github.gridgov.spring;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.GovernanceException;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.json.RegistryCsv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry from a directory in the CSV layout of {@link RegistryCsv}, loaded when made and
 * again when a file of the directory changes (its size or modification time): a platform drops
 * the files of a new version in place and the running instances take it up without stopping.
 *
 * <p>A new version is loaded whole and validated before it is put in force; one that does not load
 * (a file half written, a broken reference) leaves the version in force and is logged with the
 * problem (without personal data, which the model's messages mask).
 *
 * <p>Implementation Requirements: thread-safe.
 *
 * @since 0.1.0
 */
public final class CsvRegistrySource implements RegistrySource {
  private static final Logger LOG = LoggerFactory.getLogger(CsvRegistrySource.class);

  private final Path directory;
  private volatile Jurisdiction current;
  private volatile String version;

  /**
   * Loads the registry in {@code directory}.
   *
   * @throws io.github.gridgov.json.RegistryImportException if it does not load
   */
  public CsvRegistrySource(Path directory) {
    this.directory = requireNonNull(directory, "directory");
    String v = versionOf(directory);
    this.current = RegistryCsv.load(directory);
    this.version = v;
    LOG.info("gridgov registry loaded from {}: {} households", directory, current.householdCount());
  }

  @Override
  public Jurisdiction current() {
    return current;
  }

  /** The directory. */
  public Path directory() {
    return directory;
  }

  @Override
  public synchronized Optional<Jurisdiction> reload() {
    String v = versionOf(directory);
    if (v.equals(version)) {
      return Optional.empty();
    }
    Jurisdiction loaded;
    try {
      loaded = RegistryCsv.load(directory);
    } catch (GovernanceException | UncheckedIOException e) {
      LOG.warn(
          "gridgov registry in {} not reloaded, the version in force stays: {}",
          directory,
          e.getMessage());
      version = v;
      return Optional.empty();
    }
    current = loaded;
    version = v;
    LOG.info(
        "gridgov registry reloaded from {}: {} households", directory, loaded.householdCount());
    return Optional.of(loaded);
  }

  /** The names, sizes and modification times of the layout's files. */
  private static String versionOf(Path directory) {
    StringBuilder b = new StringBuilder();
    for (String name : RegistryCsv.FILES) {
      Path file = directory.resolve(name);
      if (Files.isRegularFile(file)) {
        try {
          BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
          b.append(name)
              .append(':')
              .append(a.size())
              .append(':')
              .append(a.lastModifiedTime())
              .append(';');
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read the registry file " + file, e);
        }
      }
    }
    return b.toString();
  }
}
