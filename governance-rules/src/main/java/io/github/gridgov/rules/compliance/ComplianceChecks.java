package io.github.gridgov.rules.compliance;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.area.AreaRef;
import io.github.gridgov.core.area.Community;
import io.github.gridgov.core.area.CommunityId;
import io.github.gridgov.core.area.Grid;
import io.github.gridgov.core.people.Household;
import io.github.gridgov.core.people.Membership;
import io.github.gridgov.core.people.Resident;
import io.github.gridgov.core.people.ResidentRole;
import io.github.gridgov.core.people.Responder;
import io.github.gridgov.core.people.Sex;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.core.registry.Problem;
import io.github.gridgov.core.registry.SizeLimits;
import io.github.gridgov.rules.reason.Reason;
import io.github.gridgov.rules.reason.Reasons;
import io.github.gridgov.rules.reason.RuleRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * 合规检查 — checks a {@link Jurisdiction} against the rules its bodies and grids must meet:
 * <ul>
 *   <li>{@code compliance.mediation-committee} (error) — a community's 人民调解委员会 has 3–9 members, at
 *       least one of them a woman (人民调解法 Art. 8); a community with no member recorded gets a
 *       warning instead;</li>
 *   <li>{@code compliance.residents-committee} (error) — a 居委会 has 5–9 members (城市居民委员会组织法
 *       Art. 7); none recorded: a warning;</li>
 *   <li>{@code compliance.community-size} (warning) — 100–700 households (Art. 6);</li>
 *   <li>{@code compliance.grid-size} (warning) — the registry's grid size range (a configurable default);</li>
 *   <li>{@code compliance.grid-notice} (error) — a grid's public notice: name, area, a grid worker's name
 *       and phone, and a supervision phone (滨州市社会治理网格化服务管理条例 Art. 6);</li>
 *   <li>{@code compliance.grid-worker} (error) — every grid has at least one grid worker on duty (our rule:
 *       a grid without one cannot take orders);</li>
 *   <li>{@code compliance.building-leader} (warning) — buildings without an active leader (their matters
 *       start at the grid);</li>
 *   <li>{@code compliance.unmanaged-partner} (warning) — unmanaged compounds without a partner compound
 *       (the pairing practice of 世联社区, tier C).</li>
 * </ul>
 * Residents count as members of the committee of the community they live in (their household's
 * building); a resident's sex comes from the record or the ID number.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ComplianceChecks {
  /** {@link ComplianceRules#MEDIATION_COMMITTEE}. */
  public static final RuleRef MEDIATION_COMMITTEE = ComplianceRules.MEDIATION_COMMITTEE;

  /** {@link ComplianceRules#RESIDENTS_COMMITTEE}. */
  public static final RuleRef RESIDENTS_COMMITTEE = ComplianceRules.RESIDENTS_COMMITTEE;

  /** {@link ComplianceRules#COMMUNITY_SIZE}. */
  public static final RuleRef COMMUNITY_SIZE = ComplianceRules.COMMUNITY_SIZE;

  /** {@link ComplianceRules#GRID_SIZE}. */
  public static final RuleRef GRID_SIZE = ComplianceRules.GRID_SIZE;

  /** {@link ComplianceRules#GRID_NOTICE}. */
  public static final RuleRef GRID_NOTICE = ComplianceRules.GRID_NOTICE;

  /** {@link ComplianceRules#GRID_WORKER}. */
  public static final RuleRef GRID_WORKER = ComplianceRules.GRID_WORKER;

  /** {@link ComplianceRules#BUILDING_LEADER}. */
  public static final RuleRef BUILDING_LEADER = ComplianceRules.BUILDING_LEADER;

  /** {@link ComplianceRules#UNMANAGED_PARTNER}. */
  public static final RuleRef UNMANAGED_PARTNER = ComplianceRules.UNMANAGED_PARTNER;

  /** Reason code. */
  public static final String NO_MEMBERS = "compliance.no-members";

  /** Reason code. */
  public static final String NO_WOMAN = "compliance.no-woman";

  /** Reason code. */
  public static final String MEMBERS = "compliance.members";

  /** Reason code. */
  public static final String NOTICE_MISSING = "compliance.notice-missing";

  private ComplianceChecks() {}

  /** Every finding over {@code j}. */
  public static ComplianceReport check(Jurisdiction j) {
    requireNonNull(j, "jurisdiction");
    List<Finding> errors = new ArrayList<>();
    List<Finding> warnings = new ArrayList<>();
    Map<CommunityId, List<Resident>> mediators = new HashMap<>();
    Map<CommunityId, List<Resident>> committee = new HashMap<>();
    membersByCommunity(j, mediators, committee);
    for (Community c : j.communities()) {
      String subject = "COMMUNITY:" + c.id();
      List<Resident> m = mediators.getOrDefault(c.id(), List.of());
      if (m.isEmpty()) {
        warnings.add(
            finding(
                MEDIATION_COMMITTEE,
                Finding.Severity.WARNING,
                subject,
                Reason.of(
                    MEDIATION_COMMITTEE,
                    NO_MEMBERS,
                    Committee.MEDIATION_COMMITTEE,
                    AreaRef.of(c.id()))));
      } else {
        if (m.size() < 3 || m.size() > 9) {
          errors.add(
              finding(
                  MEDIATION_COMMITTEE,
                  Finding.Severity.ERROR,
                  subject,
                  Reason.of(
                      MEDIATION_COMMITTEE,
                      MEMBERS,
                      Committee.MEDIATION_COMMITTEE,
                      AreaRef.of(c.id()),
                      m.size(),
                      "3-9")));
        }
        if (m.stream().noneMatch(r -> r.knownSex().equals(Optional.of(Sex.FEMALE)))) {
          errors.add(
              finding(
                  MEDIATION_COMMITTEE,
                  Finding.Severity.ERROR,
                  subject,
                  Reason.of(MEDIATION_COMMITTEE, NO_WOMAN, AreaRef.of(c.id()))));
        }
      }
      List<Resident> rc = committee.getOrDefault(c.id(), List.of());
      if (rc.isEmpty()) {
        warnings.add(
            finding(
                RESIDENTS_COMMITTEE,
                Finding.Severity.WARNING,
                subject,
                Reason.of(
                    RESIDENTS_COMMITTEE,
                    NO_MEMBERS,
                    Committee.RESIDENTS_COMMITTEE,
                    AreaRef.of(c.id()))));
      } else if (rc.size() < 5 || rc.size() > 9) {
        errors.add(
            finding(
                RESIDENTS_COMMITTEE,
                Finding.Severity.ERROR,
                subject,
                Reason.of(
                    RESIDENTS_COMMITTEE,
                    MEMBERS,
                    Committee.RESIDENTS_COMMITTEE,
                    AreaRef.of(c.id()),
                    rc.size(),
                    "5-9")));
      }
    }
    for (Grid g : j.grids()) {
      gridNotice(j, g, errors);
      boolean active =
          Stream.concat(g.workers().stream(), g.partTimeWorkers().stream())
              .map(j::responder)
              .flatMap(Optional::stream)
              .anyMatch(Responder::isOnDuty);
      if (!active) {
        errors.add(
            finding(
                GRID_WORKER,
                Finding.Severity.ERROR,
                "GRID:" + g.id(),
                Reason.of(GRID_WORKER, GRID_WORKER.code(), AreaRef.of(g.id()))));
      }
    }
    SizeLimits limits = j.sizeLimits();
    for (Problem p : j.warnings()) {
      switch (p.code()) {
        case "registry.community-size" ->
            warnings.add(
                finding(
                    COMMUNITY_SIZE,
                    Finding.Severity.WARNING,
                    p.subject(),
                    Reason.of(
                        COMMUNITY_SIZE,
                        COMMUNITY_SIZE.code(),
                        area(p.subject()),
                        count(j, p.subject()),
                        limits.communityMinHouseholds() + "-" + limits.communityMaxHouseholds())));
        case "registry.grid-size" ->
            warnings.add(
                finding(
                    GRID_SIZE,
                    Finding.Severity.WARNING,
                    p.subject(),
                    Reason.of(
                        GRID_SIZE,
                        GRID_SIZE.code(),
                        area(p.subject()),
                        count(j, p.subject()),
                        limits.gridMinHouseholds() + "-" + limits.gridMaxHouseholds())));
        case "registry.no-active-building-leader" ->
            warnings.add(
                finding(
                    BUILDING_LEADER,
                    Finding.Severity.WARNING,
                    p.subject(),
                    Reason.of(BUILDING_LEADER, BUILDING_LEADER.code(), area(p.subject()))));
        case "registry.unmanaged-without-partner" ->
            warnings.add(
                finding(
                    UNMANAGED_PARTNER,
                    Finding.Severity.WARNING,
                    p.subject(),
                    Reason.of(UNMANAGED_PARTNER, UNMANAGED_PARTNER.code(), area(p.subject()))));
        default -> {}
      }
    }
    List<Finding> all = new ArrayList<>(errors);
    all.addAll(warnings);
    return ImmutableComplianceReport.builder().findings(all).build();
  }

  private static void gridNotice(Jurisdiction j, Grid g, List<Finding> errors) {
    List<NoticeItem> missing = new ArrayList<>();
    if (g.areaDescription().isEmpty()) {
      missing.add(NoticeItem.AREA);
    }
    if (g.supervisionPhone().isEmpty()) {
      missing.add(NoticeItem.SUPERVISION_PHONE);
    }
    boolean workerContact =
        g.workers().stream()
            .map(j::responder)
            .flatMap(Optional::stream)
            .anyMatch(r -> r.name().isPresent() && r.phone().isPresent());
    if (!workerContact) {
      missing.add(NoticeItem.WORKER_CONTACT);
    }
    if (!missing.isEmpty()) {
      errors.add(
          finding(
              GRID_NOTICE,
              Finding.Severity.ERROR,
              "GRID:" + g.id(),
              Reason.of(GRID_NOTICE, NOTICE_MISSING, AreaRef.of(g.id()), missing)));
    }
  }

  /** The area a registry warning's subject ({@code COMMUNITY:C-1}, {@code GRID:G-01}, ...) names. */
  private static AreaRef area(String subject) {
    String id = subject.substring(subject.indexOf(':') + 1);
    return switch (subject.substring(0, subject.indexOf(':'))) {
      case "COMMUNITY" -> AreaRef.of(CommunityId.of(id));
      case "GRID" -> AreaRef.of(io.github.gridgov.core.area.GridId.of(id));
      case "BUILDING" -> AreaRef.of(io.github.gridgov.core.area.BuildingId.of(id));
      case "COMPOUND" -> AreaRef.of(io.github.gridgov.core.area.CompoundId.of(id));
      default ->
          throw new IllegalStateException("Cannot read the registry warning subject " + subject);
    };
  }

  private static int count(Jurisdiction j, String subject) {
    String id = subject.substring(subject.indexOf(':') + 1);
    return subject.startsWith("COMMUNITY:")
        ? j.householdCount(AreaRef.of(CommunityId.of(id)))
        : j.householdCount(AreaRef.of(io.github.gridgov.core.area.GridId.of(id)));
  }

  private static void membersByCommunity(
      Jurisdiction j,
      Map<CommunityId, List<Resident>> mediators,
      Map<CommunityId, List<Resident>> committee) {
    j.households()
        .forEach(
            (Household h) -> {
              Optional<CommunityId> community = j.chainOf(h.id()).map(c -> c.community());
              if (community.isEmpty()) {
                return;
              }
              for (Membership m : h.members()) {
                j.resident(m.resident())
                    .ifPresent(
                        r -> {
                          if (r.roles().contains(ResidentRole.MEDIATION_COMMITTEE_MEMBER)) {
                            mediators
                                .computeIfAbsent(community.get(), k -> new ArrayList<>())
                                .add(r);
                          }
                          if (r.roles().contains(ResidentRole.RESIDENTS_COMMITTEE_MEMBER)) {
                            committee
                                .computeIfAbsent(community.get(), k -> new ArrayList<>())
                                .add(r);
                          }
                        });
              }
            });
  }

  private static Finding finding(
      RuleRef rule, Finding.Severity severity, String subject, Reason reason) {
    return ImmutableFinding.of(rule, severity, subject, Reasons.of(reason));
  }
}
