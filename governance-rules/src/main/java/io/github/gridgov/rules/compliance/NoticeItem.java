package io.github.gridgov.rules.compliance;

import io.github.gridgov.core.Labelled;

/**
 * 网格公示事项 — what a grid must post for residents to see, as a finding names a missing one.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum NoticeItem implements Labelled {
  /** 区域范围 — the area the grid covers. */
  AREA,
  /** 网格员姓名及联系方式 — the grid worker's name and contact. */
  WORKER_CONTACT,
  /** 监督电话 — the phone number for complaints about the grid's service. */
  SUPERVISION_PHONE
}
