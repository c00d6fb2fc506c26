package io.github.gridgov.rules.sla;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
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
 * working day (调休上班); holidays and adjusted working days are data, never hard-coded.
 * {@link #china()} uses the official 2025 and 2026 arrangements (国务院办公厅关于2025年/2026年部分
 * 节假日安排的通知) shipped with the library; for years without data only weekends are days off,
 * and {@link #coveredYears()} tells which years have data. The working hours of {@link #china()},
 * 09:00–17:00 in Asia/Shanghai, are our configurable default, not a standard.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class WorkCalendar {
  private static final WorkCalendar CHINA = builder().zone(ZoneId.of("Asia/Shanghai"))
      .hours(LocalTime.of(9, 0), LocalTime.of(17, 0)).daysFromCsv(
          WorkCalendar.class.getResourceAsStream("holidays-cn.csv")).build();

  private final boolean natural;
  private final ZoneId zone;
  private final LocalTime start;
  private final LocalTime end;
  private final ImmutableMap<LocalDate, Boolean> overrides;

  private WorkCalendar(boolean natural, ZoneId zone, LocalTime start, LocalTime end,
      Map<LocalDate, Boolean> overrides) {
    this.natural = natural;
    this.zone = zone;
    this.start = start;
    this.end = end;
    this.overrides = ImmutableMap.copyOf(overrides);
  }

  /** Natural time: every hour counts. */
  public static WorkCalendar natural() {
    return new WorkCalendar(true, ZoneId.of("Asia/Shanghai"), LocalTime.MIN, LocalTime.MIN, Map.of());
  }

  /** Mainland China working time: 09:00–17:00 Asia/Shanghai with the official 2025–2026 holidays. */
  public static WorkCalendar china() {
    return CHINA;
  }

  /** A builder for a working-time calendar. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether every hour counts. */
  public boolean isNatural() {
    return natural;
  }

  /** The years that holiday data covers. */
  public Set<Integer> coveredYears() {
    return overrides.keySet().stream().map(LocalDate::getYear)
        .collect(ImmutableSortedSet.toImmutableSortedSet(Integer::compare));
  }

  /** The length of one working day: the working hours, or 24 h for natural time. */
  public Duration dayLength() {
    return natural ? Duration.ofDays(1) : Duration.between(start, end);
  }

  /** Whether {@code date} is a working day (always true for natural time). */
  public boolean isWorkingDay(LocalDate date) {
    if (natural) {
      return true;
    }
    Boolean offDay = overrides.get(date);
    if (offDay != null) {
      return !offDay;
    }
    DayOfWeek d = date.getDayOfWeek();
    return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
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
    checkArgument(!amount.isNegative(), "Cannot add %s to %s: the amount is negative", amount, from);
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
    throw new IllegalArgumentException("Cannot add " + amount + " to " + from + ": no working day within 100,000 days");
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof WorkCalendar)) {
      return false;
    }
    WorkCalendar c = (WorkCalendar) o;
    return natural == c.natural && zone.equals(c.zone) && start.equals(c.start) && end.equals(c.end)
        && overrides.equals(c.overrides);
  }

  @Override
  public int hashCode() {
    return Objects.hash(natural, zone, start, end, overrides);
  }

  /** E.g. {@code natural} or {@code working 09:00-17:00 Asia/Shanghai (2025-2026)}. */
  @Override
  public String toString() {
    return natural ? "natural" : "working " + start + "-" + end + " " + zone + " " + coveredYears();
  }

  /** Builds a working-time calendar. Not thread-safe. */
  public static final class Builder {
    private ZoneId zone = ZoneId.of("Asia/Shanghai");
    private LocalTime start = LocalTime.of(9, 0);
    private LocalTime end = LocalTime.of(17, 0);
    private final Map<LocalDate, Boolean> overrides = new TreeMap<>();

    private Builder() {}

    /** The time zone of the working hours; Asia/Shanghai unless set. */
    public Builder zone(ZoneId zone) {
      this.zone = requireNonNull(zone, "zone");
      return this;
    }

    /**
     * The working hours of every working day; 09:00–17:00 unless set.
     *
     * @throws IllegalArgumentException if {@code end} is not after {@code start}
     */
    public Builder hours(LocalTime start, LocalTime end) {
      checkArgument(end.isAfter(start), "Cannot set working hours %s-%s: the end must be after the start",
          start, end);
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
     * @throws IllegalArgumentException naming the line if a line is malformed
     */
    public Builder daysFromCsv(InputStream csv) {
      requireNonNull(csv, "csv");
      try (BufferedReader r = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
        String line = r.readLine();
        int n = 1;
        while ((line = r.readLine()) != null) {
          n++;
          if (line.isBlank()) {
            continue;
          }
          String[] f = line.split(",", -1);
          checkArgument(f.length >= 2 && (f[1].equals("true") || f[1].equals("false")),
              "Cannot read holiday data: line %s '%s' is not date,isOffDay,name", n, line);
          LocalDate date;
          try {
            date = LocalDate.parse(f[0]);
          } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("Cannot read holiday data: line " + n + " '" + line
                + "' does not start with a yyyy-MM-dd date", e);
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
      return new WorkCalendar(false, zone, start, end, overrides);
    }
  }
}
