package io.github.gridgov.rules.catalogue;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import io.github.gridgov.core.Tier;
import io.github.gridgov.core.order.Category;
import io.github.gridgov.core.order.ReferralTarget;
import io.github.gridgov.core.people.Department;
import io.github.gridgov.core.people.Skill;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 派单目录 — the dispatch catalogue as data (北京市接诉即办工作条例 Art. 11–12: orders are
 * dispatched "按照派单目录"): for each category, its {@link CatalogueEntry} — target tier,
 * responsible department (条) for street and district work next to the territorial ladder (块),
 * dispatch mode, community-duty status and skills. A category with no entry gets the fallback
 * entry; an order that reaches the street or district with no clear department goes to the
 * district coordinator (属地兜底, Art. 12).
 *
 * <p>{@link #standard()} is our configurable default, following the examples of the design notes
 * (neighbour noise and leaks at the building, elderly meal help at the grid, parking and common
 * property at the community, unlicensed construction at the street); no national catalogue is
 * published. Platforms replace entries with their city's own catalogue.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class DispatchCatalogue {
  private static final DispatchCatalogue STANDARD = standardBuilder().build();

  private final ImmutableMap<Category, CatalogueEntry> entries;
  private final CatalogueEntry fallback;
  private final Department coordinator;

  private DispatchCatalogue(
      Map<Category, CatalogueEntry> entries, CatalogueEntry fallback, Department coordinator) {
    this.entries = ImmutableMap.copyOf(entries);
    this.fallback = fallback;
    this.coordinator = coordinator;
  }

  /** Our default catalogue; see the class description. */
  public static DispatchCatalogue standard() {
    return STANDARD;
  }

  /** A builder starting empty (fallback: community tier, no department). */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from {@link #standard()}. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.entries.putAll(entries);
    b.fallback = fallback;
    b.coordinator = coordinator;
    return b;
  }

  /** The entry of {@code category}, or the fallback entry (with that category) if it has none. */
  public CatalogueEntry entry(Category category) {
    requireNonNull(category, "category");
    CatalogueEntry e = entries.get(category);
    return e != null ? e : fallback.withCategory(category);
  }

  /**
   * The department responsible for {@code order} at the street and district tiers: the police
   * when violence or crime is possible (人民调解法 Art. 25), else its category's department, else
   * the district coordinator (属地兜底).
   */
  public Department departmentFor(io.github.gridgov.core.order.ServiceOrder order) {
    if (order.flags().contains(io.github.gridgov.core.order.OrderFlag.VIOLENCE_RISK)) {
      return Department.POLICE;
    }
    return entry(order.category()).department().orElse(coordinator);
  }

  /** Whether {@code category} has its own entry. */
  public boolean has(Category category) {
    return entries.containsKey(requireNonNull(category, "category"));
  }

  /** Every entry, by category. */
  public Map<Category, CatalogueEntry> entries() {
    return entries;
  }

  /** The department that takes orders with no clear department (属地兜底). */
  public Department coordinator() {
    return coordinator;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DispatchCatalogue dispatchCatalogue
        && dispatchCatalogue.entries.equals(entries)
        && dispatchCatalogue.fallback.equals(fallback)
        && dispatchCatalogue.coordinator.equals(coordinator);
  }

  @Override
  public int hashCode() {
    return entries.hashCode() * 31 + fallback.hashCode();
  }

  @Override
  public String toString() {
    return "DispatchCatalogue" + entries.keySet();
  }

  private static Builder standardBuilder() {
    return builder()
        .put(
            entry(Category.WATER_LEAK, Tier.BUILDING, Department.HOUSING)
                .addPreferredSkill(Skill.PLUMBING)
                .build())
        .put(
            entry(Category.NEIGHBOUR_NOISE, Tier.BUILDING, Department.POLICE)
                .addPreferredSkill(Skill.MEDIATION)
                .build())
        .put(
            entry(Category.NEIGHBOUR_DISPUTE, Tier.BUILDING, Department.JUSTICE)
                .addPreferredSkill(Skill.MEDIATION)
                .build())
        .put(
            entry(Category.FAMILY_DISPUTE, Tier.COMMUNITY, Department.JUSTICE)
                .addPreferredSkill(Skill.MEDIATION)
                .addPreferredSkill(Skill.LEGAL)
                .build())
        .put(
            entry(Category.ELDERLY_MEALS, Tier.GRID, Department.CIVIL_AFFAIRS)
                .addPreferredSkill(Skill.MEAL_DELIVERY)
                .build())
        .put(
            entry(Category.ELDERLY_CARE, Tier.GRID, Department.CIVIL_AFFAIRS)
                .mode(DispatchMode.GRAB)
                .addPreferredSkill(Skill.ELDERLY_CARE)
                .build())
        .put(entry(Category.PARKING, Tier.COMMUNITY, Department.HOUSING).build())
        .put(entry(Category.COMMON_PROPERTY, Tier.COMMUNITY, Department.HOUSING).build())
        .put(entry(Category.PROPERTY_SERVICE, Tier.BUILDING, Department.HOUSING).build())
        .put(
            entry(Category.SANITATION, Tier.GRID, Department.URBAN_MANAGEMENT)
                .addPreferredSkill(Skill.CLEANING)
                .build())
        .put(
            entry(Category.UNLICENSED_CONSTRUCTION, Tier.STREET, Department.URBAN_MANAGEMENT)
                .communityDuty(false)
                .build())
        .put(
            entry(Category.WATER_SUPPLY, Tier.DISTRICT, Department.WATER)
                .communityDuty(false)
                .build())
        .put(
            entry(Category.POWER_SUPPLY, Tier.DISTRICT, Department.POWER)
                .communityDuty(false)
                .build())
        .put(
            entry(Category.GAS_SUPPLY, Tier.DISTRICT, Department.GAS)
                .communityDuty(false)
                .emergencyLine(ReferralTarget.FIRE_119)
                .build())
        .put(
            entry(Category.HEATING, Tier.DISTRICT, Department.HEATING).communityDuty(false).build())
        .put(
            entry(Category.PUBLIC_SECURITY, Tier.DISTRICT, Department.POLICE)
                .communityDuty(false)
                .build())
        .put(
            CatalogueEntry.builder()
                .category(Category.POLICY)
                .targetTier(Tier.COMMUNITY)
                .addPreferredSkill(Skill.POLICY_ADVICE)
                .build());
  }

  private static CatalogueEntry.Builder entry(Category c, Tier tier, Department department) {
    CatalogueEntry.Builder b = CatalogueEntry.builder();
    b.category(c).targetTier(tier).department(department);
    return b;
  }

  /** Builds a {@link DispatchCatalogue}. Not thread-safe. */
  public static final class Builder {
    private final Map<Category, CatalogueEntry> entries = new LinkedHashMap<>();
    private CatalogueEntry fallback =
        CatalogueEntry.builder().category(Category.OTHER).targetTier(Tier.COMMUNITY).build();
    private Department coordinator = Department.DISTRICT_COORDINATOR;

    private Builder() {}

    /** Adds or replaces the entry of its category. */
    public Builder put(CatalogueEntry entry) {
      entries.put(entry.category(), entry);
      return this;
    }

    /** The entry used for categories without one (its category is replaced by the order's). */
    public Builder fallback(CatalogueEntry entry) {
      this.fallback = requireNonNull(entry, "entry");
      return this;
    }

    /** The district coordinator (属地兜底); {@link Department#DISTRICT_COORDINATOR} unless set. */
    public Builder coordinator(Department department) {
      this.coordinator = requireNonNull(department, "department");
      return this;
    }

    /** The catalogue. */
    public DispatchCatalogue build() {
      return new DispatchCatalogue(entries, fallback, coordinator);
    }
  }
}
