package io.github.gridgov.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName(
    "check-registry: problems or the compliance report, in Chinese or English, exit status, JSON")
class RegistryCheckMainTest {

  static String run(RegistryCheckMain.Options options, int[] status) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    status[0] = RegistryCheckMain.run(options, new PrintStream(out, true, StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName(
      "a sample community loads; its report is Chinese, with 第N条 citations, and it exits 0 on warnings only")
  void sample(@TempDir Path dir) throws Exception {
    int[] status = new int[1];
    String out =
        run(
            RegistryCheckMain.parse(
                new String[] {"samples/registry/youyihe", "--json", "findings.json"},
                Path.of("..").toAbsolutePath().toString()),
            status);
    assertThat(status[0]).isZero();
    assertThat(out)
        .contains("已导入", "1565 户", "合规检查：0 项违规", "[提示]", "（城市居民委员会组织法 第6条）")
        .doesNotContain("Art.", "gridgov default");
    JsonNode json = GovernanceJson.mapper().readTree(Path.of("..", "findings.json").toFile());
    Files.delete(Path.of("..", "findings.json"));
    assertThat(json.get("type").asText()).isEqualTo("registry-check");
    assertThat(json.get("imported").asBoolean()).isTrue();
    assertThat(json.at("/compliance/findings/0/reasons/0/text").asText()).contains("人民调解委员会");
    String en =
        run(
            new RegistryCheckMain.Options(
                Path.of("..", "samples", "registry", "youyihe"), false, null),
            status);
    assertThat(en).contains("Imported", "Compliance: 0 breaches", "[warning]");
  }

  @Test
  @DisplayName(
      "a broken directory: every problem with file and line in Chinese, exit 1, the problems in the JSON")
  void broken(@TempDir Path dir) throws Exception {
    RegistryCsvTest.street(dir);
    RegistryCsvTest.write(dir, "居民.csv", "编号,姓名\r\nP-1,李建国\r\nP-1,王芳\r\n");
    int[] status = new int[1];
    Path json = dir.resolve("out/problems.json");
    String out = run(new RegistryCheckMain.Options(dir, true, json), status);
    assertThat(status[0]).isEqualTo(1);
    assertThat(out).contains("无法导入", "居民.csv 第3行：编号P-1重复，首次出现在第2行。");
    JsonNode problems = GovernanceJson.mapper().readTree(json.toFile()).get("problems");
    assertThat(problems.get(0).get("file").asText()).isEqualTo("居民.csv");
    assertThat(problems.get(0).get("line").asInt()).isEqualTo(3);
    assertThat(problems.get(0).get("code").asText()).isEqualTo("csv.duplicate-id");
  }

  @Test
  @DisplayName(
      "options: the directory is required, one only; --lang zh or en; unknown options refused")
  void options() {
    assertThat(RegistryCheckMain.parse(new String[] {"--help"}, null)).isNull();
    assertThat(RegistryCheckMain.parse(new String[] {"d", "--lang", "en"}, "/from").directory())
        .isEqualTo(Path.of("/from/d"));
    assertThat(RegistryCheckMain.parse(new String[] {"/abs"}, "/from").directory())
        .isEqualTo(Path.of("/abs"));
    assertThatThrownBy(() -> RegistryCheckMain.parse(new String[0], null))
        .hasMessage("Cannot check: name the directory of CSV files");
    assertThatThrownBy(() -> RegistryCheckMain.parse(new String[] {"a", "b"}, null))
        .hasMessage("Cannot read 'b': only one directory is checked at a time");
    assertThatThrownBy(() -> RegistryCheckMain.parse(new String[] {"a", "--lang", "fr"}, null))
        .hasMessage("Cannot read --lang: 'fr' must be zh or en");
    assertThatThrownBy(() -> RegistryCheckMain.parse(new String[] {"a", "--fast", "1"}, null))
        .hasMessage("Cannot read option '--fast'");
    assertThatThrownBy(() -> RegistryCheckMain.parse(new String[] {"a", "--json"}, null))
        .hasMessage("Cannot read option --json: it needs a value");
  }
}
