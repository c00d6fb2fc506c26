package io.github.gridgov.rules.assignment;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.Identifier;
import io.github.gridgov.core.Tier;
import io.github.gridgov.core.area.AreaLevel;
import io.github.gridgov.core.area.AreaRef;
import io.github.gridgov.core.area.Compound;
import io.github.gridgov.core.area.CompoundId;
import io.github.gridgov.core.area.ManagementStatus;
import io.github.gridgov.core.order.Assignee;
import io.github.gridgov.core.order.Deadlines;
import io.github.gridgov.core.order.Dispatch;
import io.github.gridgov.core.order.OrderFlag;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.people.Responder;
import io.github.gridgov.core.people.Skill;
import io.github.gridgov.core.people.VolunteerTeam;
import io.github.gridgov.core.registry.AreaChain;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.rules.CatalogueEntry;
import io.github.gridgov.rules.DispatchCatalogue;
import io.github.gridgov.rules.DispatchMode;
import io.github.gridgov.rules.Reason;
import io.github.gridgov.rules.Reasons;
import io.github.gridgov.rules.internal.Places;
import io.github.gridgov.rules.triage.Priority;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 派单规则 — picks the owner of an order at a tier (domain.md §4).
 *
 * <p>Candidates are the responders working at the tier whose coverage includes the order's area
 * or an area containing it; for a building in an unmanaged compound (三无小区) also those of its
 * partner compound; at the community tier also the community's volunteer teams that offer a skill
 * the category needs or prefers.
 *
 * <p>Hard constraints: on duty; open orders below capacity; every skill the category requires;
 * not the requester; for a {@link OrderFlag#DANGEROUS_TASK}, every person involved insured
 * (北京市志愿服务促进条例 Art. 19); at the district tier, being the responsible department of the
 * dispatch catalogue ({@link DispatchCatalogue#departmentFor}), or the district coordinator when
 * that department has nobody in the registry. Eligible candidates are ranked by {@link AssignmentWeights}
 * (closeness, squared load, preferred skills, ratings), ties broken by id. The category's
 * {@link DispatchMode} then assigns the best, offers to all, or takes turns. When nobody is
 * eligible, the decision says why for each candidate and proposes the next tier.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class AssignmentRule {
  /** Reason code. */
  public static final String OFF_DUTY = "assignment.off-duty";
  /** Reason code. */
  public static final String AT_CAPACITY = "assignment.at-capacity";
  /** Reason code. */
  public static final String MISSING_SKILLS = "assignment.missing-skills";
  /** Reason code. */
  public static final String IS_REQUESTER = "assignment.is-requester";
  /** Reason code. */
  public static final String NOT_INSURED = "assignment.not-insured";
  /** Reason code. */
  public static final String CLOSENESS = "assignment.closeness";
  /** Reason code. */
  public static final String LOAD = "assignment.load";
  /** Reason code. */
  public static final String PREFERRED_SKILLS = "assignment.preferred-skills";
  /** Reason code. */
  public static final String RATINGS = "assignment.ratings";
  /** Reason code. */
  public static final String PARTNER_COMPOUND = "assignment.partner-compound";
  /** Reason code. */
  public static final String CHOSEN = "assignment.chosen";
  /** Reason code. */
  public static final String OFFERED = "assignment.offered";
  /** Reason code. */
  public static final String ROUND_ROBIN = "assignment.round-robin";
  /** Reason code. */
  public static final String NOBODY_ELIGIBLE = "assignment.nobody-eligible";
  /** Reason code. */
  public static final String NO_CANDIDATES = "assignment.no-candidates";
  /** Reason code. */
  public static final String TOP_REACHED = "assignment.top-reached";
  /** Reason code. */
  public static final String OUT_OF_JURISDICTION = "assignment.out-of-jurisdiction";
  /** Reason code. */
  public static final String PRIORITY = "assignment.priority";
  /** Reason code. */
  public static final String NOT_ROUTABLE = "assignment.not-routable";
  /** Reason code. */
  public static final String OTHER_DEPARTMENT = "assignment.other-department";

  private static final Comparator<Assignee> BY_ID = Comparator.comparing(Assignee::toString);

  private final DispatchCatalogue catalogue;
  private final AssignmentWeights weights;

  /** An assignment rule over {@code catalogue}, ranking with {@code weights}. */
  public AssignmentRule(DispatchCatalogue catalogue, AssignmentWeights weights) {
    this.catalogue = requireNonNull(catalogue, "catalogue");
    this.weights = requireNonNull(weights, "weights");
  }

  /**
   * Picks the owner of {@code order} at {@code tier}; {@code deadlines} go into the proposed
   * dispatch.
   */
  public AssignmentDecision assign(ServiceOrder order, Tier tier, Jurisdiction j, Workload workload,
      Deadlines deadlines) {
    requireNonNull(order, "order");
    requireNonNull(tier, "tier");
    requireNonNull(j, "jurisdiction");
    requireNonNull(workload, "workload");
    requireNonNull(deadlines, "deadlines");
    CatalogueEntry entry = catalogue.entry(order.category());
    Priority priority = Priority.of(order);
    ImmutableAssignmentDecision.Builder d = ImmutableAssignmentDecision.builder().tier(tier)
        .mode(entry.mode()).priority(priority);
    List<Reason> reasons = new ArrayList<>();
    if (priority != Priority.NORMAL) {
      reasons.add(Reason.of(PRIORITY, priority));
    }
    Optional<AreaRef> area = Places.area(order, j);
    if (area.isEmpty()) {
      reasons.add(Reason.of(OUT_OF_JURISDICTION, order.location()));
      return d.outcome(AssignmentOutcome.NOBODY_ELIGIBLE).reasons(Reasons.of(reasons)).build();
    }
    List<Candidate> ranked = rank(candidates(order, tier, area.get(), entry, j, workload));
    d.candidates(ranked);
    List<Candidate> eligible = new ArrayList<>(ranked.size());
    for (Candidate c : ranked) {
      if (c.isEligible()) {
        eligible.add(c);
      }
    }
    if (eligible.isEmpty()) {
      reasons.add(ranked.isEmpty() ? Reason.of(NO_CANDIDATES, tier, area.get())
          : Reason.of(NOBODY_ELIGIBLE, tier, ranked.size()));
      if (tier.isTop()) {
        reasons.add(Reason.of(TOP_REACHED, tier));
      } else {
        d.proposedTier(tier.next().get());
      }
      return d.outcome(AssignmentOutcome.NOBODY_ELIGIBLE).reasons(Reasons.of(reasons)).build();
    }
    Assignee chosen;
    switch (entry.mode()) {
      case GRAB:
        List<Assignee> offered = eligible.stream().map(Candidate::assignee).toList();
        reasons.add(Reason.of(OFFERED, offered.size(), tier));
        return d.outcome(AssignmentOutcome.OFFERED).offeredTo(offered).reasons(Reasons.of(reasons)).build();
      case ROUND_ROBIN:
        chosen = nextInTurn(eligible, workload.lastAssigned());
        reasons.add(Reason.of(ROUND_ROBIN, chosen, workload.lastAssigned().map(Object::toString).orElse("-")));
        break;
      default:
        chosen = eligible.get(0).assignee();
        reasons.add(Reason.of(CHOSEN, chosen, tier, eligible.get(0).score()));
        break;
    }
    return d.outcome(AssignmentOutcome.ASSIGNED).assignee(chosen)
        .dispatch(Dispatch.of(chosen, tier, deadlines)).reasons(Reasons.of(reasons)).build();
  }

  /**
   * The decision for an order that triage does not let proceed (an emergency, a legal-channel
   * matter, a duplicate, a location outside the jurisdiction): nobody, with triage's reasons.
   */
  public AssignmentDecision notRoutable(ServiceOrder order, io.github.gridgov.rules.triage.TriageDecision triage) {
    List<Reason> reasons = new ArrayList<>(triage.reasons().asList());
    reasons.add(Reason.of(NOT_ROUTABLE, triage.outcome()));
    return ImmutableAssignmentDecision.builder().mode(catalogue.entry(order.category()).mode())
        .outcome(AssignmentOutcome.NOBODY_ELIGIBLE).priority(triage.priority())
        .reasons(Reasons.of(reasons)).build();
  }

  private static Assignee nextInTurn(List<Candidate> eligible, Optional<Assignee> last) {
    List<Assignee> byId = eligible.stream().map(Candidate::assignee).sorted(BY_ID).toList();
    if (last.isPresent()) {
      for (Assignee a : byId) {
        if (BY_ID.compare(a, last.get()) > 0) {
          return a;
        }
      }
    }
    return byId.get(0);
  }

  private static List<Candidate> rank(List<Candidate> all) {
    List<Candidate> out = new ArrayList<>(all);
    out.sort(Comparator.comparing((Candidate c) -> !c.isEligible())
        .thenComparing(c -> c.isEligible() ? -c.score() : 0L)
        .thenComparing(Candidate::assignee, BY_ID));
    return out;
  }

  private List<Candidate> candidates(ServiceOrder order, Tier tier, AreaRef area, CatalogueEntry entry,
      Jurisdiction j, Workload workload) {
    List<Candidate> out = new ArrayList<>();
    Optional<AreaChain> chain = area.level() == AreaLevel.BUILDING
        ? j.chainOf((io.github.gridgov.core.area.BuildingId) area.id().get()) : Optional.empty();
    Optional<CompoundId> partner = chain.flatMap(AreaChain::compound).flatMap(j::compound)
        .filter(c -> c.management() == ManagementStatus.UNMANAGED).flatMap(Compound::partner);
    List<Responder> covering = j.respondersCovering(area, tier);
    Optional<String> department = tier == Tier.DISTRICT ? Optional.of(responsible(order, covering)) : Optional.empty();
    for (Responder r : covering) {
      out.add(responder(order, r, closeness(r, area, chain, partner), entry, workload, false, department));
    }
    if (partner.isPresent()) {
      for (Responder r : j.respondersCovering(AreaRef.of(partner.get()), tier)) {
        if (r.coverage().contains(AreaRef.of(partner.get())) && !contains(out, Assignee.of(r.id()))) {
          out.add(responder(order, r, Closeness.PARTNER_COMPOUND, entry, workload, true, Optional.empty()));
        }
      }
    }
    if (tier == Tier.COMMUNITY) {
      Places.community(area, j).ifPresent(community -> {
        for (VolunteerTeam t : j.teams()) {
          if (t.community().equals(community) && offersAny(t.skills(), entry)) {
            out.add(team(order, t, entry, workload, j));
          }
        }
      });
    }
    return out;
  }

  private static boolean contains(List<Candidate> candidates, Assignee a) {
    for (Candidate c : candidates) {
      if (c.assignee().equals(a)) {
        return true;
      }
    }
    return false;
  }

  private static boolean offersAny(Set<Skill> skills, CatalogueEntry entry) {
    return skills.stream().anyMatch(s -> entry.requiredSkills().contains(s) || entry.preferredSkills().contains(s));
  }

  private static Closeness closeness(Responder r, AreaRef area, Optional<AreaChain> chain,
      Optional<CompoundId> partner) {
    Set<AreaRef> cov = r.coverage();
    if (cov.contains(area)) {
      return area.level() == AreaLevel.BUILDING ? Closeness.SAME_BUILDING
          : area.level() == AreaLevel.COMPOUND ? Closeness.SAME_COMPOUND
          : area.level() == AreaLevel.GRID ? Closeness.SAME_GRID
          : area.level() == AreaLevel.COMMUNITY ? Closeness.SAME_COMMUNITY
          : area.level() == AreaLevel.STREET ? Closeness.SAME_STREET : Closeness.DISTRICT;
    }
    if (chain.isPresent()) {
      AreaChain c = chain.get();
      if (c.compound().isPresent() && cov.contains(AreaRef.of(c.compound().get()))) {
        return Closeness.SAME_COMPOUND;
      }
      if (partner.isPresent() && cov.contains(AreaRef.of(partner.get()))) {
        return Closeness.PARTNER_COMPOUND;
      }
      if (cov.contains(AreaRef.of(c.grid()))) {
        return Closeness.SAME_GRID;
      }
      if (cov.contains(AreaRef.of(c.community()))) {
        return Closeness.SAME_COMMUNITY;
      }
      if (cov.contains(AreaRef.of(c.street()))) {
        return Closeness.SAME_STREET;
      }
    }
    return cov.stream().anyMatch(a -> a.level() == AreaLevel.STREET) ? Closeness.SAME_STREET
        : cov.stream().anyMatch(a -> a.level() == AreaLevel.COMMUNITY) ? Closeness.SAME_COMMUNITY
        : cov.stream().anyMatch(a -> a.level() == AreaLevel.GRID) ? Closeness.SAME_GRID
        : Closeness.DISTRICT;
  }

  /** The responsible department, or the coordinator if that department has nobody covering. */
  private String responsible(ServiceOrder order, List<Responder> covering) {
    String department = catalogue.departmentFor(order);
    boolean present = covering.stream().anyMatch(r -> r.department().equals(Optional.of(department)));
    return present ? department : catalogue.coordinator();
  }

  private Candidate responder(ServiceOrder order, Responder r, Closeness closeness, CatalogueEntry entry,
      Workload workload, boolean borrowed, Optional<String> department) {
    Assignee a = Assignee.of(r.id());
    int open = workload.openOrdersOf(a);
    List<Reason> failures = new ArrayList<>(0);
    if (department.isPresent() && !r.department().equals(department)) {
      failures.add(Reason.of(OTHER_DEPARTMENT, r.id(), department.get()));
    }
    if (!r.isOnDuty()) {
      failures.add(Reason.of(OFF_DUTY, r.id()));
    }
    if (open >= r.capacity()) {
      failures.add(Reason.of(AT_CAPACITY, r.id(), open, r.capacity()));
    }
    if (!r.skills().containsAll(entry.requiredSkills())) {
      failures.add(Reason.of(MISSING_SKILLS, r.id(), missing(entry.requiredSkills(), r.skills())));
    }
    if (order.requester().isPresent() && r.resident().equals(order.requester())) {
      failures.add(Reason.of(IS_REQUESTER, r.id()));
    }
    if (order.flags().contains(OrderFlag.DANGEROUS_TASK) && !r.role().isOrganisation() && !r.isInsured()) {
      failures.add(Reason.of(NOT_INSURED, r.id()));
    }
    return candidate(a, closeness, open, r.capacity(), r.skills(), entry, workload, failures, borrowed);
  }

  private Candidate team(ServiceOrder order, VolunteerTeam t, CatalogueEntry entry, Workload workload,
      Jurisdiction j) {
    Assignee a = Assignee.of(t.id());
    int open = workload.openOrdersOf(a);
    List<Reason> failures = new ArrayList<>(0);
    if (open >= t.capacity()) {
      failures.add(Reason.of(AT_CAPACITY, t.id(), open, t.capacity()));
    }
    if (!t.skills().containsAll(entry.requiredSkills())) {
      failures.add(Reason.of(MISSING_SKILLS, t.id(), missing(entry.requiredSkills(), t.skills())));
    }
    if (order.flags().contains(OrderFlag.DANGEROUS_TASK)) {
      List<Identifier> uninsured = new ArrayList<>();
      for (var m : t.members()) {
        if (!j.responder(m).map(Responder::isInsured).orElse(false)) {
          uninsured.add(m);
        }
      }
      if (!uninsured.isEmpty() || t.members().isEmpty()) {
        failures.add(Reason.of(NOT_INSURED, t.id()));
      }
    }
    return candidate(a, Closeness.SAME_COMMUNITY, open, t.capacity(), t.skills(), entry, workload, failures, false);
  }

  private Candidate candidate(Assignee a, Closeness closeness, int open, int capacity, Set<Skill> skills,
      CatalogueEntry entry, Workload workload, List<Reason> failures, boolean borrowed) {
    long preferred = skills.stream().filter(entry.preferredSkills()::contains).count();
    int perMille = workload.ratingsOf(a).satisfiedPerMille();
    long score = -(long) weights.closeness() * closeness.ordinal()
        - (long) weights.load() * open * open
        + weights.preferredSkill() * preferred
        + (long) weights.satisfaction() * perMille / 1000;
    return ImmutableCandidate.builder().assignee(a).closeness(closeness).openOrders(open).capacity(capacity)
        .score(score).failures(failures).preferredSkills(preferred).satisfiedPerMille(perMille).borrowed(borrowed)
        .build();
  }

  private static Set<Skill> missing(Set<Skill> required, Set<Skill> offered) {
    java.util.TreeSet<Skill> m = new java.util.TreeSet<>(required);
    m.removeAll(offered);
    return m;
  }
}
