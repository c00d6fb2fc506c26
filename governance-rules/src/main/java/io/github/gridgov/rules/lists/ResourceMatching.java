package io.github.gridgov.rules.lists;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.area.AreaRef;
import io.github.gridgov.core.lists.Need;
import io.github.gridgov.core.lists.Project;
import io.github.gridgov.core.lists.ProjectStatus;
import io.github.gridgov.core.lists.Resource;
import io.github.gridgov.core.lists.ThreeLists;
import io.github.gridgov.core.people.Skill;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.rules.internal.Places;
import io.github.gridgov.rules.reason.Reason;
import io.github.gridgov.rules.reason.Reasons;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * 需求与资源对接 — proposes the resources of the resources list that can answer a need, with
 * reasons, like assignment proposes responders for an order.
 *
 * <p>A resource qualifies when the need's area lies within the area it serves ({@link
 * ListRules#AREA}), it offers at least one skill the need calls for (any, if the need names none;
 * {@link ListRules#SKILLS}), it has free capacity — fewer claimed, unfinished projects than its
 * capacity ({@link ListRules#CAPACITY}) — and a team or responder offering it is in the registry
 * ({@link ListRules#PROVIDER}). Qualifying resources are ranked ({@link ListRules#RANKING}): those
 * offering every skill first, then the one serving the nearest area (a grid before its community),
 * then the most free capacity, then the resource's identifier. The result depends on its inputs
 * only.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ResourceMatching {
  /** Reason code. */
  public static final String OUTSIDE_AREA = "lists.outside-area";

  /** Reason code. */
  public static final String NO_SKILL = "lists.no-skill";

  /** Reason code. */
  public static final String FULL = "lists.full";

  /** Reason code. */
  public static final String UNKNOWN_PROVIDER = "lists.unknown-provider";

  /** Reason code. */
  public static final String SERVES = "lists.serves";

  /** Reason code. */
  public static final String SKILLS_MATCH = "lists.skills-match";

  /** Reason code. */
  public static final String ANY_SKILL = "lists.any-skill";

  /** Reason code. */
  public static final String FREE = "lists.free";

  /** Reason code. */
  public static final String PROPOSED = "lists.proposed";

  /** Reason code. */
  public static final String NONE = "lists.none";

  private ResourceMatching() {}

  /** The resources of {@code lists} that can answer {@code need}, best first; {@code registry} places areas and providers. */
  public static ResourceMatch match(Need need, ThreeLists lists, Jurisdiction registry) {
    requireNonNull(need, "need");
    requireNonNull(lists, "lists");
    requireNonNull(registry, "registry");
    List<AreaRef> enclosing = Places.enclosing(need.area(), registry);
    List<Proposal> proposals = new ArrayList<>();
    List<Integer> distance = new ArrayList<>();
    List<Exclusion> exclusions = new ArrayList<>();
    java.util.Map<io.github.gridgov.core.lists.ResourceId, Integer> held = inUse(lists);
    for (Resource r : lists.resources()) {
      int at = enclosing.indexOf(r.area());
      if (at < 0) {
        exclusions.add(
            ImmutableExclusion.of(
                r.id(), Reason.of(ListRules.AREA, OUTSIDE_AREA, r.id(), r.area(), need.area())));
        continue;
      }
      Set<Skill> matched = new TreeSet<>(Comparator.comparing(Skill::code));
      matched.addAll(r.skills());
      matched.retainAll(need.skills());
      if (!need.skills().isEmpty() && matched.isEmpty()) {
        exclusions.add(
            ImmutableExclusion.of(
                r.id(), Reason.of(ListRules.SKILLS, NO_SKILL, r.id(), sorted(need.skills()))));
        continue;
      }
      boolean known =
          r.provider()
              .team()
              .map(t -> registry.team(t).isPresent())
              .or(() -> r.provider().responder().map(p -> registry.responder(p).isPresent()))
              .orElse(true);
      if (!known) {
        exclusions.add(
            ImmutableExclusion.of(
                r.id(), Reason.of(ListRules.PROVIDER, UNKNOWN_PROVIDER, r.id(), r.provider())));
        continue;
      }
      int inUse = held.getOrDefault(r.id(), 0);
      if (inUse >= r.capacity()) {
        exclusions.add(
            ImmutableExclusion.of(
                r.id(), Reason.of(ListRules.CAPACITY, FULL, r.id(), inUse, r.capacity())));
        continue;
      }
      boolean all = matched.containsAll(need.skills());
      Reason skills =
          need.skills().isEmpty()
              ? Reason.of(ListRules.SKILLS, ANY_SKILL, r.id())
              : Reason.of(
                  ListRules.SKILLS,
                  SKILLS_MATCH,
                  r.id(),
                  List.copyOf(matched),
                  sorted(need.skills()));
      proposals.add(
          ImmutableProposal.builder()
              .resource(r.id())
              .provider(r.provider())
              .coveringAllSkills(all)
              .freeCapacity(r.capacity() - inUse)
              .reasons(
                  Reasons.of(
                      Reason.of(ListRules.AREA, SERVES, r.id(), r.area(), need.area()),
                      skills,
                      Reason.of(
                          ListRules.CAPACITY, FREE, r.id(), r.capacity() - inUse, r.capacity())))
              .build());
      distance.add(at);
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < proposals.size(); i++) {
      order.add(i);
    }
    order.sort(
        Comparator.<Integer, Boolean>comparing(i -> !proposals.get(i).isCoveringAllSkills())
            .thenComparing(distance::get)
            .thenComparing(i -> -proposals.get(i).freeCapacity())
            .thenComparing(i -> proposals.get(i).resource()));
    List<Proposal> ranked = new ArrayList<>();
    order.forEach(i -> ranked.add(proposals.get(i)));
    Reason outcome =
        ranked.isEmpty()
            ? Reason.of(ListRules.RANKING, NONE, need.id(), exclusions.size())
            : Reason.of(
                ListRules.RANKING,
                PROPOSED,
                need.id(),
                ranked.get(0).resource(),
                ranked.get(0).provider(),
                ranked.size());
    return ImmutableResourceMatch.builder()
        .need(need.id())
        .proposals(ranked)
        .exclusions(exclusions)
        .reasons(Reasons.of(outcome))
        .build();
  }

  /** Claimed, unfinished projects by the resource they hold; counted once per match. */
  private static java.util.Map<io.github.gridgov.core.lists.ResourceId, Integer> inUse(
      ThreeLists lists) {
    java.util.Map<io.github.gridgov.core.lists.ResourceId, Integer> held =
        new java.util.HashMap<>();
    for (Project p : lists.projects()) {
      if (p.status() == ProjectStatus.CLAIMED || p.status() == ProjectStatus.IN_PROGRESS) {
        p.resource().ifPresent(r -> held.merge(r, 1, Integer::sum));
      }
    }
    return held;
  }

  private static List<Skill> sorted(Set<Skill> skills) {
    List<Skill> all = new ArrayList<>(skills);
    all.sort(Comparator.comparing(Skill::code));
    return all;
  }
}
