package io.github.gridgov.rules.triage;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.Tier;
import io.github.gridgov.core.area.AreaLevel;
import io.github.gridgov.core.area.AreaRef;
import io.github.gridgov.core.area.BuildingId;
import io.github.gridgov.core.area.CompoundId;
import io.github.gridgov.core.order.OrderFlag;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.people.Department;
import io.github.gridgov.core.people.Responder;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.rules.catalogue.CatalogueEntry;
import io.github.gridgov.rules.catalogue.DispatchCatalogue;
import io.github.gridgov.rules.internal.Places;
import io.github.gridgov.rules.reason.Reason;
import io.github.gridgov.rules.reason.Reasons;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 分流规则 — decides what happens to a new order: the pre-routing filters of 北京市接诉即办工作条例
 * Art. 11, then the lowest tier that can handle it.
 *
 * <p>Filters, in order: an {@link OrderFlag#EMERGENCY} goes to its category's emergency line;
 * an {@link OrderFlag#LEGAL_CHANNEL} matter is pointed to its legal channel; a location outside
 * the jurisdiction is referred elsewhere; an open order with the same location and category,
 * reported no more than the duplicate window earlier, makes this one its duplicate.
 *
 * <p>The starting tier is the lowest satisfying all of: the scope; the category's
 * target tier; the location's own level; the powers needed (law enforcement, several departments
 * or public safety → STREET, 吹哨; a department's statutory power → DISTRICT; possible violence or
 * crime → DISTRICT with the police told at once, 人民调解法 Art. 25); capacity (a building without
 * an active leader starts at GRID — except in an unmanaged compound (三无小区), where it stays at
 * BUILDING when another building-tier responder of its own compound (a unit or compound leader)
 * or of its partner compound (the partner's property company) is on duty:
 * 无物业小区借用有物业小区资源; and upwards while nobody on duty covers the area at a tier); and the
 * community-duty guard (a category off the community's duty list never makes the community its
 * primary handler, 北京市接诉即办工作条例 Art. 17).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class TriageRule {
  /** Reason codes. */
  public static final String EMERGENCY = "triage.emergency";

  /** Reason code. */
  public static final String LEGAL_CHANNEL = "triage.legal-channel";

  /** Reason code. */
  public static final String OUT_OF_JURISDICTION = "triage.out-of-jurisdiction";

  /** Reason code. */
  public static final String DUPLICATE = "triage.duplicate";

  /** Reason code. */
  public static final String SCOPE = "triage.scope";

  /** Reason code. */
  public static final String CATEGORY_TARGET = "triage.category-target";

  /** Reason code. */
  public static final String LOCATION_LEVEL = "triage.location-level";

  /** Reason code. */
  public static final String LAW_ENFORCEMENT = "triage.law-enforcement";

  /** Reason code. */
  public static final String SEVERAL_DEPARTMENTS = "triage.several-departments";

  /** Reason code. */
  public static final String PUBLIC_SAFETY = "triage.public-safety";

  /** Reason code. */
  public static final String DEPARTMENT_POWER = "triage.department-power";

  /** Reason code. */
  public static final String VIOLENCE_RISK = "triage.violence-risk";

  /** Reason code. */
  public static final String NO_BUILDING_LEADER = "triage.no-building-leader";

  /** Reason code. */
  public static final String NO_RESPONDER = "triage.no-responder";

  /** Reason code. */
  public static final String BUILDING_RESPONDER = "triage.building-responder";

  /** Reason code. */
  public static final String PARTNER_COMPOUND = "triage.partner-compound";

  /** Reason code. */
  public static final String COMMUNITY_DUTY = "triage.community-duty";

  /** Reason code. */
  public static final String DEPARTMENT = "triage.department";

  /** Reason code. */
  public static final String COORDINATOR = "triage.coordinator";

  /** Reason code. */
  public static final String CARE_NEEDS = "triage.care-needs";

  /** Reason code. */
  public static final String START = "triage.start";

  private static final Comparator<ServiceOrder> EARLIEST =
      Comparator.comparing(ServiceOrder::reportedAt).thenComparing(ServiceOrder::id);

  private final DispatchCatalogue catalogue;
  private final Duration duplicateWindow;

  /**
   * A triage rule over {@code catalogue}; open orders with the same location and category
   * reported up to {@code duplicateWindow} earlier are duplicates.
   */
  public TriageRule(DispatchCatalogue catalogue, Duration duplicateWindow) {
    this.catalogue = requireNonNull(catalogue, "catalogue");
    this.duplicateWindow = requireNonNull(duplicateWindow, "duplicateWindow");
  }

  /** Triage of {@code order}, checking {@code openOrders} for a duplicate. */
  public TriageDecision triage(
      ServiceOrder order, Jurisdiction jurisdiction, Collection<ServiceOrder> openOrders) {
    requireNonNull(order, "order");
    requireNonNull(jurisdiction, "jurisdiction");
    requireNonNull(openOrders, "openOrders");
    CatalogueEntry entry = catalogue.entry(order.category());
    Set<io.github.gridgov.core.people.CareNeed> careNeeds = Places.careNeeds(order, jurisdiction);
    Priority priority = Priority.of(order.currentUrgency(), careNeeds);
    boolean police = order.flags().contains(OrderFlag.VIOLENCE_RISK);
    Reasons.Builder reasons = Reasons.builder();
    if (order.flags().contains(OrderFlag.EMERGENCY)) {
      reasons.add(Reason.of(TriageRules.EMERGENCY, EMERGENCY, entry.emergencyLine()));
      return TriageDecision.referred(
          TriageOutcome.REFER_EMERGENCY, entry.emergencyLine(), police, priority, reasons.build());
    }
    if (order.flags().contains(OrderFlag.LEGAL_CHANNEL)) {
      reasons.add(Reason.of(TriageRules.LEGAL_CHANNEL, LEGAL_CHANNEL, entry.legalChannel()));
      return TriageDecision.referred(
          TriageOutcome.REFER_LEGAL_CHANNEL,
          entry.legalChannel(),
          police,
          priority,
          reasons.build());
    }
    Optional<AreaRef> area = Places.area(order, jurisdiction);
    if (area.isEmpty()) {
      reasons.add(
          Reason.of(TriageRules.OUT_OF_JURISDICTION, OUT_OF_JURISDICTION, order.location()));
      return TriageDecision.outside(police, priority, reasons.build());
    }
    ServiceOrder earlier = null;
    for (ServiceOrder o : openOrders) {
      if (isDuplicate(order, o) && (earlier == null || EARLIEST.compare(o, earlier) < 0)) {
        earlier = o;
      }
    }
    if (earlier != null) {
      reasons.add(Reason.of(TriageRules.DUPLICATE, DUPLICATE, earlier.id()));
      return TriageDecision.duplicate(earlier.id(), police, priority, reasons.build());
    }
    Tier tier = requiredTier(order, area.get().level(), area.get(), entry, reasons);
    tier = withCapacity(tier, area.get(), jurisdiction, reasons);
    if (tier == Tier.COMMUNITY && !entry.isCommunityDuty()) {
      reasons.add(Reason.of(TriageRules.COMMUNITY_DUTY, COMMUNITY_DUTY, order.category()));
      tier = Tier.STREET;
    }
    Department department = null;
    List<Department> summoned = List.of();
    if (tier.compareTo(Tier.STREET) >= 0) {
      department = catalogue.departmentFor(order);
      reasons.add(
          department.equals(catalogue.coordinator())
              ? Reason.of(TriageRules.RESPONSIBLE_DEPARTMENT, COORDINATOR, department)
              : Reason.of(TriageRules.RESPONSIBLE_DEPARTMENT, DEPARTMENT, department));
      if (tier == Tier.STREET) {
        summoned = summonedDepartments(order);
      }
    }
    if (!careNeeds.isEmpty()) {
      reasons.add(Reason.of(TriageRules.CARE_PRIORITY, CARE_NEEDS, careNeeds));
    }
    reasons.add(Reason.of(TriageRules.STARTING_TIER, START, tier));
    return TriageDecision.proceed(tier, department, summoned, police, priority, reasons.build());
  }

  /**
   * The lowest tier that the scope, category, location level and powers allow, before capacity,
   * without reasons: for callers that only compare tiers (escalation asks it of every open order).
   */
  public Tier requiredTier(ServiceOrder order, AreaLevel level, CatalogueEntry entry) {
    return requiredTier(order, requireNonNull(level, "level"), null, entry, null);
  }

  /** {@code reasons} (and {@code area}, named in them) may be null: no reasons are made then. */
  private static Tier requiredTier(
      ServiceOrder order,
      AreaLevel areaLevel,
      AreaRef area,
      CatalogueEntry entry,
      Reasons.Builder reasons) {
    Tier tier = Tier.BUILDING;
    Tier scope = order.scope().lowestTier();
    if (scope.isAbove(tier)) {
      if (reasons != null) {
        reasons.add(Reason.of(TriageRules.STARTING_TIER, SCOPE, order.scope(), scope));
      }
      tier = scope;
    }
    if (entry.targetTier().isAbove(tier)) {
      if (reasons != null) {
        reasons.add(
            Reason.of(
                TriageRules.STARTING_TIER, CATEGORY_TARGET, order.category(), entry.targetTier()));
      }
      tier = entry.targetTier();
    }
    Tier level = areaLevel == AreaLevel.COMPOUND ? Tier.GRID : areaLevel.tier().get();
    if (level.isAbove(tier)) {
      if (reasons != null) {
        reasons.add(Reason.of(TriageRules.STARTING_TIER, LOCATION_LEVEL, area, level));
      }
      tier = level;
    }
    Set<OrderFlag> flags = order.flags();
    if (flags.isEmpty()) {
      return tier;
    }
    tier =
        raise(
            tier,
            flags.contains(OrderFlag.NEEDS_LAW_ENFORCEMENT),
            Tier.STREET,
            LAW_ENFORCEMENT,
            reasons);
    tier =
        raise(
            tier,
            flags.contains(OrderFlag.SEVERAL_DEPARTMENTS),
            Tier.STREET,
            SEVERAL_DEPARTMENTS,
            reasons);
    tier =
        raise(tier, flags.contains(OrderFlag.PUBLIC_SAFETY), Tier.STREET, PUBLIC_SAFETY, reasons);
    tier =
        raise(
            tier,
            flags.contains(OrderFlag.NEEDS_DEPARTMENT_POWER),
            Tier.DISTRICT,
            DEPARTMENT_POWER,
            reasons);
    tier =
        raise(tier, flags.contains(OrderFlag.VIOLENCE_RISK), Tier.DISTRICT, VIOLENCE_RISK, reasons);
    return tier;
  }

  private static Tier raise(
      Tier tier, boolean when, Tier to, String code, Reasons.Builder reasons) {
    io.github.gridgov.rules.reason.RuleRef rule =
        code.equals(VIOLENCE_RISK) ? TriageRules.VIOLENCE_RISK : TriageRules.POWERS;
    if (when && to.isAbove(tier)) {
      if (reasons != null) {
        reasons.add(Reason.of(rule, code, to));
      }
      return to;
    }
    return tier;
  }

  /** Moves up while nobody on duty can take the order at the tier. */
  private static Tier withCapacity(
      Tier tier, AreaRef area, Jurisdiction j, Reasons.Builder reasons) {
    Tier t = tier;
    while (!t.isTop()) {
      if (t == Tier.BUILDING && area.level() == AreaLevel.BUILDING) {
        BuildingId b = (BuildingId) area.id().get();
        if (j.buildingLeader(b).map(Responder::isOnDuty).orElse(false)) {
          return t;
        }
        reasons.add(Reason.of(TriageRules.CAPACITY, NO_BUILDING_LEADER, b));
        if (Places.isUnmanaged(b, j)) {
          if (Places.anyOnDuty(area, t, j)) {
            reasons.add(Reason.of(TriageRules.BORROWING, BUILDING_RESPONDER, b));
            return t;
          }
          CompoundId partner = Places.partnerOf(b, j);
          if (partner != null && Places.anyOnDuty(AreaRef.of(partner), t, j)) {
            reasons.add(Reason.of(TriageRules.BORROWING, PARTNER_COMPOUND, b, partner));
            return t;
          }
        }
      } else {
        if (Places.anyOnDuty(area, t, j)) {
          return t;
        }
        reasons.add(Reason.of(TriageRules.CAPACITY, NO_RESPONDER, t, area));
      }
      t = t.next().get();
    }
    return t;
  }

  /**
   * The departments a street summons (吹哨) for {@code order}: the category's department, plus
   * urban management for law enforcement and the police for public safety.
   */
  public List<Department> summonedDepartments(ServiceOrder order) {
    CatalogueEntry entry = catalogue.entry(order.category());
    List<Department> departments = new ArrayList<>();
    entry.department().ifPresent(departments::add);
    if (order.flags().contains(OrderFlag.NEEDS_LAW_ENFORCEMENT)
        && !departments.contains(Department.URBAN_MANAGEMENT)) {
      departments.add(Department.URBAN_MANAGEMENT);
    }
    if (order.flags().contains(OrderFlag.PUBLIC_SAFETY)
        && !departments.contains(Department.POLICE)) {
      departments.add(Department.POLICE);
    }
    return departments;
  }

  private boolean isDuplicate(ServiceOrder order, ServiceOrder other) {
    return !other.id().equals(order.id())
        && other.status().isOpen()
        && other.location().equals(order.location())
        && other.category().equals(order.category())
        && (other.reportedAt().isBefore(order.reportedAt())
            || (other.reportedAt().equals(order.reportedAt())
                && other.id().compareTo(order.id()) < 0))
        && Duration.between(other.reportedAt(), order.reportedAt()).compareTo(duplicateWindow) <= 0;
  }
}
