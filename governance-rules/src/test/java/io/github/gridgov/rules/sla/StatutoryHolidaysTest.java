package io.github.gridgov.rules.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ibm.icu.impl.CalendarAstronomer;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The computed statutory days, against ICU4J's Chinese calendar and its astronomy: an independent implementation. */
@DisplayName("法定节假日: computed for any year, checked against an independent Chinese calendar")
class StatutoryHolidaysTest {
  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  /** ICU's lunar month (1-12), leap flag and day for a Gregorian date. */
  static final ChineseCalendar ICU = new ChineseCalendar(TimeZone.getTimeZone("Asia/Shanghai"));

  static int[] icuLunar(LocalDate date) {
    ChineseCalendar c = ICU;
    c.setTimeInMillis(date.atTime(12, 0).atZone(BEIJING).toInstant().toEpochMilli());
    return new int[] {
      c.get(Calendar.MONTH) + 1, c.get(Calendar.IS_LEAP_MONTH), c.get(Calendar.DAY_OF_MONTH)
    };
  }

  /** The first Gregorian date of {@code year} that ICU calls day {@code day} of non-leap lunar month {@code month}. */
  static LocalDate icuDate(int year, int month, int day) {
    // 春节 falls from 21 January to 20 February, 端午 from late May to late June, 中秋 from early
    // September to early October.
    LocalDate from =
        month == 1
            ? LocalDate.of(year, 1, 15)
            : month == 5 ? LocalDate.of(year, 5, 20) : LocalDate.of(year, 9, 1);
    for (LocalDate d = from; d.isBefore(from.plusDays(45)); d = d.plusDays(1)) {
      int[] l = icuLunar(d);
      if (l[0] == month && l[1] == 0 && l[2] == day) {
        return d;
      }
    }
    throw new AssertionError("no " + month + "/" + day + " in " + year);
  }

