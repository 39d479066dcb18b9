package org.bmi4j.process.alliance;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * The vision for the alliance's future formed in OPERATION [SPIETH].
 *
 * @param kind what is to happen
 * @param target the partner to reintegrate into (REINTEGRATE) or the buyer (DIVEST)
 */
public record Vision(VisionKind kind, Optional<String> target) {
  /**
   * @throws NullPointerException if a component is null
   */
  public Vision {
    checkNotNull(kind, "kind");
    checkNotNull(target, "target");
  }

  /** Returns the ending that carrying out this vision reaches. */
  public AlliancePhase ending() {
    return switch (kind) {
      case REINTEGRATE -> AlliancePhase.REINTEGRATED;
      case INDEPENDENT -> AlliancePhase.INDEPENDENT;
      case SPLIT -> AlliancePhase.SPLIT;
      case COMPLETE -> AlliancePhase.COMPLETED;
      case DIVEST -> AlliancePhase.DIVESTED;
    };
  }
}
