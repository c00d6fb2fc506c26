package io.github.gridgov.rules.volunteer;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.lists.MenuItem;
import io.github.gridgov.core.lists.Project;
import io.github.gridgov.core.lists.ProjectStatus;
import io.github.gridgov.core.lists.ProjectStep;
import io.github.gridgov.core.lists.ServiceMenu;
import io.github.gridgov.core.order.Assignee;
import io.github.gridgov.core.order.OrderStatus;
import io.github.gridgov.core.order.Rating;
import io.github.gridgov.core.order.Satisfaction;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.people.Responder;
import io.github.gridgov.core.people.ResponderId;
import io.github.gridgov.core.people.ResponderRole;
import io.github.gridgov.core.people.TeamId;
import io.github.gridgov.core.people.VolunteerTeam;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.rules.reason.Reason;
import io.github.gridgov.rules.reason.Reasons;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * 志愿服务记录 — the service hours and points of each volunteer and team, derived from completed,
 * rated orders and from completed projects.
 *
 * <p>An order counts once it is closed with a rating and its category is on the community's
 * published menu (组织列单, {@link ServiceMenu}); it earns the item's hours ({@link
 * VolunteerRules#HOURS}) and its points weighted by the last rating ({@link VolunteerRules#POINTS},
 * by default 非常满意 120 %, 满意 100 %, 基本满意 80 %, below that nothing; rounded down; both
 * configurable with a {@link Policy}). It is credited to
 * its owner at closing: a team, or a responder serving as a volunteer — by default a 楼栋长, 单元长,
 * 邻长, 小区组长, 党员 or 志愿者 ({@link VolunteerRules#VOLUNTEERS}); such a responder's teams are
 * credited too. A completed project credits each volunteer on its completion with the hours
 * recorded there, its claiming team with the sum, and both with points for each evaluation (the
 * weights above as points: 12, 10, 8, 0, 0 — ours). An
 * order or project that does not count is listed with its reason.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ServiceRecords {
  /** Reason code. */
  public static final String NOT_CLOSED = "volunteer.not-closed";

  /** Reason code. */
  public static final String NOT_RATED = "volunteer.not-rated";

  /** Reason code. */
  public static final String NOT_ON_MENU = "volunteer.not-on-menu";

  /** Reason code. */
  public static final String NOT_VOLUNTEER = "volunteer.not-volunteer";

  /** Reason code. */
  public static final String COUNTED = "volunteer.counted";

  /** Reason code. */
  public static final String PROJECT_COUNTED = "volunteer.project-counted";

  /** The roles whose service counts as volunteering by default (ours, configurable: {@link Policy#withVolunteerRoles}). */
  public static final Set<ResponderRole> VOLUNTEER_ROLES =
      java.util.Collections.unmodifiableSet(
          EnumSet.of(
              ResponderRole.BUILDING_LEADER,
              ResponderRole.UNIT_LEADER,
              ResponderRole.NEIGHBOUR_LEADER,
              ResponderRole.COMPOUND_LEADER,
              ResponderRole.PARTY_MEMBER,
              ResponderRole.VOLUNTEER));

  /**
   * 记录规则 — who counts as a volunteer and how ratings weigh points; {@link #standard()} holds
   * our defaults ({@link ServiceRecords#VOLUNTEER_ROLES}; 120, 100, 80, 0, 0 per cent).
   *
   * <p>Implementation Requirements: immutable and thread-safe.
   */
  public static final class Policy {
    private static final Policy STANDARD =
        new Policy(VOLUNTEER_ROLES, new int[] {120, 100, 80, 0, 0});

    private final Set<ResponderRole> roles;
    private final int[] weights;

    private Policy(Set<ResponderRole> roles, int[] weights) {
      this.roles = roles;
      this.weights = weights;
    }

    /** Our defaults. */
    public static Policy standard() {
      return STANDARD;
    }

    /**
     * This policy with {@code roles} as the volunteers' roles.
     *
     * @throws IllegalArgumentException if {@code roles} is empty
     */
    public Policy withVolunteerRoles(Set<ResponderRole> roles) {
      com.google.common.base.Preconditions.checkArgument(
          !roles.isEmpty(), "Cannot configure service records: no volunteer role");
      return new Policy(java.util.Collections.unmodifiableSet(EnumSet.copyOf(roles)), weights);
    }

    /**
     * This policy with {@code percent} as the points weight of {@code rating}.
     *
     * @throws IllegalArgumentException unless 0 ≤ percent ≤ 1,000
     */
    public Policy withWeight(Satisfaction rating, int percent) {
      com.google.common.base.Preconditions.checkArgument(
          percent >= 0 && percent <= 1_000,
          "Cannot configure service records: the weight of %s is %s, must be 0-1000",
          rating,
          percent);
      int[] w = weights.clone();
      w[rating.ordinal()] = percent;
      return new Policy(roles, w);
    }

    /** The roles whose service counts as volunteering. */
    public Set<ResponderRole> volunteerRoles() {
      return roles;
    }

    /** The points weight of {@code rating}, in per cent. */
    public int weight(Satisfaction rating) {
      return weights[rating.ordinal()];
    }
  }

  ServiceRecords() {}

  /** Each volunteer's record, by identifier. */
  public abstract Map<ResponderId, ServiceRecord> volunteers();

  /** Each team's record, by identifier. */
  public abstract Map<TeamId, ServiceRecord> teams();

  /** One reason per order and project considered: counted, or why not. */
  public abstract Reasons reasons();

  /** The records that {@code orders} and {@code projects} give, with {@code menu}'s hours and points; {@code registry} says who is a volunteer. */
  public static ServiceRecords of(
      Iterable<ServiceOrder> orders,
      Iterable<Project> projects,
      ServiceMenu menu,
      Jurisdiction registry) {
    return of(orders, projects, menu, registry, Policy.standard());
  }

  /** As {@link #of(Iterable, Iterable, ServiceMenu, Jurisdiction)}, under {@code policy}. */
  public static ServiceRecords of(
      Iterable<ServiceOrder> orders,
      Iterable<Project> projects,
      ServiceMenu menu,
      Jurisdiction registry,
      Policy policy) {
    requireNonNull(policy, "policy");
    requireNonNull(orders, "orders");
    requireNonNull(projects, "projects");
    requireNonNull(menu, "menu");
    requireNonNull(registry, "registry");
    // each responder's teams, once: an order's volunteer is looked up, not searched for
    Map<ResponderId, List<TeamId>> teamsOf = new java.util.HashMap<>();
    for (VolunteerTeam t : registry.teams()) {
      t.members().forEach(m -> teamsOf.computeIfAbsent(m, k -> new ArrayList<>()).add(t.id()));
    }
    Map<ResponderId, Acc> volunteers = new TreeMap<>();
    Map<TeamId, Acc> teams = new TreeMap<>();
    List<Reason> reasons = new ArrayList<>();
    for (ServiceOrder o : orders) {
      if (o.status() != OrderStatus.CLOSED) {
        reasons.add(Reason.of(VolunteerRules.RECORD, NOT_CLOSED, o.id(), o.status()));
        continue;
      }
      Rating rating = o.rating().orElse(null);
      if (rating == null) {
        reasons.add(Reason.of(VolunteerRules.RECORD, NOT_RATED, o.id()));
        continue;
      }
      MenuItem item = menu.item(o.category()).orElse(null);
      if (item == null) {
        reasons.add(Reason.of(VolunteerRules.HOURS, NOT_ON_MENU, o.id(), o.category()));
        continue;
      }
      Assignee owner = o.owner().get();
      List<TeamId> credited = new ArrayList<>();
      Acc one = null;
      if (owner.isTeam()) {
        credited.add(owner.team().get());
      } else {
        Responder r = registry.responder(owner.responder().get()).orElse(null);
        if (r == null || !policy.volunteerRoles().contains(r.role())) {
          reasons.add(Reason.of(VolunteerRules.VOLUNTEERS, NOT_VOLUNTEER, o.id(), owner));
          continue;
        }
        one = volunteers.computeIfAbsent(r.id(), k -> new Acc());
        credited.addAll(teamsOf.getOrDefault(r.id(), List.of()));
      }
      long points = (long) item.points() * policy.weight(rating.satisfaction()) / 100;
      boolean satisfied =
          rating.satisfaction() == Satisfaction.VERY_SATISFIED
              || rating.satisfaction() == Satisfaction.SATISFIED;
      if (one != null) {
        one.order(o, item.hours(), points, satisfied);
      }
      for (TeamId t : credited) {
        teams.computeIfAbsent(t, k -> new Acc()).order(o, item.hours(), points, satisfied);
      }
      reasons.add(
          Reason.of(
              VolunteerRules.POINTS,
              COUNTED,
              o.id(),
              owner,
              item.hours().toPlainString(),
              points,
              rating.satisfaction()));
    }
    for (Project p : projects) {
      if (p.status() != ProjectStatus.COMPLETED) {
        reasons.add(Reason.of(VolunteerRules.RECORD, NOT_CLOSED, p.id(), p.status()));
        continue;
      }
      ProjectStep done = p.completion().get();
      BigDecimal each = done.hoursEach().get();
      long points = 0;
      long rated = 0;
      long satisfied = 0;
      for (Rating r : p.evaluations()) {
        rated++;
        satisfied +=
            r.satisfaction() == Satisfaction.VERY_SATISFIED
                    || r.satisfaction() == Satisfaction.SATISFIED
                ? 1
                : 0;
        points += policy.weight(r.satisfaction()) / 10;
      }
      for (ResponderId v : done.volunteers()) {
        volunteers.computeIfAbsent(v, k -> new Acc()).project(p, each, points, rated, satisfied);
      }
      BigDecimal total = each.multiply(BigDecimal.valueOf(done.volunteers().size()));
      long teamPoints = points;
      long r = rated;
      long s = satisfied;
      p.claimer()
          .flatMap(c -> c.team())
          .ifPresent(
              t -> teams.computeIfAbsent(t, k -> new Acc()).project(p, total, teamPoints, r, s));
      reasons.add(
          Reason.of(
              VolunteerRules.HOURS,
              PROJECT_COUNTED,
              p.id(),
              p.claimer().map(Object::toString).orElse("-"),
              total.toPlainString(),
              points,
              rated));
    }
    Map<ResponderId, ServiceRecord> v = new TreeMap<>();
    volunteers.forEach((k, a) -> v.put(k, a.build()));
    Map<TeamId, ServiceRecord> t = new TreeMap<>();
    teams.forEach((k, a) -> t.put(k, a.build()));
    return ImmutableServiceRecords.builder()
        .volunteers(v)
        .teams(t)
        .reasons(Reasons.of(reasons))
        .build();
  }

  private static final class Acc {
    final ImmutableServiceRecord.Builder b = ImmutableServiceRecord.builder();
    BigDecimal hours = BigDecimal.ZERO;
    long points;
    long rated;
    long satisfied;

    void order(ServiceOrder o, BigDecimal h, long p, boolean sat) {
      b.addOrder(o.id());
      hours = hours.add(h);
      points += p;
      rated++;
      satisfied += sat ? 1 : 0;
    }

    void project(Project p, BigDecimal h, long pts, long r, long s) {
      b.addProject(p.id());
      hours = hours.add(h);
      points += pts;
      rated += r;
      satisfied += s;
    }

    ServiceRecord build() {
      return b.hours(hours.setScale(2, RoundingMode.UNNECESSARY).stripTrailingZeros())
          .points(points)
          .rated(rated)
          .satisfied(satisfied)
          .build();
    }
  }
}
