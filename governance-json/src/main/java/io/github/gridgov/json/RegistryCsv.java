package io.github.gridgov.json;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.InvalidModelException;
import io.github.gridgov.core.Labelled;
import io.github.gridgov.core.Tier;
import io.github.gridgov.core.area.AreaRef;
import io.github.gridgov.core.area.BeijingGridCode;
import io.github.gridgov.core.area.Building;
import io.github.gridgov.core.area.BuildingId;
import io.github.gridgov.core.area.Community;
import io.github.gridgov.core.area.CommunityId;
import io.github.gridgov.core.area.Compound;
import io.github.gridgov.core.area.CompoundId;
import io.github.gridgov.core.area.Grid;
import io.github.gridgov.core.area.GridAssignment;
import io.github.gridgov.core.area.GridId;
import io.github.gridgov.core.area.ManagementStatus;
import io.github.gridgov.core.area.StatisticalAreaCode;
import io.github.gridgov.core.area.Street;
import io.github.gridgov.core.area.StreetId;
import io.github.gridgov.core.area.Validity;
import io.github.gridgov.core.internal.Checks;
import io.github.gridgov.core.people.CareNeed;
import io.github.gridgov.core.people.Department;
import io.github.gridgov.core.people.Household;
import io.github.gridgov.core.people.HouseholdId;
import io.github.gridgov.core.people.IdCardNumber;
import io.github.gridgov.core.people.Membership;
import io.github.gridgov.core.people.MembershipKind;
import io.github.gridgov.core.people.Occupancy;
import io.github.gridgov.core.people.PersonName;
import io.github.gridgov.core.people.PhoneNumber;
import io.github.gridgov.core.people.Residency;
import io.github.gridgov.core.people.Resident;
import io.github.gridgov.core.people.ResidentId;
import io.github.gridgov.core.people.ResidentRole;
import io.github.gridgov.core.people.Responder;
import io.github.gridgov.core.people.ResponderId;
import io.github.gridgov.core.people.ResponderRole;
import io.github.gridgov.core.people.Sex;
import io.github.gridgov.core.people.Skill;
import io.github.gridgov.core.people.TeamId;
import io.github.gridgov.core.people.TeamKind;
import io.github.gridgov.core.people.VolunteerTeam;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.core.registry.JurisdictionValidationException;
import io.github.gridgov.core.registry.Problem;
import io.github.gridgov.core.registry.SizeLimits;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * 辖区登记导入 — a registry as a directory of CSV files, one per entity, the way a street's
 * population database exports it: UTF-8 (a byte order mark is allowed), a header row of Chinese
 * column names, one row per entity, quotes as RFC 4180 has them.
 *
 * <p>{@link #load(Path)} reads such a directory into a {@link Jurisdiction}: every value through
 * the model's own rules, then the whole registry through {@link Jurisdiction.Builder#build()}. Every
 * problem found — a value the model refuses, an id used twice, a missing column or file, a
 * reference to nothing, a building placed in another community's grid — is reported with its file
 * and line, all in one {@link RegistryImportException}; nothing is built unless nothing is wrong.
 * {@link #write(Jurisdiction, Path)} writes a registry in the same layout, personal data in clear
 * (the directory is the platform's own data), and what it writes loads back equal.
 *
 * <p>The files and their columns (a column marked * is required; other columns may be left out;
 * columns not listed are ignored, so an export may carry its own):
 * <ul>
 *   <li>{@code 街道.csv}: 编号*, 名称*, 区划代码;
 *   <li>{@code 社区.csv}: 编号*, 名称*, 所属街道*, 区划代码;
 *   <li>{@code 网格.csv}: 编号*, 名称*, 所属社区*, 网格编码, 网格长, 专职网格员, 兼职网格员, 协助人员,
 *       区域范围, 监督电话;
 *   <li>{@code 小区.csv}: 编号*, 名称*, 所属社区*, 管理方式*, 物业服务企业, 结对小区;
 *   <li>{@code 楼栋.csv}: 编号*, 名称*, 所属小区, 所属网格*, 楼栋长, 单元长, 地址, 纬度, 经度 (WGS-84
 *       decimal degrees, both or neither; convert a Chinese map app's GCJ-02 first);
 *   <li>{@code 户.csv}: 编号*, 所属楼栋*, 单元, 房号*, 居住状态, 成员, 关爱类型;
 *   <li>{@code 居民.csv}: 编号*, 姓名*, 联系电话, 身份证号, 性别, 出生年份, 人口类型, 党员, 身份;
 *   <li>{@code 人员.csv} (处置人员: 楼栋长, 网格员, 社区工作者, 党员, 志愿者, 部门 …): 编号*, 角色*, 层级,
 *       姓名, 单位, 居民编号, 联系电话, 服务范围*, 特长, 承办上限*, 在岗, 党员, 已投保, 职能部门;
 *   <li>{@code 志愿服务队.csv}: 编号*, 名称*, 类型*, 所属社区*, 特长, 成员, 队长, 承办上限*.
 * </ul>
 * Cells: an enum by its Chinese label or its constant ({@code 三无小区} or {@code UNMANAGED}); yes/no
 * as {@code 是}/{@code 否}; several values separated by {@code ;} (or {@code ；}); an area as its
 * printed form ({@code GRID:G-01}); a validity as {@code 2026-01-01~2026-06-30} (either end may be
 * empty); 所属网格 {@code G-01} or {@code G-01@2026-01-01~} for each grid assignment; 成员
 * {@code P-1:户主} (the kind by label, optionally {@code @validity}); 单元长 {@code 1=R-1;2=R-2}.
 * Only 街道, 社区, 网格 and 楼栋 are required files; the others may be absent (no households, …).
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class RegistryCsv {
  /** The files, in the order they are read and written. */
  public static final List<String> FILES =
      List.of(
          "街道.csv",
          "社区.csv",
          "网格.csv",
          "小区.csv",
          "楼栋.csv",
          "户.csv",
          "居民.csv",
          "人员.csv",
          "志愿服务队.csv");

  /** Each labelled enum's constants by constant name and by Chinese label, built once per type. */
  private static final Map<Class<?>, Map<String, Object>> CONSTANTS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static Map<String, Object> byNameAndLabel(Class<?> type) {
    Map<String, Object> m = new HashMap<>();
    for (Object c : type.getEnumConstants()) {
      m.put(((Enum<?>) c).name(), c);
      m.put(((Labelled) c).zh(), c);
    }
    return Map.copyOf(m);
  }

  private static final List<String> REQUIRED_FILES =
      List.of("街道.csv", "社区.csv", "网格.csv", "楼栋.csv");
  private static final String YES = "是";
  private static final String NO = "否";

  private RegistryCsv() {}

  /**
   * The registry in {@code directory}, with the default size limits.
   *
   * @throws RegistryImportException listing every problem with its file and line; nothing is built
   * @throws UncheckedIOException if a file cannot be read at all
   */
  public static Jurisdiction load(Path directory) {
    return load(directory, SizeLimits.standard());
  }

  /**
   * The registry in {@code directory}, with {@code limits} for the size warnings.
   *
   * @throws RegistryImportException listing every problem with its file and line; nothing is built
   * @throws UncheckedIOException if a file cannot be read at all
   */
  public static Jurisdiction load(Path directory, SizeLimits limits) {
    requireNonNull(directory, "directory");
    requireNonNull(limits, "limits");
    return new Loader(directory).load(limits);
  }

  // ---- loading ---------------------------------------------------------------------------------

  /** One row: its file, line and cells by column. */
  private static final class Row {

    final CSVRecord record;
    final Map<String, Integer> columns;

    Row(CSVRecord record, Map<String, Integer> columns) {
      this.record = record;
      this.columns = columns;
    }

    Optional<String> optional(String column) {
      Integer i = columns.get(column);
      if (i == null || i >= record.size()) {
        return Optional.empty();
      }
      String v = record.get(i).strip();
      return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    String required(String type, String column) {
      return optional(column)
          .orElseThrow(() -> new InvalidModelException(type, column, "", "is required"));
    }

    List<String> list(String column) {
      Optional<String> v = optional(column);
      if (v.isEmpty()) {
        return List.of();
      }
      List<String> out = new ArrayList<>();
      for (String part : v.get().split("[;；]", -1)) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
      return out;
    }

    <E extends Enum<E> & Labelled> E constant(String type, String column, String text, Class<E> e) {
      Object found = CONSTANTS.computeIfAbsent(e, RegistryCsv::byNameAndLabel).get(text);
      if (found != null) {
        return e.cast(found);
      }
      StringBuilder allowed = new StringBuilder();
      for (E c : e.getEnumConstants()) {
        allowed.append(allowed.length() == 0 ? "" : ", ").append(c.zh());
      }
      throw new InvalidModelException(
          type, column, Checks.abbreviate(text), "must be one of " + allowed);
    }

    <E extends Enum<E> & Labelled> Optional<E> constant(String type, String column, Class<E> e) {
      return optional(column).map(v -> constant(type, column, v, e));
    }

    Optional<Boolean> yesNo(String type, String column) {
      return optional(column)
          .map(
              v -> {
                if (v.equals(YES) || v.equalsIgnoreCase("true")) {
                  return true;
                }
                if (v.equals(NO) || v.equalsIgnoreCase("false")) {
                  return false;
                }
                throw new InvalidModelException(
                    type, column, Checks.abbreviate(v), "must be 是 or 否");
              });
    }

    int integer(String type, String column) {
      String v = required(type, column);
      try {
        return Integer.parseInt(v);
      } catch (NumberFormatException e) {
        throw new InvalidModelException(
            type, column, Checks.abbreviate(v), "must be a whole number");
      }
    }
  }

  private static final class Loader {
    final Path directory;
    final List<ImportProblem> problems = new ArrayList<>();

    /** Where each entity was read: {@code BUILDING:B-1} → file and line. */
    final Map<String, ImportProblem> origins = new HashMap<>();

    final Jurisdiction.Builder builder = Jurisdiction.builder();

    Loader(Path directory) {
      this.directory = directory;
    }

    Jurisdiction load(SizeLimits limits) {
      builder.sizeLimits(limits);
      read("街道.csv", "STREET", List.of("编号", "名称"), r -> builder.addStreet(street(r)));
      read(
          "社区.csv",
          "COMMUNITY",
          List.of("编号", "名称", "所属街道"),
          r -> builder.addCommunity(community(r)));
      read("网格.csv", "GRID", List.of("编号", "名称", "所属社区"), r -> builder.addGrid(grid(r)));
      read(
          "小区.csv",
          "COMPOUND",
          List.of("编号", "名称", "所属社区", "管理方式"),
          r -> builder.addCompound(compound(r)));
      read(
          "楼栋.csv", "BUILDING", List.of("编号", "名称", "所属网格"), r -> builder.addBuilding(building(r)));
      read(
          "户.csv",
          "HOUSEHOLD",
          List.of("编号", "所属楼栋", "房号"),
          r -> builder.addHousehold(household(r)));
      read("居民.csv", "RESIDENT", List.of("编号", "姓名"), r -> builder.addResident(resident(r)));
      read(
          "人员.csv",
          "RESPONDER",
          List.of("编号", "角色", "服务范围", "承办上限"),
          r -> builder.addResponder(responder(r)));
      read(
          "志愿服务队.csv",
          "TEAM",
          List.of("编号", "名称", "类型", "所属社区", "承办上限"),
          r -> builder.addTeam(team(r)));
      Jurisdiction built = null;
      try {
        built = builder.build();
      } catch (JurisdictionValidationException e) {
        for (Problem p : e.problems()) {
          ImportProblem at = origins.get(p.subject());
          String place = place(p.subject());
          problems.add(
              at != null
                  ? new ImportProblem(at.file(), at.line(), p.code(), p.message(), place)
                  : new ImportProblem("(registry)", 0, p.code(), p.message(), place));
        }
      }
      if (!problems.isEmpty()) {
        List<ImportProblem> sorted = new ArrayList<>(problems);
        sorted.sort(
            java.util.Comparator.comparing((ImportProblem p) -> FILES.indexOf(p.file()))
                .thenComparingLong(ImportProblem::line));
        throw new RegistryImportException(directory.toString(), sorted);
      }
      return built;
    }

    /** Reads every row of {@code file} with {@code add}, noting problems with their line. */
    void read(String file, String kind, List<String> required, Consumer<Row> add) {
      Path path = directory.resolve(file);
      if (!Files.exists(path)) {
        if (REQUIRED_FILES.contains(file)) {
          problems.add(
              new ImportProblem(
                  file,
                  0,
                  "csv.file-missing",
                  "Cannot find " + file + " in " + directory,
                  file,
                  directory.toString()));
        }
        return;
      }
      Map<String, Long> seen = new HashMap<>();
      try (Reader in = reader(path);
          CSVParser parser =
              CSVFormat.RFC4180
                  .builder()
                  .setHeader()
                  .setSkipHeaderRecord(true)
                  .setIgnoreEmptyLines(true)
                  .get()
                  .parse(in)) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        parser.getHeaderMap().forEach((k, v) -> columns.put(k.strip(), v));
        boolean complete = true;
        for (String c : required) {
          if (!columns.containsKey(c)) {
            problems.add(
                new ImportProblem(
                    file,
                    1,
                    "csv.column-missing",
                    "Cannot read "
                        + file
                        + ": the column "
                        + c
                        + " is missing (columns: "
                        + String.join(", ", columns.keySet())
                        + ")",
                    file,
                    c,
                    String.join("、", columns.keySet())));
            complete = false;
          }
        }
        if (!complete) {
          return;
        }
        for (CSVRecord record : parser) {
          long line = record.getRecordNumber() + 1;
          Row row = new Row(record, columns);
          Optional<String> id = row.optional("编号");
          if (id.isPresent() && seen.containsKey(id.get())) {
            problems.add(
                new ImportProblem(
                    file,
                    line,
                    "csv.duplicate-id",
                    "Cannot add "
                        + kind.toLowerCase(java.util.Locale.ROOT)
                        + " "
                        + Checks.abbreviate(id.get())
                        + ": the id is used twice (first at line "
                        + seen.get(id.get())
                        + ")",
                    kind,
                    Checks.abbreviate(id.get()),
                    Long.toString(seen.get(id.get()))));
            continue;
          }
          try {
            add.accept(row);
            id.ifPresent(
                i -> {
                  seen.put(i, line);
                  origins.put(kind + ":" + i, new ImportProblem(file, line, "origin", ""));
                });
          } catch (InvalidModelException e) {
            problems.add(
                new ImportProblem(
                    file,
                    line,
                    "csv.cell",
                    e.getMessage(),
                    typeName(e.type()),
                    e.field(),
                    e.shownValue(),
                    e.rule()));
            id.ifPresent(i -> seen.put(i, line));
          }
        }
      } catch (CharacterCodingException e) {
        problems.add(
            new ImportProblem(
                file, 0, "csv.not-utf8", "Cannot read " + file + ": it is not UTF-8", file));
      } catch (IOException | java.io.UncheckedIOException e) {
        problems.add(unreadable(file, e));
      } catch (IllegalArgumentException | IllegalStateException e) {
        problems.add(unreadable(file, e));
      }
    }
  }

  private static ImportProblem unreadable(String file, Exception e) {
    String detail = Checks.abbreviate(String.valueOf(e.getMessage()));
    return new ImportProblem(
        file, 0, "csv.unreadable", "Cannot read " + file + ": " + detail, file, detail);
  }

  private static final Map<String, String> CHINESE_KINDS =
      Map.of(
          "STREET",
          "街道",
          "COMMUNITY",
          "社区",
          "GRID",
          "网格",
          "COMPOUND",
          "小区",
          "BUILDING",
          "楼栋",
          "HOUSEHOLD",
          "户",
          "RESIDENT",
          "居民",
          "RESPONDER",
          "处置人员",
          "TEAM",
          "志愿服务队");

  private static final Map<String, String> CHINESE_TYPES =
      Map.ofEntries(
          Map.entry("Street", "街道"),
          Map.entry("Community", "社区"),
          Map.entry("Grid", "网格"),
          Map.entry("Compound", "小区"),
          Map.entry("Building", "楼栋"),
          Map.entry("Household", "户"),
          Map.entry("Resident", "居民"),
          Map.entry("Responder", "处置人员"),
          Map.entry("VolunteerTeam", "志愿服务队"),
          Map.entry("IdCardNumber", "身份证号"),
          Map.entry("PhoneNumber", "联系电话"),
          Map.entry("PersonName", "姓名"),
          Map.entry("Membership", "成员"),
          Map.entry("Validity", "有效期"),
          Map.entry("StatisticalAreaCode", "区划代码"),
          Map.entry("BeijingGridCode", "网格编码"),
          Map.entry("AreaRef", "服务范围"));

  /** {@code 楼栋B-2} for the subject {@code BUILDING:B-2}. */
  private static String place(String subject) {
    int colon = subject.indexOf(':');
    if (colon < 0) {
      return subject;
    }
    return CHINESE_KINDS.getOrDefault(subject.substring(0, colon), subject.substring(0, colon))
        + subject.substring(colon + 1);
  }

  /** The Chinese name of a model type in a message, e.g. {@code 楼栋} for {@code Building}; ids read {@code 编号}. */
  private static String typeName(String type) {
    return type.endsWith("Id") ? "编号" : CHINESE_TYPES.getOrDefault(type, type);
  }

  /** A strict UTF-8 reader that skips a byte order mark. */
  private static Reader reader(Path path) throws IOException {
    BufferedReader r =
        new BufferedReader(
            new java.io.InputStreamReader(
                Files.newInputStream(path),
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)));
    r.mark(1);
    if (r.read() != '\uFEFF') {
      r.reset();
    }
    return r;
  }

  private static Validity validity(String type, String column, String text) {
    int tilde = text.indexOf('~');
    if (tilde < 0) {
      throw new InvalidModelException(
          type, column, Checks.abbreviate(text), "must be a validity start~end, e.g. 2026-01-01~");
    }
    Optional<LocalDate> start = date(type, column, text.substring(0, tilde));
    Optional<LocalDate> end = date(type, column, text.substring(tilde + 1));
    if (start.isPresent() && end.isPresent()) {
      return Validity.between(start.get(), end.get());
    }
    return start
        .map(Validity::from)
        .orElseGet(() -> end.map(Validity::until).orElse(Validity.always()));
  }

  private static Optional<LocalDate> date(String type, String column, String text) {
    if (text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.strip()));
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidModelException(
          type, column, Checks.abbreviate(text), "must be a date such as 2026-01-01");
    }
  }

  static Street street(Row r) {
    String t = "Street";
    Street.Builder b =
        Street.builder().id(StreetId.of(r.required(t, "编号"))).name(r.required(t, "名称"));
    r.optional("区划代码").map(StatisticalAreaCode::parse).ifPresent(b::code);
    return b.build();
  }

  static Community community(Row r) {
    String t = "Community";
    Community.Builder b =
        Community.builder()
            .id(CommunityId.of(r.required(t, "编号")))
            .name(r.required(t, "名称"))
            .street(StreetId.of(r.required(t, "所属街道")));
    r.optional("区划代码").map(StatisticalAreaCode::parse).ifPresent(b::code);
    return b.build();
  }

  static Grid grid(Row r) {
    String t = "Grid";
    Grid.Builder b =
        Grid.builder()
            .id(GridId.of(r.required(t, "编号")))
            .name(r.required(t, "名称"))
            .community(CommunityId.of(r.required(t, "所属社区")));
    r.optional("网格编码").map(BeijingGridCode::parse).ifPresent(b::code);
    r.optional("网格长").map(ResponderId::of).ifPresent(b::leader);
    r.list("专职网格员").forEach(x -> b.addWorker(ResponderId.of(x)));
    r.list("兼职网格员").forEach(x -> b.addPartTimeWorker(ResponderId.of(x)));
    r.list("协助人员").forEach(x -> b.addHelper(ResponderId.of(x)));
    r.optional("区域范围").ifPresent(b::areaDescription);
    r.optional("监督电话").ifPresent(b::supervisionPhone);
    return b.build();
  }

  static Compound compound(Row r) {
    String t = "Compound";
    Compound.Builder b =
        Compound.builder()
            .id(CompoundId.of(r.required(t, "编号")))
            .name(r.required(t, "名称"))
            .community(CommunityId.of(r.required(t, "所属社区")))
            .management(r.constant(t, "管理方式", r.required(t, "管理方式"), ManagementStatus.class));
    r.optional("物业服务企业").ifPresent(b::propertyCompany);
    r.optional("结对小区").map(CompoundId::of).ifPresent(b::partner);
    return b.build();
  }

  static Building building(Row r) {
    String t = "Building";
    Building.Builder b =
        Building.builder().id(BuildingId.of(r.required(t, "编号"))).name(r.required(t, "名称"));
    r.optional("所属小区").map(CompoundId::of).ifPresent(b::compound);
    for (String a : r.list("所属网格")) {
      int at = a.indexOf('@');
      b.addGridAssignment(
          at < 0
              ? GridAssignment.of(GridId.of(a))
              : GridAssignment.of(
                  GridId.of(a.substring(0, at).strip()), validity(t, "所属网格", a.substring(at + 1))));
    }
    r.optional("楼栋长").map(ResponderId::of).ifPresent(b::leader);
    r.optional("地址").ifPresent(b::address);
    Optional<String> lat = r.optional("纬度");
    Optional<String> lon = r.optional("经度");
    if (lat.isPresent() != lon.isPresent()) {
      throw new InvalidModelException(
          t, lat.isPresent() ? "经度" : "纬度", "", "is required when the other coordinate is given");
    }
    if (lat.isPresent()) {
      b.position(
          io.github.gridgov.core.area.GeoPoint.of(
              degrees(t, "纬度", lat.get()), degrees(t, "经度", lon.get())));
    }
    for (String u : r.list("单元长")) {
      int eq = u.indexOf('=');
      if (eq <= 0) {
        throw new InvalidModelException(
            t, "单元长", Checks.abbreviate(u), "must be unit=responder, e.g. 1=R-1");
      }
      b.putUnitLeader(u.substring(0, eq).strip(), ResponderId.of(u.substring(eq + 1).strip()));
    }
    return b.build();
  }

  private static double degrees(String type, String column, String text) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new InvalidModelException(
          type, column, Checks.abbreviate(text), "must be a number of degrees, e.g. 39.9087");
    }
  }

  static Household household(Row r) {
    String t = "Household";
    Household.Builder b =
        Household.builder()
            .id(HouseholdId.of(r.required(t, "编号")))
            .building(BuildingId.of(r.required(t, "所属楼栋")))
            .room(r.required(t, "房号"));
    r.optional("单元").ifPresent(b::unit);
    r.constant(t, "居住状态", Occupancy.class).ifPresent(b::occupancy);
    for (String m : r.list("成员")) {
      int at = m.indexOf('@');
      String member = at < 0 ? m : m.substring(0, at);
      int colon = member.lastIndexOf(':');
      if (colon <= 0) {
        throw new InvalidModelException(
            t, "成员", Checks.abbreviate(m), "must be resident:kind, e.g. P-1:户主");
      }
      MembershipKind kind =
          r.constant(t, "成员", member.substring(colon + 1).strip(), MembershipKind.class);
      ResidentId resident = ResidentId.of(member.substring(0, colon).strip());
      b.addMember(
          at < 0
              ? Membership.of(resident, kind)
              : Membership.of(resident, kind, validity(t, "成员", m.substring(at + 1))));
    }
    r.list("关爱类型").forEach(c -> b.addCareNeed(r.constant(t, "关爱类型", c, CareNeed.class)));
    return b.build();
  }

  static Resident resident(Row r) {
    String t = "Resident";
    Resident.Builder b =
        Resident.builder()
            .id(ResidentId.of(r.required(t, "编号")))
            .name(PersonName.of(r.required(t, "姓名")));
    r.optional("联系电话").map(PhoneNumber::of).ifPresent(b::phone);
    r.optional("身份证号").map(IdCardNumber::of).ifPresent(b::idNumber);
    r.constant(t, "性别", Sex.class).ifPresent(b::sex);
    r.optional("出生年份").ifPresent(y -> b.birthYear(r.integer(t, "出生年份")));
    r.constant(t, "人口类型", Residency.class).ifPresent(b::residency);
    r.yesNo(t, "党员").ifPresent(b::partyMember);
    r.list("身份").forEach(x -> b.addRole(r.constant(t, "身份", x, ResidentRole.class)));
    return b.build();
  }

  static Responder responder(Row r) {
    String t = "Responder";
    Responder.Builder b =
        Responder.builder()
            .id(ResponderId.of(r.required(t, "编号")))
            .role(r.constant(t, "角色", r.required(t, "角色"), ResponderRole.class))
            .capacity(r.integer(t, "承办上限"));
    r.constant(t, "层级", Tier.class).ifPresent(b::tier);
    r.optional("姓名").map(PersonName::of).ifPresent(b::name);
    r.optional("单位").ifPresent(b::organisation);
    r.optional("居民编号").map(ResidentId::of).ifPresent(b::resident);
    r.optional("联系电话").map(PhoneNumber::of).ifPresent(b::phone);
    r.list("服务范围").forEach(a -> b.addCoverage(AreaRef.parse(a)));
    r.list("特长").forEach(s -> b.addSkill(Skill.of(s)));
    r.yesNo(t, "在岗").ifPresent(b::onDuty);
    r.yesNo(t, "党员").ifPresent(b::partyMember);
    r.yesNo(t, "已投保").ifPresent(b::insured);
    r.optional("职能部门").map(Department::of).ifPresent(b::department);
    return b.build();
  }

  static VolunteerTeam team(Row r) {
    String t = "VolunteerTeam";
    VolunteerTeam.Builder b =
        VolunteerTeam.builder()
            .id(TeamId.of(r.required(t, "编号")))
            .name(r.required(t, "名称"))
            .kind(r.constant(t, "类型", r.required(t, "类型"), TeamKind.class))
            .community(CommunityId.of(r.required(t, "所属社区")))
            .capacity(r.integer(t, "承办上限"));
    r.list("特长").forEach(s -> b.addSkill(Skill.of(s)));
    r.list("成员").forEach(m -> b.addMember(ResponderId.of(m)));
    r.optional("队长").map(ResponderId::of).ifPresent(b::leader);
    return b.build();
  }

  // ---- writing ---------------------------------------------------------------------------------

  /**
   * Writes {@code registry} into {@code directory} (made if missing) in the layout {@link
   * #load(Path)} reads, UTF-8 with a byte order mark, personal data in clear; existing files of the
   * layout are replaced.
   *
   * @throws UncheckedIOException if a file cannot be written
   */
  public static void write(Jurisdiction registry, Path directory) {
    requireNonNull(registry, "registry");
    requireNonNull(directory, "directory");
    try {
      Files.createDirectories(directory);
      table(
          directory,
          "街道.csv",
          List.of("编号", "名称", "区划代码"),
          registry.streets(),
          s -> List.of(s.id().value(), s.name(), s.code().map(Object::toString).orElse("")));
      table(
          directory,
          "社区.csv",
          List.of("编号", "名称", "所属街道", "区划代码"),
          registry.communities(),
          c ->
              List.of(
                  c.id().value(),
                  c.name(),
                  c.street().value(),
                  c.code().map(Object::toString).orElse("")));
      table(
          directory,
          "网格.csv",
          List.of("编号", "名称", "所属社区", "网格编码", "网格长", "专职网格员", "兼职网格员", "协助人员", "区域范围", "监督电话"),
          registry.grids(),
          g ->
              List.of(
                  g.id().value(),
                  g.name(),
                  g.community().value(),
                  g.code().map(Object::toString).orElse(""),
                  g.leader().map(Object::toString).orElse(""),
                  joined(g.workers()),
                  joined(g.partTimeWorkers()),
                  joined(g.helpers()),
                  g.areaDescription().orElse(""),
                  g.supervisionPhone().orElse("")));
      table(
          directory,
          "小区.csv",
          List.of("编号", "名称", "所属社区", "管理方式", "物业服务企业", "结对小区"),
          registry.compounds(),
          c ->
              List.of(
                  c.id().value(),
                  c.name(),
                  c.community().value(),
                  c.management().zh(),
                  c.propertyCompany().orElse(""),
                  c.partner().map(Object::toString).orElse("")));
      table(
          directory,
          "楼栋.csv",
          List.of("编号", "名称", "所属小区", "所属网格", "楼栋长", "单元长", "地址", "纬度", "经度"),
          registry.buildings(),
          b ->
              List.of(
                  b.id().value(),
                  b.name(),
                  b.compound().map(Object::toString).orElse(""),
                  assignments(b),
                  b.leader().map(Object::toString).orElse(""),
                  unitLeaders(b),
                  b.address().orElse(""),
                  b.position().map(p -> Double.toString(p.latitude())).orElse(""),
                  b.position().map(p -> Double.toString(p.longitude())).orElse("")));
      table(
          directory,
          "户.csv",
          List.of("编号", "所属楼栋", "单元", "房号", "居住状态", "成员", "关爱类型"),
          onePass(registry.households()),
          h ->
              List.of(
                  h.id().value(),
                  h.building().value(),
                  h.unit().orElse(""),
                  h.room(),
                  h.occupancy().zh(),
                  members(h),
                  labels(h.careNeeds())));
      table(
          directory,
          "居民.csv",
          List.of("编号", "姓名", "联系电话", "身份证号", "性别", "出生年份", "人口类型", "党员", "身份"),
          registry.residents(),
          p ->
              List.of(
                  p.id().value(),
                  p.name().clearText(),
                  p.phone().map(x -> x.clearText()).orElse(""),
                  p.idNumber().map(x -> x.clearText()).orElse(""),
                  p.sex().map(Sex::zh).orElse(""),
                  p.birthYear().isPresent() ? Integer.toString(p.birthYear().getAsInt()) : "",
                  p.residency().zh(),
                  p.isPartyMember() ? YES : NO,
                  labels(p.roles())));
      table(
          directory,
          "人员.csv",
          List.of(
              "编号", "角色", "层级", "姓名", "单位", "居民编号", "联系电话", "服务范围", "特长", "承办上限", "在岗", "党员", "已投保",
              "职能部门"),
          registry.responders(),
          r ->
              List.of(
                  r.id().value(),
                  r.role().zh(),
                  r.tier().zh(),
                  r.name().map(x -> x.clearText()).orElse(""),
                  r.organisation().orElse(""),
                  r.resident().map(Object::toString).orElse(""),
                  r.phone().map(x -> x.clearText()).orElse(""),
                  joined(r.coverage()),
                  joined(r.skills()),
                  Integer.toString(r.capacity()),
                  r.isOnDuty() ? YES : NO,
                  r.isPartyMember() ? YES : NO,
                  r.isInsured() ? YES : NO,
                  r.department().map(Object::toString).orElse("")));
      table(
          directory,
          "志愿服务队.csv",
          List.of("编号", "名称", "类型", "所属社区", "特长", "成员", "队长", "承办上限"),
          registry.teams(),
          x ->
              List.of(
                  x.id().value(),
                  x.name(),
                  x.kind().zh(),
                  x.community().value(),
                  joined(x.skills()),
                  joined(x.members()),
                  x.leader().map(Object::toString).orElse(""),
                  Integer.toString(x.capacity())));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the registry to " + directory, e);
    }
  }

  private static <T> void table(
      Path directory,
      String file,
      List<String> header,
      Iterable<T> rows,
      Function<T, List<String>> cells)
      throws IOException {
    try (Writer w = Files.newBufferedWriter(directory.resolve(file), StandardCharsets.UTF_8);
        CSVPrinter out = new CSVPrinter(w, CSVFormat.RFC4180)) {
      w.write('\uFEFF');
      out.printRecord(header);
      for (T row : rows) {
        out.printRecord(cells.apply(row));
      }
    }
  }

  private static String joined(Collection<?> values) {
    StringBuilder b = new StringBuilder();
    for (Object v : values) {
      b.append(b.length() == 0 ? "" : ";").append(v);
    }
    return b.toString();
  }

  private static String labels(Collection<? extends Labelled> values) {
    StringBuilder b = new StringBuilder();
    for (Labelled v : values) {
      b.append(b.length() == 0 ? "" : ";").append(v.zh());
    }
    return b.toString();
  }

  private static String validity(Validity v) {
    return v.start().map(LocalDate::toString).orElse("")
        + "~"
        + v.end().map(LocalDate::toString).orElse("");
  }

  private static String assignments(Building b) {
    StringBuilder s = new StringBuilder();
    for (GridAssignment a : b.gridAssignments()) {
      s.append(s.length() == 0 ? "" : ";").append(a.grid());
      if (!a.validity().equals(Validity.always())) {
        s.append('@').append(validity(a.validity()));
      }
    }
    return s.toString();
  }

  private static String unitLeaders(Building b) {
    StringBuilder s = new StringBuilder();
    b.unitLeaders()
        .forEach(
            (unit, who) ->
                s.append(s.length() == 0 ? "" : ";").append(unit).append('=').append(who));
    return s.toString();
  }

  private static String members(Household h) {
    StringBuilder s = new StringBuilder();
    for (Membership m : h.members()) {
      s.append(s.length() == 0 ? "" : ";").append(m.resident()).append(':').append(m.kind().zh());
      if (!m.validity().equals(Validity.always())) {
        s.append('@').append(validity(m.validity()));
      }
    }
    return s.toString();
  }

  /**
   * The households as an iterable that is read once: a million households are rebuilt one by one
   * as the table is written, never held in a list.
   */
  @SuppressWarnings("StreamToIterable") // read once, by table(), right here
  private static Iterable<Household> onePass(java.util.stream.Stream<Household> households) {
    return households::iterator;
  }
}
