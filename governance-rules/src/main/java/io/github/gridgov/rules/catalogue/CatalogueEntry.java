package io.github.gridgov.rules.catalogue;

import io.github.gridgov.core.Tier;
import io.github.gridgov.core.order.Category;
import io.github.gridgov.core.order.ReferralTarget;
import io.github.gridgov.core.people.Department;
import io.github.gridgov.core.people.Skill;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * 派单目录条目 — how one category is handled: the lowest tier meant to settle it, the responsible
 * department (条) when it reaches the street or district, the dispatch mode, whether it is on the
 * community's duty list, the skills it needs and prefers, and the emergency line for its
 * emergencies.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class CatalogueEntry implements WithCatalogueEntry {
  CatalogueEntry() {}

  /** The category. */
  public abstract Category category();

  /** The lowest tier meant to settle it ("小事不出楼栋，大事不出社区"). */
  public abstract Tier targetTier();

  /** The responsible department (e.g. {@link Department#HOUSING}); empty when none is clear (属地兜底). */
  public abstract Optional<Department> department();

  /** How its orders find their owner; {@link DispatchMode#ASSIGN} unless set. */
  @Value.Default
  public DispatchMode mode() {
    return DispatchMode.ASSIGN;
  }

  /**
   * Whether it is on the community's duty list; when not, the community may assist but never be
   * the primary handler (北京市接诉即办工作条例 Art. 17). {@code true} unless set.
   */
  @Value.Default
  public boolean isCommunityDuty() {
    return true;
  }

  /** Skills every owner must have. */
  public abstract Set<Skill> requiredSkills();

  /** Skills that make an owner a better fit. */
  public abstract Set<Skill> preferredSkills();

  /** Where its emergencies go; 110 unless set. */
  @Value.Default
  public ReferralTarget emergencyLine() {
    return ReferralTarget.POLICE_110;
  }

  /**
   * The legal channel for its matters that must go through litigation, arbitration,
   * administrative review or 信访 (北京市接诉即办工作条例 Art. 11); {@link ReferralTarget#LITIGATION}
   * unless set (our configurable default: the Article names the channels, not which fits a
   * category).
   */
  @Value.Default
  public ReferralTarget legalChannel() {
    return ReferralTarget.LITIGATION;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CatalogueEntry}. */
  public static final class Builder extends ImmutableCatalogueEntry.Builder {}

  @Value.Check
  void check() {
    io.github.gridgov.core.internal.Checks.check(
        emergencyLine().isEmergencyLine(),
        "CatalogueEntry",
        "emergencyLine",
        emergencyLine(),
        "must be one of 110/119/120/122");
    io.github.gridgov.core.internal.Checks.check(
        legalChannel().isLegalChannel(),
        "CatalogueEntry",
        "legalChannel",
        legalChannel(),
        "must be litigation, arbitration, administrative review or petition");
  }
}
