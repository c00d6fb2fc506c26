package io.github.gridgov.core.order;

import io.github.gridgov.core.Labelled;

/**
 * 转出去向 — where a referred order went (北京市接诉即办工作条例 Art. 11: emergencies to the
 * emergency lines, matters for litigation, arbitration, administrative review or 信访 to their
 * legal channel); and a matter outside this platform's jurisdiction to the platform where it lies.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum ReferralTarget implements Labelled {
  /** 110 police. */
  POLICE_110,
  /** 119 fire and rescue. */
  FIRE_119,
  /** 120 ambulance. */
  AMBULANCE_120,
  /** 122 traffic police. */
  TRAFFIC_122,
  /** 诉讼 — the courts. */
  LITIGATION,
  /** 仲裁 — arbitration. */
  ARBITRATION,
  /** 行政复议 — administrative review. */
  ADMINISTRATIVE_REVIEW,
  /** 信访 — the petition channel. */
  PETITION,
  /** 转其他辖区 — the platform of the jurisdiction where the matter lies (the location is not in this registry). */
  OTHER_JURISDICTION;

  /** Whether this is a legal channel: litigation, arbitration, administrative review or 信访. */
  public boolean isLegalChannel() {
    return this == LITIGATION
        || this == ARBITRATION
        || this == ADMINISTRATIVE_REVIEW
        || this == PETITION;
  }

  /** Whether this is one of the emergency lines 110/119/120/122. */
  public boolean isEmergencyLine() {
    return this == POLICE_110 || this == FIRE_119 || this == AMBULANCE_120 || this == TRAFFIC_122;
  }
}
