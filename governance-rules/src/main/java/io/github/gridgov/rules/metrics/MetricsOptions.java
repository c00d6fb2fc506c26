package io.github.gridgov.rules.metrics;

import io.github.gridgov.core.Labelled;
import io.github.gridgov.rules.sla.SlaProfile;
import org.immutables.value.Value;

/**
 * 口径 — the choices the definitions leave open, and the SLA profile that judges deadlines. The
 * counting defaults are ours and configurable (the published formulas do not fix them).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class MetricsOptions implements WithMetricsOptions {
  /** What 返工率 divides by. */
  public enum ReworkBase implements Labelled {
    /** 应结案数. */
    DUE,
    /** 立案数. */
    FILED
  }

  MetricsOptions() {}

  /** Whether 基本满意 counts as satisfied in 满意率; {@code true} unless set. */
  @Value.Default
  public boolean isBasicallySatisfiedCounted() {
    return true;
  }

  /** What 返工率 divides by; {@link ReworkBase#DUE} unless set. */
  @Value.Default
  public ReworkBase reworkBase() {
    return ReworkBase.DUE;
  }

  /**
   * The SLA profile whose clock judges 按期结案 and breaches — the same deadlines in force that
   * escalation uses; {@link SlaProfile#BJ_12345_DRAFT} unless set, the profile of
   * {@code GovernanceRules.standard()}. Pass {@code rules.slaProfile()} for other rules.
   */
  @Value.Default
  public SlaProfile slaProfile() {
    return SlaProfile.BJ_12345_DRAFT;
  }

  /** The defaults. */
  public static MetricsOptions standard() {
    return ImmutableMetricsOptions.builder().build();
  }
}
