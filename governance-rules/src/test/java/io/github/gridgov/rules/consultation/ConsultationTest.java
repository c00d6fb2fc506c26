package io.github.gridgov.rules.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gridgov.core.InvalidModelException;
import io.github.gridgov.core.Texts;
import io.github.gridgov.core.area.AreaRef;
import io.github.gridgov.core.area.CommunityId;
import io.github.gridgov.core.lists.MemberUnitId;
import io.github.gridgov.core.order.Actor;
import io.github.gridgov.core.order.Category;
import io.github.gridgov.core.order.OrderId;
import io.github.gridgov.core.order.OrderKind;
import io.github.gridgov.core.order.Origin;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.rules.deliberation.Ballot;
import io.github.gridgov.rules.deliberation.Fraction;
import io.github.gridgov.rules.deliberation.Matter;
import io.github.gridgov.rules.deliberation.ResidentsMeeting.QuorumBase;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName(
    "协商议事: a consultation's steps in order (中办发〔2015〕41号) and its decision by the rule its matter needs")
class ConsultationTest {
  private static final Instant T0 = Instant.parse("2026-05-04T01:00:00Z");
  private static final Actor BY = Actor.staff("secretary");
  private static final CommunityId C = CommunityId.of("C-1");

  private static Consultation.Builder base(Subject subject) {
    Consultation.Builder b =
        Consultation.builder()
            .id(ConsultationId.of("K-1"))
            .community(C)
            .area(AreaRef.of(C))
            .topic("社区广场夜间噪声")
            .subject(subject)
            .addParticipant(Participant.of(ParticipantId.of("p1"), Body.PARTY_ORGANISATION, "党委书记"))
            .addParticipant(
                Participant.of(ParticipantId.of("p2"), Body.RESIDENTS_COMMITTEE, "居委会主任"))
            .addParticipant(
                Participant.of(ParticipantId.of("p3"), Body.RESIDENT_REPRESENTATIVE, "居民代表"))
            .addParticipant(
                Participant.of(ParticipantId.of("p4"), MemberUnitId.of("MU-1"), "共建单位代表"));
    if (subject == Subject.COMMON_PROPERTY) {
      b.matter(Matter.CHANGE_USE_OF_COMMON_PARTS);
    }
    return b;
  }

  private static Consultation deliberated(Subject subject, Duration notice) {
    Consultation c = base(subject).propose(BY, 12, T0);
    Instant meeting = T0.plus(notice);
    return c.notifyParticipants(BY, meeting, T0)
        .deliberate(
            BY,
            List.of(
                Opinion.of(ParticipantId.of("p1"), Opinion.Stance.SUPPORT, "同意"),
                Opinion.of(ParticipantId.of("p2"), Opinion.Stance.SUPPORT, "同意"),
                Opinion.of(ParticipantId.of("p3"), Opinion.Stance.AMEND, "限定在晚九点前")),
            meeting);
  }

  @Nested
  @DisplayName("the steps")
  class Steps {
    @Test
    @DisplayName(
        "steps out of order, backwards in time or with an outsider's opinion are refused and change nothing")
    void outOfOrder() {
      Consultation c = base(Subject.PUBLIC_AFFAIRS).propose(BY, 0, T0);
      assertThatThrownBy(() -> c.deliberate(BY, List.of(), T0))
          .isInstanceOf(IllegalConsultationStepException.class)
          .hasMessage(
              "Cannot deliberate consultation K-1 in stage PROPOSED: participants must be told ahead");
      assertThatThrownBy(() -> c.notifyParticipants(BY, T0.minusSeconds(1), T0))
          .hasMessageContaining("is before the notice");
      assertThatThrownBy(() -> c.notifyParticipants(BY, T0, T0.minusSeconds(1)))
          .hasMessageContaining("is before the last step's");
      Consultation told = c.notifyParticipants(BY, T0.plus(Duration.ofDays(3)), T0);
      assertThatThrownBy(
              () ->
                  told.deliberate(
                      BY,
                      List.of(
                          Opinion.of(ParticipantId.of("stranger"), Opinion.Stance.OPPOSE, "反对")),
                      T0))
          .hasMessageContaining("stranger does not take part");
      assertThatThrownBy(
              () ->
                  told.deliberate(
                      BY,
                      List.of(
                          Opinion.of(ParticipantId.of("p1"), Opinion.Stance.OPPOSE, "反对"),
                          Opinion.of(ParticipantId.of("p1"), Opinion.Stance.SUPPORT, "赞成")),
                      T0))
          .hasMessageContaining("p1 has two opinions recorded");
      assertThat(told.steps()).hasSize(2);
      assertThatThrownBy(() -> told.feedBack(BY, "x", T0)).hasMessageContaining("feedback follows");
      Consultation withdrawn = told.withdraw(BY, "议题已由物业解决", T0.plus(Duration.ofDays(1)));
      assertThat(withdrawn.stage()).isEqualTo(Stage.WITHDRAWN);
      assertThatThrownBy(() -> withdrawn.withdraw(BY, "again", T0.plus(Duration.ofDays(2))))
          .isInstanceOf(IllegalConsultationStepException.class);
    }

