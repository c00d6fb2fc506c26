package io.github.gridgov.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gridgov.core.area.AreaRef;
import io.github.gridgov.core.area.Building;
import io.github.gridgov.core.area.BuildingId;
import io.github.gridgov.core.area.Community;
import io.github.gridgov.core.area.CommunityId;
import io.github.gridgov.core.area.Compound;
import io.github.gridgov.core.area.CompoundId;
import io.github.gridgov.core.area.Grid;
import io.github.gridgov.core.area.GridId;
import io.github.gridgov.core.area.ManagementStatus;
import io.github.gridgov.core.area.Street;
import io.github.gridgov.core.area.StreetId;
import io.github.gridgov.core.order.Actor;
import io.github.gridgov.core.order.Assignee;
import io.github.gridgov.core.order.Category;
import io.github.gridgov.core.order.Deadlines;
import io.github.gridgov.core.order.Dispatch;
import io.github.gridgov.core.order.IllegalTransitionException;
import io.github.gridgov.core.order.Location;
import io.github.gridgov.core.order.OrderId;
import io.github.gridgov.core.order.OrderKind;
import io.github.gridgov.core.order.Origin;
import io.github.gridgov.core.order.Rating;
import io.github.gridgov.core.order.Satisfaction;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.people.Household;
import io.github.gridgov.core.people.HouseholdId;
import io.github.gridgov.core.people.IdCardNumber;
import io.github.gridgov.core.people.PersonName;
import io.github.gridgov.core.people.PhoneNumber;
import io.github.gridgov.core.people.ResidentId;
import io.github.gridgov.core.people.ResponderId;
import io.github.gridgov.core.people.TeamId;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.core.registry.JurisdictionValidationException;
import io.github.gridgov.core.registry.Problem;
import java.time.Instant;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The defects a fuzz and a catalogue of bad inputs found, each as it reads, now refused or fixed. */
@DisplayName("defects found by fuzzing, fixed")
class DefectsTest {
  static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");
  static final Actor STAFF = Actor.staff("D-1");
  static final String PHONE = "13812345678";
  static final String ID_NUMBER = "11010519491231002X";

  static Instant t(int minutes) {
    return T0.plusSeconds(60L * minutes);
  }

  static ServiceOrder.Builder order() {
    return ServiceOrder.builder()
        .id(OrderId.of("WX-1"))
        .kind(OrderKind.HELP)
        .category(Category.WATER_LEAK)
        .origin(Origin.GRID_PATROL)
        .location(Location.ofHousehold(HouseholdId.of("H-1")))
        .reportedAt(T0);
  }

  static Dispatch to(Assignee who) {
    return Dispatch.of(who, Tier.BUILDING, Deadlines.of(t(60), t(600)));
  }

  @Nested
  @DisplayName("lifecycle authorisation")
  class Authorisation {
    @Test
    @DisplayName(
        "on a team-owned order no responder passes the owner check: accept, resolve, suspend, park, return")
    void teamOwnedOrder() {
      ServiceOrder o = order().build().dispatch(STAFF, to(Assignee.of(TeamId.of("T-red"))), t(1));
      Actor anyone = Actor.responder(ResponderId.of("R-anyone"));
      assertThatThrownBy(() -> o.accept(anyone, t(2)))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessageContaining("only the owner team:T-red or the platform may accept it");
      ServiceOrder accepted = o.accept(STAFF, t(2));
      assertThatThrownBy(() -> accepted.resolve(anyone, "done", t(3)))
          .isInstanceOf(IllegalTransitionException.class);
      assertThatThrownBy(() -> accepted.suspend(anyone, "wait", t(3)))
          .isInstanceOf(IllegalTransitionException.class);
      assertThatThrownBy(() -> accepted.park(anyone, "later", t(900), t(3)))
          .isInstanceOf(IllegalTransitionException.class);
      assertThatThrownBy(() -> accepted.returnAsBeyondAbility(anyone, "no", t(3)))
          .isInstanceOf(IllegalTransitionException.class);
      assertThat(accepted.resolve(STAFF, "done", t(3)).events()).hasSize(3);
    }

