package io.github.gridgov.rules.consultation;

import io.github.gridgov.core.GovernanceException;

/**
 * A consultation step that its stage or its facts do not allow. The consultation it was called
 * on is unchanged.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class IllegalConsultationStepException extends GovernanceException {
  private static final long serialVersionUID = 1L;

  private final ConsultationId consultation;
  private final Stage stage;
  private final ConsultationStep.Kind step;

  IllegalConsultationStepException(
      ConsultationId consultation, Stage stage, ConsultationStep.Kind step, String why) {
    super(
        "Cannot "
            + step.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
            + " consultation "
            + consultation
            + " in stage "
            + stage
            + ": "
            + why);
    this.consultation = consultation;
    this.stage = stage;
    this.step = step;
  }

  /** The consultation the step was tried on. */
  public ConsultationId consultation() {
    return consultation;
  }

  /** Its stage when the step was tried. */
  public Stage stage() {
    return stage;
  }

  /** The step refused. */
  public ConsultationStep.Kind step() {
    return step;
  }
}
