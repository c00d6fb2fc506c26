package io.github.gridgov.json;

import static io.github.gridgov.json.RoundTripTest.assertSameRegistry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.core.registry.SizeLimits;
import io.github.gridgov.fixtures.Generators;
import io.github.gridgov.fixtures.SampleCommunity;
import io.github.gridgov.fixtures.SampleJurisdictions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("registry import: a directory of CSV files, every problem with its file and line")
class RegistryCsvTest {
  /** The sample communities' directories in the repository; {@code -Dgridgov.regenerate=true} writes them anew. */
  static final Path SAMPLES = Path.of("..", "samples", "registry");

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 20);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  @DisplayName("a generated registry written as CSV loads back with every entity equal")
  void generated(long seed, @TempDir Path dir) {
    Jurisdiction j =
        Generators.jurisdictions()
            .streets(1)
            .communitiesPerStreet(1, 3)
            .gridsPerCommunity(1, 4)
            .buildingsPerGrid(1, 4)
            .householdsPerBuilding(1, 12)
            .gaps(0.1, 0.1)
            .unmanagedShare(0.2)
            .careNeedShare(0.2)
            .generate(new SplittableRandom(seed));
    RegistryCsv.write(j, dir);
    assertSameRegistry(j, RegistryCsv.load(dir, j.sizeLimits()));
  }

  @Test
  @DisplayName(
      "the five sample communities ship as CSV directories that are what the writer writes and load back equal")
  void samples(@TempDir Path dir) throws Exception {
    boolean regenerate = Boolean.getBoolean("gridgov.regenerate");
    for (SampleCommunity s : SampleJurisdictions.all()) {
      Path shipped = SAMPLES.resolve(s.key());
      if (regenerate) {
        RegistryCsv.write(s.jurisdiction(), shipped);
      }
      Path fresh = dir.resolve(s.key());
      RegistryCsv.write(s.jurisdiction(), fresh);
      for (String file : RegistryCsv.FILES) {
        assertThat(Files.readAllBytes(shipped.resolve(file)))
            .as(
                "%s/%s is up to date (regenerate with " + "-Dgridgov.regenerate=true)",
                s.key(), file)
            .isEqualTo(Files.readAllBytes(fresh.resolve(file)));
      }
      assertSameRegistry(
          s.jurisdiction(), RegistryCsv.load(shipped, s.jurisdiction().sizeLimits()));
    }
  }

  /** A small valid street, written by hand as a platform's export would be. */
  static void street(Path dir) throws Exception {
    write(dir, "街道.csv", "编号,名称\r\nS-1,金安街道\r\n");
    write(dir, "社区.csv", "编号,名称,所属街道\r\nC-1,安丰社区,S-1\r\nC-2,友谊河社区,S-1\r\n");
    write(dir, "网格.csv", "编号,名称,所属社区,专职网格员\r\nG-1,丰安第一网格,C-1,R-1\r\nG-2,友谊第一网格,C-2,\r\n");
    write(dir, "小区.csv", "编号,名称,所属社区,管理方式\r\nK-1,丰安小区,C-1,有物业\r\n");
    write(dir, "楼栋.csv", "编号,名称,所属小区,所属网格,楼栋长\r\nB-1,1栋,K-1,G-1,R-2\r\n");
    write(dir, "户.csv", "编号,所属楼栋,单元,房号,成员,关爱类型\r\nH-1,B-1,1,101,P-1:户主,独居老人\r\n");
    write(dir, "居民.csv", "编号,姓名,联系电话,身份\r\nP-1,李建国,13800001111,楼栋长\r\n");
    write(
        dir,
        "人员.csv",
        """
        \u7f16\u53f7,\u89d2\u8272,\u59d3\u540d,\u5c45\u6c11\u7f16\u53f7,\u670d\u52a1\u8303\u56f4,\u627f\u529e\u4e0a\u9650
        R-1,\u7f51\u683c\u5458,\u9648\u7ea2,,GRID:G-1,5
        R-2,\u697c\u680b\u957f,\u674e\u5efa\u56fd,P-1,BUILDING:B-1,5
        """);
  }

  static void write(Path dir, String file, String text) throws Exception {
    Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName(
      "a hand-written export with Chinese labels, a byte order mark, quotes and CRLF loads")
  void handWritten(@TempDir Path dir) throws Exception {
    street(dir);
    write(
        dir,
        "小区.csv",
        "\uFEFF编号,名称,所属社区,管理方式,物业服务企业\r\nK-1,\"丰安小区, 东区\",C-1,有物业,\"某某\"\"物业\"\"公司\"\r\n");
    Jurisdiction j =
        RegistryCsv.load(
            dir, SizeLimits.builder().communityMinHouseholds(0).gridMinHouseholds(0).build());
    assertThat(j.compounds().get(0).name()).isEqualTo("丰安小区, 东区");
    assertThat(j.compounds().get(0).propertyCompany()).contains("某某\"物业\"公司");
    assertThat(j.householdCount()).isEqualTo(1);
    assertThat(j.households().findFirst().orElseThrow().careNeeds())
        .containsExactly(io.github.gridgov.core.people.CareNeed.ELDERLY_LIVING_ALONE);
    assertThat(j.responders())
        .extracting(r -> r.role().name())
        .containsExactly("GRID_WORKER", "BUILDING_LEADER");
  }

  @Test
  @DisplayName(
      "地址, 纬度, 经度: a building's address and WGS-84 position load; half a position or a word for a degree is refused")
  void coordinates(@TempDir Path dir) throws Exception {
    street(dir);
    SizeLimits any = SizeLimits.builder().communityMinHouseholds(0).gridMinHouseholds(0).build();
    write(
        dir,
        "楼栋.csv",
        "编号,名称,所属小区,所属网格,楼栋长,地址,纬度,经度\r\nB-1,1栋,K-1,G-1,R-2,北京市示例区丰安小区1号楼,39.9087,116.3975\r\n");
    Jurisdiction j = RegistryCsv.load(dir, any);
    assertThat(j.buildings().get(0).position())
        .contains(io.github.gridgov.core.area.GeoPoint.of(39.9087, 116.3975));
    assertThat(j.addressOf(io.github.gridgov.core.people.HouseholdId.of("H-1")))
        .contains("北京市示例区丰安小区1号楼1单元101");
    write(dir, "楼栋.csv", "编号,名称,所属小区,所属网格,楼栋长,纬度\r\nB-1,1栋,K-1,G-1,R-2,39.9\r\n");
    assertThatThrownBy(() -> RegistryCsv.load(dir, any))
        .hasMessageContaining("经度")
        .hasMessageContaining("is required when the other coordinate is given");
    write(dir, "楼栋.csv", "编号,名称,所属小区,所属网格,楼栋长,纬度,经度\r\nB-1,1栋,K-1,G-1,R-2,北纬39度,116.4\r\n");
    assertThatThrownBy(() -> RegistryCsv.load(dir, any))
        .hasMessageContaining("纬度 '北纬39度' must be a number of degrees");
  }

  @Test
  @DisplayName(
      "a duplicate id, a dangling reference and a building in another community's grid: one report, all three, file:line")
  void threeProblems(@TempDir Path dir) throws Exception {
    street(dir);
    write(dir, "居民.csv", "编号,姓名\r\nP-1,李建国\r\nP-2,王芳\r\nP-2,王芳芳\r\n");
    write(dir, "户.csv", "编号,所属楼栋,单元,房号,成员\r\nH-1,B-1,1,101,P-1:户主\r\nH-2,B-9,1,102,P-2:户主\r\n");
    write(dir, "楼栋.csv", "编号,名称,所属小区,所属网格,楼栋长\r\nB-1,1栋,K-1,G-1,R-2\r\nB-2,2栋,K-1,G-2,\r\n");
    assertThatThrownBy(() -> RegistryCsv.load(dir))
        .isInstanceOf(RegistryImportException.class)
        .satisfies(
            e -> {
              List<String> shown =
                  ((RegistryImportException) e)
                      .problems().stream()
                          .map(ImportProblem::toString)
                          .collect(Collectors.toList());
              assertThat(shown)
                  .anyMatch(
                      p ->
                          p.startsWith(
                              "居民.csv:4: Cannot add resident P-2: the id is used twice (first at line 3)"));
              assertThat(shown).anyMatch(p -> p.startsWith("户.csv:3: ") && p.contains("B-9"));
              assertThat(shown).anyMatch(p -> p.startsWith("楼栋.csv:3: ") && p.contains("B-2"));
              assertThat(((RegistryImportException) e).problems())
                  .extracting(ImportProblem::code)
                  .contains(
                      "csv.duplicate-id",
                      "registry.unknown-reference",
                      "registry.grid-community-mismatch");
            })
        .hasMessageStartingWith("Cannot import the registry in " + dir)
        .satisfies(
            e -> {
              List<String> zh =
                  ((RegistryImportException) e)
                      .problems().stream()
                          .map(p -> p.render(io.github.gridgov.core.Texts.chinese()))
                          .collect(Collectors.toList());
              assertThat(zh).contains("居民.csv 第4行：编号P-2重复，首次出现在第3行。");
              assertThat(zh).anyMatch(p -> p.startsWith("户.csv 第3行：户H-2引用的对象不在登记中（"));
              assertThat(zh).anyMatch(p -> p.startsWith("楼栋.csv 第3行：楼栋B-2所在的网格与所属小区不在同一社区（"));
            });
  }

  @Test
  @DisplayName(
      "a value the model refuses is reported with its line and masked; a missing column or file is named")
  void badCells(@TempDir Path dir) throws Exception {
    street(dir);
    write(dir, "居民.csv", "编号,姓名,身份证号,党员\r\nP-1,李建国,110105198001011234,也许\r\n");
    write(dir, "小区.csv", "编号,名称,所属社区\r\nK-1,丰安小区,C-1\r\n");
    Files.delete(dir.resolve("网格.csv"));
    assertThatThrownBy(() -> RegistryCsv.load(dir))
        .isInstanceOf(RegistryImportException.class)
        .satisfies(
            e -> {
              List<String> shown =
                  ((RegistryImportException) e)
                      .problems().stream()
                          .map(ImportProblem::toString)
                          .collect(Collectors.toList());
              assertThat(shown).anyMatch(p -> p.startsWith("网格.csv: Cannot find 网格.csv"));
              assertThat(shown)
                  .anyMatch(
                      p ->
                          p.startsWith("小区.csv:1: Cannot read 小区.csv: the column 管理方式 is missing"));
              assertThat(shown).anyMatch(p -> p.startsWith("居民.csv:2: Cannot create IdCardNumber"));
              assertThat(String.join("\n", shown)).doesNotContain("110105198001011234");
            });
    write(dir, "网格.csv", "编号,名称,所属社区\r\nG-1,丰安第一网格,C-1\r\nG-2,友谊第一网格,C-2\r\n");
    write(dir, "小区.csv", "编号,名称,所属社区,管理方式\r\nK-1,丰安小区,C-1,有物业\r\n");
    write(dir, "居民.csv", "编号,姓名,党员\r\nP-1,李建国,也许\r\n");
    assertThatThrownBy(() -> RegistryCsv.load(dir))
        .isInstanceOf(RegistryImportException.class)
        .hasMessageContaining("居民.csv:2: Cannot create Resident: 党员 '也许' must be 是 or 否");
    write(dir, "居民.csv", "编号,姓名\r\nP-1,李建国\r\n");
    write(dir, "小区.csv", "编号,名称,所属社区,管理方式\r\nK-1,丰安小区,C-1,物业\r\n");
    assertThatThrownBy(() -> RegistryCsv.load(dir))
        .isInstanceOf(RegistryImportException.class)
        .hasMessageContaining(
            "小区.csv:2: Cannot create Compound: 管理方式 '物业' must be one of 有物业, 自管, 三无小区");
  }

  @Test
  @DisplayName("a file that is not UTF-8 is refused by name")
  void notUtf8(@TempDir Path dir) throws Exception {
    street(dir);
    Files.write(dir.resolve("社区.csv"), "编号,名称,所属街道\r\nC-1,安丰社区,S-1\r\n".getBytes("GB18030"));
    assertThatThrownBy(() -> RegistryCsv.load(dir))
        .isInstanceOf(RegistryImportException.class)
        .hasMessageContaining("社区.csv: Cannot read 社区.csv: it is not UTF-8")
        .satisfies(
            e ->
                assertThat(
                        ((RegistryImportException) e)
                            .problems()
                            .get(0)
                            .render(io.github.gridgov.core.Texts.chinese()))
                    .isEqualTo("社区.csv：文件不是UTF-8编码，请另存为UTF-8（可带BOM）后重试。"));
  }
}
