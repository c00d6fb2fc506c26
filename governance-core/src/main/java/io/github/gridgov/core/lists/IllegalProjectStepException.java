package io.github.gridgov.core.lists;

import io.github.gridgov.core.GovernanceException;

/**
 * A project step that the project's status does not allow. The project it was called on is
 * unchanged.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class IllegalProjectStepException extends GovernanceException {
  private static final long serialVersionUID = 1L;

  private final ProjectId project;
  private final ProjectStatus status;
  private final ProjectStep.Kind step;

  IllegalProjectStepException(
      ProjectId project, ProjectStatus status, ProjectStep.Kind step, String why) {
    super(
        "Cannot "
            + step.name().toLowerCase(java.util.Locale.ROOT)
            + " project "
            + project
            + " in status "
            + status
            + ": "
            + why);
    this.project = project;
    this.status = status;
    this.step = step;
  }

  /** The project the step was tried on. */
  public ProjectId project() {
    return project;
  }

  /** Its status when the step was tried. */
  public ProjectStatus status() {
    return status;
  }

  /** The step refused. */
  public ProjectStep.Kind step() {
    return step;
  }
}
