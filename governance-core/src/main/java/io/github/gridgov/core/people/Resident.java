package io.github.gridgov.core.people;

import io.github.gridgov.core.internal.Checks;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * 居民 — a person known to the registry.
 *
 * <p>Name, phone and ID number are personal data and only ever shown masked. Rules: birth year,
 * if given, is 1880–2200; where an ID number is given, the birth year and sex, if also given,
 * must agree with it.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Resident implements WithResident {
  Resident() {}

  /** The identifier. */
  public abstract ResidentId id();

  /** 姓名. */
  public abstract PersonName name();

  /** 手机号码. */
  public abstract Optional<PhoneNumber> phone();

  /** 公民身份号码. */
  public abstract Optional<IdCardNumber> idNumber();

  /** 性别, where recorded. */
  public abstract Optional<Sex> sex();

  /** 出生年份, where recorded. */
  public abstract OptionalInt birthYear();

  /** How the resident lives here; {@link Residency#REGISTERED} unless set. */
  @Value.Default
  public Residency residency() {
    return Residency.REGISTERED;
  }

  /** 党员 — whether the resident is a member of the Communist Party of China. */
  @Value.Default
  public boolean isPartyMember() {
    return false;
  }

  /** The roles the resident holds in community life. */
  public abstract Set<ResidentRole> roles();

  /** The sex as recorded, or as encoded in the ID number. */
  public Optional<Sex> knownSex() {
    return sex().isPresent() ? sex() : idNumber().map(IdCardNumber::sex);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Resident}; {@link #build()} throws {@link io.github.gridgov.core.InvalidModelException} on a broken rule. */
  public static final class Builder extends ImmutableResident.Builder {}

  @Value.Check
  void check() {
    birthYear()
        .ifPresent(
            y ->
                Checks.check(
                    y >= 1880 && y <= 2200,
                    "Resident",
                    "birthYear",
                    y,
                    "must be between 1880 and 2200"));
    idNumber()
        .ifPresent(
            idn -> {
              birthYear()
                  .ifPresent(
                      y ->
                          Checks.check(
                              y == idn.birthDate().getYear(),
                              "Resident",
                              "birthYear",
                              y,
                              "must agree with the ID number %s",
                              idn));
              sex()
                  .ifPresent(
                      s ->
                          Checks.check(
                              s == idn.sex(),
                              "Resident",
                              "sex",
                              s,
                              "must agree with the ID number %s",
                              idn));
            });
  }
}
