package io.github.gridgov.core.registry.internal;

import io.github.gridgov.core.people.Department;
import io.github.gridgov.core.people.Responder;
import io.github.gridgov.core.people.Skill;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What an assignment's hard constraints read of each responder, as primitive columns by registry
 * position: on duty, capacity, insured (or an organisation, which needs no insurance), the skills
 * as a bitmask over the registry's own numbering of the skills its responders offer, the
 * department and the resident the responder is. A registry whose responders offer more than 63
 * distinct skills has no masks ({@link #hasSkillMasks()} is false) and its skills are read from
 * the responders. A candidate costs an array
 * read or two until it survives them; only then is the {@link Responder} itself read. Immutable.
 * Not API.
 */
public final class ResponderColumns {
  private static final byte ON_DUTY = 1;
  private static final byte INSURED_OR_ORGANISATION = 2;

  private final byte[] flags;
  private final int[] capacity;
  private final long[] skills;
  private final int[] department;
  private final io.github.gridgov.core.people.ResidentId[] resident;
  private final List<Department> departments;

  /** The bit of each skill a responder offers, or null when there are more than {@link #NUMBERED}. */
  private final java.util.Map<Skill, Integer> skillBits;

  /** How many distinct skills get a bit; the last bit stands for every other skill. */
  private static final int NUMBERED = Long.SIZE - 1;

  private static final long OTHER = 1L << NUMBERED;

  private ResponderColumns(
      int n, List<Department> departments, java.util.Map<Skill, Integer> skillBits) {
    this.skillBits = skillBits;
    this.flags = new byte[n];
    this.capacity = new int[n];
    this.skills = new long[n];
    this.department = new int[n];
    this.resident = new io.github.gridgov.core.people.ResidentId[n];
    this.departments = departments;
  }

  /** The columns of {@code responders}, in their order. */
  public static ResponderColumns of(List<Responder> responders) {
    List<Department> departments = new ArrayList<>();
    java.util.Map<Skill, Integer> bits = new java.util.HashMap<>();
    for (Responder x : responders) {
      for (Skill s : x.skills()) {
        bits.putIfAbsent(s, bits.size());
      }
    }
    ResponderColumns c =
        new ResponderColumns(
            responders.size(),
            departments,
            bits.size() <= NUMBERED ? java.util.Map.copyOf(bits) : null);
    for (int r = 0; r < responders.size(); r++) {
      Responder x = responders.get(r);
      c.flags[r] =
          (byte)
              ((x.isOnDuty() ? ON_DUTY : 0)
                  | (x.isInsured() || x.role().isOrganisation() ? INSURED_OR_ORGANISATION : 0));
      c.capacity[r] = x.capacity();
      c.skills[r] = c.hasSkillMasks() ? c.mask(x.skills()) : 0;
      Department d = x.department().orElse(null);
      int k = d == null ? -1 : departments.indexOf(d);
      if (d != null && k < 0) {
        k = departments.size();
        departments.add(d);
      }
      c.department[r] = k;
      c.resident[r] = x.resident().orElse(null);
    }
    return c;
  }

  /** Whether {@link #skills} and {@link #mask} may be used: the responders offer at most 63 distinct skills. */
  public boolean hasSkillMasks() {
    return skillBits != null;
  }

  /**
   * {@code skills} as a bitmask in this registry's numbering; a skill no responder offers sets the
   * last bit, which no responder's mask has, so a required skill nobody offers is missing for all.
   */
  public long mask(Set<Skill> skills) {
    long m = 0;
    for (Skill s : skills) {
      m |= bit(s);
    }
    return m;
  }

  /** As {@link #mask(Set)}, over a list read by index (no iterator). */
  public long mask(List<Skill> skills) {
    long m = 0;
    for (int i = 0; i < skills.size(); i++) {
      m |= bit(skills.get(i));
    }
    return m;
  }

  private long bit(Skill s) {
    Integer bit = skillBits.get(s);
    return bit == null ? OTHER : 1L << bit;
  }

  /** Whether the responder at {@code r} is on duty. */
  public boolean onDuty(int r) {
    return (flags[r] & ON_DUTY) != 0;
  }

  /** Whether the responder at {@code r} may take a dangerous task: insured, or an organisation. */
  public boolean insuredOrOrganisation(int r) {
    return (flags[r] & INSURED_OR_ORGANISATION) != 0;
  }

  /** The most open orders the responder at {@code r} takes at once. */
  public int capacity(int r) {
    return capacity[r];
  }

  /** The skills of the responder at {@code r}, as a {@link #mask} bitmask. */
  public long skills(int r) {
    return skills[r];
  }

  /** The department number of the responder at {@code r}, or -1 if it is none. */
  public int department(int r) {
    return department[r];
  }

  /** The number of {@code d} among the responders' departments, or -1 if no responder is it. */
  public int departmentNumber(Department d) {
    return departments.indexOf(d);
  }

  /** Whether the responder at {@code r} is resident {@code id}. */
  public boolean isResident(int r, io.github.gridgov.core.people.ResidentId id) {
    return resident[r] != null && resident[r].equals(id);
  }
}
