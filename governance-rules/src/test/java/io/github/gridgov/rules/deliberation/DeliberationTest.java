package io.github.gridgov.rules.deliberation;

import static io.github.gridgov.rules.deliberation.Ballot.Choice.ABSTAIN;
import static io.github.gridgov.rules.deliberation.Ballot.Choice.AGAINST;
import static io.github.gridgov.rules.deliberation.Ballot.Choice.FOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gridgov.rules.deliberation.Ballot.Choice;
import io.github.gridgov.rules.deliberation.ResidentsMeeting.QuorumBase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("议事表决: owners' votes (民法典 Art. 278) and residents' meetings")
class DeliberationTest {
  static ExclusiveUnit unit(String id, String owner, String area) {
    return ExclusiveUnit.builder()
        .id(UnitId.of(id))
        .owner(OwnerId.of(owner))
        .registryArea(new BigDecimal(area))
        .build();
  }

  /** {@code n} units of 100 m², unit i owned by owner i. */
  static List<ExclusiveUnit> units(int n) {
    List<ExclusiveUnit> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add(unit("U" + i, "O" + i, "100.00"));
    }
    return out;
  }

  /** Owners 1..n vote {@code choices} in turn. */
  static List<Ballot> ballots(Choice... choices) {
    List<Ballot> out = new ArrayList<>();
    for (int i = 0; i < choices.length; i++) {
      out.add(Ballot.of(UnitId.of("U" + (i + 1)), OwnerId.of("O" + (i + 1)), choices[i]));
    }
    return out;
  }

  static VoteDecision vote(Matter m, List<ExclusiveUnit> units, List<Ballot> ballots) {
    return OwnersVote.decide(m, units, ballots, OwnerCounting.STATUTORY);
  }

  @Nested
  @DisplayName(
      "participation: at least 2/3 of the area and 2/3 of the owners (以上 includes the threshold)")
  class Participation {
    @Test
    @DisplayName("exactly 2/3 is enough; one owner fewer is not")
    void twoThirds() {
      VoteDecision exactly = vote(Matter.OTHER_MAJOR_MATTER, units(3), ballots(FOR, FOR));
      assertThat(exactly.participatingArea()).isEqualTo(Fraction.of(2, 3));
      assertThat(exactly.isParticipationReached()).isTrue();
      assertThat(
              vote(Matter.OTHER_MAJOR_MATTER, units(6), ballots(FOR, FOR, FOR))
                  .isParticipationReached())
          .isFalse();
    }

    @Test
    @DisplayName("area and owners must both reach it: one big owner alone is not enough")
    void both() {
      List<ExclusiveUnit> us =
          List.of(unit("U1", "O1", "900.00"), unit("U2", "O2", "50.00"), unit("U3", "O3", "50.00"));
      VoteDecision d = vote(Matter.OTHER_MAJOR_MATTER, us, ballots(FOR));
      assertThat(d.participatingArea()).isEqualTo(Fraction.of(9, 10));
      assertThat(d.participatingOwners()).isEqualTo(Fraction.of(1, 3));
      assertThat(d.isParticipationReached()).isFalse();
      assertThat(d.isPassed()).isFalse();
      assertThat(d.reasons().codes()).contains(OwnersVote.NO_PARTICIPATION);
    }
  }

  @Nested
  @DisplayName("approval")
  class Approval {
    @Test
    @DisplayName(
        "items (6)-(8) need at least 3/4 of participating area and owners: exactly 3/4 passes")
    void threeQuarters() {
      assertThat(vote(Matter.REBUILD, units(4), ballots(FOR, FOR, FOR, AGAINST)).isPassed())
          .isTrue();
      assertThat(
              vote(
                      Matter.RAISE_MAINTENANCE_FUND,
                      units(8),
                      ballots(FOR, FOR, FOR, FOR, FOR, AGAINST, AGAINST, ABSTAIN))
                  .isPassed())
          .as("5/8 < 3/4")
          .isFalse();
    }

    @Test
    @DisplayName("other items need more than half (过半数 excludes the threshold): exactly half fails")
    void moreThanHalf() {
      VoteDecision half =
          vote(Matter.PROPERTY_MANAGER, units(4), ballots(FOR, FOR, AGAINST, ABSTAIN));
      assertThat(half.approvingOwners()).isEqualTo(Fraction.HALF);
      assertThat(half.isPassed()).isFalse();
      assertThat(
              vote(Matter.PROPERTY_MANAGER, units(4), ballots(FOR, FOR, FOR, ABSTAIN)).isPassed())
          .isTrue();
    }

    @Test
    @DisplayName(
        "item (8): turning a compound's common land into parking spaces needs 3/4 (in 友谊河社区 a consultation led to such a vote and 18 spaces)")
    void parking() {
      List<ExclusiveUnit> compound = units(40);
      List<Choice> choices = new ArrayList<>();
      for (int i = 0; i < 36; i++) {
        choices.add(i < 27 ? FOR : AGAINST);
      }
      VoteDecision passed =
          vote(
              Matter.CHANGE_USE_OF_COMMON_PARTS, compound, ballots(choices.toArray(new Choice[0])));
      assertThat(passed.participatingArea()).isEqualTo(Fraction.of(9, 10));
      assertThat(passed.approvingArea()).isEqualTo(Fraction.THREE_QUARTERS);
      assertThat(passed.isPassed()).isTrue();
      choices.set(26, AGAINST);
      VoteDecision failed =
          vote(
              Matter.CHANGE_USE_OF_COMMON_PARTS, compound, ballots(choices.toArray(new Choice[0])));
      assertThat(failed.approvingOwners()).isEqualTo(Fraction.of(26, 36));
      assertThat(failed.isPassed()).isFalse();
      assertThat(failed.reasons().render(Locale.CHINESE))
          .contains(
              "未通过（改变共有部分的用途或者利用共有部分从事经营活动）：同意者占参与表决面积13/18、人数13/18，标准为3/4（《民法典》第二百七十八条、第一千二百五十九条）。");
      assertThat(Matter.CHANGE_USE_OF_COMMON_PARTS.item()).isEqualTo(8);
    }
  }

  @Nested
  @DisplayName("counting area and owners (建筑物区分所有权解释 Art. 8-9)")
  class Counting {
    @Test
    @DisplayName("area: the register, else a survey, else the contract")
    void areaSources() {
      ExclusiveUnit u =
          ExclusiveUnit.builder()
              .id(UnitId.of("U1"))
              .owner(OwnerId.of("O1"))
              .contractArea(new BigDecimal("90"))
              .measuredArea(new BigDecimal("88.5"))
              .build();
      assertThat(u.area()).isEqualByComparingTo("88.5");
      assertThat(u.areaSource()).isEqualTo(ExclusiveUnit.AreaSource.MEASURED);
      assertThat(u.withRegistryArea(new BigDecimal("89")).areaSource())
          .isEqualTo(ExclusiveUnit.AreaSource.REGISTRY);
      assertThatThrownBy(
              () -> ExclusiveUnit.builder().id(UnitId.of("U2")).owner(OwnerId.of("O2")).build())
          .hasMessage(
              "Cannot create ExclusiveUnit: area 'U2' must be given from the register, a survey or the contract");
      assertThatThrownBy(() -> unit("U3", "O3", "0"))
          .hasMessage("Cannot create ExclusiveUnit: area '0' must be positive (unit U3)");
    }

    @Test
    @DisplayName("unsold units count as one owner, and so do several units of one buyer")
    void persons() {
      List<ExclusiveUnit> us = new ArrayList<>(units(3));
      for (int i = 4; i <= 6; i++) {
        us.add(
            ExclusiveUnit.builder()
                .id(UnitId.of("U" + i))
                .owner(OwnerId.of("DEV"))
                .soldAndDelivered(false)
                .registryArea(new BigDecimal("100"))
                .build());
      }
      us.add(unit("U7", "O1", "100"));
      VoteDecision d = vote(Matter.OTHER_MAJOR_MATTER, us, ballots(FOR, FOR, FOR));
      assertThat(d.participatingOwners())
          .as("owners O1, O2, O3 and the developer")
          .isEqualTo(Fraction.of(3, 4));
      assertThat(d.participatingArea()).isEqualTo(Fraction.of(3, 7));
      VoteDecision perUnit =
          OwnersVote.decide(
              Matter.OTHER_MAJOR_MATTER,
              us,
              ballots(FOR, FOR, FOR),
              OwnerCounting.ONE_VOTE_PER_UNIT);
      assertThat(perUnit.participatingOwners()).as("一户一票").isEqualTo(Fraction.of(3, 7));
    }

    @Test
    @DisplayName("bad ballots are rejected with their reason and counted nowhere")
    void rejected() {
      List<ExclusiveUnit> us = new ArrayList<>(units(3));
      us.add(unit("U4", "O1", "100.00"));
      List<Ballot> bs =
          List.of(
              Ballot.of(UnitId.of("U9"), OwnerId.of("O1"), FOR),
              Ballot.of(UnitId.of("U2"), OwnerId.of("O1"), FOR),
              Ballot.of(UnitId.of("U1"), OwnerId.of("O1"), FOR),
              Ballot.of(UnitId.of("U1"), OwnerId.of("O1"), AGAINST),
              Ballot.of(UnitId.of("U4"), OwnerId.of("O1"), AGAINST),
              Ballot.of(UnitId.of("U3"), OwnerId.of("O3"), FOR));
      VoteDecision d = vote(Matter.OTHER_MAJOR_MATTER, us, bs);
      assertThat(d.rejected())
          .extracting(r -> r.reason().code())
          .containsExactly(
              OwnersVote.UNKNOWN_UNIT,
              OwnersVote.NOT_OWNER,
              OwnersVote.DUPLICATE,
              OwnersVote.CONFLICTING);
      assertThat(d.participatingArea()).isEqualTo(Fraction.of(2, 4));
      assertThat(d.participatingOwners()).isEqualTo(Fraction.of(2, 3));
      assertThat(d.rejected().get(1).reason().render(Locale.ENGLISH))
          .isEqualTo("O1 does not own unit U2: the ballot is rejected.");
      assertThatThrownBy(() -> vote(Matter.OTHER_MAJOR_MATTER, List.of(), bs))
          .hasMessage("Cannot count a vote: there are no exclusive units");
      assertThatThrownBy(
              () ->
                  vote(
                      Matter.OTHER_MAJOR_MATTER,
                      List.of(unit("U1", "O1", "1"), unit("U1", "O2", "1")),
                      bs))
          .hasMessage("Cannot count a vote: unit U1 is listed twice");
    }

    @Test
    @DisplayName("fractions are exact and in lowest terms")
    void fractions() {
      assertThat(Fraction.of(new BigDecimal("75.50"), new BigDecimal("100.7")))
          .isEqualTo(Fraction.of(755, 1007));
      assertThat(Fraction.of(6, 8)).isEqualTo(Fraction.THREE_QUARTERS);
      assertThat(Fraction.of(0, 0)).isEqualTo(Fraction.ZERO);
      assertThat(Fraction.THREE_QUARTERS.isAtLeast(Fraction.of(3, 4))).isTrue();
      assertThat(Fraction.HALF.isMoreThan(Fraction.of(2, 4))).isFalse();
      assertThat(Fraction.TWO_THIRDS.toString()).isEqualTo("2/3");
    }
  }

  @Nested
  @DisplayName("居民会议 (城市居民委员会组织法 Art. 9-10)")
  class Meeting {
    @Test
    @DisplayName(
        "held only with more than half of its base present; adopted by more than half of those present")
    void quorumAndMajority() {
      assertThat(ResidentsMeeting.decide(QuorumBase.ADULT_RESIDENTS, 10, 5, 5).isQuorumReached())
          .isFalse();
      ResidentsMeeting.Decision six =
          ResidentsMeeting.decide(QuorumBase.HOUSEHOLD_REPRESENTATIVES, 10, 6, 3);
      assertThat(six.isQuorumReached()).isTrue();
      assertThat(six.isAdopted()).as("3 of 6 is not more than half").isFalse();
      assertThat(ResidentsMeeting.decide(QuorumBase.GROUP_REPRESENTATIVES, 10, 6, 4).isAdopted())
          .isTrue();
      assertThat(six.reasons().render(Locale.CHINESE).get(0))
          .isEqualTo("出席3/5，超过半数，会议可以举行（《城市居民委员会组织法》第九条）。");
      assertThatThrownBy(() -> ResidentsMeeting.decide(QuorumBase.ADULT_RESIDENTS, 10, 11, 0))
          .hasMessageStartingWith("Cannot count a meeting:");
    }

    @Test
    @DisplayName(
        "the counts at their limits: one eligible member, nobody present, everyone present and in favour")
    void countLimits() {
      ResidentsMeeting.Decision alone =
          ResidentsMeeting.decide(QuorumBase.ADULT_RESIDENTS, 1, 1, 1);
      assertThat(alone.isAdopted()).isTrue();
      ResidentsMeeting.Decision empty =
          ResidentsMeeting.decide(QuorumBase.ADULT_RESIDENTS, 10, 0, 0);
      assertThat(empty.isQuorumReached()).isFalse();
      assertThat(ResidentsMeeting.decide(QuorumBase.ADULT_RESIDENTS, 10, 10, 10).isAdopted())
          .isTrue();
      assertThat(ResidentsMeeting.decide(QuorumBase.ADULT_RESIDENTS, 10, 10, 0).isAdopted())
          .isFalse();
      String message =
          "Cannot count a meeting: need 1 <= eligible, 0 <= present <= eligible, 0 <= inFavour <= present (were %s, %s, %s)";
      assertThatThrownBy(() -> ResidentsMeeting.decide(QuorumBase.ADULT_RESIDENTS, 0, 0, 0))
          .hasMessage(String.format(message, 0, 0, 0));
      assertThatThrownBy(() -> ResidentsMeeting.decide(QuorumBase.ADULT_RESIDENTS, 10, -1, 0))
          .hasMessage(String.format(message, 10, -1, 0));
      assertThatThrownBy(() -> ResidentsMeeting.decide(QuorumBase.ADULT_RESIDENTS, 10, 5, -1))
          .hasMessage(String.format(message, 10, 5, -1));
      assertThatThrownBy(() -> ResidentsMeeting.decide(QuorumBase.ADULT_RESIDENTS, 10, 5, 6))
          .hasMessage(String.format(message, 10, 5, 6));
    }

    @Test
    @DisplayName(
        "an area needs a positive value with at most 6 decimals below 10^9 m²; the limits themselves are allowed")
    void areaLimits() {
      java.util.function.Function<String, ExclusiveUnit> unit =
          a ->
              ExclusiveUnit.builder()
                  .id(UnitId.of("U1"))
                  .owner(OwnerId.of("O1"))
                  .registryArea(new BigDecimal(a))
                  .build();
      assertThat(unit.apply("0.000001").registryArea()).contains(new BigDecimal("0.000001"));
      assertThat(unit.apply("999999999.999999").registryArea()).isPresent();
      assertThatThrownBy(() -> unit.apply("0")).hasMessageContaining("must be positive");
      assertThatThrownBy(() -> unit.apply("-0.5")).hasMessageContaining("must be positive");
      assertThatThrownBy(() -> unit.apply("0.0000001")).hasMessageContaining("at most 6 decimals");
      assertThatThrownBy(() -> unit.apply("1000000000")).hasMessageContaining("below 10^9");
      assertThatThrownBy(() -> unit.apply("1" + "0".repeat(24)))
          .hasMessageContaining("'1.00000E+24'");
      assertThatThrownBy(() -> unit.apply("1" + "0".repeat(19)))
          .as("20 digits are shown as they are")
          .hasMessageContaining("'" + "1" + "0".repeat(19) + "'");
    }

    @Test
    @DisplayName(
        "Art. 10: a request of exactly 1/5 of the adults obliges the committee to convene; one adult fewer does not")
    void conveningAtOneFifthOfAdults() {
      ResidentsMeeting.ConveningRequest.Builder base =
          ResidentsMeeting.ConveningRequest.builder()
              .adults(4_695)
              .households(1_565)
              .householdsAsking(0)
              .groups(3)
              .groupsAsking(0);
      ResidentsMeeting.Convening exactly =
          ResidentsMeeting.convening(base.adultsAsking(939).build());
      assertThat(exactly.isRequired())
          .as("939 of 4,695 is exactly 1/5, and 以上 includes it")
          .isTrue();
      assertThat(exactly.basis()).contains(QuorumBase.ADULT_RESIDENTS);
      assertThat(exactly.adults()).isEqualTo(Fraction.of(1, 5));
      assertThat(exactly.reasons().codes()).containsExactly(ResidentsMeeting.CONVENE);
      assertThat(exactly.reasons().render(Locale.CHINESE).get(0))
          .isEqualTo("应当召集居民会议：本居住地区全体十八周岁以上的居民中有1/5提议，达到1/5以上（《城市居民委员会组织法》第十条）。");
      assertThat(exactly.reasons().asList().get(0).rule())
          .isEqualTo(DeliberationRules.MEETING_CONVENING);
      ResidentsMeeting.Convening fewer = ResidentsMeeting.convening(base.adultsAsking(938).build());
      assertThat(fewer.isRequired()).isFalse();
      assertThat(fewer.basis()).isEmpty();
      assertThat(fewer.reasons().codes()).containsExactly(ResidentsMeeting.NO_CONVENE);
      assertThat(fewer.reasons().render(Locale.ENGLISH).get(0))
          .isEqualTo(
              "No obligation to convene: 938/4695 of the adults, "
                  + "0/1 of the households and 0/1 of the resident groups asked; at least 1/5, 1/5 or 1/3 is needed (Art. 10).");
    }

    @Test
    @DisplayName(
        "Art. 10: 1/5 of the households or 1/3 of the resident groups suffice on their own")
    void conveningByHouseholdsOrGroups() {
      ResidentsMeeting.ConveningRequest.Builder base =
          ResidentsMeeting.ConveningRequest.builder()
              .adults(1_000)
              .adultsAsking(10)
              .households(500)
              .groups(6);
      assertThat(
              ResidentsMeeting.convening(base.householdsAsking(100).groupsAsking(0).build())
                  .basis())
          .contains(QuorumBase.HOUSEHOLD_REPRESENTATIVES);
      assertThat(
              ResidentsMeeting.convening(base.householdsAsking(99).groupsAsking(2).build()).basis())
          .contains(QuorumBase.GROUP_REPRESENTATIVES);
      assertThat(
              ResidentsMeeting.convening(base.householdsAsking(99).groupsAsking(1).build())
                  .isRequired())
          .as("1 of 6 groups is less than 1/3")
          .isFalse();
      assertThatThrownBy(() -> base.householdsAsking(501).groupsAsking(0).build())
          .hasMessageContaining("householdsAsking")
          .hasMessageContaining("must be between 0 and 500");
      assertThatThrownBy(
              () ->
                  ResidentsMeeting.ConveningRequest.builder()
                      .adults(0)
                      .adultsAsking(0)
                      .households(1)
                      .householdsAsking(0)
                      .groups(1)
                      .groupsAsking(0)
                      .build())
          .hasMessageContaining("adults")
          .hasMessageContaining("at least 1");
    }
  }
}
