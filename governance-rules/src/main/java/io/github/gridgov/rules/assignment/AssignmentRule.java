package io.github.gridgov.rules.assignment;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.Identifier;
import io.github.gridgov.core.Tier;
import io.github.gridgov.core.area.AreaLevel;
import io.github.gridgov.core.area.AreaRef;
import io.github.gridgov.core.area.BuildingId;
import io.github.gridgov.core.area.CommunityId;
import io.github.gridgov.core.area.CompoundId;
import io.github.gridgov.core.order.Assignee;
import io.github.gridgov.core.order.Deadlines;
import io.github.gridgov.core.order.Dispatch;
import io.github.gridgov.core.order.OrderFlag;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.people.Department;
import io.github.gridgov.core.people.Responder;
import io.github.gridgov.core.people.ResponderId;
import io.github.gridgov.core.people.Skill;
import io.github.gridgov.core.people.TeamId;
import io.github.gridgov.core.people.VolunteerTeam;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.core.registry.internal.CoverageIndex;
import io.github.gridgov.core.registry.internal.RegistryAccess;
import io.github.gridgov.core.registry.internal.ResponderColumns;
import io.github.gridgov.rules.catalogue.CatalogueEntry;
import io.github.gridgov.rules.catalogue.DispatchCatalogue;
import io.github.gridgov.rules.catalogue.DispatchMode;
import io.github.gridgov.rules.internal.Places;
import io.github.gridgov.rules.reason.Reason;
import io.github.gridgov.rules.reason.Reasons;
import io.github.gridgov.rules.triage.Priority;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 派单规则 — picks the owner of an order at a tier.
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
 *
 * @since 0.1.0
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
  public AssignmentDecision assign(
      ServiceOrder order, Tier tier, Jurisdiction j, Workload workload, Deadlines deadlines) {
    requireNonNull(order, "order");
    requireNonNull(tier, "tier");
    requireNonNull(j, "jurisdiction");
    requireNonNull(workload, "workload");
    requireNonNull(deadlines, "deadlines");
    CatalogueEntry entry = catalogue.entry(order.category());
    Priority priority = Priority.of(order.currentUrgency(), Places.hasCareNeeds(order, j));
    DispatchMode mode = entry.mode();
    Reasons.Builder reasons = Reasons.builder();
    if (priority != Priority.NORMAL) {
      reasons.add(Reason.of(AssignmentRules.RANKING, PRIORITY, priority));
    }
    Optional<AreaRef> area = Places.area(order, j);
    if (area.isEmpty()) {
      reasons.add(Reason.of(AssignmentRules.COVERAGE, OUT_OF_JURISDICTION, order.location()));
      return nobody(tier, mode, null, priority, reasons, null);
    }
    AreaRef at = area.get();
    Scan scan = new Scan(mode == DispatchMode.ASSIGN ? Scan.BEST : Scan.ELIGIBLE);
    scan(order, tier, at, entry, j, workload, scan);
    List<Candidate> ranked = null;
    if (scan.mode != Scan.BEST) {
      scan.out.sort(AssignmentRule::byRank);
      ranked = List.copyOf(scan.out);
    }
    Rescan source = new Rescan(order, tier, at, entry, j, workload, ranked);
    if (scan.mode == Scan.BEST ? !scan.hasBest : ranked.isEmpty()) {
      reasons.add(
          scan.considered == 0
              ? Reason.of(AssignmentRules.COVERAGE, NO_CANDIDATES, tier, at)
              : Reason.of(AssignmentRules.NEXT_TIER, NOBODY_ELIGIBLE, tier, scan.considered));
      Tier next = null;
      if (tier.isTop()) {
        reasons.add(Reason.of(AssignmentRules.NEXT_TIER, TOP_REACHED, tier));
      } else {
        next = tier.next().get();
      }
      return nobody(tier, mode, next, priority, reasons, source);
    }
    Assignee chosen;
    switch (mode) {
      case GRAB -> {
        List<Assignee> offered = new ArrayList<>(ranked.size());
        for (Candidate c : ranked) {
          offered.add(c.assignee());
        }
        reasons.add(Reason.of(AssignmentRules.MODE, OFFERED, offered.size(), tier));
        return new AssignmentDecision(
            tier,
            mode,
            AssignmentOutcome.OFFERED,
            null,
            null,
            List.copyOf(offered),
            null,
            priority,
            reasons.build(),
            source);
      }
      case ROUND_ROBIN -> {
        chosen = nextInTurn(ranked, workload.lastAssigned());
        reasons.add(
            Reason.of(
                AssignmentRules.MODE,
                ROUND_ROBIN,
                chosen,
                workload.lastAssigned().map(Object::toString).orElse("-")));
      }
      default -> {
        chosen = scan.bestAssignee();
        reasons.add(Reason.of(AssignmentRules.RANKING, CHOSEN, chosen, tier, scan.bestScore));
      }
    }
    return new AssignmentDecision(
        tier,
        mode,
        AssignmentOutcome.ASSIGNED,
        chosen,
        Dispatch.of(chosen, tier, deadlines),
        List.of(),
        null,
        priority,
        reasons.build(),
        source);
  }

  /** Nobody eligible at {@code tier} (null when triage stopped the order); {@code next} to try. */
  private static AssignmentDecision nobody(
      Tier tier,
      DispatchMode mode,
      Tier next,
      Priority priority,
      Reasons.Builder reasons,
      Rescan source) {
    return new AssignmentDecision(
        tier,
        mode,
        AssignmentOutcome.NOBODY_ELIGIBLE,
        null,
        null,
        List.of(),
        next,
        priority,
        reasons.build(),
        source);
  }

  /**
   * A decision's candidates, worked out again from the inputs it was made with: every candidate,
   * and the eligible ones unless the decision already ranked them ({@code ranked}).
   */
  private final class Rescan implements AssignmentDecision.CandidateSource {
    private final ServiceOrder order;
    private final Tier tier;
    private final AreaRef area;
    private final CatalogueEntry entry;
    private final Jurisdiction j;
    private final Workload workload;
    private final List<Candidate> ranked;

    Rescan(
        ServiceOrder order,
        Tier tier,
        AreaRef area,
        CatalogueEntry entry,
        Jurisdiction j,
        Workload workload,
        List<Candidate> ranked) {
      this.order = order;
      this.tier = tier;
      this.area = area;
      this.entry = entry;
      this.j = j;
      this.workload = workload;
      this.ranked = ranked;
    }

    @Override
    public List<Candidate> all() {
      return rankedScan(order, tier, area, entry, j, workload, Scan.ALL);
    }

    @Override
    public List<Candidate> eligible() {
      return ranked != null
          ? ranked
          : rankedScan(order, tier, area, entry, j, workload, Scan.ELIGIBLE);
    }
  }

  /**
   * The best eligible candidate for {@code order} at {@code tier} other than those in
   * {@code tried} — whom a reassignment within the tier goes to — ranked as {@link #assign} ranks;
   * empty when nobody else is eligible, or the order lies outside {@code j}.
   */
  public Optional<Assignee> bestOther(
      ServiceOrder order,
      Tier tier,
      Jurisdiction j,
      Workload workload,
      Collection<Assignee> tried) {
    requireNonNull(order, "order");
    requireNonNull(tier, "tier");
    requireNonNull(j, "jurisdiction");
    requireNonNull(workload, "workload");
    requireNonNull(tried, "tried");
    Optional<AreaRef> area = Places.area(order, j);
    if (area.isEmpty()) {
      return Optional.empty();
    }
    Scan scan = new Scan(Scan.BEST);
    scan.excluded = tried;
    scan(order, tier, area.get(), catalogue.entry(order.category()), j, workload, scan);
    Candidate best = scan.best();
    return best == null ? Optional.empty() : Optional.of(best.assignee());
  }

  /**
   * The decision for an order that triage does not let proceed (an emergency, a legal-channel
   * matter, a duplicate, a location outside the jurisdiction): nobody, with triage's reasons.
   */
  public AssignmentDecision notRoutable(
      ServiceOrder order, io.github.gridgov.rules.triage.TriageDecision triage) {
    Reasons.Builder reasons = Reasons.builder().addAll(triage.reasons());
    reasons.add(Reason.of(AssignmentRules.NEXT_TIER, NOT_ROUTABLE, triage.outcome()));
    return nobody(
        null, catalogue.entry(order.category()).mode(), null, triage.priority(), reasons, null);
  }

  private static Assignee nextInTurn(List<Candidate> eligible, Optional<Assignee> last) {
    Assignee first = null;
    Assignee after = null;
    for (Candidate c : eligible) {
      Assignee a = c.assignee();
      if (first == null || a.compareTo(first) < 0) {
        first = a;
      }
      if (last.isPresent()
          && a.compareTo(last.get()) > 0
          && (after == null || a.compareTo(after) < 0)) {
        after = a;
      }
    }
    return after != null ? after : first;
  }

  /** Eligible first, by score (best first); then by id. */
  private static int byRank(Candidate a, Candidate b) {
    if (a.isEligible() != b.isEligible()) {
      return a.isEligible() ? -1 : 1;
    }
    if (a.isEligible() && a.score() != b.score()) {
      return a.score() > b.score() ? -1 : 1;
    }
    return a.assignee().compareTo(b.assignee());
  }

  /** The candidates of a scan in {@code mode}, ranked. */
  private List<Candidate> rankedScan(
      ServiceOrder order,
      Tier tier,
      AreaRef area,
      CatalogueEntry entry,
      Jurisdiction j,
      Workload workload,
      int mode) {
    Scan scan = new Scan(mode);
    scan(order, tier, area, entry, j, workload, scan);
    scan.out.sort(AssignmentRule::byRank);
    return List.copyOf(scan.out);
  }

  /**
   * Where a scan of the candidates puts them: every one ({@link #ALL}); the eligible ones
   * ({@link #ELIGIBLE}, skipping the workload lookup of anyone failing a constraint of the
   * registry); or only the best eligible one ({@link #BEST}, made into a {@link Candidate} only when
   * it beats the best so far). Counts every candidate considered, eligible or not. It is also
   * what the coverage walk calls back with each responder met (so a scan makes no visitor of its
   * own): one walk of the order's own area, then one of a partner compound (三无小区的结对小区).
   */
  private final class Scan implements CoverageIndex.Visitor {
    static final int ALL = 0;
    static final int ELIGIBLE = 1;
    static final int BEST = 2;

    final int mode;

    /** The candidates kept, unless a {@link #BEST} scan (which keeps only the best's figures). */
    final List<Candidate> out;

    /**
     * The best so far ({@link #BEST}), kept as its figures, not as a {@link Candidate}: a scan
     * improves on its best many times and makes one candidate, at the end.
     */
    private boolean hasBest;

    private long bestScore;
    private Identifier bestId;
    private boolean bestIsTeam;
    private Closeness bestCloseness;
    private int bestOpen;
    private int bestCapacity;
    private int bestFailures;
    private int bestPreferred;
    private int bestPerMille;
    private boolean bestBorrowed;
    private Department bestDepartment;
    private Set<Skill> bestSkills;
    private Set<Skill> bestRequired;
    int considered;

    /** Candidates never to pick (already tried), or null. */
    Collection<Assignee> excluded;

    /** The category's preferred skills, as a list made once per scan. */
    List<Skill> preferred = List.of();

    /** The category's preferred skills, as a skill bitmask. */
    long preferredMask;

    /** What the walk's callback checks a responder against; set by {@link #scan} before a walk. */
    HardConstraints constraints;

    CatalogueEntry entry;
    Jurisdiction j;
    Workload workload;
    Department department;

    /** The positions met in the order's own area, when a partner compound is walked after it. */
    Positions own;

    /** Whether the walk under way is of the partner compound. */
    boolean partnerWalk;

    Scan(int mode) {
      this.mode = mode;
      this.out = mode == BEST ? List.of() : new ArrayList<>();
    }

    @Override
    public boolean visit(int position, AreaLevel through) {
      if (!partnerWalk) {
        if (own != null) {
          own.add(position);
        }
        responder(position, closeness(through), false, department, this);
      } else if (through == AreaLevel.COMPOUND && !own.contains(position)) {
        responder(position, Closeness.PARTNER_COMPOUND, true, null, this);
      }
      return true;
    }

    /** The winner of a {@link #BEST} scan; null if none was eligible. */
    Assignee bestAssignee() {
      return hasBest ? assignee(bestId, bestIsTeam) : null;
    }

    boolean onlyEligible() {
      return mode != ALL;
    }

    /** 1 if {@code score} beats the best so far (or there is none), -1 if it loses, 0 on a tie. */
    int versusBest(long score) {
      if (!hasBest || score > bestScore) {
        return 1;
      }
      return score < bestScore ? -1 : 0;
    }

    /** Whether a candidate tied with the best wins the tie: responders first, then by id. */
    boolean winsTie(Identifier id, boolean team) {
      return team != bestIsTeam ? !team : id.compareTo(bestId) < 0;
    }

    /** The best candidate of a {@link #BEST} scan, made now; null if none was eligible. */
    Candidate best() {
      if (!hasBest) {
        return null;
      }
      Assignee a = bestIsTeam ? Assignee.of((TeamId) bestId) : Assignee.of((ResponderId) bestId);
      return new Candidate(
          a,
          bestCloseness,
          bestOpen,
          bestCapacity,
          bestScore,
          bestFailures,
          bestDepartment,
          bestRequired,
          bestSkills,
          bestPreferred,
          bestPerMille,
          bestBorrowed);
    }

    /**
     * Keeps a candidate that counts: in a {@link #BEST} scan its figures become the best so far,
     * otherwise it joins the list; one already tried is never kept.
     */
    void keep(
        Identifier id,
        boolean team,
        Closeness closeness,
        int open,
        int capacity,
        long score,
        int failures,
        Department department,
        CatalogueEntry entry,
        Set<Skill> skills,
        int preferred,
        int perMille,
        boolean borrowed) {
      Assignee a = mode == BEST && excluded == null ? null : assignee(id, team);
      if (excluded != null && excluded.contains(a)) {
        return;
      }
      if (mode != BEST) {
        out.add(
            new Candidate(
                a,
                closeness,
                open,
                capacity,
                score,
                failures,
                department,
                entry.requiredSkills(),
                skills,
                preferred,
                perMille,
                borrowed));
        return;
      }
      hasBest = true;
      bestId = id;
      bestIsTeam = team;
      bestCloseness = closeness;
      bestOpen = open;
      bestCapacity = capacity;
      bestScore = score;
      bestFailures = failures;
      bestDepartment = department;
      bestRequired = entry.requiredSkills();
      bestSkills = skills;
      bestPreferred = preferred;
      bestPerMille = perMille;
      bestBorrowed = borrowed;
    }

    private static Assignee assignee(Identifier id, boolean team) {
      return team ? Assignee.of((TeamId) id) : Assignee.of((ResponderId) id);
    }
  }

  /** Scans the candidates for {@code order} at {@code tier} into {@code scan}, unsorted. */
  private void scan(
      ServiceOrder order,
      Tier tier,
      AreaRef area,
      CatalogueEntry entry,
      Jurisdiction j,
      Workload workload,
      Scan scan) {
    CompoundId partner =
        area.level() == AreaLevel.BUILDING
            ? Places.partnerOf((BuildingId) area.id().get(), j)
            : null;
    Department department = tier == Tier.DISTRICT ? responsible(order, area, j) : null;
    HardConstraints constraints = new HardConstraints(order, entry, j, department);
    scan.preferred =
        entry.preferredSkills().isEmpty() ? List.of() : List.copyOf(entry.preferredSkills());
    ResponderColumns columns = constraints.columns();
    scan.preferredMask = columns.hasSkillMasks() ? columns.mask(scan.preferred) : 0;
    scan.constraints = constraints;
    scan.entry = entry;
    scan.j = j;
    scan.workload = workload;
    scan.department = department;
    scan.own = partner != null ? new Positions() : null;
    RegistryAccess.covering(j, area, tier, scan);
    if (partner != null) {
      scan.partnerWalk = true;
      RegistryAccess.covering(j, AreaRef.of(partner), tier, scan);
    }
    if (tier == Tier.COMMUNITY) {
      Optional<CommunityId> community = Places.community(area, j);
      if (community.isPresent()) {
        List<VolunteerTeam> teams = j.teamsOf(community.get());
        for (int i = 0; i < teams.size(); i++) {
          VolunteerTeam t = teams.get(i);
          if (offersAny(t.skills(), entry.requiredSkills(), scan.preferred)) {
            team(t, constraints, entry, workload, j, scan);
          }
        }
      }
    }
  }

  /**
   * Whether a team offering {@code skills} offers one the category requires or prefers; asks the
   * team's set (no iterator over it per team).
   */
  private static boolean offersAny(Set<Skill> skills, Set<Skill> required, List<Skill> preferred) {
    for (Skill s : required) {
      if (skills.contains(s)) {
        return true;
      }
    }
    return countIn(preferred, skills) > 0;
  }

  private static Closeness closeness(AreaLevel through) {
    return switch (through) {
      case BUILDING -> Closeness.SAME_BUILDING;
      case COMPOUND -> Closeness.SAME_COMPOUND;
      case GRID -> Closeness.SAME_GRID;
      case COMMUNITY -> Closeness.SAME_COMMUNITY;
      case STREET -> Closeness.SAME_STREET;
      default -> Closeness.DISTRICT;
    };
  }

  /** The responsible department, or the coordinator if that department has nobody covering. */
  private Department responsible(ServiceOrder order, AreaRef area, Jurisdiction j) {
    Department department = catalogue.departmentFor(order);
    ResponderColumns columns = RegistryAccess.columns(j);
    int number = columns.departmentNumber(department);
    return number >= 0
            && RegistryAccess.covering(
                j, area, Tier.DISTRICT, (r, through) -> columns.department(r) != number)
        ? department
        : catalogue.coordinator();
  }

  /**
   * The responder at {@code position}: its hard constraints and capacity from the registry's
   * columns and the workload's figures by position, then its score; the responder itself is read
   * only if it can still be kept (eligible, or the best so far).
   */
  private void responder(
      int position, Closeness closeness, boolean borrowed, Department department, Scan scan) {
    HardConstraints constraints = scan.constraints;
    CatalogueEntry entry = scan.entry;
    Jurisdiction j = scan.j;
    Workload workload = scan.workload;
    scan.considered++;
    int failures = constraints.failures(position);
    if (scan.onlyEligible() && failures != 0) {
      return;
    }
    ResponderColumns columns = constraints.columns();
    long both = workload.index().openAndPerMilleAt(j, position);
    int open = (int) (both >>> 32);
    int capacity = columns.capacity(position);
    if (open >= capacity) {
      if (scan.onlyEligible()) {
        return;
      }
      failures |= Candidate.AT_CAPACITY;
    }
    int preferred =
        columns.hasSkillMasks()
            ? Long.bitCount(columns.skills(position) & scan.preferredMask)
            : countIn(scan.preferred, j.responders().get(position).skills());
    long score = score(closeness, open, preferred, (int) both);
    int versus = scan.mode == Scan.BEST ? scan.versusBest(score) : 1;
    if (versus < 0) {
      return;
    }
    Responder r = j.responders().get(position);
    if (versus == 0 && !scan.winsTie(r.id(), false)) {
      return;
    }
    scan.keep(
        r.id(),
        false,
        closeness,
        open,
        capacity,
        score,
        failures,
        department,
        entry,
        r.skills(),
        preferred,
        (int) both,
        borrowed);
  }

  private void team(
      VolunteerTeam t,
      HardConstraints constraints,
      CatalogueEntry entry,
      Workload workload,
      Jurisdiction j,
      Scan scan) {
    scan.considered++;
    int failures = constraints.failures(t, j);
    if (scan.onlyEligible() && failures != 0) {
      return;
    }
    long both = workload.index().openAndPerMille(Assignee.of(t.id()));
    int open = (int) (both >>> 32);
    if (open >= t.capacity()) {
      if (scan.onlyEligible()) {
        return;
      }
      failures |= Candidate.AT_CAPACITY;
    }
    int preferred = countIn(scan.preferred, t.skills());
    long score = score(Closeness.SAME_COMMUNITY, open, preferred, (int) both);
    int versus = scan.mode == Scan.BEST ? scan.versusBest(score) : 1;
    if (versus < 0 || (versus == 0 && !scan.winsTie(t.id(), true))) {
      return;
    }
    scan.keep(
        t.id(),
        true,
        Closeness.SAME_COMMUNITY,
        open,
        t.capacity(),
        score,
        failures,
        null,
        entry,
        t.skills(),
        preferred,
        (int) both,
        false);
  }

  /**
   * 排序分 — the score of an eligible candidate: closer is better, load counts squared, each
   * preferred skill it offers adds, and so do its ratings ({@link AssignmentWeights}).
   */
  private long score(Closeness closeness, int open, int preferredSkills, int perMille) {
    return -(long) weights.closeness() * closeness.ordinal()
        - (long) weights.load() * open * open
        + (long) weights.preferredSkill() * preferredSkills
        + (long) weights.satisfaction() * perMille / 1000;
  }

  /** How many of {@code wanted} are in {@code skills}: an indexed loop, so no iterator per candidate. */
  private static int countIn(List<Skill> wanted, Set<Skill> skills) {
    int n = 0;
    for (int i = 0; i < wanted.size(); i++) {
      n += skills.contains(wanted.get(i)) ? 1 : 0;
    }
    return n;
  }

  /** The registry positions of the responders met so far: a few, searched in order. */
  private static final class Positions {
    private int[] positions = new int[16];
    private int size;

    void add(int position) {
      if (size == positions.length) {
        positions = java.util.Arrays.copyOf(positions, size * 2);
      }
      positions[size++] = position;
    }

    boolean contains(int position) {
      for (int i = 0; i < size; i++) {
        if (positions[i] == position) {
          return true;
        }
      }
      return false;
    }
  }
}
