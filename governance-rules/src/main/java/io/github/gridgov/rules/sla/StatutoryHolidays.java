package io.github.gridgov.rules.sla;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * 法定节假日 — the statutory public holidays of mainland China for any year from 1901 to 2099,
 * computed: 全国年节及纪念日放假办法 (国务院令第795号, 2024 revision, in force 2025-01-01), Art. 2 —
 * 元旦 one day (1 January), 春节 four days (除夕 and 正月初一 to 初三), 清明节 one day (the day of the
 * 清明 solar term), 劳动节 two days (1–2 May), 端午节 one day (五月初五), 中秋节 one day (八月十五),
 * 国庆节 three days (1–3 October): 13 days. Before 2025 the 2013 text applies (除夕 not a holiday,
 * 劳动节 one day: 11 days).
 *
 * <p>The lunar dates follow the rules of the Chinese calendar (GB/T 33661-2017 《农历的编算和颁行》):
 * a month begins on the day (Beijing time, UTC+8) of a new moon; the month holding the winter
 * solstice is the eleventh; when thirteen months lie between two such months, the first of them
 * holding no principal term (中气) is the leap month (before 1929 days were counted in the local mean
 * time of Beijing). New moons are computed with the periodic
 * terms of J. Meeus, <i>Astronomical Algorithms</i> (2nd ed., 1998), ch. 49, and the Sun's apparent
 * longitude with ch. 25; ΔT with the polynomials of Espenak and Meeus (NASA, 2006). The result is
 * checked against an independent implementation (ICU4J's Chinese calendar) in the tests.
 *
 * <p>These are the days the law fixes; the State Council's yearly arrangement (调休) moves days
 * off and working weekends around them and is loaded as data (see {@link WorkCalendar}). Not API.
 */
final class StatutoryHolidays {
  static final int FIRST_YEAR = 1901;
  static final int LAST_YEAR = 2099;
  private static final double SYNODIC_MONTH = 29.530588861;

  /** UTC+8, the standard time of the calendar since 1929. */
  private static final double BEIJING = 8.0 / 24;

  /** Before 1929 the calendar used the local mean time of Beijing's meridian, 116°25′ E (UTC+7:45:40). */
  private static final double BEIJING_MEAN_TIME = (7 * 3600 + 45 * 60 + 40) / 86400.0;

  private static final double JD_1929 = 2425612.5;

  private StatutoryHolidays() {}

  /** The statutory holidays of {@code year}, each with its name, in date order. */
  static Map<LocalDate, String> of(int year) {
    checkArgument(
        year >= FIRST_YEAR && year <= LAST_YEAR,
        "Cannot compute the statutory holidays of %s: years %s-%s only",
        year,
        FIRST_YEAR,
        LAST_YEAR);
    Map<LocalDate, String> days = new TreeMap<>();
    boolean revised = year >= 2025;
    days.put(LocalDate.of(year, 1, 1), "元旦");
    List<Long> months = monthStarts(year);
    LocalDate newYear = LocalDate.ofEpochDay(months.get(0));
    if (revised) {
      days.put(newYear.minusDays(1), "春节");
    }
    for (int i = 0; i < 3; i++) {
      days.put(newYear.plusDays(i), "春节");
    }
    days.put(qingming(year), "清明节");
    days.put(LocalDate.of(year, Month.MAY, 1), "劳动节");
    if (revised) {
      days.put(LocalDate.of(year, Month.MAY, 2), "劳动节");
    }
    days.put(LocalDate.ofEpochDay(months.get(4) + 4), "端午节");
    days.put(LocalDate.ofEpochDay(months.get(7) + 14), "中秋节");
    for (int i = 1; i <= 3; i++) {
      days.put(LocalDate.of(year, Month.OCTOBER, i), "国庆节");
    }
    return ImmutableSortedMap.copyOf(days);
  }

  /** 春节 — the first day of the lunar year that begins in {@code year}. */
  static LocalDate lunarNewYear(int year) {
    return lunarDate(year, 1, 1);
  }

  /** The Gregorian date of day {@code day} of (non-leap) month {@code month} of the lunar year beginning in {@code year}. */
  static LocalDate lunarDate(int year, int month, int day) {
    List<Long> starts = monthStarts(year);
    return LocalDate.ofEpochDay(starts.get(month - 1) + day - 1);
  }

  /** 清明 — the day (Beijing time) on which the Sun's apparent longitude reaches 15°. */
  static LocalDate qingming(int year) {
    return LocalDate.ofEpochDay(beijingDay(solarTerm(year, 15, 4)));
  }

  /**
   * The first days (epoch days) of months 1 to 10 of the lunar year that begins in {@code year},
   * leap months left out: the months between the eleventh month of {@code year - 1} and that of
   * {@code year}.
   */
  private static List<Long> monthStarts(int year) {
    long solsticeBefore = beijingDay(solarTerm(year - 1, 270, 12));
    long solsticeAfter = beijingDay(solarTerm(year, 270, 12));
    double k = newMoonOnOrBefore(solsticeBefore);
    long[] starts = new long[15];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = beijingDay(newMoon(k + i));
    }
    int months = 0;
    while (starts[months + 1] <= solsticeAfter) {
      months++;
    }
    // months = how many months lie from the eleventh month before to the eleventh month after.
    int leap = -1;
    if (months == 13) {
      long[] terms = principalTerms(year - 1);
      for (int i = 1; i < 13; i++) {
        if (!holdsPrincipalTerm(starts[i], starts[i + 1], terms)) {
          leap = i;
          break;
        }
      }
      checkArgument(leap > 0, "Cannot place the leap month of %s", year);
    }
    List<Long> out = new ArrayList<>(10);
    // starts[0] is month 11, starts[1] month 12 (unless leap), then months 1, 2, ...
    int number = 11;
    for (int i = 1; i < months && out.size() < 10; i++) {
      if (i == leap) {
        continue;
      }
      number = number == 12 ? 1 : number + 1;
      if (number <= 10 && number >= 1) {
        out.add(starts[i]);
      }
    }
    return out;
  }

  /** The Beijing days (epoch days) of the 24 principal terms (中气: multiples of 30° of solar longitude) of two years. */
  private static long[] principalTerms(int firstYear) {
    long[] days = new long[24];
    for (int y = firstYear, i = 0; y <= firstYear + 1; y++) {
      for (int m = 1; m <= 12; m++, i++) {
        // The term reached in month m: 300° (大寒) in January, 330° in February, ..., 270° (冬至) in
        // December.
        int longitude = (300 + 30 * (m - 1)) % 360;
        days[i] = beijingDay(solarTerm(y, longitude, m));
      }
    }
    return days;
  }

  private static boolean holdsPrincipalTerm(long from, long to, long[] terms) {
    for (long day : terms) {
      if (day >= from && day < to) {
        return true;
      }
    }
    return false;
  }

  /** The lunation number of the last new moon whose Beijing day is on or before {@code epochDay}. */
  private static double newMoonOnOrBefore(long epochDay) {
    double jd = epochDay + 2440587.5;
    double k = Math.floor((jd - 2451550.09766) / SYNODIC_MONTH) + 1;
    while (beijingDay(newMoon(k)) > epochDay) {
      k--;
    }
    while (beijingDay(newMoon(k + 1)) <= epochDay) {
      k++;
    }
    return k;
  }

  /** The epoch day (Beijing date) of the instant {@code jdUt} (a Julian Day in UT). */
  private static long beijingDay(double jdUt) {
    return (long) Math.floor(jdUt + 0.5 + (jdUt < JD_1929 ? BEIJING_MEAN_TIME : BEIJING)) - 2440588;
  }

  /**
   * The periodic terms of the true new moon (Meeus, Table 49.A): per term its coefficient in days,
   * the power of E it is multiplied by, and the multiples of M, M′, F and Ω in its argument.
   */
  private static final double[][] NEW_MOON_TERMS = {
    {-0.40720, 0, 0, 1, 0, 0},
    {0.17241, 1, 1, 0, 0, 0},
    {0.01608, 0, 0, 2, 0, 0},
    {0.01039, 0, 0, 0, 2, 0},
    {0.00739, 1, -1, 1, 0, 0},
    {-0.00514, 1, 1, 1, 0, 0},
    {0.00208, 2, 2, 0, 0, 0},
    {-0.00111, 0, 0, 1, -2, 0},
    {-0.00057, 0, 0, 1, 2, 0},
    {0.00056, 1, 1, 2, 0, 0},
    {-0.00042, 0, 0, 3, 0, 0},
    {0.00042, 1, 1, 0, 2, 0},
    {0.00038, 1, 1, 0, -2, 0},
    {-0.00024, 1, -1, 2, 0, 0},
    {-0.00017, 0, 0, 0, 0, 1},
    {-0.00007, 0, 2, 1, 0, 0},
    {0.00004, 0, 0, 2, -2, 0},
    {0.00004, 0, 3, 0, 0, 0},
    {0.00003, 0, 1, 1, -2, 0},
    {0.00003, 0, 0, 2, 2, 0},
    {-0.00003, 0, 1, 1, 2, 0},
    {0.00003, 0, -1, 1, 2, 0},
    {-0.00002, 0, -1, 1, -2, 0},
    {-0.00002, 0, 1, 3, 0, 0},
    {0.00002, 0, 0, 4, 0, 0}
  };

  /** The planetary arguments A1–A14 (Meeus ch. 49): constant and rate per lunation in degrees, and the coefficient in days. */
  private static final double[][] PLANETARY_TERMS = {
    {299.77, 0.107408, 0.000325}, {251.88, 0.016321, 0.000165}, {251.83, 26.651886, 0.000164},
    {349.42, 36.412478, 0.000126}, {84.66, 18.206239, 0.000110}, {141.74, 53.303771, 0.000062},
    {207.14, 2.453732, 0.000060}, {154.84, 7.306860, 0.000056}, {34.52, 27.261239, 0.000047},
    {207.19, 0.121824, 0.000042}, {291.34, 1.844379, 0.000040}, {161.72, 24.198154, 0.000037},
    {239.56, 25.513099, 0.000035}, {331.55, 3.592518, 0.000023}
  };

  /** The instant (Julian Day, UT) of new moon number {@code k} (k = 0 at 2000-01-06). Meeus ch. 49. */
  static double newMoon(double k) {
    double t = k / 1236.85;
    double jde =
        poly(t, 2451550.09766 + SYNODIC_MONTH * k, 0, 0.00015437, -0.000000150, 0.00000000073);
    double[] e = {1, poly(t, 1, -0.002516, -0.0000074), 0};
    e[2] = e[1] * e[1];
    double[] angles = {
      rad(poly(t, 2.5534 + 29.10535670 * k, 0, -0.0000014, -0.00000011)),
      rad(poly(t, 201.5643 + 385.81693528 * k, 0, 0.0107582, 0.00001238, -0.000000058)),
      rad(poly(t, 160.7108 + 390.67050284 * k, 0, -0.0016118, -0.00000227, 0.000000011)),
      rad(poly(t, 124.7746 - 1.56375588 * k, 0, 0.0020672, 0.00000215))
    };
    double correction = 0;
    for (double[] term : NEW_MOON_TERMS) {
      double argument = 0;
      for (int i = 0; i < angles.length; i++) {
        argument += term[2 + i] * angles[i];
      }
      correction += term[0] * e[(int) term[1]] * Math.sin(argument);
    }
    double t2 = t * t;
    for (int i = 0; i < PLANETARY_TERMS.length; i++) {
      double[] term = PLANETARY_TERMS[i];
      double argument = term[0] + term[1] * k - (i == 0 ? 0.009173 * t2 : 0);
      correction += term[2] * Math.sin(rad(argument));
    }
    return jde + correction - deltaT(2000 + k / 12.3685) / 86400;
  }

  /**
   * The instant (Julian Day, UT) in {@code year} at which the Sun's apparent longitude reaches
   * {@code longitude} degrees, searched from the middle of {@code month}.
   */
  static double solarTerm(int year, double longitude, int month) {
    double jde = julianDay(year, month, 15);
    for (int i = 0; i < 50; i++) {
      double diff = longitude - sunLongitude(jde);
      diff -= 360 * Math.floor((diff + 180) / 360);
      jde += diff * 365.2422 / 360;
      if (Math.abs(diff) < 1e-9) {
        break;
      }
    }
    return jde - deltaT(year + (month - 0.5) / 12) / 86400;
  }

  /** The Sun's apparent geocentric longitude in degrees at {@code jde} (TT). Meeus ch. 25. */
  static double sunLongitude(double jde) {
    double t = (jde - 2451545.0) / 36525;
    double l0 = poly(t, 280.46646, 36000.76983, 0.0003032);
    double m = rad(poly(t, 357.52911, 35999.05029, -0.0001537));
    double c =
        poly(t, 1.914602, -0.004817, -0.000014) * Math.sin(m)
            + poly(t, 0.019993, -0.000101) * Math.sin(2 * m)
            + 0.000289 * Math.sin(3 * m);
    double omega = rad(125.04 - 1934.136 * t);
    double lambda = l0 + c - 0.00569 - 0.00478 * Math.sin(omega);
    return lambda - 360 * Math.floor(lambda / 360);
  }

  /**
   * ΔT = TT − UT in seconds for a decimal year (Espenak and Meeus, 2006): per span its first year,
   * the year its polynomial counts from, and the polynomial's coefficients.
   */
  private static final double[][] DELTA_T = {
    {1900, 1900, -2.79, 1.494119, -0.0598939, 0.0061966, -0.000197},
    {1920, 1920, 21.20, 0.84493, -0.076100, 0.0020936},
    {1941, 1950, 29.07, 0.407, -1 / 233.0, 1 / 2547.0},
    {1961, 1975, 45.45, 1.067, -1 / 260.0, -1 / 718.0},
    {1986, 2000, 63.86, 0.3345, -0.060374, 0.0017275, 0.000651814, 0.00002373599},
    {2005, 2000, 62.92, 0.32217, 0.005589}
  };

  static double deltaT(double y) {
    if (y >= 2050) {
      double u = (y - 1820) / 100;
      return -20 + 32 * u * u - 0.5628 * (2150 - y);
    }
    double[] span = DELTA_T[0];
    for (double[] s : DELTA_T) {
      if (y >= s[0]) {
        span = s;
      }
    }
    return poly(y - span[1], java.util.Arrays.copyOfRange(span, 2, span.length));
  }

  /** {@code c[0] + c[1] x + c[2] x² + …}, by Horner's rule. */
  private static double poly(double x, double... c) {
    double v = 0;
    for (int i = c.length - 1; i >= 0; i--) {
      v = v * x + c[i];
    }
    return v;
  }

  /** The Julian Day at 0h of a Gregorian date. */
  private static double julianDay(int year, int month, int day) {
    return LocalDate.of(year, month, day).toEpochDay() + 2440587.5;
  }

  private static double rad(double degrees) {
    return Math.toRadians(degrees % 360);
  }
}
