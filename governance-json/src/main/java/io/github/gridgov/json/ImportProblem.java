package io.github.gridgov.json;

import static java.util.Objects.requireNonNull;

/**
 * 导入问题 — one problem of a registry import, where it is: the file, the line (1 is the header;
 * 0 when the problem is of the file as a whole) and what is wrong, in the model's words with
 * personal data masked.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ImportProblem {
  private final String file;
  private final long line;
  private final String code;
  private final String message;

  /** The parameters of the Chinese text: see {@code problems_zh.properties}. */
  private final java.util.List<String> args;

  ImportProblem(String file, long line, String code, String message, String... args) {
    this.file = requireNonNull(file, "file");
    this.line = line;
    this.code = requireNonNull(code, "code");
    this.message = requireNonNull(message, "message");
    this.args = java.util.List.of(args);
  }

  /** The file, e.g. {@code 楼栋.csv}. */
  public String file() {
    return file;
  }

  /** The line in the file (1 is the header), or 0 for the file as a whole. */
  public long line() {
    return line;
  }

  /**
   * A stable code: {@code csv.cell} (a value the model refuses), {@code csv.duplicate-id}, {@code
   * csv.column-missing}, {@code csv.file-missing}, {@code csv.unreadable}, or a registry code such as
   * {@code registry.unknown-reference} and {@code registry.grid-community-mismatch}.
   */
  public String code() {
    return code;
  }

  /** What is wrong, e.g. {@code Cannot create Household: room '' is required}. */
  public String message() {
    return message;
  }

  /**
   * The problem for people reading {@code texts}: in English as {@link #toString()}; in Chinese
   * {@code 户.csv 第12行：…}, what is wrong in Chinese, with the model's own words in brackets where
   * they add detail.
   */
  public String render(io.github.gridgov.core.Texts texts) {
    requireNonNull(texts, "texts");
    if (!texts.isChinese()) {
      return toString();
    }
    java.util.Optional<String> pattern = texts.text(ImportProblem.class, "problems", code);
    String where = line > 0 ? file + " 第" + line + "行：" : file + "：";
    if (pattern.isEmpty()) {
      return where + message;
    }
    Object[] shown = new Object[args.size() + 1];
    for (int i = 0; i < args.size(); i++) {
      shown[i] = args.get(i);
    }
    shown[args.size()] = message;
    return where
        + new java.text.MessageFormat(pattern.get(), java.util.Locale.CHINESE).format(shown);
  }

  /** {@code 户.csv:12: message}. */
  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImportProblem importProblem
        && importProblem.file.equals(file)
        && importProblem.line == line
        && importProblem.code.equals(code)
        && importProblem.message.equals(message);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(file, line, code, message);
  }
}
