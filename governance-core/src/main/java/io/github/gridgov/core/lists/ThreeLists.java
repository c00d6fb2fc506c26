package io.github.gridgov.core.lists;

import io.github.gridgov.core.Identifier;
import io.github.gridgov.core.area.CommunityId;
import io.github.gridgov.core.internal.Checks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * 三张清单 — a community's needs list, resources list and projects list, with the member units
 * behind them, validated together.
 *
 * <p>Rules: every entry belongs to {@link #community()}; identifiers are unique within each list;
 * a need raised by a member unit, a resource offered by one and a project claimed by one name a
 * unit of {@link #units()}; a project's needs are on the needs list and its claimed resource on the
 * resources list, offered by its claimer.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ThreeLists {
  ThreeLists() {}

  /** The community. */
  public abstract CommunityId community();

  /** The member units (共建单位, 大党委成员单位, 报到党组织). */
  public abstract List<MemberUnit> units();

  /** 需求清单. */
  public abstract List<Need> needs();

  /** 资源清单. */
  public abstract List<Resource> resources();

  /** 项目清单. */
  public abstract List<Project> projects();

  @Value.Derived
  @Value.Auxiliary
  Map<Identifier, Object> byId() {
    Map<Identifier, Object> all = new HashMap<>();
    units().forEach(u -> all.put(u.id(), u));
    needs().forEach(n -> all.put(n.id(), n));
    resources().forEach(r -> all.put(r.id(), r));
    projects().forEach(p -> all.put(p.id(), p));
    return all;
  }

  /** The member unit with {@code id}. */
  public Optional<MemberUnit> unit(MemberUnitId id) {
    return Optional.ofNullable((MemberUnit) byId().get(id));
  }

  /** The need with {@code id}. */
  public Optional<Need> need(NeedId id) {
    return Optional.ofNullable((Need) byId().get(id));
  }

  /** The resource with {@code id}. */
  public Optional<Resource> resource(ResourceId id) {
    return Optional.ofNullable((Resource) byId().get(id));
  }

  /** The project with {@code id}. */
  public Optional<Project> project(ProjectId id) {
    return Optional.ofNullable((Project) byId().get(id));
  }

  /** These lists with {@code need} added, or replacing the need with its identifier. */
  public ThreeLists withNeed(Need need) {
    return builder().from(this).needs(replaced(needs(), need, Need::id)).build();
  }

  /** These lists with {@code resource} added, or replacing the resource with its identifier. */
  public ThreeLists withResource(Resource resource) {
    return builder().from(this).resources(replaced(resources(), resource, Resource::id)).build();
  }

  /** These lists with {@code project} added, or replacing the project with its identifier (a new step). */
  public ThreeLists withProject(Project project) {
    return builder().from(this).projects(replaced(projects(), project, Project::id)).build();
  }

  private static <T> List<T> replaced(List<T> list, T value, Function<T, Identifier> id) {
    List<T> all = new ArrayList<>(list);
    for (int i = 0; i < all.size(); i++) {
      if (id.apply(all.get(i)).equals(id.apply(value))) {
        all.set(i, value);
        return all;
      }
    }
    all.add(value);
    return all;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ThreeLists}; {@link #build()} throws {@link io.github.gridgov.core.InvalidModelException} on a broken rule. */
  public static final class Builder extends ImmutableThreeLists.Builder {}

  @Value.Check
  void check() {
    Set<MemberUnitId> units = new HashSet<>();
    for (MemberUnit u : units()) {
      Checks.check(units.add(u.id()), "ThreeLists", "units", u.id(), "must list each unit once");
      same(u.community(), "units", u.id());
    }
    Set<NeedId> needs = new HashSet<>();
    for (Need n : needs()) {
      Checks.check(needs.add(n.id()), "ThreeLists", "needs", n.id(), "must list each need once");
      same(n.community(), "needs", n.id());
      n.unit()
          .ifPresent(
              u ->
                  Checks.check(
                      units.contains(u),
                      "ThreeLists",
                      "needs",
                      n.id(),
                      "names unit %s, which is not listed",
                      u));
    }
    Map<ResourceId, Resource> resources = new HashMap<>();
    for (Resource r : resources()) {
      Checks.check(
          resources.put(r.id(), r) == null,
          "ThreeLists",
          "resources",
          r.id(),
          "must list each resource once");
      same(r.community(), "resources", r.id());
      r.provider()
          .unit()
          .ifPresent(
              u ->
                  Checks.check(
                      units.contains(u),
                      "ThreeLists",
                      "resources",
                      r.id(),
                      "is offered by unit %s, which is not listed",
                      u));
    }
    Set<ProjectId> projects = new HashSet<>();
    for (Project p : projects()) {
      Checks.check(
          projects.add(p.id()), "ThreeLists", "projects", p.id(), "must list each project once");
      same(p.community(), "projects", p.id());
      p.needs()
          .forEach(
              n ->
                  Checks.check(
                      needs.contains(n),
                      "ThreeLists",
                      "projects",
                      p.id(),
                      "answers need %s, which is not listed",
                      n));
      p.resource()
          .ifPresent(
              r -> {
                Resource res = resources.get(r);
                Checks.check(
                    res != null,
                    "ThreeLists",
                    "projects",
                    p.id(),
                    "is claimed with resource %s, which is not listed",
                    r);
                Checks.check(
                    res.provider().equals(p.claimer().get()),
                    "ThreeLists",
                    "projects",
                    p.id(),
                    "is claimed by %s with a resource offered by %s",
                    p.claimer().get(),
                    res.provider());
              });
    }
  }

  private void same(CommunityId of, String field, Identifier id) {
    Checks.check(
        of.equals(community()),
        "ThreeLists",
        field,
        id,
        "must belong to community %s",
        community());
  }
}