    @Test
    @DisplayName(
        "the facts are validated when built: a matter only for common property, participants once, a member unit named")
    void validation() {
      assertThatThrownBy(
              () -> base(Subject.PUBLIC_AFFAIRS).matter(Matter.REBUILD).propose(BY, 0, T0))
          .isInstanceOf(InvalidModelException.class)
          .hasMessageContaining("matter")
          .hasMessageContaining("COMMON_PROPERTY");
      assertThatThrownBy(
              () ->
                  base(Subject.PUBLIC_AFFAIRS)
                      .addParticipant(Participant.of(ParticipantId.of("p1"), Body.POLICE, "民警"))
                      .propose(BY, 0, T0))
          .hasMessageContaining("must name each participant once");
      assertThatThrownBy(() -> Participant.of(ParticipantId.of("x"), Body.MEMBER_UNIT, "单位"))
          .hasMessageContaining("unit");
      assertThatThrownBy(() -> base(Subject.PUBLIC_AFFAIRS).propose(BY, -1, T0))
          .hasMessageContaining("opinionsGathered");
      assertThatThrownBy(
              () -> Opinion.of(ParticipantId.of("p1"), Opinion.Stance.SUPPORT, "x".repeat(501)))
          .hasMessageContaining("text");
    }
  }

  @Nested
  @DisplayName("the decision (民法典 Art. 278; 城市居民委员会组织法 Art. 9-10; our majority)")
  class Decision {
    @Test
    @DisplayName(
        "public affairs: more than half of all participants in favour; an outsider's vote is counted nowhere")
    void ownMajority() {
      Consultation c = deliberated(Subject.PUBLIC_AFFAIRS, Duration.ofDays(3));
      Map<ParticipantId, Ballot.Choice> votes = new LinkedHashMap<>();
      votes.put(ParticipantId.of("p1"), Ballot.Choice.FOR);
      votes.put(ParticipantId.of("p2"), Ballot.Choice.FOR);
      votes.put(ParticipantId.of("stranger"), Ballot.Choice.FOR);
      Outcome half = Consultations.standard().byMajority(c, votes);
      assertThat(half.isAdopted()).as("2 of 4 is not more than half").isFalse();
      assertThat(half.reasons().codes())
          .containsExactly(
              Consultations.RULE_FITS,
              Consultations.UNKNOWN_PARTICIPANT,
              Consultations.MAJORITY_NOT_ADOPTED);
      votes.put(ParticipantId.of("p3"), Ballot.Choice.FOR);
      Outcome three = Consultations.standard().byMajority(c, votes);
      assertThat(three.isAdopted()).isTrue();
      assertThat(three.reasons().render(Texts.chinese()).get(2)).isEqualTo("通过：参与方4个中3个赞成，超过1/2。");
      assertThat(
              Consultations.standard()
                  .withMajority(Fraction.THREE_QUARTERS)
                  .byMajority(c, votes)
                  .isAdopted())
          .as("3/4 is not more than 3/4")
          .isFalse();
      assertThatThrownBy(() -> Consultations.standard().withMajority(Fraction.of(1, 3)))
          .hasMessageContaining("at least 1/2");
    }

    @Test
    @DisplayName(
        "a matter of all residents goes to the residents' meeting; another rule for it is not adopted")
    void residentsMeeting() {
      Consultation c = deliberated(Subject.ALL_RESIDENTS_INTEREST, Duration.ofDays(3));
      Outcome meeting =
          Consultations.standard()
              .byResidentsMeeting(c, QuorumBase.HOUSEHOLD_REPRESENTATIVES, 300, 160, 90);
      assertThat(meeting.isAdopted()).isTrue();
      assertThat(meeting.rule()).isEqualTo(DecisionRule.RESIDENTS_MEETING);
      assertThat(meeting.reasons().codes()).startsWith(Consultations.RULE_FITS);
      Outcome byMajority = Consultations.standard().byMajority(c, Map.of());
      assertThat(byMajority.isAdopted()).isFalse();
      assertThat(byMajority.reasons().codes()).containsExactly(Consultations.WRONG_RULE);
      assertThat(
              Consultations.standard()
                  .byOwnersVote(
                      c,
                      List.of(),
                      List.of(),
                      io.github.gridgov.rules.deliberation.OwnerCounting.STATUTORY)
                  .reasons()
                  .codes())
          .as("no Art. 278 matter: not counted at all")
          .containsExactly(Consultations.WRONG_RULE);
      Consultation publicAffairs = deliberated(Subject.PUBLIC_AFFAIRS, Duration.ofDays(3));
      assertThat(
              Consultations.standard()
                  .byResidentsMeeting(publicAffairs, QuorumBase.ADULT_RESIDENTS, 10, 10, 10)
                  .isAdopted())
          .isFalse();
    }
  }

