package io.github.gridgov.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gridgov.core.area.AreaRef;
import io.github.gridgov.core.area.BuildingId;
import io.github.gridgov.core.area.CommunityId;
import io.github.gridgov.core.area.CompoundId;
import io.github.gridgov.core.area.GridId;
import io.github.gridgov.core.area.StreetId;
import io.github.gridgov.core.order.Actor;
import io.github.gridgov.core.order.Assignee;
import io.github.gridgov.core.order.Location;
import io.github.gridgov.core.people.HouseholdId;
import io.github.gridgov.core.people.ResidentId;
import io.github.gridgov.core.people.ResponderId;
import io.github.gridgov.core.people.TeamId;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName(
    "printed forms read back: AreaRef, Actor, Assignee and Location parse their own toString")
class ParsersTest {
  private static final String ALLOWED =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:-";

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 40);
  }

  /** An identifier of 1–64 allowed characters, colons included. */
  static String id(SplittableRandom random) {
    int n = 1 + (random.nextInt(4) == 0 ? random.nextInt(64) : random.nextInt(8));
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(ALLOWED.charAt(random.nextInt(ALLOWED.length())));
    }
    return b.toString();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  @DisplayName("parse(toString()) is the value itself, for 50 random values of each type")
  void inverse(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Function<String, AreaRef>> areas =
        List.of(
            s -> AreaRef.of(BuildingId.of(s)),
            s -> AreaRef.of(CompoundId.of(s)),
            s -> AreaRef.of(GridId.of(s)),
            s -> AreaRef.of(CommunityId.of(s)),
            s -> AreaRef.of(StreetId.of(s)));
    for (int i = 0; i < 50; i++) {
      AreaRef area =
          random.nextInt(10) == 0
              ? AreaRef.district()
              : areas.get(random.nextInt(areas.size())).apply(id(random));
      assertThat(AreaRef.parse(area.toString())).isEqualTo(area);
      Location location =
          random.nextBoolean()
              ? Location.ofHousehold(HouseholdId.of(id(random)))
              : Location.of(area);
      assertThat(Location.parse(location.toString())).isEqualTo(location);
      List<Actor> actors =
          List.of(
              Actor.resident(ResidentId.of(id(random))),
              Actor.responder(ResponderId.of(id(random))),
              Actor.staff(id(random)),
              Actor.system(id(random)));
      for (Actor a : actors) {
        assertThat(Actor.parse(a.toString())).isEqualTo(a);
      }
      Assignee who =
          random.nextBoolean()
              ? Assignee.of(ResponderId.of(id(random)))
              : Assignee.of(TeamId.of(id(random)));
      assertThat(Assignee.parse(who.toString())).isEqualTo(who);
    }
  }

  @Test
  @DisplayName("ids with colons: the id follows the first colon")
  void colons() {
    assertThat(AreaRef.parse("GRID:G:01").id()).contains(GridId.of("G:01"));
    assertThat(Actor.parse("staff:D:07").id()).isEqualTo("D:07");
    assertThat(Location.parse("HOUSEHOLD:H:1").household()).contains(HouseholdId.of("H:1"));
    assertThat(Location.parse("DISTRICT")).isEqualTo(Location.of(AreaRef.district()));
  }

  @Test
  @DisplayName("another form is refused naming the type, the text and the forms it must have")
  void refused() {
    assertThatThrownBy(() -> AreaRef.parse("HOUSE:H-1"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "Cannot create AreaRef: text 'HOUSE:H-1' must be LEVEL:id with a level of BUILDING, COMPOUND, "
                + "GRID, COMMUNITY or STREET, or DISTRICT");
    assertThatThrownBy(() -> AreaRef.parse("grid:G-1")).isInstanceOf(InvalidModelException.class);
    assertThatThrownBy(() -> AreaRef.parse("GRID:"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("GridId");
    assertThatThrownBy(() -> Actor.parse("Staff:D-07"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "Cannot create Actor: text 'Staff:D-07' must be resident:id, responder:id, staff:id or system:id");
    assertThatThrownBy(() -> Actor.parse("staff:")).isInstanceOf(InvalidModelException.class);
    assertThatThrownBy(() -> Assignee.parse("R-1"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("Cannot create Assignee: text 'R-1' must be responder:id or team:id");
    assertThatThrownBy(() -> Location.parse("HOUSEHOLD:住户"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("HouseholdId");
    assertThatThrownBy(() -> AreaRef.parse("x".repeat(10_000)))
        .isInstanceOf(InvalidModelException.class)
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
  }
}
