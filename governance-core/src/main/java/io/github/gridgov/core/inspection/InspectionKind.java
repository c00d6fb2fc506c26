package io.github.gridgov.core.inspection;

import io.github.gridgov.core.Labelled;
import io.github.gridgov.core.order.Origin;

/**
 * 巡查类型 — what kind of round a plan makes, what a visit covers and where its findings come
 * from.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum InspectionKind implements Labelled {
  /** 网格巡查 — a grid worker's round of the buildings. */
  GRID_PATROL(false, Origin.GRID_PATROL),
  /** 城管进社区 — urban-management officers' patrol of the buildings and streets. */
  ENFORCEMENT_PATROL(false, Origin.GRID_PATROL),
  /** 定期排查 — a regular check of the buildings for hazards and disputes, e.g. by a 互助理事会. */
  REGULAR_CHECK(false, Origin.PROACTIVE),
  /** 入户走访 — visits to every household (大走访: 进网格、访民情、解难题、办实事). */
  HOME_VISITS(true, Origin.PROACTIVE);

  private final boolean households;
  private final Origin origin;

  InspectionKind(boolean households, Origin origin) {
    this.households = households;
    this.origin = origin;
  }

  /** Whether a visit covers a household (else a building). */
  public boolean visitsHouseholds() {
    return households;
  }

  /** The origin of the orders its findings become. */
  public Origin origin() {
    return origin;
  }
}
