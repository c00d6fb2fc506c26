package io.github.gridgov.core.order;

import io.github.gridgov.core.Labelled;

/**
 * 诉求类型 — the kind of a resident's matter, as 北京市接诉即办工作条例 Art. 2 lists them:
 * 咨询、求助、投诉、举报、建议.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum OrderKind implements Labelled {
  /** 咨询 — a question. */
  CONSULTATION,
  /** 求助 — a request for help. */
  HELP,
  /** 投诉 — a complaint. */
  COMPLAINT,
  /** 举报 — a report of wrongdoing. */
  REPORT,
  /** 建议 — a suggestion. */
  SUGGESTION;
}