  static LocalDate icuQingming(int year) {
    CalendarAstronomer a =
        new CalendarAstronomer(
            LocalDate.of(year, 3, 25).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
    long at = a.getSunTime(Math.PI / 12, true);
    return Instant.ofEpochMilli(at).atZone(BEIJING).toLocalDate();
  }

  /**
   * 春节 2025-2050 as the Hong Kong Observatory's 公历与农历日期对照表 publishes them: a published table,
   * the second independent source.
   */
  static final int[][] PUBLISHED_SPRING_FESTIVALS = {
    {2025, 1, 29},
    {2026, 2, 17},
    {2027, 2, 6},
    {2028, 1, 26},
    {2029, 2, 13},
    {2030, 2, 3},
    {2031, 1, 23},
    {2032, 2, 11},
    {2033, 1, 31},
    {2034, 2, 19},
    {2035, 2, 8},
    {2036, 1, 28},
    {2037, 2, 15},
    {2038, 2, 4},
    {2039, 1, 24},
    {2040, 2, 12},
    {2041, 2, 1},
    {2042, 1, 22},
    {2043, 2, 10},
    {2044, 1, 30},
    {2045, 2, 17},
    {2046, 2, 6},
    {2047, 1, 26},
    {2048, 2, 14},
    {2049, 2, 2},
    {2050, 1, 23}
  };

  @Test
  @DisplayName("2025-2050: 春节 as published, every year")
  void publishedTable() {
    for (int[] d : PUBLISHED_SPRING_FESTIVALS) {
      assertThat(StatutoryHolidays.lunarNewYear(d[0]))
          .as("春节 %s", d[0])
          .isEqualTo(LocalDate.of(d[0], d[1], d[2]));
    }
  }

  @Test
  @DisplayName(
      "2025-2050: 春节, 端午, 中秋 and 清明 agree with ICU4J, except 春节 2027 and 2030, where the new moon falls "
          + "within minutes of midnight and ICU's approximate moon lands on the other side; the published table sides with us")
  void agreesWithIcu() {
    List<String> differences = new ArrayList<>();
    for (int y = 2025; y <= 2050; y++) {
      compare(y, differences);
    }
    assertThat(differences)
        .containsExactly(
            "2027 春节: 2027-02-06 vs ICU 2027-02-07", "2030 春节: 2030-02-03 vs ICU 2030-02-02");
    assertThat(java.util.Arrays.stream(PUBLISHED_SPRING_FESTIVALS).map(java.util.Arrays::toString))
        .contains("[2027, 2, 6]", "[2030, 2, 3]");
  }

  @Test
  @DisplayName(
      "1901-2099: every computed date lies in its season (春节 21 Jan-20 Feb, 端午 27 May-27 Jun, 中秋 6 Sep-9 Oct, 清明 4-6 Apr)")
  void everyYearInItsSeason() {
    for (int y = StatutoryHolidays.FIRST_YEAR; y <= StatutoryHolidays.LAST_YEAR; y++) {
      assertThat(StatutoryHolidays.lunarNewYear(y))
          .as("春节 %s", y)
          .isBetween(LocalDate.of(y, 1, 21), LocalDate.of(y, 2, 20));
      assertThat(StatutoryHolidays.lunarDate(y, 5, 5))
          .as("端午 %s", y)
          .isBetween(LocalDate.of(y, 5, 27), LocalDate.of(y, 6, 27));
      assertThat(StatutoryHolidays.lunarDate(y, 8, 15))
          .as("中秋 %s", y)
          .isBetween(LocalDate.of(y, 9, 6), LocalDate.of(y, 10, 9));
      assertThat(StatutoryHolidays.qingming(y))
          .as("清明 %s", y)
          .isBetween(LocalDate.of(y, 4, 4), LocalDate.of(y, 4, 6));
    }
  }

  static void compare(int y, List<String> differences) {
    check(differences, y + " 春节", StatutoryHolidays.lunarNewYear(y), icuDate(y, 1, 1));
    check(differences, y + " 端午", StatutoryHolidays.lunarDate(y, 5, 5), icuDate(y, 5, 5));
    check(differences, y + " 中秋", StatutoryHolidays.lunarDate(y, 8, 15), icuDate(y, 8, 15));
    check(differences, y + " 清明", StatutoryHolidays.qingming(y), icuQingming(y));
  }

  static void check(List<String> differences, String what, LocalDate ours, LocalDate icu) {
    if (!ours.equals(icu)) {
      differences.add(what + ": " + ours + " vs ICU " + icu);
    }
  }

  @Test
  @DisplayName(
      "known dates: 春节 2025-01-29, 2026-02-17, 2027-02-06, 2033-01-31 (after the leap 11th month of 2033's year before)")
  void knownDates() {
    assertThat(StatutoryHolidays.lunarNewYear(2025)).isEqualTo(LocalDate.of(2025, 1, 29));
    assertThat(StatutoryHolidays.lunarNewYear(2026)).isEqualTo(LocalDate.of(2026, 2, 17));
    assertThat(StatutoryHolidays.lunarNewYear(2027)).isEqualTo(LocalDate.of(2027, 2, 6));
    assertThat(StatutoryHolidays.lunarDate(2025, 5, 5)).isEqualTo(LocalDate.of(2025, 5, 31));
    assertThat(StatutoryHolidays.lunarDate(2025, 8, 15)).isEqualTo(LocalDate.of(2025, 10, 6));
    assertThat(StatutoryHolidays.qingming(2025)).isEqualTo(LocalDate.of(2025, 4, 4));
    assertThat(StatutoryHolidays.qingming(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
  }

  @Test
  @DisplayName(
      "13 statutory days from 2025 (除夕 and a second 劳动节 day added), 11 before; 2027's fall where the law puts them")
  void thirteenDays() {
    Map<LocalDate, String> y2027 = StatutoryHolidays.of(2027);
    assertThat(y2027)
        .hasSize(13)
        .containsEntry(LocalDate.of(2027, 1, 1), "元旦")
        .containsEntry(LocalDate.of(2027, 2, 5), "春节")
        .containsEntry(LocalDate.of(2027, 2, 8), "春节")
        .containsEntry(LocalDate.of(2027, 5, 2), "劳动节")
        .containsEntry(LocalDate.of(2027, 10, 3), "国庆节");
    assertThat(StatutoryHolidays.of(2024))
        .hasSize(11)
        .doesNotContainKey(LocalDate.of(2024, 2, 9))
        .containsEntry(LocalDate.of(2024, 2, 10), "春节");
    assertThatThrownBy(() -> StatutoryHolidays.of(2100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot compute the statutory holidays of 2100: years 1901-2099 only");
  }
}
