package io.github.gridgov.rules.inspection;

import io.github.gridgov.core.area.BuildingId;
import io.github.gridgov.core.inspection.PlanId;
import io.github.gridgov.core.people.HouseholdId;
import io.github.gridgov.core.people.ResponderId;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * 巡查任务 — one responder's share of one round of a plan: the buildings (or households) to visit
 * between two dates.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PatrolTask {
  PatrolTask() {}

  /** The plan. */
  public abstract PlanId plan();

  /** Who goes. */
  public abstract ResponderId responder();

  /** The round's first day. */
  public abstract LocalDate firstDay();

  /** The round's last day, included. */
  public abstract LocalDate lastDay();

  /** The buildings to go round (for home visits, the buildings of the households). */
  public abstract List<BuildingId> buildings();

  /** The households to visit, for home visits. */
  public abstract List<HouseholdId> households();
}
