package io.github.gridgov.core.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gridgov.core.InvalidModelException;
import io.github.gridgov.core.Tier;
import io.github.gridgov.core.area.AreaRef;
import io.github.gridgov.core.area.BuildingId;
import io.github.gridgov.core.area.CommunityId;
import io.github.gridgov.core.area.Validity;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("people: 户, 居民, 处置人, 志愿服务队")
class PeopleModelTest {
  static final ResidentId P1 = ResidentId.of("P-1");
  static final ResidentId P2 = ResidentId.of("P-2");

  static void refused(Runnable r, String message) {
    assertThatThrownBy(r::run).isInstanceOf(InvalidModelException.class).hasMessage(message);
  }

  static Household.Builder household() {
    return Household.builder()
        .id(HouseholdId.of("H-1"))
        .building(BuildingId.of("B-43"))
        .room("301");
  }

  @Nested
  @DisplayName("户")
  class Households {
    @Test
    @DisplayName("is occupied by default and keeps members, dates and care needs")
    void defaults() {
      Household h =
          household()
              .unit("2")
              .addMember(Membership.of(P1, MembershipKind.HEAD))
              .addMember(
                  Membership.of(P2, MembershipKind.MEMBER, Validity.from(LocalDate.of(2020, 1, 1))))
              .addCareNeed(CareNeed.MEAL_ASSISTANCE)
              .build();
      assertThat(h.occupancy()).isEqualTo(Occupancy.OCCUPIED);
      assertThat(h.members()).hasSize(2);
      assertThat(h.careNeeds()).containsExactly(CareNeed.MEAL_ASSISTANCE);
      assertThat(CareNeed.MEAL_ASSISTANCE.label(Locale.CHINESE)).isEqualTo("助餐");
      assertThat(CareNeed.AUTISM_FAMILY.label(Locale.ENGLISH)).isEqualTo("autism family");
    }

    @Test
    @DisplayName("refuses a resident listed twice, two heads at once, and blank unit or room")
    void refusals() {
      refused(
          () ->
              household()
                  .addMember(Membership.of(P1, MembershipKind.HEAD))
                  .addMember(Membership.of(P1, MembershipKind.MEMBER))
                  .build(),
          "Cannot create Household: members 'P-1' must list a resident once (household H-1)");
      refused(
          () ->
              household()
                  .addMember(Membership.of(P1, MembershipKind.HEAD))
                  .addMember(Membership.of(P2, MembershipKind.HEAD))
                  .build(),
          "Cannot create Household: members 'P-1, P-2' must not have two heads at the same time (household H-1)");
      refused(
          () -> household().room(" ").build(),
          "Cannot create Household: room '(1 character)' must not be blank");
      refused(
          () -> household().unit("").build(),
          "Cannot create Household: unit '(0 characters)' must not be blank");
      refused(
          () -> household().room("1".repeat(17)).build(),
          "Cannot create Household: room '(17 characters)' must be at most 16 characters");
    }

    @Test
    @DisplayName("heads that follow one another in time are fine")
    void successiveHeads() {
      Household h =
          household()
              .addMember(
                  Membership.of(
                      P1, MembershipKind.HEAD, Validity.until(LocalDate.of(2023, 12, 31))))
              .addMember(
                  Membership.of(P2, MembershipKind.HEAD, Validity.from(LocalDate.of(2024, 1, 1))))
              .build();
      assertThat(h.members()).hasSize(2);
    }
  }

  static Resident.Builder resident() {
    return Resident.builder().id(P1).name(PersonName.of("王小明"));
  }

  @Nested
  @DisplayName("居民")
  class Residents {
    @Test
    @DisplayName("knows its sex from the ID number when not recorded")
    void sexFromId() {
      Resident r =
          resident().idNumber(IdCardNumber.of("11010519491231002X")).birthYear(1949).build();
      assertThat(r.knownSex()).contains(Sex.FEMALE);
      assertThat(r.residency()).isEqualTo(Residency.REGISTERED);
      assertThat(r.isPartyMember()).isFalse();
    }

    @Test
    @DisplayName(
        "refuses a birth year out of range or disagreeing with the ID number, and a wrong sex")
    void refusals() {
      refused(
          () -> resident().birthYear(1879).build(),
          "Cannot create Resident: birthYear '1879' must be between 1880 and 2200");
      refused(
          () -> resident().idNumber(IdCardNumber.of("11010519491231002X")).birthYear(1950).build(),
          "Cannot create Resident: birthYear '1950' must agree with the ID number 110105********002X");
      refused(
          () -> resident().idNumber(IdCardNumber.of("11010519491231002X")).sex(Sex.MALE).build(),
          "Cannot create Resident: sex 'MALE' must agree with the ID number 110105********002X");
    }

    @Test
    @DisplayName("shows personal data only masked")
    void masked() {
      Resident r =
          resident()
              .phone(PhoneNumber.of("13812341234"))
              .idNumber(IdCardNumber.of("11010519491231002X"))
              .build();
      assertThat(r.toString())
          .contains("王*明", "138****1234", "110105********002X")
          .doesNotContain("王小明", "13812341234", "11010519491231002X");
    }
  }

