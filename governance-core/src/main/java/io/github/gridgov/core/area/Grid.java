package io.github.gridgov.core.area;

import io.github.gridgov.core.internal.Checks;
import io.github.gridgov.core.people.ResponderId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * 网格 — a grid, the basic service-management cell inside a community.
 *
 * <p>A grid has a grid leader (网格长), full- and part-time grid workers (专职/兼职网格员) and a
 * helper group (帮帮团, the "N" of "1+X+N"). Its name, area, grid worker name and phone and a
 * supervision phone must be publicly posted (滨州市社会治理网格化服务管理条例 Art. 6); this value
 * keeps the area description and supervision phone, the worker's name and phone come from the
 * worker's {@code Responder}. The urban default size of 300–500 households is a configurable
 * warning of the {@code Jurisdiction}, not a rule.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Grid implements WithGrid {
  Grid() {}

  /** The identifier. */
  public abstract GridId id();

  /** The name, e.g. {@code 丰安小区第一网格}; at most 100 characters. */
  public abstract String name();

  /** The community the grid lies in. */
  public abstract CommunityId community();

  /** The 15-digit Beijing unit-grid code, if the city uses it. */
  public abstract Optional<BeijingGridCode> code();

  /** 网格长 — the grid leader. */
  public abstract Optional<ResponderId> leader();

  /** 专职网格员 — the full-time grid workers, in order of precedence. */
  public abstract List<ResponderId> workers();

  /** 兼职网格员 — the part-time grid workers. */
  public abstract List<ResponderId> partTimeWorkers();

  /** 帮帮团 — the helper group: party members, residents' representatives, volunteers… */
  public abstract Set<ResponderId> helpers();

  /** 区域范围 — the posted description of the grid's area, e.g. {@code 丰安小区1-12栋}. */
  public abstract Optional<String> areaDescription();

  /** 监督电话 — the posted supervision phone, a public service number (digits and '-'). */
  public abstract Optional<String> supervisionPhone();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Grid}; {@link #build()} throws {@link io.github.gridgov.core.InvalidModelException} on a broken rule. */
  public static final class Builder extends ImmutableGrid.Builder {}

  @Value.Check
  void check() {
    Checks.checkName(name(), 100, "Grid", "name");
    areaDescription().ifPresent(a -> Checks.checkText(a, 500, "Grid", "areaDescription"));
    supervisionPhone().ifPresent(p -> Checks.checkServicePhone(p, "Grid", "supervisionPhone"));
    Checks.check(
        workers().stream().distinct().count() == workers().size(),
        "Grid",
        "workers",
        workers(),
        "must not repeat a worker");
    Checks.check(
        partTimeWorkers().stream().noneMatch(workers()::contains),
        "Grid",
        "partTimeWorkers",
        partTimeWorkers(),
        "must not repeat a full-time worker");
  }
}
