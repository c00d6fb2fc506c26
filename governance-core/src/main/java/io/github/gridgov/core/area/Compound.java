package io.github.gridgov.core.area;

import io.github.gridgov.core.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 小区 — a residential compound (estate).
 *
 * <p>An {@link ManagementStatus#UNMANAGED unmanaged} compound (三无小区) may name a partner
 * compound whose responders (property staff, building leaders' network) it borrows, as 世联社区
 * does; the {@code Jurisdiction} checks that the partner exists, lies in the same community and is
 * not itself unmanaged.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Compound implements WithCompound {
  Compound() {}

  /** The identifier. */
  public abstract CompoundId id();

  /** The name, e.g. {@code 丰安小区}; at most 100 characters. */
  public abstract String name();

  /** The community the compound lies in. */
  public abstract CommunityId community();

  /** Who manages it. */
  public abstract ManagementStatus management();

  /** The property company's name, for a managed compound. */
  public abstract Optional<String> propertyCompany();

  /** 结对小区 — the compound whose responders this one borrows. */
  public abstract Optional<CompoundId> partner();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Compound}; {@link #build()} throws {@link io.github.gridgov.core.InvalidModelException} on a broken rule. */
  public static final class Builder extends ImmutableCompound.Builder {}

  @Value.Check
  void check() {
    Checks.checkName(name(), 100, "Compound", "name");
    propertyCompany().ifPresent(p -> Checks.checkName(p, 100, "Compound", "propertyCompany"));
    Checks.check(
        propertyCompany().isEmpty() || management() == ManagementStatus.MANAGED,
        "Compound",
        "propertyCompany",
        propertyCompany().orElse(""),
        "is only allowed for a MANAGED compound (was %s)",
        management());
    Checks.check(
        !partner().equals(Optional.of(id())),
        "Compound",
        "partner",
        id(),
        "must not be the compound itself");
  }
}
