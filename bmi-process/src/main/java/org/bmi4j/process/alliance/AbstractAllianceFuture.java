package org.bmi4j.process.alliance;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The alliance's future: the vision and when it was recorded, and how the alliance ended. A part of
 * {@link AbstractAllianceContext} of its own, so that the context's copy per event stays small (see
 * {@link AbstractAllianceLogs}); the context checks that a vision and its instant go together.
 */
@Value.Immutable
@NestedStyle
abstract class AbstractAllianceFuture {
  /** No vision, no ending. */
  static final AllianceFuture NONE = AllianceFuture.builder().build();

  abstract Optional<Vision> vision();

  abstract Optional<Instant> visionRecordedAt();

  abstract Optional<Ending> ending();
}