    @Test
    @DisplayName(
        "an order without a requester (a patrol finding): no resident may cancel (撤单) or rate it")
    void noRequester() {
      Actor resident = Actor.resident(ResidentId.of("P-anyone"));
      ServiceOrder found = order().build();
      assertThatThrownBy(() -> found.cancel(resident, "撤", t(1)))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessageContaining("only the requester or the platform may cancel it");
      ServiceOrder resolved =
          found
              .dispatch(STAFF, to(Assignee.of(ResponderId.of("R-1"))), t(1))
              .accept(STAFF, t(2))
              .resolve(STAFF, "done", t(3));
      assertThatThrownBy(
              () -> resolved.rate(resident, Rating.of(Satisfaction.VERY_DISSATISFIED, false), t(4)))
          .isInstanceOf(IllegalTransitionException.class);
      assertThat(resolved.unsatisfiedRatingCount()).isZero();
    }

    @Test
    @DisplayName(
        "a grab order is taken by one of those offered, for itself — not by another responder for them")
    void grabForOthers() {
      ResponderId a = ResponderId.of("R-a");
      ResponderId b = ResponderId.of("R-b");
      ServiceOrder offered =
          order()
              .build()
              .offer(
                  STAFF,
                  to(Assignee.of(a)),
                  java.util.List.of(Assignee.of(a), Assignee.of(b)),
                  t(1));
      assertThatThrownBy(
              () -> offered.claim(Actor.responder(ResponderId.of("R-c")), Assignee.of(a), t(2)))
          .isInstanceOf(IllegalTransitionException.class);
      assertThatThrownBy(() -> offered.claim(Actor.responder(a), Assignee.of(b), t(2)))
          .isInstanceOf(IllegalTransitionException.class);
      assertThat(offered.accept(Actor.responder(b), t(2)).owner()).contains(Assignee.of(b));
    }
  }

  @Nested
  @DisplayName("personal data never in a message")
  class Messages {
    @Test
    @DisplayName(
        "an over-long free-text step reason is not echoed (it can hold a phone and an ID number)")
    void overLongReason() {
      ServiceOrder o = order().build();
      String reason = "联系" + PHONE + "身份证" + ID_NUMBER + "x".repeat(500);
      assertThatThrownBy(() -> o.cancel(STAFF, reason, t(1)))
          .isInstanceOf(InvalidModelException.class)
          .hasMessage(
              "Cannot create OrderEvent: reason '(534 characters)' must be at most 500 characters")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("1381234", "110105"));
    }

    @Test
    @DisplayName("IdCardNumber.of of an 11-digit mobile number shows none of its digits")
    void mobileAsIdNumber() {
      assertThatThrownBy(() -> IdCardNumber.of(PHONE))
          .isInstanceOf(InvalidModelException.class)
          .hasMessage(
              "Cannot create IdCardNumber: value '(11 characters)' must be 17 digits followed by a digit or X "
                  + "(GB 11643)");
    }

