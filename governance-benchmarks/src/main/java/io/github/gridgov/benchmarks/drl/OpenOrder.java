package io.github.gridgov.benchmarks.drl;

/**
 * 在办工单 — the fact the DRL rules see for one open order: its tier and the instants its timers
 * run out (epoch milliseconds; {@link Long#MAX_VALUE} for a timer it does not have), whether its
 * owner is away (off duty or gone from the registry), and what the
 * starting-tier rule needs (scope, category, location level, flag names). Tiers are {@code Tier}
 * ordinals: 0 building … 4 district.
 */
public final class OpenOrder {
  private final String id;
  private final int tier;
  private final String category;
  private final int scopeTier;
  private final int locationTier;
  private final java.util.Set<String> flags;
  private final long acceptDue;
  private final long resolveDue;
  private final long tierDue;
  private final boolean ownerAway;
  private final long checkDue;

  /** One open order's fact. */
  public OpenOrder(
      String id,
      int tier,
      String category,
      int scopeTier,
      int locationTier,
      java.util.Set<String> flags,
      long acceptDue,
      long resolveDue,
      long tierDue,
      boolean ownerAway,
      long checkDue) {
    this.id = id;
    this.tier = tier;
    this.category = category;
    this.scopeTier = scopeTier;
    this.locationTier = locationTier;
    this.flags = flags;
    this.acceptDue = acceptDue;
    this.resolveDue = resolveDue;
    this.tierDue = tierDue;
    this.ownerAway = ownerAway;
    this.checkDue = checkDue;
  }

  /**
   * When the library looks at the order again (its next check, epoch milliseconds): an away owner
   * is noticed then, or when the host announces a roster change, not at every re-evaluation.
   */
  public long getCheckDue() {
    return checkDue;
  }

  /** Whether its owner is a responder the registry has off duty (or no longer lists). */
  public boolean isOwnerAway() {
    return ownerAway;
  }

  public String getId() {
    return id;
  }

  public int getTier() {
    return tier;
  }

  public String getCategory() {
    return category;
  }

  public int getScopeTier() {
    return scopeTier;
  }

  public int getLocationTier() {
    return locationTier;
  }

  /** The order's flags, by {@code OrderFlag} name. */
  public java.util.Set<String> getFlags() {
    return flags;
  }

  public long getAcceptDue() {
    return acceptDue;
  }

  public long getResolveDue() {
    return resolveDue;
  }

  public long getTierDue() {
    return tierDue;
  }
}
