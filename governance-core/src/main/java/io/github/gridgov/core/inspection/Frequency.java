package io.github.gridgov.core.inspection;

import io.github.gridgov.core.Labelled;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * 频次 — how often a plan's round comes: every day, every week (Monday to Sunday) or every
 * calendar month.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Frequency implements Labelled {
  /** 每日. */
  DAILY,
  /** 每周. */
  WEEKLY,
  /** 每月. */
  MONTHLY;

  /** The first day of the round that {@code date} falls in. */
  public LocalDate roundStart(LocalDate date) {
    return switch (this) {
      case DAILY -> date;
      case WEEKLY -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      default -> date.withDayOfMonth(1);
    };
  }

  /** The last day of the round that {@code date} falls in. */
  public LocalDate roundEnd(LocalDate date) {
    return switch (this) {
      case DAILY -> date;
      case WEEKLY -> date.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
      default -> date.with(TemporalAdjusters.lastDayOfMonth());
    };
  }
}
