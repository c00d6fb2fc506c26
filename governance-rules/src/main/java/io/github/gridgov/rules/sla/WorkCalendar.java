package io.github.gridgov.rules.sla;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.gridgov.core.Labelled;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * 工作日历 — how time counts towards a limit: natural time, or working time (working hours on
 * working days).
 *
 * <p>A working day is a Monday to Friday that is not a holiday, or a weekend day declared a
 * working day (调休上班). {@link #china()} knows two things:
 * <ul>
 *   <li>the <b>statutory holidays</b> of every year from 1901 to 2099, computed from the lunar
 *       calendar and the 清明 solar term (全国年节及纪念日放假办法, 2024 revision, Art. 2: 元旦 1 day,
 *       春节 4 days with 除夕, 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3 — 13 days from 2025);</li>
 *   <li>the yearly <b>arrangement</b> (调休: the days off around them and the working weekends),
 *       which the State Council announces only in November or December of the year before, loaded
 *       as data: the 2025 and 2026 notices (国务院办公厅关于2025年/2026年部分节假日安排的通知) ship with
 *       the library, and a host adds the next one with {@link #withArrangement(InputStream)} when it
 *       appears.</li>
 * </ul>
 * For a year whose arrangement is not loaded the calendar counts the statutory holidays and
 * weekends only and says so: {@link #coverage(int)} answers {@link Coverage#STATUTORY_ONLY}, and
 * the first time such a year is counted one warning is logged for it. A {@link #strict()} calendar
 * refuses such a year instead. The working hours of {@link #china()}, 09:00–17:00 in
 * Asia/Shanghai, are our configurable default, not a standard.
 *
 * <p>Arrangement files are UTF-8 CSV with a header line {@code date,isOffDay,name} and one line
 * per day the notice names: {@code 2026-02-14,false,春节} is a working Saturday, {@code
 * 2026-02-16,true,春节} a day off. A year counts as loaded when the file names any day of it, so a
 * file should carry every day of its notice (days off and working weekends).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class WorkCalendar {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WorkCalendar.class);
  private static final WorkCalendar CHINA =
      builder()
          .zone(ZoneId.of("Asia/Shanghai"))
          .hours(LocalTime.of(9, 0), LocalTime.of(17, 0))
          .statutoryHolidays(true)
          .daysFromCsv(WorkCalendar.class.getResourceAsStream("holidays-cn.csv"))
          .build();

  /** The statutory holidays by year, computed once per year on first use. */
  private static final java.util.concurrent.atomic.AtomicReferenceArray<Set<LocalDate>> STATUTORY =
      new java.util.concurrent.atomic.AtomicReferenceArray<>(
          StatutoryHolidays.LAST_YEAR - StatutoryHolidays.FIRST_YEAR + 1);

  /** 覆盖 — what a calendar knows of a year's days off. */
  public enum Coverage implements Labelled {
    /** The year's arrangement (调休) is loaded: every day off and working weekend is known. */
    ARRANGEMENT,
    /** Only the statutory holidays and weekends are known; the arrangement is not loaded. */
    STATUTORY_ONLY,
    /** Only weekends (a calendar without statutory holidays, or a year outside 1901–2099). */
    WEEKENDS_ONLY,
    /** Every hour counts (natural time). */
    NATURAL
  }

  private final boolean natural;
  private final ZoneId zone;
  private final LocalTime start;
  private final LocalTime end;
  private final ImmutableMap<LocalDate, Boolean> overrides;
  private final ImmutableSortedSet<Integer> arrangedYears;
  private final boolean statutory;
  private final boolean strict;

  /** Per year of 1901–2099, whether its arrangement is loaded: the day-by-day count asks it without boxing. */
  private final boolean[] arranged =
      new boolean[StatutoryHolidays.LAST_YEAR - StatutoryHolidays.FIRST_YEAR + 1];

  /** Per year of 1901–2099, whether its warning was logged; a log de-duplication, not state that changes any answer. */
  private final java.util.concurrent.atomic.AtomicIntegerArray warned =
      new java.util.concurrent.atomic.AtomicIntegerArray(
          StatutoryHolidays.LAST_YEAR - StatutoryHolidays.FIRST_YEAR + 1);

  private WorkCalendar(
      boolean natural,
      ZoneId zone,
      LocalTime start,
      LocalTime end,
      Map<LocalDate, Boolean> overrides,
      boolean statutory,
      boolean strict) {
    this.natural = natural;
    this.zone = zone;
    this.start = start;
    this.end = end;
    this.overrides = ImmutableMap.copyOf(overrides);
    this.arrangedYears =
        overrides.keySet().stream()
            .map(LocalDate::getYear)
            .collect(ImmutableSortedSet.toImmutableSortedSet(Integer::compare));
    this.statutory = statutory;
    this.strict = strict;
    for (int year : arrangedYears) {
      if (year >= StatutoryHolidays.FIRST_YEAR && year <= StatutoryHolidays.LAST_YEAR) {
        arranged[year - StatutoryHolidays.FIRST_YEAR] = true;
      }
    }
  }

  /** Natural time: every hour counts. */
  public static WorkCalendar natural() {
    return new WorkCalendar(
        true, ZoneId.of("Asia/Shanghai"), LocalTime.MIN, LocalTime.MIN, Map.of(), false, false);
  }

  /**
   * Mainland China working time: 09:00–17:00 Asia/Shanghai, the statutory holidays of every year
   * from 1901 to 2099, and the official arrangements of 2025 and 2026.
   */
  public static WorkCalendar china() {
    return CHINA;
  }

  /**
   * This calendar with the arrangement (调休) of {@code csv} added: the State Council's notice for
   * a further year, in the format described above; its days replace any the calendar had for the
   * same dates.
   *
   * @throws io.github.gridgov.core.InvalidModelException naming the line if a line is malformed,
   *     or if this calendar counts natural time
   */
  public WorkCalendar withArrangement(InputStream csv) {
    io.github.gridgov.core.internal.Checks.check(
        !natural,
        "WorkCalendar",
        "arrangement",
        "natural time",
        "cannot be added to a natural-time calendar");
    Builder b = toBuilder();
    b.daysFromCsv(csv);
    return b.build();
  }

  /**
   * This calendar, but refusing to count a year whose arrangement is not loaded: for a host that
   * would rather stop than count a limit over an unannounced New Year.
   */
  public WorkCalendar strict() {
    return natural || strict
        ? this
        : new WorkCalendar(false, zone, start, end, overrides, statutory, true);
  }

  /** Whether this calendar refuses years whose arrangement is not loaded. */
  public boolean isStrict() {
    return strict;
  }

  /** What this calendar knows of the days off of {@code year}. */
  public Coverage coverage(int year) {
    if (natural) {
      return Coverage.NATURAL;
    }
    if (arrangedYears.contains(year)) {
      return Coverage.ARRANGEMENT;
    }
    return statutory && year >= StatutoryHolidays.FIRST_YEAR && year <= StatutoryHolidays.LAST_YEAR
        ? Coverage.STATUTORY_ONLY
        : Coverage.WEEKENDS_ONLY;
  }

  private Builder toBuilder() {
    Builder b = builder().zone(zone).hours(start, end).statutoryHolidays(statutory);
    b.overrides.putAll(overrides);
    return b;
  }

  /** A builder for a working-time calendar. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether every hour counts. */
  public boolean isNatural() {
    return natural;
  }

  /** The years whose arrangement (调休) is loaded. */
  public Set<Integer> coveredYears() {
    return arrangedYears;
  }

  /** The length of one working day: the working hours, or 24 h for natural time. */
  public Duration dayLength() {
    return natural ? Duration.ofDays(1) : Duration.between(start, end);
  }

  /**
   * Whether {@code date} is a working day (always true for natural time): the arrangement's word
   * where it has one, else not a statutory holiday and not a weekend.
   *
   * @throws IllegalStateException if the calendar is {@link #strict()} and the arrangement of the
   *     date's year is not loaded
   */
  public boolean isWorkingDay(LocalDate date) {
    if (natural) {
      return true;
    }
    Boolean offDay = overrides.get(date);
    if (offDay != null) {
      return !offDay;
    }
    int year = date.getYear();
    if (statutory && year >= StatutoryHolidays.FIRST_YEAR && year <= StatutoryHolidays.LAST_YEAR) {
      if (!arranged[year - StatutoryHolidays.FIRST_YEAR]) {
        unarranged(year);
      }
      if (isStatutoryHoliday(date)) {
        return false;
      }
    }
    DayOfWeek d = date.getDayOfWeek();
    return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
  }

  /** Whether {@code date} is a statutory holiday (全国年节及纪念日放假办法 Art. 2); false outside 1901–2099. */
  public static boolean isStatutoryHoliday(LocalDate date) {
    int year = date.getYear();
    if (year < StatutoryHolidays.FIRST_YEAR || year > StatutoryHolidays.LAST_YEAR) {
      return false;
    }
    int i = year - StatutoryHolidays.FIRST_YEAR;
    Set<LocalDate> days = STATUTORY.get(i);
    if (days == null) {
      days =
          java.util.Collections.unmodifiableSet(
              new java.util.HashSet<>(StatutoryHolidays.of(year).keySet()));
      STATUTORY.compareAndSet(i, null, days);
    }
    return days.contains(date);
  }

  /** The statutory holidays of {@code year} with their names, in date order. */
  public static Map<LocalDate, String> statutoryHolidays(int year) {
    return StatutoryHolidays.of(year);
  }

  /** A year of 1901–2099 whose arrangement is not loaded is being counted: refuse (strict) or warn once. */
  private void unarranged(int year) {
    if (strict) {
      throw new IllegalStateException(
          "Cannot count working days in "
              + year
              + ": its holiday arrangement (调休) is "
              + "not loaded and the calendar is strict; add the State Council's notice with withArrangement");
    }
    if (warned.compareAndSet(year - StatutoryHolidays.FIRST_YEAR, 0, 1)) {
      LOG.warn(
          "No holiday arrangement (调休) loaded for {}: counting its statutory holidays and weekends only; "
              + "add the State Council's notice with WorkCalendar.withArrangement",
          year);
    }
  }

  /** The time that counts between {@code from} and {@code to}; negative if {@code to} is earlier. */
  public Duration between(Instant from, Instant to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (natural) {
      return Duration.between(from, to);
    }
    if (to.isBefore(from)) {
      return between(to, from).negated();
    }
    Duration total = Duration.ZERO;
    LocalDate day = from.atZone(zone).toLocalDate();
    LocalDate last = to.atZone(zone).toLocalDate();
    for (; !day.isAfter(last); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        Instant open = max(from, day.atTime(start).atZone(zone).toInstant());
        Instant close = min(to, day.atTime(end).atZone(zone).toInstant());
        if (close.isAfter(open)) {
          total = total.plus(Duration.between(open, close));
        }
      }
    }
    return total;
  }

  /**
   * The instant at which {@code amount} of counted time has passed since {@code from}. For a
   * working calendar, time outside working hours does not count, so the result may fall on a
   * later working day.
   *
   * @throws IllegalArgumentException if {@code amount} is negative
   */
  public Instant plus(Instant from, Duration amount) {
    requireNonNull(from, "from");
    checkArgument(
        !amount.isNegative(), "Cannot add %s to %s: the amount is negative", amount, from);
    if (natural) {
      return from.plus(amount);
    }
    Duration left = amount;
    LocalDate day = from.atZone(zone).toLocalDate();
    for (int guard = 0; guard < 100_000; guard++, day = day.plusDays(1)) {
      if (!isWorkingDay(day)) {
        continue;
      }
      Instant open = max(from, day.atTime(start).atZone(zone).toInstant());
      Instant close = day.atTime(end).atZone(zone).toInstant();
      if (!close.isAfter(open)) {
        continue;
      }
      Duration window = Duration.between(open, close);
      if (left.compareTo(window) <= 0) {
        return open.plus(left);
      }
      left = left.minus(window);
    }
    throw new IllegalArgumentException(
        "Cannot add " + amount + " to " + from + ": no working day within 100,000 days");
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof WorkCalendar c)) {
      return false;
    }

    return natural == c.natural
        && zone.equals(c.zone)
        && start.equals(c.start)
        && end.equals(c.end)
        && overrides.equals(c.overrides)
        && statutory == c.statutory
        && strict == c.strict;
  }

  @Override
  public int hashCode() {
    return Objects.hash(natural, zone, start, end, overrides, statutory, strict);
  }

  /** E.g. {@code natural} or {@code working 09:00-17:00 Asia/Shanghai, statutory holidays, arrangements [2025, 2026]}. */
  @Override
  public String toString() {
    return natural
        ? "natural"
        : "working "
            + start
            + "-"
            + end
            + " "
            + zone
            + (statutory ? ", statutory holidays" : "")
            + ", arrangements "
            + coveredYears()
            + (strict ? ", strict" : "");
  }

  /** Builds a working-time calendar. Not thread-safe. */
  public static final class Builder {
    private ZoneId zone = ZoneId.of("Asia/Shanghai");
    private LocalTime start = LocalTime.of(9, 0);
    private LocalTime end = LocalTime.of(17, 0);
    private final Map<LocalDate, Boolean> overrides = new TreeMap<>();
    private boolean statutory;
    private boolean strict;

    private Builder() {}

    /**
     * Whether the statutory holidays of mainland China (全国年节及纪念日放假办法 Art. 2, computed for
     * 1901–2099) are days off besides the days declared; false unless set.
     */
    public Builder statutoryHolidays(boolean statutory) {
      this.statutory = statutory;
      return this;
    }

    /** Whether the calendar refuses years whose arrangement is not loaded (see {@link WorkCalendar#strict()}); false unless set. */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /** The time zone of the working hours; Asia/Shanghai unless set. */
    public Builder zone(ZoneId zone) {
      this.zone = requireNonNull(zone, "zone");
      return this;
    }

    /**
     * The working hours of every working day; 09:00–17:00 unless set.
     *
     * @throws io.github.gridgov.core.InvalidModelException if {@code end} is not after {@code
     *     start}
     */
    public Builder hours(LocalTime start, LocalTime end) {
      io.github.gridgov.core.internal.Checks.check(
          end.isAfter(start),
          "WorkCalendar",
          "hours",
          start + "-" + end,
          "must end after they start");
      this.start = start;
      this.end = end;
      return this;
    }

    /** Declares {@code date} a day off (a holiday), whatever its weekday. */
    public Builder dayOff(LocalDate date) {
      overrides.put(requireNonNull(date, "date"), true);
      return this;
    }

    /** Declares {@code date} a working day (调休上班), whatever its weekday. */
    public Builder workingDay(LocalDate date) {
      overrides.put(requireNonNull(date, "date"), false);
      return this;
    }

    /**
     * Reads holiday data in the format {@code date,isOffDay,name} with a header line, as in the
     * shipped {@code holidays-cn.csv}.
     *
     * @throws io.github.gridgov.core.InvalidModelException naming the line (quoted up to 40
     *     characters) if a line is malformed
     */
    public Builder daysFromCsv(InputStream csv) {
      requireNonNull(csv, "csv");
      try (BufferedReader r =
          new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
        String line = r.readLine();
        int n = 1;
        while ((line = r.readLine()) != null) {
          n++;
          if (line.isBlank()) {
            continue;
          }
          String[] f = line.split(",", -1);
          String shown = io.github.gridgov.core.internal.Checks.abbreviate(line);
          io.github.gridgov.core.internal.Checks.check(
              f.length >= 2 && (f[1].equals("true") || f[1].equals("false")),
              "WorkCalendar",
              "holiday data line " + n,
              shown,
              "is not date,isOffDay,name");
          LocalDate date;
          try {
            date = LocalDate.parse(f[0]);
          } catch (java.time.format.DateTimeParseException e) {
            throw io.github.gridgov.core.internal.Checks.invalid(
                "WorkCalendar",
                "holiday data line " + n,
                shown,
                "does not start with a yyyy-MM-dd date");
          }
          overrides.put(date, Boolean.parseBoolean(f[1]));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read holiday data", e);
      }
      return this;
    }

    /** The calendar. */
    public WorkCalendar build() {
      return new WorkCalendar(false, zone, start, end, overrides, statutory, strict);
    }
  }
}
