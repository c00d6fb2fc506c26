package io.github.gridgov.core.order;

import io.github.gridgov.core.Labelled;

/**
 * 诉求类型 — the kind of a resident's matter, as 北京市接诉即办工作条例 Art. 2 lists them:
 * 咨询、求助、投诉、举报、建议.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public enum OrderKind implements Labelled {
  /** 咨询 — a question. */
  CONSULTATION("咨询", "consultation"),
  /** 求助 — a request for help. */
  HELP("求助", "help"),
  /** 投诉 — a complaint. */
  COMPLAINT("投诉", "complaint"),
  /** 举报 — a report of wrongdoing. */
  REPORT("举报", "report"),
  /** 建议 — a suggestion. */
  SUGGESTION("建议", "suggestion");

  private final String zh;
  private final String en;

  OrderKind(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  @Override
  public String zh() {
    return zh;
  }

  @Override
  public String en() {
    return en;
  }
}
