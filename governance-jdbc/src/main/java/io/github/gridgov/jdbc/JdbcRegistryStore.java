package io.github.gridgov.jdbc;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gridgov.core.GovernanceException;
import io.github.gridgov.core.internal.Checks;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.json.GovernanceJson;
import io.github.gridgov.json.JsonOptions;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * 登记库存储 — a district's registry kept in PostgreSQL, version by version, so that every
 * instance of a platform reads the same one: one instance (or an import job) {@linkplain #publish
 * publishes} a new version, the others see the newer {@link #latestVersion()} and {@linkplain
 * #load load} it. A version is stored whole, as JSON of governance-json (personal data in clear:
 * this is the platform's own storage), in table {@code gridgov_registry} of {@link GridgovSchema}.
 *
 * <p>A version once published does not change. Reading one back validates it as every registry is
 * validated; one that no longer reads (written by hand, say) is refused with {@link
 * OrderStoreException} naming the version.
 *
 * <p>Implementation Requirements: thread-safe; each call is one transaction.
 *
 * @since 0.1.0
 */
public final class JdbcRegistryStore {
  private static final ObjectMapper JSON = GovernanceJson.mapper(JsonOptions.clear());

  private final DataSource dataSource;
  private final String district;

  private JdbcRegistryStore(DataSource dataSource, String district) {
    this.dataSource = dataSource;
    this.district = district;
  }

  /**
   * The registries of {@code district} in {@code dataSource}.
   *
   * @throws IllegalArgumentException if {@code district} is not 1–64 characters of {@code
   *     [A-Za-z0-9._:-]}
   */
  public static JdbcRegistryStore of(DataSource dataSource, String district) {
    requireNonNull(dataSource, "dataSource");
    requireNonNull(district, "district");
    if (!district.matches("[A-Za-z0-9._:-]{1,64}")) {
      throw new IllegalArgumentException(
          "Cannot make a registry store: district '"
              + Checks.abbreviate(district)
              + "' must be 1-64 characters of A-Z, a-z, 0-9, '.', '_', ':' or '-'");
    }
    return new JdbcRegistryStore(dataSource, district);
  }

  /** The district. */
  public String district() {
    return district;
  }

  /**
   * 发布 — stores {@code registry} as the district's next version, published at {@code at}, and
   * returns the version; if the newest version is the same registry (the same text, by its
   * SHA-256), returns that one and stores nothing, so that publishing what is in force again (a
   * restart, two importers of one file) makes no new version. Two instances publishing different
   * registries at once get two versions, one after the other.
   */
  public long publish(Jurisdiction registry, Instant at) {
    requireNonNull(registry, "registry");
    requireNonNull(at, "at");
    StringWriter text = new StringWriter();
    try {
      JSON.writeValue(text, registry);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the registry as JSON", e);
    }
    String digest = sha256(text.toString());
    return inTransaction(
        "publish a registry",
        c -> {
          try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)")) {
            // one publisher of a district at a time: the next version is the one after the newest
            lock.setInt(1, "gridgov_registry".hashCode());
            lock.setInt(2, district.hashCode());
            lock.execute();
          }
          OptionalLong newest = latestVersion(c);
          if (newest.isPresent()) {
            try (PreparedStatement s =
                c.prepareStatement(
                    "SELECT digest FROM gridgov_registry WHERE district = ? AND version = ?")) {
              s.setString(1, district);
              s.setLong(2, newest.getAsLong());
              try (ResultSet r = s.executeQuery()) {
                if (r.next() && r.getString(1).equals(digest)) {
                  return newest.getAsLong();
                }
              }
            }
          }
          long version = newest.orElse(0) + 1;
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO gridgov_registry (district, version, published_at, households,"
                      + " digest, registry) VALUES (?, ?, ?, ?, ?, ?::json)")) {
            s.setString(1, district);
            s.setLong(2, version);
            s.setTimestamp(3, Timestamp.from(at));
            s.setInt(4, registry.householdCount());
            s.setString(5, digest);
            s.setString(6, text.toString());
            s.executeUpdate();
          }
          return version;
        });
  }

  /** The newest version published, if any: one small query, for a poll. */
  public OptionalLong latestVersion() {
    return inTransaction("read the newest registry version", this::latestVersion);
  }

  /** Version {@code version}, if it was published. */
  public Optional<Jurisdiction> load(long version) {
    return inTransaction(
        "load registry version " + version,
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT registry FROM gridgov_registry WHERE district = ? AND version = ?")) {
            s.setString(1, district);
            s.setLong(2, version);
            try (ResultSet r = s.executeQuery()) {
              if (!r.next()) {
                return Optional.empty();
              }
              try (Reader in = r.getCharacterStream(1)) {
                return Optional.of(JSON.readValue(in, Jurisdiction.class));
              } catch (IOException | GovernanceException e) {
                throw new OrderStoreException(
                    "Cannot read registry version "
                        + version
                        + " of district "
                        + district
                        + ": "
                        + Checks.abbreviate(String.valueOf(e.getMessage())),
                    e);
              }
            }
          }
        });
  }

  /** The newest version and its number, if any was published. */
  public Optional<Published> latest() {
    OptionalLong v = latestVersion();
    if (v.isEmpty()) {
      return Optional.empty();
    }
    return load(v.getAsLong()).map(j -> new Published(v.getAsLong(), j));
  }

  /**
   * Removes the versions older than the newest {@code keep} and returns how many it removed; the
   * newest is always kept.
   *
   * @throws IllegalArgumentException if {@code keep} is less than 1
   */
  public int prune(int keep) {
    if (keep < 1) {
      throw new IllegalArgumentException(
          "Cannot prune registry versions: keep '" + keep + "' must be at least 1");
    }
    return inTransaction(
        "prune registry versions",
        c -> {
          OptionalLong newest = latestVersion(c);
          if (newest.isEmpty()) {
            return 0;
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "DELETE FROM gridgov_registry WHERE district = ? AND version <= ?")) {
            s.setString(1, district);
            s.setLong(2, newest.getAsLong() - keep);
            return s.executeUpdate();
          }
        });
  }

  /**
   * A published version.
   *
   * @param version its number, from 1
   * @param registry the registry
   */
  public record Published(long version, Jurisdiction registry) {
    /** Checks the parts. */
    public Published {
      requireNonNull(registry, "registry");
    }
  }

  private OptionalLong latestVersion(Connection c) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT max(version) FROM gridgov_registry WHERE district = ?")) {
      s.setString(1, district);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        long v = r.getLong(1);
        return r.wasNull() ? OptionalLong.empty() : OptionalLong.of(v);
      }
    }
  }

  private static String sha256(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }

  private <T> T inTransaction(String what, Transactions.Work<T> work) {
    return Transactions.run(dataSource, district, what, work);
  }
}
