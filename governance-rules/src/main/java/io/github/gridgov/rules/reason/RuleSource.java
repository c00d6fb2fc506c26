package io.github.gridgov.rules.reason;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.Labelled;

/**
 * 依据 — where a rule comes from: a law or regulation with its article (tier A), official content
 * quoted second-hand (B), local practice or another system (C), or our own configurable default,
 * which no law or standard sets.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RuleSource {
  /** How firm a source is. */
  public enum Kind implements Labelled {
    /** A — a law or regulation, with its article. */
    LAW,
    /** B — official content, quoted second-hand. */
    OFFICIAL,
    /** C — local practice or another system. */
    PRACTICE,
    /** Ours: a gridgov default, configurable, with no source that sets it. */
    OURS
  }

  private static final RuleSource OURS =
      new RuleSource(Kind.OURS, "gridgov default (configurable)");

  private final Kind kind;
  private final String citation;

  /** The citation as Chinese readers get it, when it is not {@link #citation} made Chinese by rule. */
  private final String chinese;

  private RuleSource(Kind kind, String citation) {
    this(kind, citation, null);
  }

  private RuleSource(Kind kind, String citation, String chinese) {
    this.kind = kind;
    this.citation = citation;
    this.chinese = chinese;
  }

  /** A law or regulation and its article, e.g. {@code 北京市接诉即办工作条例 Art. 14}. */
  public static RuleSource law(String citation) {
    return new RuleSource(Kind.LAW, checked(citation));
  }

  /** Official content quoted second-hand, e.g. a draft standard. */
  public static RuleSource official(String citation) {
    return new RuleSource(Kind.OFFICIAL, checked(citation));
  }

  /** Local practice or another system, e.g. {@code 世联社区}. */
  public static RuleSource practice(String citation) {
    return new RuleSource(Kind.PRACTICE, checked(citation));
  }

  /**
   * Local practice or another system, with the citation as Chinese readers get it, e.g. {@code
   * practice("MicroCommunity dispatch modes", "MicroCommunity 物业系统的派单方式")}.
   */
  public static RuleSource practice(String citation, String chinese) {
    requireNonNull(chinese, "chinese");
    return new RuleSource(Kind.PRACTICE, checked(citation), checked(chinese));
  }

  /** Our own configurable default. */
  public static RuleSource ours() {
    return OURS;
  }

  private static String checked(String citation) {
    requireNonNull(citation, "citation");
    io.github.gridgov.core.internal.Checks.checkName(citation, 200, "RuleSource", "citation");
    return citation;
  }

  /** How firm it is. */
  public Kind kind() {
    return kind;
  }

  /** The citation, e.g. {@code 北京市接诉即办工作条例 Art. 14}; {@code gridgov default (configurable)} for ours. */
  public String citation() {
    return citation;
  }

  /**
   * The citation for people reading {@code texts}: in Chinese, articles read {@code 第14条} ({@code
   * 北京市接诉即办工作条例 第14条}, {@code 第16、33条}) and ours {@code 本库默认值（可配置）}; in English, as
   * {@link #citation()}.
   */
  public String citation(io.github.gridgov.core.Texts texts) {
    if (!texts.isChinese()) {
      return citation;
    }
    if (kind == Kind.OURS) {
      return "本库默认值（可配置）";
    }
    if (chinese != null) {
      return chinese;
    }
    java.util.regex.Matcher m = ARTICLES.matcher(NOTES.matcher(citation).replaceAll(""));
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          b,
          java.util.regex.Matcher.quoteReplacement(
              "第" + m.group(1).replaceAll("\\s*,\\s*", "、").replace('-', '至') + "条"));
    }
    m.appendTail(b);
    return b.toString().replace("条, 第", "条、第").replace("; ", "；");
  }

  /** {@code Art. 16} or {@code Art. 16, 33}. */
  private static final java.util.regex.Pattern ARTICLES =
      java.util.regex.Pattern.compile("Arts?\\. (\\d+(?:-\\d+)?(?:\\s*,\\s*\\d+(?:-\\d+)?)*)");

  /** An English note in brackets, e.g. {@code (callback; the limit is ours)}: left out of Chinese citations. */
  private static final java.util.regex.Pattern NOTES =
      java.util.regex.Pattern.compile("\\s*\\([^)]*[A-Za-z][^)]*\\)");

  /** Whether this is our own configurable default rather than a cited source. */
  public boolean isOurs() {
    return kind == Kind.OURS;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleSource ruleSource
        && ruleSource.kind == kind
        && ruleSource.citation.equals(citation);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + citation.hashCode();
  }

  /** The citation, with the tier for sources other than a law: {@code 世联社区 (practice)}. */
  @Override
  public String toString() {
    return switch (kind) {
      case OFFICIAL -> citation + " (official, quoted)";
      case PRACTICE -> citation + " (practice)";
      default -> citation;
    };
  }
}
