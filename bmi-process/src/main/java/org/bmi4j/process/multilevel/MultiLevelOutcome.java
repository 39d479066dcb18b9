package org.bmi4j.process.multilevel;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.bmi4j.process.Violation;

/**
 * The outcome of an event on a multi-level alliance: accepted with the new state of every level, or
 * rejected with nothing changed and every violation, each naming the partner it belongs to.
 */
public sealed interface MultiLevelOutcome {
  /**
   * Returns the multi-level alliance after the event: new if accepted, the same if rejected.
   *
   * @return the multi-level alliance after the event
   */
  MultiLevelAlliance alliance();

  /**
   * Returns whether the event was accepted.
   *
   * @return whether the event was accepted
   */
  boolean isAccepted();

  /**
   * Accepted on every level.
   *
   * @param alliance the new multi-level alliance
   */
  record Accepted(MultiLevelAlliance alliance) implements MultiLevelOutcome {
    /**
     * @param alliance the new multi-level alliance
     * @throws NullPointerException if a component is null
     */
    public Accepted {
      checkNotNull(alliance, "alliance");
    }

    @Override
    public boolean isAccepted() {
      return true;
    }
  }

  /**
   * Rejected: no level changed.
   *
   * @param alliance the unchanged multi-level alliance
   * @param violations every violation: the alliance's with their own subjects, each firm's with the
   *     partner as subject
   */
  record Rejected(MultiLevelAlliance alliance, ImmutableList<Violation> violations)
      implements MultiLevelOutcome {
    /**
     * @param alliance the unchanged multi-level alliance
     * @param violations every violation: the alliance's with their own subjects, each firm's with
     *     the partner as subject
     * @throws NullPointerException if a component is null
     */
    public Rejected {
      checkNotNull(alliance, "alliance");
      checkNotNull(violations, "violations");
    }

    @Override
    public boolean isAccepted() {
      return false;
    }
  }
}
