package io.github.gridgov.core.people;

import io.github.gridgov.core.Tier;
import io.github.gridgov.core.area.AreaRef;
import io.github.gridgov.core.internal.Checks;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * 处置人 — anyone who can take an order: a building leader, grid worker, community worker, party
 * member, volunteer, mediator, community police officer, property or service company, street
 * office or district department.
 *
 * <p>A person has a {@link #name()} (personal data, masked) and usually a linked {@link
 * #resident()}; an organisation has an {@link #organisation()} name. Rules: the areas covered
 * are not empty; capacity (the most open orders at once) is 1–10,000; a person role needs a
 * name and an organisation role an organisation name.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Responder implements WithResponder {
  /** The largest capacity accepted. */
  public static final int MAX_CAPACITY = 10_000;

  Responder() {}

  /** The identifier. */
  public abstract ResponderId id();

  /** What kind of party this is. */
  public abstract ResponderRole role();

  /** The tier the responder works at; the role's default unless set. */
  @Value.Default
  public Tier tier() {
    return role().defaultTier();
  }

  /** The person's name, for a person. Personal data: shown masked. */
  public abstract Optional<PersonName> name();

  /** The organisation's name, for an organisation. */
  public abstract Optional<String> organisation();

  /** The resident this responder is, where the person lives in the jurisdiction. */
  public abstract Optional<ResidentId> resident();

  /** The contact phone. Personal data: shown masked. */
  public abstract Optional<PhoneNumber> phone();

  /** The areas the responder covers; never empty. */
  public abstract Set<AreaRef> coverage();

  /** 服务特长 — the skills offered. */
  public abstract Set<Skill> skills();

  /** The most open orders the responder takes at once. */
  public abstract int capacity();

  /** Whether the responder is on duty and may be assigned; {@code true} unless set. */
  @Value.Default
  public boolean isOnDuty() {
    return true;
  }

  /** 党员 — whether the responder is a party member. */
  @Value.Default
  public boolean isPartyMember() {
    return false;
  }

  /**
   * Whether the responder is insured; dangerous tasks go only to insured volunteers
   * (北京市志愿服务促进条例 Art. 19).
   */
  @Value.Default
  public boolean isInsured() {
    return false;
  }

  /** For a department or office: the department it is, as the dispatch catalogue names it, e.g. {@link Department#HOUSING}. */
  public abstract Optional<Department> department();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Responder}; {@link #build()} throws {@link io.github.gridgov.core.InvalidModelException} on a broken rule. */
  public static final class Builder extends ImmutableResponder.Builder {}

  @Value.Check
  void check() {
    Checks.check(
        !coverage().isEmpty(), "Responder", "coverage", id(), "must name at least one area");
    Checks.check(
        capacity() >= 1 && capacity() <= MAX_CAPACITY,
        "Responder",
        "capacity",
        capacity(),
        "must be between 1 and %s (responder %s)",
        MAX_CAPACITY,
        id());
    if (role().isOrganisation()) {
      Checks.check(
          organisation().isPresent(),
          "Responder",
          "organisation",
          id(),
          "is required for the organisation role %s",
          role());
    } else {
      Checks.check(
          name().isPresent(),
          "Responder",
          "name",
          id(),
          "is required for the person role %s",
          role());
    }
    organisation().ifPresent(o -> Checks.checkName(o, 100, "Responder", "organisation"));
  }
}
