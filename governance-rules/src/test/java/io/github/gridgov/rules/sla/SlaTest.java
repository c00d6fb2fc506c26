package io.github.gridgov.rules.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gridgov.core.InvalidModelException;
import io.github.gridgov.core.Tier;
import io.github.gridgov.core.order.Actor;
import io.github.gridgov.core.order.Assignee;
import io.github.gridgov.core.order.Category;
import io.github.gridgov.core.order.Deadlines;
import io.github.gridgov.core.order.Dispatch;
import io.github.gridgov.core.order.Location;
import io.github.gridgov.core.order.OrderFlag;
import io.github.gridgov.core.order.OrderId;
import io.github.gridgov.core.order.OrderKind;
import io.github.gridgov.core.order.Origin;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.order.Urgency;
import io.github.gridgov.core.people.CareNeed;
import io.github.gridgov.core.people.HouseholdId;
import io.github.gridgov.core.people.ResponderId;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("办理时限: calendars, profiles and the SLA clock")
class SlaTest {
  static final ZoneId CN = ZoneId.of("Asia/Shanghai");
  static final Actor STAFF = Actor.staff("dispatcher");
  static final ResponderId LEADER = ResponderId.of("R-1");

  static Instant cn(String localDateTime) {
    return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), CN).toInstant();
  }

  static ServiceOrder.Builder order(Instant reportedAt) {
    return ServiceOrder.builder()
        .id(OrderId.of("O-1"))
        .kind(OrderKind.HELP)
        .category(Category.WATER_LEAK)
        .origin(Origin.RESIDENT)
        .location(Location.ofHousehold(HouseholdId.of("H-1")))
        .reportedAt(reportedAt);
  }

  static Dispatch to(ResponderId who, Tier tier, Instant acceptBy, Instant resolveBy) {
    return Dispatch.of(Assignee.of(who), tier, Deadlines.of(acceptBy, resolveBy));
  }

  @Nested
  @DisplayName("工作日历")
  class Calendars {
    final WorkCalendar china = WorkCalendar.china();

    @Test
    @DisplayName("the National Day holiday of 2025 does not count, and its working Sunday does")
    void nationalDay2025() {
      assertThat(china.isWorkingDay(LocalDate.of(2025, 10, 1))).isFalse();
      assertThat(china.isWorkingDay(LocalDate.of(2025, 10, 8))).isFalse();
      assertThat(china.isWorkingDay(LocalDate.of(2025, 9, 28))).as("调休 Sunday").isTrue();
      assertThat(china.isWorkingDay(LocalDate.of(2025, 10, 11))).as("调休 Saturday").isTrue();
      assertThat(china.isWorkingDay(LocalDate.of(2025, 10, 12))).isFalse();
      Instant tuesdayFourPm = cn("2025-09-30T16:00");
      assertThat(china.plus(tuesdayFourPm, Duration.ofHours(2))).isEqualTo(cn("2025-10-09T10:00"));
      assertThat(china.between(tuesdayFourPm, cn("2025-10-09T10:00")))
          .isEqualTo(Duration.ofHours(2));
      assertThat(china.between(cn("2025-09-27T09:00"), cn("2025-09-29T09:00")))
          .isEqualTo(Duration.ofHours(8));
      assertThat(china.between(cn("2025-10-09T10:00"), tuesdayFourPm))
          .isEqualTo(Duration.ofHours(-2));
    }

    @Test
    @DisplayName("time outside working hours does not count; a working day is 8 hours by default")
    void workingHours() {
      assertThat(china.dayLength()).isEqualTo(Duration.ofHours(8));
      assertThat(china.between(cn("2026-03-02T18:00"), cn("2026-03-03T08:00"))).isZero();
      assertThat(china.plus(cn("2026-03-02T18:00"), Duration.ZERO))
          .isEqualTo(cn("2026-03-03T09:00"));
      assertThat(china.plus(cn("2026-03-02T09:00"), Duration.ofHours(8)))
          .isEqualTo(cn("2026-03-02T17:00"));
      assertThat(china.coveredYears()).containsExactly(2025, 2026);
      assertThat(WorkCalendar.natural().plus(cn("2026-03-02T18:00"), Duration.ofHours(14)))
          .isEqualTo(cn("2026-03-03T08:00"));
    }

    @Test
    @DisplayName("2027-01-01 (元旦) is a day off although the 2027 arrangement is not loaded")
    void newYear2027() {
      assertThat(china.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
      assertThat(china.isWorkingDay(LocalDate.of(2026, 12, 31))).isTrue();
      assertThat(china.coverage(2027)).isEqualTo(WorkCalendar.Coverage.STATUTORY_ONLY);
      assertThat(china.coverage(2026)).isEqualTo(WorkCalendar.Coverage.ARRANGEMENT);
      assertThat(china.coverage(2100))
          .as("beyond the computed years")
          .isEqualTo(WorkCalendar.Coverage.WEEKENDS_ONLY);
      assertThat(WorkCalendar.natural().coverage(2027)).isEqualTo(WorkCalendar.Coverage.NATURAL);
      assertThat(WorkCalendar.builder().build().coverage(2027))
          .isEqualTo(WorkCalendar.Coverage.WEEKENDS_ONLY);
      assertThat(WorkCalendar.builder().build().isWorkingDay(LocalDate.of(2027, 1, 1)))
          .as("no statutory days asked for")
          .isTrue();
    }

    @Test
    @DisplayName(
        "a 10-working-day limit from Monday 2027-02-01 lands after the Spring Festival days off (除夕 to 初三, "
            + "5-8 February) and the calendar says 2027's arrangement is not loaded, once")
    void springFestival2027() {
      ch.qos.logback.classic.Logger logger =
          (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(WorkCalendar.class);
      ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> log =
          new ch.qos.logback.core.read.ListAppender<>();
      log.start();
      logger.addAppender(log);
      try {
        WorkCalendar fresh =
            WorkCalendar.china()
                .withArrangement(
                    new ByteArrayInputStream(
                        "date,isOffDay,name\n".getBytes(StandardCharsets.UTF_8)));
        for (LocalDate d = LocalDate.of(2027, 2, 5);
            !d.isAfter(LocalDate.of(2027, 2, 8));
            d = d.plusDays(1)) {
          assertThat(fresh.isWorkingDay(d)).as("%s", d).isFalse();
        }
        Instant due = fresh.plus(cn("2027-02-01T09:00"), Duration.ofHours(8 * 10));
        assertThat(due)
            .as("4 days before, Tuesday 9 to Friday 12, Monday 15 and Tuesday 16")
            .isEqualTo(cn("2027-02-16T17:00"));
        fresh.plus(cn("2027-03-01T09:00"), Duration.ofHours(80));
        assertThat(log.list)
            .extracting(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage)
            .containsExactly(
                "No holiday arrangement (调休) loaded for 2027: counting its statutory holidays and weekends "
                    + "only; add the State Council's notice with WorkCalendar.withArrangement");
        assertThat(log.list.get(0).getLevel()).isEqualTo(ch.qos.logback.classic.Level.WARN);
      } finally {
        logger.detachAppender(log);
      }
    }

    @Test
    @DisplayName(
        "loading a 2027 arrangement adds its working weekends and days off; a strict calendar refuses a year without one")
    void loadingANotice() {
      WorkCalendar with2027 =
          china.withArrangement(
              new ByteArrayInputStream(
                  "date,isOffDay,name\n2027-02-04,true,春节\n2027-02-09,true,春节\n2027-02-20,false,春节\n"
                      .getBytes(StandardCharsets.UTF_8)));
      assertThat(with2027.coverage(2027)).isEqualTo(WorkCalendar.Coverage.ARRANGEMENT);
      assertThat(with2027.coveredYears()).containsExactly(2025, 2026, 2027);
      assertThat(with2027.isWorkingDay(LocalDate.of(2027, 2, 20)))
          .as("a working Saturday")
          .isTrue();
      assertThat(with2027.isWorkingDay(LocalDate.of(2027, 2, 9)))
          .as("a day off around the festival")
          .isFalse();
      assertThat(with2027.isWorkingDay(LocalDate.of(2027, 2, 6)))
          .as("statutory days stay off")
          .isFalse();
      assertThat(with2027.plus(cn("2027-02-01T09:00"), Duration.ofHours(80)))
          .as("Feb 4 and 9 off as well")
          .isEqualTo(cn("2027-02-18T17:00"));
      assertThat(china.isWorkingDay(LocalDate.of(2027, 2, 20)))
          .as("the shipped calendar is unchanged")
          .isFalse();
      WorkCalendar strict = china.strict();
      assertThat(strict.isStrict()).isTrue();
      assertThat(strict.isWorkingDay(LocalDate.of(2026, 10, 7))).isFalse();
      assertThat(strict.isWorkingDay(LocalDate.of(2026, 10, 10)))
          .as("a working Saturday of 2026")
          .isTrue();
      assertThatThrownBy(() -> strict.isWorkingDay(LocalDate.of(2027, 3, 1)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "Cannot count working days in 2027: its holiday arrangement (调休) is not loaded and the calendar "
                  + "is strict; add the State Council's notice with withArrangement");
      assertThat(with2027.strict().isWorkingDay(LocalDate.of(2027, 3, 1))).isTrue();
      assertThat(strict).isNotEqualTo(china).isEqualTo(china.strict());
      assertThat(WorkCalendar.statutoryHolidays(2027)).hasSize(13);
      assertThat(WorkCalendar.isStatutoryHoliday(LocalDate.of(2027, 6, 9))).as("端午 2027").isTrue();
      assertThatThrownBy(
              () -> WorkCalendar.natural().withArrangement(new ByteArrayInputStream(new byte[0])))
          .isInstanceOf(io.github.gridgov.core.InvalidModelException.class)
          .hasMessage(
              "Cannot create WorkCalendar: arrangement 'natural time' cannot be added to a natural-time calendar");
    }

    @Test
    @DisplayName("holidays and adjusted working days are data; other years still have weekends")
    void data() {
      WorkCalendar custom =
          WorkCalendar.builder()
              .hours(java.time.LocalTime.of(8, 30), java.time.LocalTime.of(17, 30))
              .dayOff(LocalDate.of(2027, 1, 1))
              .workingDay(LocalDate.of(2027, 1, 2))
              .build();
      assertThat(custom.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
      assertThat(custom.isWorkingDay(LocalDate.of(2027, 1, 2))).isTrue();
      assertThat(custom.isWorkingDay(LocalDate.of(2027, 1, 3))).isFalse();
      assertThat(custom.dayLength()).isEqualTo(Duration.ofHours(9));
      assertThatThrownBy(
              () ->
                  WorkCalendar.builder()
                      .daysFromCsv(
                          new ByteArrayInputStream(
                              "date,isOffDay,name\n2027-01-01,yes,元旦\n"
                                  .getBytes(StandardCharsets.UTF_8))))
          .isInstanceOf(io.github.gridgov.core.InvalidModelException.class)
          .hasMessage(
              "Cannot create WorkCalendar: holiday data line 2 '2027-01-01,yes,元旦' is not date,isOffDay,name");
      assertThatThrownBy(
              () ->
                  WorkCalendar.builder()
                      .daysFromCsv(
                          new ByteArrayInputStream(
                              "date,isOffDay,name\n01/01/2027,true,元旦\n"
                                  .getBytes(StandardCharsets.UTF_8))))
          .isInstanceOf(io.github.gridgov.core.InvalidModelException.class)
          .hasMessage(
              "Cannot create WorkCalendar: holiday data line 2 '01/01/2027,true,元旦' does not start with a yyyy-MM-dd date");
      assertThatThrownBy(
              () ->
                  WorkCalendar.builder().hours(java.time.LocalTime.NOON, java.time.LocalTime.NOON))
          .isInstanceOf(io.github.gridgov.core.InvalidModelException.class)
          .hasMessage("Cannot create WorkCalendar: hours '12:00-12:00' must end after they start");
    }
  }

  @Nested
  @DisplayName("时限方案")
  class Profiles {
    final Instant t0 = cn("2026-03-02T09:00");

    Duration resolve(SlaProfile p, ServiceOrder o) {
      return SlaClock.of(p).resolutionLimit(o);
    }

    @Test
    @DisplayName(
        "BJ_12345_DRAFT: 2 h for danger to life or property, 24 h for utilities, 15 d complex, 7 d general")
    void beijing() {
      SlaProfile p = SlaProfile.BJ_12345_DRAFT;
      assertThat(resolve(p, order(t0).urgency(Urgency.CRITICAL).build()))
          .isEqualTo(Duration.ofHours(2));
      assertThat(resolve(p, order(t0).category(Category.HEATING).build()))
          .isEqualTo(Duration.ofHours(24));
      assertThat(resolve(p, order(t0).urgency(Urgency.URGENT).build()))
          .isEqualTo(Duration.ofHours(24));
      assertThat(resolve(p, order(t0).addReportedFlag(OrderFlag.COMPLEX).build()))
          .isEqualTo(Duration.ofDays(15));
      assertThat(resolve(p, order(t0).build())).isEqualTo(Duration.ofDays(7));
      assertThat(SlaClock.of(p).acceptanceLimit(order(t0).urgency(Urgency.CRITICAL).build()))
          .isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    @DisplayName(
        "GD_12345: consultation 2, help and suggestion 10, complaint and report 15 working days")
    void guangdong() {
      SlaProfile p = SlaProfile.GD_12345;
      assertThat(resolve(p, order(t0).kind(OrderKind.CONSULTATION).build()))
          .isEqualTo(Duration.ofHours(16));
      assertThat(resolve(p, order(t0).kind(OrderKind.SUGGESTION).build()))
          .isEqualTo(Duration.ofHours(80));
      assertThat(resolve(p, order(t0).kind(OrderKind.REPORT).build()))
          .isEqualTo(Duration.ofDays(5));
      ServiceOrder consultation =
          order(cn("2025-09-30T09:00")).kind(OrderKind.CONSULTATION).build();
      assertThat(SlaClock.of(p).resolution(consultation, cn("2025-09-30T09:00")).dueAt())
          .as("two working days over the National Day holiday")
          .isEqualTo(cn("2025-10-09T17:00"));
    }

    @Test
    @DisplayName("PETITION: route within 15 days, close within 60, one 30-day extension (信访工作条例)")
    void petition() {
      SlaProfile p = SlaProfile.PETITION;
      assertThat(resolve(p, order(t0).build())).isEqualTo(Duration.ofDays(60));
      assertThat(SlaClock.of(p).acceptanceLimit(order(t0).build())).isEqualTo(Duration.ofDays(15));
      assertThat(p.extension()).contains(SlaLimit.days(30));
    }

    @Test
    @DisplayName(
        "care needs halve the resolution limit (our default); acceptance never exceeds resolution")
    void careNeeds() {
      ServiceOrder meals =
          order(t0)
              .category(Category.ELDERLY_MEALS)
              .addReportedCareNeed(CareNeed.MEAL_ASSISTANCE)
              .build();
      assertThat(resolve(SlaProfile.BJ_12345_DRAFT, meals)).isEqualTo(Duration.ofHours(84));
      ServiceOrder critical =
          order(t0).urgency(Urgency.CRITICAL).addReportedCareNeed(CareNeed.BEDRIDDEN).build();
      assertThat(resolve(SlaProfile.BJ_12345_DRAFT, critical)).isEqualTo(Duration.ofHours(1));
      assertThat(SlaClock.of(SlaProfile.BJ_12345_DRAFT).acceptanceLimit(critical))
          .isEqualTo(Duration.ofMinutes(30));
      assertThat(
              SlaClock.of(SlaProfile.BJ_12345_DRAFT.withCareNeedFactor(0.1))
                  .acceptanceLimit(critical))
          .isEqualTo(Duration.ofMinutes(12));
    }

    @Test
    @DisplayName("a profile must give every order a row, and its shares must be in range")
    void validation() {
      assertThatThrownBy(
              () ->
                  SlaProfile.builder()
                      .name("bad")
                      .calendar(WorkCalendar.natural())
                      .addRule(
                          SlaRule.builder()
                              .name("complaints")
                              .addKind(OrderKind.COMPLAINT)
                              .accept(SlaLimit.hours(1))
                              .resolve(SlaLimit.days(1))
                              .build())
                      .build())
          .isInstanceOf(InvalidModelException.class)
          .hasMessage(
              "Cannot create SlaProfile: rules 'bad' must give every order a row: rows without "
                  + "category, urgency or flag conditions must cover every kind");
      assertThatThrownBy(() -> SlaProfile.BJ_12345_DRAFT.withYellowAt(1.0))
          .hasMessage("Cannot create SlaProfile: yellowAt '1.0' must be in (0, 1)");
      assertThatThrownBy(() -> SlaProfile.BJ_12345_DRAFT.withCareNeedFactor(0))
          .hasMessage("Cannot create SlaProfile: careNeedFactor '0.0' must be in (0, 1]");
      assertThatThrownBy(() -> TierBudgets.of(java.util.Map.of(Tier.BUILDING, 0.7, Tier.GRID, 0.7)))
          .hasMessageStartingWith("Cannot create TierBudgets: shares '1.4");
      assertThatThrownBy(() -> SlaLimit.hours(0))
          .hasMessage("Cannot create SlaLimit: amount '0' must be positive");
    }

    @Test
    @DisplayName(
        "the limits themselves: a care-need factor of 1 is allowed, above 1 not; yellow strictly inside (0, 1); "
            + "a row with conditions covers no kind; rows by kind may cover all kinds together")
    void validationLimits() {
      assertThat(SlaProfile.BJ_12345_DRAFT.withCareNeedFactor(1).careNeedFactor()).isEqualTo(1.0);
      assertThatThrownBy(() -> SlaProfile.BJ_12345_DRAFT.withCareNeedFactor(1.01))
          .hasMessage("Cannot create SlaProfile: careNeedFactor '1.01' must be in (0, 1]");
      assertThatThrownBy(() -> SlaProfile.BJ_12345_DRAFT.withYellowAt(0))
          .hasMessage("Cannot create SlaProfile: yellowAt '0.0' must be in (0, 1)");
      assertThat(SlaProfile.BJ_12345_DRAFT.withYellowAt(0.99).yellowAt()).isEqualTo(0.99);
      SlaRule.Builder all =
          SlaRule.builder().name("all").accept(SlaLimit.hours(1)).resolve(SlaLimit.days(1));
      String uncovered =
          "Cannot create SlaProfile: rules 'p' must give every order a row: rows without "
              + "category, urgency or flag conditions must cover every kind";
      assertThatThrownBy(
              () ->
                  SlaProfile.builder()
                      .name("p")
                      .calendar(WorkCalendar.natural())
                      .addRule(
                          SlaRule.builder().from(all.build()).addCategory(Category.PARKING).build())
                      .build())
          .hasMessage(uncovered);
      assertThatThrownBy(
              () ->
                  SlaProfile.builder()
                      .name("p")
                      .calendar(WorkCalendar.natural())
                      .addRule(
                          SlaRule.builder().from(all.build()).addUrgency(Urgency.URGENT).build())
                      .build())
          .hasMessage(uncovered);
      assertThatThrownBy(
              () ->
                  SlaProfile.builder()
                      .name("p")
                      .calendar(WorkCalendar.natural())
                      .addRule(
                          SlaRule.builder().from(all.build()).addFlag(OrderFlag.COMPLEX).build())
                      .build())
          .hasMessage(uncovered);
      SlaProfile.Builder byKind = SlaProfile.builder().name("p").calendar(WorkCalendar.natural());
      for (OrderKind k : OrderKind.values()) {
        byKind.addRule(SlaRule.builder().from(all.build()).name("kind " + k).addKind(k).build());
      }
      assertThat(byKind.build().rules()).hasSize(OrderKind.values().length);
      assertThat(
              SlaProfile.builder()
                  .name("p")
                  .calendar(WorkCalendar.natural())
                  .addRule(all.build())
                  .build()
                  .rules())
          .hasSize(1);
    }
  }

  @Nested
  @DisplayName("计时")
  class Clock {
    final SlaClock clock = SlaClock.of(SlaProfile.BJ_12345_DRAFT);
    final Instant t0 = Instant.parse("2026-03-02T00:00:00Z");

    Instant h(double hours) {
      return t0.plusSeconds((long) (hours * 3600));
    }

    ServiceOrder dispatched() {
      return order(t0).build().dispatch(STAFF, to(LEADER, Tier.BUILDING, h(25), h(168)), h(1));
    }

    @Test
    @DisplayName("green below 80 %, yellow from 80 %, red when overdue")
    void levels() {
      ServiceOrder o = dispatched().accept(Actor.responder(LEADER), h(2));
      assertThat(clock.resolution(o, h(100)).level()).isEqualTo(SlaLevel.GREEN);
      assertThat(clock.resolution(o, h(134.4)).level()).isEqualTo(SlaLevel.YELLOW);
      SlaState red = clock.resolution(o, h(170));
      assertThat(red.level()).isEqualTo(SlaLevel.RED);
      assertThat(red.remaining()).isEqualTo(Duration.ofHours(-2));
      assertThat(red.dueAt()).isEqualTo(h(168));
      assertThat(red.isPaused()).isFalse();
      assertThat(SlaLevel.RED.label(Locale.CHINESE)).isEqualTo("超时");
    }

    @Test
    @DisplayName(
        "the earliest due time, counted in nanoseconds, agrees with the three clocks, to the nanosecond")
    void earliestDueAt() {
      Instant reported = t0.plusNanos(123_456_789);
      for (int pause = 0; pause < 3; pause++) {
        ServiceOrder o =
            order(reported)
                .build()
                .dispatch(STAFF, to(LEADER, Tier.GRID, h(25), h(168)), h(1).plusNanos(987));
        if (pause > 0) {
          o = o.accept(Actor.responder(LEADER), h(2).plusNanos(5));
        }
        if (pause > 1) {
          o =
              o.suspend(Actor.responder(LEADER), "等待业主", h(3).plusNanos(1))
                  .resume(STAFF, h(40).plusNanos(999_999_999));
        }
        for (Instant at : List.of(o.lastChangedAt(), h(50).plusNanos(7), h(500))) {
          Instant expected = clock.resolution(o, at).dueAt();
          Optional<SlaState> accept = clock.acceptance(o, at);
          if (accept.isPresent() && accept.get().dueAt().isBefore(expected)) {
            expected = accept.get().dueAt();
          }
          Optional<SlaState> tier = clock.tier(o, at);
          if (tier.isPresent() && tier.get().dueAt().isBefore(expected)) {
            expected = tier.get().dueAt();
          }
          assertThat(clock.earliestDueAt(o, at))
              .as("pause %s at %s", pause, at)
              .isEqualTo(expected);
        }
      }
    }

    @Test
    @DisplayName(
        "an instant outside the range the clock counts in is refused, naming order and instant; such an order "
            + "cannot be built")
    void outOfRange() {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> clock.resolution(order(t0).build(), Instant.parse("2300-01-02T00:00:00Z")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Cannot measure order O-1: instant 2300-01-02T00:00:00Z is outside 1678-2261, the range the SLA"
                  + " clock counts in");
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> order(Instant.parse("2300-01-01T00:00:00Z")).build())
          .isInstanceOf(io.github.gridgov.core.InvalidModelException.class)
          .hasMessageContaining("reportedAt");
    }

    @Test
    @DisplayName("suspended time does not count, and the due time moves by the pause")
    void pauses() {
      ServiceOrder o =
          dispatched()
              .accept(Actor.responder(LEADER), h(2))
              .suspend(Actor.responder(LEADER), "等待业主", h(10))
              .resume(STAFF, h(34));
      SlaState s = clock.resolution(o, h(50));
      assertThat(s.elapsed()).isEqualTo(Duration.ofHours(26));
      assertThat(s.dueAt()).isEqualTo(h(192));
      SlaState paused = clock.resolution(dispatched().suspend(STAFF, "等待业主", h(10)), h(20));
      assertThat(paused.isPaused()).isTrue();
      assertThat(paused.elapsed()).isEqualTo(Duration.ofHours(10));
      assertThat(paused.dueAt()).as("if it ran from now on").isEqualTo(h(178));
    }

    @Test
    @DisplayName("a resolved order's clock stops; rework starts it again")
    void stopsAtResolution() {
      ServiceOrder resolved =
          dispatched()
              .accept(Actor.responder(LEADER), h(2))
              .resolve(Actor.responder(LEADER), "已修复", h(20));
      assertThat(clock.resolution(resolved, h(100)).elapsed()).isEqualTo(Duration.ofHours(20));
      ServiceOrder rework = resolved.sendBack(STAFF, "回访未解决", h(30));
      assertThat(clock.resolution(rework, h(40)).elapsed()).isEqualTo(Duration.ofHours(30));
    }

    @Test
    @DisplayName("reset: reopening a closed order starts a fresh resolution clock")
    void resetOnReopen() {
      ServiceOrder closed =
          dispatched()
              .accept(Actor.responder(LEADER), h(2))
              .resolve(Actor.responder(LEADER), "已修复", h(100))
              .close(STAFF, h(101));
      assertThat(clock.resolution(closed, h(200)).elapsed()).isEqualTo(Duration.ofHours(100));
      ServiceOrder reopened = closed.reopen(STAFF, "漏水复发", h(300));
      SlaState fresh = clock.resolution(reopened, h(310));
      assertThat(fresh.elapsed()).isEqualTo(Duration.ofHours(10));
      assertThat(fresh.dueAt()).isEqualTo(h(300 + 168));
    }

    @Test
    @DisplayName("a new urgency changes the limit and keeps the time already used")
    void carriesOverOnReprioritise() {
      ServiceOrder o =
          dispatched()
              .accept(Actor.responder(LEADER), h(2))
              .reprioritise(STAFF, Urgency.URGENT, "停水", h(10));
      SlaState s = clock.resolution(o, h(12));
      assertThat(s.elapsed()).isEqualTo(Duration.ofHours(12));
      assertThat(s.limit()).isEqualTo(Duration.ofHours(24));
      assertThat(s.remaining()).isEqualTo(Duration.ofHours(12));
      SlaState gd = SlaClock.of(SlaProfile.PETITION).resolution(o, h(12));
      assertThat(gd.elapsed()).as("and when the profile changes").isEqualTo(Duration.ofHours(12));
    }

    @Test
    @DisplayName("the acceptance clock restarts at each dispatch and stops at acceptance")
    void acceptance() {
      ServiceOrder o = dispatched();
      assertThat(clock.acceptance(o, h(5)).orElseThrow().elapsed()).isEqualTo(Duration.ofHours(4));
      ServiceOrder reassigned =
          o.reassign(STAFF, to(ResponderId.of("R-2"), Tier.BUILDING, h(30), h(168)), "未签收", h(6));
      assertThat(clock.acceptance(reassigned, h(7)).orElseThrow().elapsed())
          .isEqualTo(Duration.ofHours(1));
      assertThat(clock.acceptance(o.accept(Actor.responder(LEADER), h(2)), h(5))).isEmpty();
    }

    @Test
    @DisplayName(
        "the acceptance clock restarts at a grab offer, an escalation and an approved transfer as well")
    void acceptanceRestarts() {
      ServiceOrder offered =
          order(t0)
              .build()
              .offer(
                  STAFF,
                  to(LEADER, Tier.BUILDING, h(27), h(168)),
                  List.of(Assignee.of(LEADER), Assignee.of(ResponderId.of("R-2"))),
                  h(3));
      assertThat(SlaClock.lastDispatchAt(offered)).isEqualTo(h(3));
      assertThat(clock.acceptance(offered, h(5)).orElseThrow().elapsed())
          .isEqualTo(Duration.ofHours(2));
      ServiceOrder escalated =
          dispatched()
              .escalate(
                  STAFF,
                  to(ResponderId.of("R-3"), Tier.GRID, h(40), h(168)),
                  io.github.gridgov.core.order.EscalationTrigger.NOT_ACCEPTED_IN_TIME,
                  h(6));
      assertThat(SlaClock.lastDispatchAt(escalated)).isEqualTo(h(6));
      assertThat(clock.acceptance(escalated, h(7)).orElseThrow().elapsed())
          .isEqualTo(Duration.ofHours(1));
      ServiceOrder transferred =
          dispatched()
              .raiseObjection(Actor.responder(LEADER), "非本楼栋事项", h(2))
              .decideObjection(STAFF, true, "同意", h(3))
              .transfer(STAFF, to(ResponderId.of("R-2"), Tier.BUILDING, h(30), h(168)), h(4));
      assertThat(SlaClock.lastDispatchAt(transferred)).isEqualTo(h(4));
      assertThat(clock.acceptance(transferred, h(6)).orElseThrow().elapsed())
          .isEqualTo(Duration.ofHours(2));
      assertThat(SlaClock.lastDispatchAt(order(t0).build()))
          .as("never dispatched: the report")
          .isEqualTo(t0);
      ServiceOrder flagged =
          dispatched().addFlag(STAFF, io.github.gridgov.core.order.OrderFlag.COMPLEX, h(8));
      assertThat(SlaClock.lastDispatchAt(flagged))
          .as("other steps do not restart it")
          .isEqualTo(h(1));
    }

    @Test
    @DisplayName(
        "响应: an acceptance at the accept-by instant is in time, a second later it is not; a tighter stamp rules")
    void acceptanceInTimeToTheSecond() {
      ServiceOrder tight =
          order(t0).build().dispatch(STAFF, to(LEADER, Tier.BUILDING, h(5), h(168)), h(1));
      assertThat(clock.firstAcceptanceInTime(tight.accept(Actor.responder(LEADER), h(5))))
          .contains(true);
      assertThat(
              clock.firstAcceptanceInTime(
                  tight.accept(Actor.responder(LEADER), h(5).plusSeconds(1))))
          .contains(false);
      assertThat(clock.acceptance(tight, h(2)).orElseThrow().limit())
          .as("the stamp's 4 h, not the profile's")
          .isEqualTo(Duration.ofHours(4));
      Duration profileLimit = clock.acceptanceLimit(tight);
      ServiceOrder loose =
          order(t0).build().dispatch(STAFF, to(LEADER, Tier.BUILDING, h(160), h(168)), h(1));
      assertThat(clock.acceptance(loose, h(2)).orElseThrow().limit())
          .as("a looser stamp gives no more than the profile")
          .isEqualTo(profileLimit);
      Instant limitEnd = h(1).plus(profileLimit);
      assertThat(clock.firstAcceptanceInTime(loose.accept(Actor.responder(LEADER), limitEnd)))
          .contains(true);
      assertThat(
              clock.firstAcceptanceInTime(
                  loose.accept(Actor.responder(LEADER), limitEnd.plusSeconds(1))))
          .contains(false);
      ServiceOrder stale =
          order(t0).build().dispatch(STAFF, to(LEADER, Tier.BUILDING, h(1), h(168)), h(1));
      assertThat(clock.acceptance(stale, h(2)).orElseThrow().limit())
          .as("accept-by at the dispatch: no time")
          .isZero();
      assertThat(clock.firstAcceptanceInTime(stale.accept(Actor.responder(LEADER), h(1))))
          .contains(true);
      assertThat(
              clock.firstAcceptanceInTime(
                  stale.accept(Actor.responder(LEADER), h(1).plusSeconds(1))))
          .contains(false);
      assertThat(clock.firstAcceptanceInTime(tight)).as("not accepted yet").isEmpty();
    }

    @Test
    @DisplayName(
        "a limit used up at the very instant the order is suspended fell due at that instant")
    void usedUpAtTheSuspension() {
      ServiceOrder o =
          dispatched()
              .accept(Actor.responder(LEADER), h(2))
              .suspend(Actor.responder(LEADER), "等待业主", h(168));
      SlaState s = clock.resolution(o, h(200));
      assertThat(s.elapsed()).isEqualTo(Duration.ofDays(7));
      assertThat(s.dueAt()).isEqualTo(h(168));
      ServiceOrder pausedTwice =
          dispatched()
              .accept(Actor.responder(LEADER), h(2))
              .suspend(Actor.responder(LEADER), "等待业主", h(100))
              .resume(STAFF, h(110))
              .suspend(Actor.responder(LEADER), "等待材料", h(178));
      assertThat(clock.resolution(pausedTwice, h(300)).dueAt())
          .as("10 h paused moves it to 178 h")
          .isEqualTo(h(178));
      ServiceOrder shortOfIt =
          dispatched()
              .accept(Actor.responder(LEADER), h(2))
              .suspend(Actor.responder(LEADER), "等待业主", h(167));
      assertThat(clock.resolution(shortOfIt, h(200)).dueAt())
          .as("an hour left, counted from now")
          .isEqualTo(h(201));
    }

    @Test
    @DisplayName(
        "the tier clock starts when the order reaches its tier; the budget is a fifth of the limit")
    void tierClock() {
      ServiceOrder up =
          dispatched()
              .escalate(
                  STAFF,
                  to(ResponderId.of("R-g"), Tier.GRID, h(40), h(168)),
                  "escalation.tier-budget",
                  h(35));
      SlaState tier = clock.tier(up, h(40)).orElseThrow();
      assertThat(tier.limit()).isEqualTo(Duration.ofMinutes((long) (168 * 60 * 0.2)));
      assertThat(tier.elapsed()).isEqualTo(Duration.ofHours(5));
      assertThat(clock.tier(order(t0).build(), h(1))).isEmpty();
    }

    @Test
    @DisplayName(
        "deadlines for a dispatch now keep the time used, and accept-by never passes resolve-by")
    void deadlines() {
      ServiceOrder o = order(t0).build();
      Deadlines d = clock.deadlines(o, h(10));
      assertThat(d.resolveBy()).isEqualTo(h(168));
      assertThat(d.acceptBy()).isEqualTo(h(34));
      Deadlines late = clock.deadlines(o, h(200));
      assertThat(late.resolveBy()).as("overdue: the passed due time stays").isEqualTo(h(168));
      assertThat(late.acceptBy())
          .as("the new owner still gets its time to accept")
          .isEqualTo(h(224));
    }
  }
}