  static Responder.Builder responder() {
    return Responder.builder()
        .id(ResponderId.of("R-1"))
        .role(ResponderRole.BUILDING_LEADER)
        .name(PersonName.of("李建国"))
        .capacity(5)
        .addCoverage(AreaRef.of(BuildingId.of("B-43")));
  }

  @Nested
  @DisplayName("处置人")
  class Responders {
    @Test
    @DisplayName("works at its role's tier unless told otherwise, on duty, not insured")
    void defaults() {
      Responder r = responder().build();
      assertThat(r.tier()).isEqualTo(Tier.BUILDING);
      assertThat(r.isOnDuty()).isTrue();
      assertThat(r.isInsured()).isFalse();
      assertThat(responder().tier(Tier.GRID).build().tier()).isEqualTo(Tier.GRID);
      assertThat(ResponderRole.DISTRICT_DEPARTMENT.defaultTier()).isEqualTo(Tier.DISTRICT);
      assertThat(ResponderRole.GRID_WORKER.label(Locale.CHINESE)).isEqualTo("网格员");
      assertThat(r.toString()).contains("李*国").doesNotContain("李建国");
    }

    @Test
    @DisplayName(
        "refuses no coverage, a capacity out of 1-10000, a missing name, a bad department code")
    void refusals() {
      refused(
          () ->
              Responder.builder()
                  .id(ResponderId.of("R-1"))
                  .role(ResponderRole.GRID_WORKER)
                  .name(PersonName.of("李建国"))
                  .capacity(5)
                  .build(),
          "Cannot create Responder: coverage 'R-1' must name at least one area");
      refused(
          () -> responder().capacity(0).build(),
          "Cannot create Responder: capacity '0' must be between 1 and 10000 (responder R-1)");
      refused(
          () -> responder().capacity(-3).build(),
          "Cannot create Responder: capacity '-3' must be between 1 and 10000 (responder R-1)");
      refused(
          () ->
              Responder.builder()
                  .id(ResponderId.of("R-9"))
                  .role(ResponderRole.VOLUNTEER)
                  .capacity(1)
                  .addCoverage(AreaRef.district())
                  .build(),
          "Cannot create Responder: name 'R-9' is required for the person role VOLUNTEER");
      refused(
          () ->
              Responder.builder()
                  .id(ResponderId.of("D-1"))
                  .role(ResponderRole.DISTRICT_DEPARTMENT)
                  .capacity(100)
                  .addCoverage(AreaRef.district())
                  .build(),
          "Cannot create Responder: organisation 'D-1' is required for the organisation role DISTRICT_DEPARTMENT");
      refused(
          () -> Department.of("Housing"),
          "Cannot create Department: code 'Housing' must be 1-40 characters of [a-z0-9-]");
      refused(
          () ->
              Responder.builder()
                  .id(ResponderId.of("D-1"))
                  .role(ResponderRole.STREET_OFFICE)
                  .organisation(" ")
                  .capacity(100)
                  .addCoverage(AreaRef.district())
                  .build(),
          "Cannot create Responder: organisation '(1 character)' must not be blank");
    }
  }

  @Nested
  @DisplayName("志愿服务队 and 服务特长")
  class Teams {
    static VolunteerTeam.Builder team() {
      return VolunteerTeam.builder()
          .id(TeamId.of("T-red"))
          .name("红色关爱志愿服务队")
          .kind(TeamKind.RED_CARE)
          .community(CommunityId.of("C-1"))
          .capacity(10);
    }

    @Test
    @DisplayName("refuses a leader who is not a member and a capacity out of range")
    void refusals() {
      refused(
          () -> team().leader(ResponderId.of("R-1")).build(),
          "Cannot create VolunteerTeam: leader 'R-1' must be a member of team T-red");
      refused(
          () -> team().capacity(0).build(),
          "Cannot create VolunteerTeam: capacity '0' must be between 1 and 10000");
      refused(
          () -> team().name("").build(),
          "Cannot create VolunteerTeam: name '(0 characters)' must not be blank");
      assertThat(
              team()
                  .addMember(ResponderId.of("R-1"))
                  .leader(ResponderId.of("R-1"))
                  .build()
                  .leader())
          .contains(ResponderId.of("R-1"));
    }

    @Test
    @DisplayName("a skill is an open code of [a-z0-9-]")
    void skills() {
      assertThat(Skill.of("plumbing")).isEqualTo(Skill.PLUMBING);
      assertThat(Skill.of("sign-language").code()).isEqualTo("sign-language");
      refused(
          () -> Skill.of("Plumbing"),
          "Cannot create Skill: code 'Plumbing' must be 1-40 characters of [a-z0-9-]");
      refused(
          () -> Skill.of(""), "Cannot create Skill: code '' must be 1-40 characters of [a-z0-9-]");
    }
  }
}
