package io.github.gridgov.rules.inspection;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.Texts;
import io.github.gridgov.core.area.Building;
import io.github.gridgov.core.area.BuildingId;
import io.github.gridgov.core.inspection.InspectionPlan;
import io.github.gridgov.core.inspection.Visit;
import io.github.gridgov.core.order.Category;
import io.github.gridgov.core.order.Location;
import io.github.gridgov.core.order.OrderId;
import io.github.gridgov.core.order.OrderKind;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.people.Household;
import io.github.gridgov.core.people.HouseholdId;
import io.github.gridgov.core.people.ResponderId;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.rules.internal.Places;
import io.github.gridgov.rules.reason.Reason;
import io.github.gridgov.rules.reason.Reasons;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * 巡查走访 — the rounds an inspection plan makes, the orders its findings become and the share
 * of its area its visits covered.
 *
 * <p>Rounds ({@link InspectionRules#ROUNDS}): each round of the plan's {@linkplain
 * InspectionPlan#frequency() frequency} shares the buildings of its area (households, for home
 * visits) among its responders in contiguous slices in registry order; the slices rotate by one
 * responder each round, so that over as many rounds as there are responders each one has seen the
 * whole area. Findings ({@link InspectionRules#FINDINGS}): {@link #order} turns a finding on a
 * visit into a new order of the plan's origin ({@link
 * io.github.gridgov.core.inspection.InspectionKind#origin()}: patrols {@code GRID_PATROL},
 * checks and home visits {@code PROACTIVE}), which intake then triages like any other. Coverage
 * ({@link InspectionRules#COVERAGE}): buildings (households) of the area visited at least once
 * under the plan between two dates, dates in Beijing time unless a zone is given.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Inspections {
  /** The longest span of rounds one call lays out (ours: a bound on the result's size). */
  public static final int MAX_DAYS = 366;

  /** Reason code. */
  public static final String COVERED = "inspection.covered";

  private Inspections() {}

  /**
   * The tasks of every round of {@code plan} that starts between {@code from} and {@code until}
   * (both included).
   *
   * @throws IllegalArgumentException if {@code until} is before {@code from}, the span is longer
   *     than {@value #MAX_DAYS} days, or the plan's area is not in {@code registry}
   */
  public static List<PatrolTask> tasks(
      InspectionPlan plan, Jurisdiction registry, LocalDate from, LocalDate until) {
    requireNonNull(plan, "plan");
    requireNonNull(registry, "registry");
    checkArgument(
        !until.isBefore(from) && ChronoUnit.DAYS.between(from, until) < MAX_DAYS,
        "Cannot lay out the rounds of plan %s: %s to %s must be 1 to %s days",
        plan.id(),
        from,
        until,
        MAX_DAYS);
    checkArgument(
        Places.isKnown(plan.area(), registry),
        "Cannot lay out the rounds of plan %s: area %s is not in the registry",
        plan.id(),
        plan.area());
    List<Building> buildings = Places.buildingsIn(plan.area(), registry);
    List<HouseholdId> households = new ArrayList<>();
    List<BuildingId> householdBuildings = new ArrayList<>();
    if (plan.kind().visitsHouseholds()) {
      for (Building b : buildings) {
        for (Household h : registry.householdsIn(b.id())) {
          households.add(h.id());
          householdBuildings.add(b.id());
        }
      }
    }
    int targets = plan.kind().visitsHouseholds() ? households.size() : buildings.size();
    List<ResponderId> who = plan.responders();
    int k = who.size();
    List<PatrolTask> tasks = new ArrayList<>();
    LocalDate start = plan.frequency().roundStart(from);
    if (start.isBefore(from)) {
      start = plan.frequency().roundEnd(from).plusDays(1);
    }
    int round = roundIndex(plan, start);
    for (LocalDate d = start;
        !d.isAfter(until);
        d = plan.frequency().roundEnd(d).plusDays(1), round++) {
      LocalDate end = plan.frequency().roundEnd(d);
      for (int i = 0; i < k; i++) {
        int slice = Math.floorMod(i + round, k);
        int a = (int) ((long) targets * slice / k);
        int b = (int) ((long) targets * (slice + 1) / k);
        ImmutablePatrolTask.Builder t =
            ImmutablePatrolTask.builder()
                .plan(plan.id())
                .responder(who.get(i))
                .firstDay(d)
                .lastDay(end);
        if (plan.kind().visitsHouseholds()) {
          t.households(households.subList(a, b));
          Set<BuildingId> seen = new java.util.LinkedHashSet<>(householdBuildings.subList(a, b));
          t.buildings(seen);
        } else {
          for (int j = a; j < b; j++) {
            t.addBuilding(buildings.get(j).id());
          }
        }
        tasks.add(t.build());
      }
    }
    return tasks;
  }

  /** The round's index from a fixed epoch, so that rotation does not depend on where a call starts. */
  private static int roundIndex(InspectionPlan plan, LocalDate start) {
    LocalDate epoch = LocalDate.of(2000, 1, 3);
    return switch (plan.frequency()) {
      case DAILY -> (int) ChronoUnit.DAYS.between(epoch, start);
      case WEEKLY -> (int) ChronoUnit.WEEKS.between(epoch, start);
      default -> (int) ChronoUnit.MONTHS.between(epoch.withDayOfMonth(1), start);
    };
  }

  /**
   * 发现即立单 — the order a finding on {@code visit} becomes, as reported: of the plan's origin,
   * at the visited household (or building), at the visit's time. Hand it to intake, and list its
   * id on the visit.
   *
   * @throws IllegalArgumentException if the visit was not made under {@code plan}
   * @throws io.github.gridgov.core.InvalidModelException if the description breaks the order's rules
   */
  public static ServiceOrder order(
      InspectionPlan plan,
      Visit visit,
      OrderId id,
      OrderKind kind,
      Category category,
      String description) {
    requireNonNull(plan, "plan");
    requireNonNull(visit, "visit");
    checkArgument(
        visit.plan().equals(plan.id()),
        "Cannot create an order from a visit under plan %s: the plan given is %s",
        visit.plan(),
        plan.id());
    Location at =
        visit.household().map(Location::ofHousehold).orElse(Location.ofBuilding(visit.building()));
    return ServiceOrder.builder()
        .id(id)
        .kind(kind)
        .category(category)
        .origin(plan.kind().origin())
        .location(at)
        .description(description)
        .reportedAt(visit.at())
        .build();
  }

  /** The coverage of {@code plan}'s area by {@code visits} from {@code from} to {@code until}, dates in Beijing time. */
  public static Coverage coverage(
      InspectionPlan plan,
      Jurisdiction registry,
      Iterable<Visit> visits,
      LocalDate from,
      LocalDate until) {
    return coverage(plan, registry, visits, from, until, Texts.BEIJING);
  }

  /**
   * The coverage of {@code plan}'s area by {@code visits} from {@code from} to {@code until}
   * (both included), dates in {@code zone}.
   *
   * @throws IllegalArgumentException if {@code until} is before {@code from}
   */
  public static Coverage coverage(
      InspectionPlan plan,
      Jurisdiction registry,
      Iterable<Visit> visits,
      LocalDate from,
      LocalDate until,
      ZoneId zone) {
    requireNonNull(plan, "plan");
    requireNonNull(registry, "registry");
    requireNonNull(visits, "visits");
    requireNonNull(zone, "zone");
    checkArgument(
        !until.isBefore(from),
        "Cannot measure the coverage of plan %s: %s is before %s",
        plan.id(),
        until,
        from);
    Set<Object> area = new HashSet<>();
    for (Building b : Places.buildingsIn(plan.area(), registry)) {
      if (plan.kind().visitsHouseholds()) {
        registry.householdsIn(b.id()).forEach(h -> area.add(h.id()));
      } else {
        area.add(b.id());
      }
    }
    Set<Object> seen = new HashSet<>();
    long ignored = 0;
    for (Visit v : visits) {
      LocalDate day = v.at().atZone(zone).toLocalDate();
      Object target = plan.kind().visitsHouseholds() ? v.household().orElse(null) : v.building();
      if (!v.plan().equals(plan.id())
          || day.isBefore(from)
          || day.isAfter(until)
          || target == null
          || !area.contains(target)) {
        ignored++;
        continue;
      }
      seen.add(target);
    }
    Coverage c =
        ImmutableCoverage.builder()
            .plan(plan.id())
            .firstDay(from)
            .lastDay(until)
            .visited(seen.size())
            .total(area.size())
            .ignoredVisits(ignored)
            .reasons(Reasons.of())
            .build();
    return ImmutableCoverage.builder()
        .from(c)
        .reasons(
            Reasons.of(
                Reason.of(
                    InspectionRules.COVERAGE,
                    COVERED,
                    plan.id(),
                    seen.size(),
                    area.size(),
                    c.ratio().percent().map(p -> p.toPlainString() + "%").orElse("-"),
                    from,
                    until)))
        .build();
  }
}
