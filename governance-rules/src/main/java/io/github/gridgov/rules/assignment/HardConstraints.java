package io.github.gridgov.rules.assignment;

import io.github.gridgov.core.order.OrderFlag;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.people.Department;
import io.github.gridgov.core.people.Responder;
import io.github.gridgov.core.people.VolunteerTeam;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.core.registry.internal.RegistryAccess;
import io.github.gridgov.core.registry.internal.ResponderColumns;
import io.github.gridgov.rules.catalogue.CatalogueEntry;

/**
 * 硬约束 — the hard constraints of {@link AssignmentRule} for one order at one tier: on duty;
 * every skill the category requires; not the requester; insured for a dangerous task
 * (北京市志愿服务促进条例 Art. 19); at the district tier, the responsible department. Capacity,
 * which needs the workload, is checked by the rule after these. A responder is read from the
 * registry's columns by position, so a candidate that fails costs an array read or two.
 */
final class HardConstraints {
  private static final int NO_DEPARTMENT = -2;

  private final ResponderColumns columns;
  private final CatalogueEntry entry;
  private final java.util.List<Responder> responders;
  private final long required;
  private final boolean dangerous;

  /** The requester, or null. */
  private final io.github.gridgov.core.people.ResidentId requester;

  /** The responsible department's number, -1 if no responder is it, {@link #NO_DEPARTMENT} if any will do. */
  private final int department;

  HardConstraints(
      ServiceOrder order, CatalogueEntry entry, Jurisdiction j, Department responsible) {
    this.columns = RegistryAccess.columns(j);
    this.entry = entry;
    this.responders = j.responders();
    this.required = columns.hasSkillMasks() ? columns.mask(entry.requiredSkills()) : 0;
    this.dangerous = order.flags().contains(OrderFlag.DANGEROUS_TASK);
    this.requester = order.requester().orElse(null);
    this.department = responsible == null ? NO_DEPARTMENT : columns.departmentNumber(responsible);
  }

  /** The registry's columns these constraints read. */
  ResponderColumns columns() {
    return columns;
  }

  /** The constraints the responder at {@code r} fails, as {@link Candidate} failure bits; 0 if none. */
  int failures(int r) {
    int failures = 0;
    if (department != NO_DEPARTMENT && (department < 0 || columns.department(r) != department)) {
      failures |= Candidate.OTHER_DEPARTMENT;
    }
    if (!columns.onDuty(r)) {
      failures |= Candidate.OFF_DUTY;
    }
    if (columns.hasSkillMasks()
        ? (required & ~columns.skills(r)) != 0
        : !responders.get(r).skills().containsAll(entry.requiredSkills())) {
      failures |= Candidate.MISSING_SKILLS;
    }
    if (requester != null && columns.isResident(r, requester)) {
      failures |= Candidate.IS_REQUESTER;
    }
    if (dangerous && !columns.insuredOrOrganisation(r)) {
      failures |= Candidate.NOT_INSURED;
    }
    return failures;
  }

  /** The constraints team {@code t} fails: its skills, and for a dangerous task every member insured. */
  int failures(VolunteerTeam t, Jurisdiction j) {
    int failures = 0;
    if (!offersAll(t.skills(), entry.requiredSkills())) {
      failures |= Candidate.MISSING_SKILLS;
    }
    if (dangerous) {
      boolean insured = !t.members().isEmpty();
      for (var m : t.members()) {
        insured &= j.responder(m).map(Responder::isInsured).orElse(false);
      }
      if (!insured) {
        failures |= Candidate.NOT_INSURED;
      }
    }
    return failures;
  }

  private static boolean offersAll(
      java.util.Set<io.github.gridgov.core.people.Skill> offered,
      java.util.Set<io.github.gridgov.core.people.Skill> required) {
    if (required.isEmpty()) {
      return true;
    }
    for (io.github.gridgov.core.people.Skill s : required) {
      if (!offered.contains(s)) {
        return false;
      }
    }
    return true;
  }
}