    @Test
    @DisplayName("a 10 MB phone or ID input yields a short message")
    void hugeInput() {
      String huge = "1".repeat(10_000_000);
      assertThatThrownBy(() -> PhoneNumber.of(huge))
          .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(200));
      assertThatThrownBy(() -> IdCardNumber.of(huge))
          .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(200));
      assertThatThrownBy(() -> PersonName.of("张".repeat(1_000_000)))
          .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(200));
      assertThatThrownBy(() -> order().description("x".repeat(1_000_000)).build())
          .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(200));
    }
  }

  @Nested
  @DisplayName("unchecked extremes")
  class Extremes {
    @Test
    @DisplayName("ID numbers born in year 0000 or 2999 are refused: a real birth date is promised")
    void birthYears() {
      for (String body : new String[] {"11010500001231002", "11010529991231002"}) {
        String id = body + IdCardNumber.checkCharacter(body);
        assertThatThrownBy(() -> IdCardNumber.of(id))
            .isInstanceOf(InvalidModelException.class)
            .hasMessageContaining("must hold a real birth date of 1900-2099");
      }
      String ok = "11010519491231002";
      assertThat(IdCardNumber.of(ok + IdCardNumber.checkCharacter(ok)).birthDate().getYear())
          .isEqualTo(1949);
    }

    @Test
    @DisplayName(
        "names refuse bidi overrides and zero-width characters; area names refuse newlines")
    void spoofing() {
      assertThatThrownBy(() -> PersonName.of("王\u202E明")).isInstanceOf(InvalidModelException.class);
      assertThatThrownBy(() -> PersonName.of("王\u200B明")).isInstanceOf(InvalidModelException.class);
      assertThatThrownBy(() -> Street.builder().id(StreetId.of("S-1")).name("金安\n街道").build())
          .isInstanceOf(InvalidModelException.class)
          .hasMessage(
              "Cannot create Street: name '(5 characters)' must not contain control or invisible characters "
                  + "(U+000A at 2)");
      assertThatThrownBy(() -> Street.builder().id(StreetId.of("S-1")).name("金安\u2066街道").build())
          .isInstanceOf(InvalidModelException.class)
          .hasMessageContaining("U+2066");
      assertThat(order().build().cancel(STAFF, "第一行\n第二行", t(1)).events()).hasSize(1);
      assertThatThrownBy(() -> order().build().cancel(STAFF, "撤\u202E单", t(1)))
          .isInstanceOf(InvalidModelException.class);
    }

    @Test
    @DisplayName("reportedAt = Instant.MAX and deadlines before the report are refused")
    void times() {
      assertThatThrownBy(() -> order().reportedAt(Instant.MAX).build())
          .isInstanceOf(InvalidModelException.class)
          .hasMessageContaining("reportedAt");
      ServiceOrder o = order().build();
      Dispatch early =
          Dispatch.of(
              Assignee.of(ResponderId.of("R-1")),
              Tier.BUILDING,
              Deadlines.of(T0.minusSeconds(3600), T0.minusSeconds(60)));
      assertThatThrownBy(() -> o.dispatch(STAFF, early, t(1)))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessageContaining("lie before the report");
      assertThatThrownBy(() -> o.cancel(STAFF, "late", Instant.MAX))
          .isInstanceOf(IllegalTransitionException.class);
    }
  }

  @Nested
  @DisplayName("registry validation")
  class Validation {
    @Test
    @DisplayName(
        "a household naming an unknown building in a registry with no building is a problem, not a crash")
    void householdWithoutBuildings() {
      Jurisdiction.Builder b =
          Jurisdiction.builder()
              .addHousehold(
                  Household.builder()
                      .id(HouseholdId.of("H-1"))
                      .building(BuildingId.of("B-none"))
                      .room("101")
                      .build());
      assertThatThrownBy(b::build)
          .isInstanceOf(JurisdictionValidationException.class)
          .satisfies(
              e ->
                  assertThat(((JurisdictionValidationException) e).problems())
                      .extracting(Problem::subject)
                      .contains("HOUSEHOLD:H-1"));
    }

    @Test
    @DisplayName(
        "after a duplicate id, no problem is derived from the wrong object (no false grid/community mismatch)")
    void duplicateId() {
      Function<String, Grid> grid =
          community ->
              Grid.builder()
                  .id(GridId.of("G-1"))
                  .name("网格")
                  .community(CommunityId.of(community))
                  .build();
      Jurisdiction.Builder b =
          Jurisdiction.builder()
              .addStreet(Street.builder().id(StreetId.of("S-1")).name("街道").build())
              .addCommunity(
                  Community.builder()
                      .id(CommunityId.of("C-1"))
                      .name("一")
                      .street(StreetId.of("S-1"))
                      .build())
              .addCommunity(
                  Community.builder()
                      .id(CommunityId.of("C-2"))
                      .name("二")
                      .street(StreetId.of("S-1"))
                      .build())
              .addGrid(grid.apply("C-1"))
              .addGrid(grid.apply("C-2"))
              .addCompound(
                  Compound.builder()
                      .id(CompoundId.of("K-2"))
                      .name("小区")
                      .community(CommunityId.of("C-2"))
                      .management(ManagementStatus.SELF_MANAGED)
                      .build())
              .addBuilding(
                  Building.builder()
                      .id(BuildingId.of("B-1"))
                      .name("楼")
                      .grid(GridId.of("G-1"))
                      .compound(CompoundId.of("K-2"))
                      .build());
      assertThatThrownBy(b::build)
          .isInstanceOf(JurisdictionValidationException.class)
          .satisfies(
              e ->
                  assertThat(((JurisdictionValidationException) e).problems())
                      .extracting(Problem::code)
                      .containsExactly("registry.duplicate-id"));
      assertThat(AreaRef.of(GridId.of("G-1")).level()).isNotNull();
    }
  }
}
