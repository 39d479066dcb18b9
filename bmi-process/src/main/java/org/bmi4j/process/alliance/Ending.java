package org.bmi4j.process.alliance;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import org.bmi4j.core.model.Actor;

/**
 * How the alliance ended [SPIETH; DIVESTED is a library addition]: the ending state, why and when
 * (the instant of the ending step, from the alliance's clock), and the vision carried out, if it
 * ended by carrying out its vision; TERMINATED, an unplanned failure, carries none.
 *
 * @param state the ending state
 * @param reason why: the carried-out vision's reason, or the reason for terminating
 * @param at when the alliance ended
 * @param vision the vision carried out; empty for TERMINATED
 */
public record Ending(AlliancePhase state, String reason, Instant at, Optional<Vision> vision) {
  /**
   * Checks the parts.
   *
   * @param state the ending state
   * @param reason why: the carried-out vision's reason, or the reason for terminating
   * @param at when the alliance ended
   * @param vision the vision carried out; empty for TERMINATED
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code state} is active, or the vision is missing for an
   *     ending other than TERMINATED, present for TERMINATED, or leads to another ending
   */
  public Ending {
    checkNotNull(state, "state");
    checkNotNull(reason, "reason");
    checkNotNull(at, "at");
    checkNotNull(vision, "vision");
    checkArgument(
        !state.isActive(), "an ending is an ending state, was the active phase %s", state);
    checkArgument(
        state == AlliancePhase.TERMINATED
            ? vision.isEmpty()
            : vision.map(v -> v.ending() == state).orElse(false),
        "the ending %s %s; TERMINATED carries no vision, every other ending the vision carried"
            + " out, whose ending it is",
        state,
        vision.map(v -> "carries a " + v.kind() + " vision").orElse("carries no vision"));
  }

  /**
   * Returns the buyer the alliance business was sold to: DIVESTED only.
   *
   * @return the buyer the alliance business was sold to
   */
  public Optional<Actor> buyer() {
    return vision.flatMap(Vision::buyer);
  }
}
