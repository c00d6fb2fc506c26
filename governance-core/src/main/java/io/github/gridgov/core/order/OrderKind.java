package io.github.gridgov.core.order;

import java.util.Locale;

/**
 * 诉求类型 — the kind of a resident's matter, as 北京市接诉即办工作条例 Art. 2 lists them:
 * 咨询、求助、投诉、举报、建议.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public enum OrderKind {
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

  /** The label for {@code locale}: Chinese for any {@code zh} locale, English otherwise. */
  public String label(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? zh : en;
  }
}
