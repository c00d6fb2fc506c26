package io.github.gridgov.kafka;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * 登记来源 — where the topology finds each district's registry: the version in force at an
 * instant. Every task of every instance asks the same source, so a command or a timer at instant
 * {@code t} is decided against the same registry version everywhere.
 *
 * <p>{@link #versions()} is the standard source: versions are {@linkplain Versions#publish
 * published} (built off the processing threads, e.g. by {@code RegistryCsv.load} when a street's
 * new export arrives) and swapped in atomically; a version named in force from a future instant is
 * used from that instant on, by every instance alike.
 *
 * <p>Implementation Requirements: thread-safe; {@link #at} is called on the stream threads and must
 * not block long.
 *
 * @since 0.1.0
 */
public interface RegistrySource {
  /** The version of {@code district}'s registry in force at {@code at}, if any. */
  Optional<RegistryVersion> at(String district, Instant at);

  /** A source of one version per district, each in force from its {@link RegistryVersion#from()}. */
  static RegistrySource of(Map<String, RegistryVersion> byDistrict) {
    Versions v = versions();
    byDistrict.forEach(v::publish);
    return v;
  }

  /** An empty source to publish versions to. */
  static Versions versions() {
    return new Versions();
  }

  /** A source whose versions are published while the topology runs. */
  final class Versions implements RegistrySource {
    private final Map<String, List<RegistryVersion>> byDistrict = new ConcurrentHashMap<>();

    Versions() {}

    /**
     * Publishes {@code version} for {@code district}: in force from its {@link RegistryVersion#from()}.
     *
     * @throws IllegalArgumentException if the district already has a version of that name or in
     *     force from the same instant
     */
    public Versions publish(String district, RegistryVersion version) {
      requireNonNull(district, "district");
      requireNonNull(version, "version");
      byDistrict.compute(
          district,
          (k, old) -> {
            List<RegistryVersion> next = old == null ? new ArrayList<>() : new ArrayList<>(old);
            for (RegistryVersion v : next) {
              if (v.version().equals(version.version()) || v.from().equals(version.from())) {
                throw new IllegalArgumentException(
                    "Cannot publish "
                        + version
                        + " for district "
                        + district
                        + ": it clashes with "
                        + v);
              }
            }
            next.add(version);
            next.sort(Comparator.comparing(RegistryVersion::from));
            return List.copyOf(next);
          });
      return this;
    }

    @Override
    public Optional<RegistryVersion> at(String district, Instant at) {
      requireNonNull(district, "district");
      requireNonNull(at, "at");
      List<RegistryVersion> all = byDistrict.get(district);
      if (all == null) {
        return Optional.empty();
      }
      RegistryVersion found = null;
      for (RegistryVersion v : all) {
        if (!v.from().isAfter(at)) {
          found = v;
        }
      }
      return Optional.ofNullable(found);
    }
  }
}
