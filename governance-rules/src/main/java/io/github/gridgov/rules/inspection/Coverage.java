package io.github.gridgov.rules.inspection;

import io.github.gridgov.core.inspection.PlanId;
import io.github.gridgov.rules.metrics.Ratio;
import io.github.gridgov.rules.reason.Reasons;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * 巡查覆盖 — the share of a plan's area its visits covered between two dates.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Coverage {
  Coverage() {}

  /** The plan. */
  public abstract PlanId plan();

  /** The first day counted. */
  public abstract LocalDate firstDay();

  /** The last day counted, included. */
  public abstract LocalDate lastDay();

  /** Buildings (households, for home visits) visited at least once. */
  public abstract long visited();

  /** Buildings (households) in the plan's area. */
  public abstract long total();

  /** 覆盖率 = visited / total. */
  public Ratio ratio() {
    return Ratio.of(visited(), total());
  }

  /** Visits not counted: outside the period, the plan or the area. */
  public abstract long ignoredVisits();

  /** Why. */
  public abstract Reasons reasons();
}
