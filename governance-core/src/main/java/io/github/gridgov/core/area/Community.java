package io.github.gridgov.core.area;

import io.github.gridgov.core.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 社区 — a community, the area of one residents' committee (居委会).
 *
 * <p>城市居民委员会组织法 Art. 6 sets a committee up "一般在一百户至七百户的范围内"; real
 * communities are often larger, so the {@code Jurisdiction} reports a size outside that range as
 * a warning, not an error.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Community implements WithCommunity {
  Community() {}

  /** The identifier. */
  public abstract CommunityId id();

  /** The name, e.g. {@code 安丰社区}; at most 100 characters. */
  public abstract String name();

  /** The street the community belongs to. */
  public abstract StreetId street();

  /** The 12-digit statistical area code, if known. */
  public abstract Optional<StatisticalAreaCode> code();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Community}; {@link #build()} throws {@link io.github.gridgov.core.InvalidModelException} on a broken rule. */
  public static final class Builder extends ImmutableCommunity.Builder {}

  @Value.Check
  void check() {
    Checks.checkName(name(), 100, "Community", "name");
  }
}