  @Nested
  @DisplayName("the review")
  class ReviewOfSteps {
    @Test
    @DisplayName(
        "short notice, a missing opinion and short 公示 are problems, each naming its rule; the defaults are configurable")
    void problems() {
      Consultation c = deliberated(Subject.PUBLIC_AFFAIRS, Duration.ofDays(1));
      Map<ParticipantId, Ballot.Choice> votes =
          Map.of(
              ParticipantId.of("p1"),
              Ballot.Choice.FOR,
              ParticipantId.of("p2"),
              Ballot.Choice.FOR,
              ParticipantId.of("p3"),
              Ballot.Choice.FOR);
      Instant decided = T0.plus(Duration.ofDays(2));
      Consultation done =
          c.decide(BY, Consultations.standard().byMajority(c, votes), decided)
              .publicise(BY, decided.plus(Duration.ofDays(7)), decided)
              .implement(BY, "限时开放", List.of(), List.of(), decided.plus(Duration.ofDays(2)));
      Review r = Consultations.standard().review(done);
      assertThat(r.problems().codes())
          .containsExactly(
              Consultations.SHORT_NOTICE,
              Consultations.OPINIONS_MISSING,
              Consultations.SHORT_PUBLICITY,
              Consultations.FEEDBACK_DUE);
      assertThat(r.problems().asList())
          .extracting(x -> x.rule())
          .containsExactly(
              ConsultationRules.NOTICE,
              ConsultationRules.OPINIONS,
              ConsultationRules.PUBLICITY,
              ConsultationRules.FEEDBACK);
      assertThat(r.problems().render(Texts.chinese()))
          .containsExactly(
              "仅提前24小时通报协商内容，须不少于72小时。",
              "1个参与方的意见未记录：p4。",
              "决定仅公示48小时即组织实施，须不少于168小时。",
              "尚未向参与方和居民反馈落实情况（组织实施）。");
      Consultations lenient =
          Consultations.standard().withNotice(Duration.ofDays(1)).withPublicity(Duration.ofDays(2));
      assertThat(lenient.review(done).problems().codes())
          .containsExactly(Consultations.OPINIONS_MISSING, Consultations.FEEDBACK_DUE);
      assertThat(Consultations.DEFAULT_NOTICE).isEqualTo(Duration.ofDays(3));
      assertThat(Consultations.DEFAULT_PUBLICITY).isEqualTo(Duration.ofDays(7));
    }

    @Test
    @DisplayName(
        "an adopted consultation may create an order of proactive origin in its area; a rejected one may not")
    void orders() {
      Consultation c = deliberated(Subject.PUBLIC_AFFAIRS, Duration.ofDays(3));
      Map<ParticipantId, Ballot.Choice> all =
          Map.of(
              ParticipantId.of("p1"),
              Ballot.Choice.FOR,
              ParticipantId.of("p2"),
              Ballot.Choice.FOR,
              ParticipantId.of("p3"),
              Ballot.Choice.FOR,
              ParticipantId.of("p4"),
              Ballot.Choice.FOR);
      Consultation adopted =
          c.decide(BY, Consultations.standard().byMajority(c, all), T0.plus(Duration.ofDays(4)));
      ServiceOrder o =
          Consultations.order(
              adopted,
              OrderId.of("O-K1"),
              OrderKind.SUGGESTION,
              Category.NEIGHBOUR_NOISE,
              "设置限时告示牌",
              T0.plus(Duration.ofDays(12)));
      assertThat(o.origin()).isEqualTo(Origin.PROACTIVE);
      assertThat(o.description()).contains("社区广场夜间噪声：设置限时告示牌");
      Consultation rejected =
          c.decide(
              BY, Consultations.standard().byMajority(c, Map.of()), T0.plus(Duration.ofDays(4)));
      assertThatThrownBy(
              () ->
                  Consultations.order(
                      rejected, OrderId.of("O-K2"), OrderKind.SUGGESTION, Category.OTHER, "x", T0))
          .hasMessageContaining("it was not adopted");
    }
  }
}
