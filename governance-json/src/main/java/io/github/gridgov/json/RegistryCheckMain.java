package io.github.gridgov.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gridgov.core.Texts;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.rules.compliance.ComplianceChecks;
import io.github.gridgov.rules.compliance.ComplianceReport;
import io.github.gridgov.rules.compliance.Finding;
import io.github.gridgov.rules.reason.Reason;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * 登记检查 — the registry checker's command line: {@code ./check-registry DIR [--lang zh|en] [--json
 * FILE]}. Loads the CSV directory {@code DIR} ({@link RegistryCsv}), prints every problem with its
 * file and line, or, when the registry loads, its size and the compliance report (居委会 and 人民调解委员会
 * make-up, community and grid sizes, grid notices, grid workers, building leaders, unmanaged
 * compounds), in Chinese unless {@code --lang en}. With {@code --json FILE} it also writes the
 * problems and findings as JSON. Relative paths are taken from where the command was started (see
 * {@link #CALLER_DIR}).
 *
 * <p>Exit status: 0 when the registry loads and breaks no rule (warnings allowed), 1 when it has
 * problems or compliance errors, 2 on bad options.
 *
 * @since 0.1.0
 */
public final class RegistryCheckMain {
  /** The environment variable naming the directory relative paths are resolved from. */
  public static final String CALLER_DIR = "GRIDGOV_CALLER_DIR";

  private RegistryCheckMain() {}

  /** Options of a run. */
  record Options(Path directory, boolean zh, Path json) {}

  /** Runs the checker and exits with its status. */
  public static void main(String[] args) {
    Options options;
    try {
      options = parse(args, System.getenv(CALLER_DIR));
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(usage());
      System.exit(2);
      return;
    }
    if (options == null) {
      System.out.println(usage());
      return;
    }
    System.exit(run(options, System.out));
  }

  static String usage() {
    return """
           usage: check-registry DIR [--lang zh|en] [--json FILE]
             DIR           a directory of registry CSV files (\u8857\u9053.csv, \u793e\u533a.csv, \u7f51\u683c.csv, \u697c\u680b.csv, ...; see RegistryCsv)
             --lang zh|en  the language of the report (default: zh)
             --json FILE   also write the problems and findings as JSON to FILE
             --help, -h    print this text
           Relative paths are taken from the directory the command was started in.
           Exit status: 0 compliant (warnings allowed), 1 problems or compliance errors, 2 bad options.\
           """;
  }

  /** The options in {@code args}; {@code null} for {@code --help}. */
  static Options parse(String[] args, String callerDir) {
    Path directory = null;
    boolean zh = true;
    Path json = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--help") || a.equals("-h")) {
        return null;
      }
      if (a.startsWith("--")) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("Cannot read option " + a + ": it needs a value");
        }
        String v = args[++i];
        switch (a) {
          case "--lang" -> {
            if (!v.equals("zh") && !v.equals("en")) {
              throw new IllegalArgumentException(
                  "Cannot read --lang: '" + v + "' must be zh or en");
            }
            zh = v.equals("zh");
          }
          case "--json" -> json = resolve(v, callerDir);
          default -> throw new IllegalArgumentException("Cannot read option '" + a + "'");
        }
      } else if (directory == null) {
        directory = resolve(a, callerDir);
      } else {
        throw new IllegalArgumentException(
            "Cannot read '" + a + "': only one directory is checked at a time");
      }
    }
    if (directory == null) {
      throw new IllegalArgumentException("Cannot check: name the directory of CSV files");
    }
    return new Options(directory, zh, json);
  }

  private static Path resolve(String path, String callerDir) {
    Path p = Path.of(path);
    return p.isAbsolute() || callerDir == null || callerDir.isBlank()
        ? p
        : Path.of(callerDir).resolve(p);
  }

  /** Checks, prints to {@code out} and returns the exit status. */
  static int run(Options options, PrintStream out) {
    Texts texts = options.zh() ? Texts.chinese() : Texts.english();
    boolean zh = options.zh();
    Jurisdiction registry;
    try {
      registry = RegistryCsv.load(options.directory());
    } catch (RegistryImportException e) {
      out.println(
          (zh ? "无法导入 " : "Cannot import ")
              + options.directory()
              + (zh ? "：" : ": ")
              + e.problems().size()
              + (zh ? " 个问题" : e.problems().size() == 1 ? " problem" : " problems"));
      for (ImportProblem p : e.problems()) {
        out.println("  " + p.render(texts));
      }
      writeJson(options, e.problems(), null);
      return 1;
    }
    out.println(
        (zh ? "已导入 " : "Imported ")
            + options.directory()
            + (zh ? "：" : ": ")
            + registry.streets().size()
            + (zh ? " 个街道，" : " streets, ")
            + registry.communities().size()
            + (zh ? " 个社区，" : " communities, ")
            + registry.grids().size()
            + (zh ? " 个网格，" : " grids, ")
            + registry.buildings().size()
            + (zh ? " 栋楼，" : " buildings, ")
            + registry.householdCount()
            + (zh ? " 户，" : " households, ")
            + registry.residents().size()
            + (zh ? " 名居民，" : " residents, ")
            + registry.responders().size()
            + (zh ? " 名处置人员" : " responders"));
    ComplianceReport report = ComplianceChecks.check(registry);
    out.println(
        (zh ? "合规检查：" : "Compliance: ")
            + report.errors().size()
            + (zh ? " 项违规，" : " breaches, ")
            + report.warnings().size()
            + (zh ? " 项提示" : " warnings"));
    for (Finding f : report.findings()) {
      StringBuilder line =
          new StringBuilder("  [")
              .append(f.severity().label(texts))
              .append("] ")
              .append(f.rule().name(texts))
              .append(zh ? "：" : ": ");
      for (Reason r : f.reasons()) {
        line.append(r.render(texts));
      }
      line.append(zh ? "（" : " (").append(f.source().citation(texts)).append(zh ? "）" : ")");
      out.println(line);
    }
    writeJson(options, List.of(), report);
    return report.isCompliant() ? 0 : 1;
  }

  private static void writeJson(
      Options options, List<ImportProblem> problems, ComplianceReport report) {
    if (options.json() == null) {
      return;
    }
    ObjectMapper mapper =
        GovernanceJson.mapper(
            JsonOptions.masked().withTexts(options.zh() ? Texts.chinese() : Texts.english()));
    try {
      if (options.json().getParent() != null) {
        Files.createDirectories(options.json().getParent());
      }
      try (OutputStream stream = Files.newOutputStream(options.json());
          JsonGenerator g = mapper.getFactory().createGenerator(stream)) {
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeNumberField("format", GovernanceJson.FORMAT_VERSION);
        g.writeStringField("type", "registry-check");
        g.writeStringField("directory", options.directory().toString());
        g.writeBooleanField("imported", report != null);
        g.writeArrayFieldStart("problems");
        for (ImportProblem p : problems) {
          g.writeStartObject();
          g.writeStringField("file", p.file());
          g.writeNumberField("line", p.line());
          g.writeStringField("code", p.code());
          g.writeStringField("message", p.message());
          g.writeEndObject();
        }
        g.writeEndArray();
        if (report != null) {
          g.writeFieldName("compliance");
          mapper.writeValue(g, report);
        }
        g.writeEndObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + options.json(), e);
    }
  }
}
