package io.github.gridgov.core.lists;

import io.github.gridgov.core.Labelled;

/**
 * 项目状态 — where a project on the projects list stands.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum ProjectStatus implements Labelled {
  /** 待认领 — listed, nobody has claimed it yet. */
  LISTED,
  /** 已认领 — a unit, team or responder claimed it. */
  CLAIMED,
  /** 实施中 — work has started. */
  IN_PROGRESS,
  /** 已完成 — done; residents may evaluate it. */
  COMPLETED,
  /** 已撤销 — withdrawn before completion. */
  CANCELLED;

  /** Whether no further work step is possible. */
  public boolean isFinal() {
    return this == COMPLETED || this == CANCELLED;
  }
}
