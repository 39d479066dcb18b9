package org.bmi4j.process.alliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.bmi4j.core.internal.AppendLog;
import org.junit.jupiter.api.Test;

/**
 * What every built or copied alliance context is checked for, with the words of each refusal, and
 * that it holds its lists as shared logs however they were given.
 */
class AllianceContextCheckTests {
  private static AllianceContext concept() {
    return Alliances.concept().context();
  }

  private static String refusal(Runnable build) {
    return assertThrows(IllegalArgumentException.class, build::run).getMessage();
  }

  @Test
  void aCycleBelowOneIsRefused() {
    assertEquals(
        "alliance 'mobility' has cycle 0; cycles count from 1",
        refusal(() -> concept().withCycle(0)));
  }

  @Test
  void negativeModelIterationsAreRefused() {
    assertEquals(
        "alliance 'mobility' has -1 model iterations; the count is 0 or more",
        refusal(() -> concept().withModelIterations(-1)));
  }

  @Test
  void aRatioOfZeroIsRefused() {
    assertEquals(
        "the win-win ratio of alliance 'mobility' must be greater than 0 with at most 30 digits"
            + " before and after the decimal point, was 0",
        refusal(() -> concept().withWinWinRatio(BigDecimal.ZERO)));
  }

  @Test
  void aVisionAndTheInstantItWasRecordedGoTogether() {
    assertEquals(
        "alliance 'mobility' has no vision and an instant it was recorded; a vision and the"
            + " instant it was recorded go together",
        refusal(() -> concept().withVisionRecordedAt(Instant.EPOCH)));
    assertEquals(
        "alliance 'mobility' has a vision and no such instant; a vision and the instant it was"
            + " recorded go together",
        refusal(() -> concept().withVision(Vision.split("markets diverge"))));
  }

  @Test
  void theFirstFailingCheckIsTheOneReported() {
    assertTrue(
        refusal(
                () ->
                    AllianceContext.builder().from(concept()).cycle(0).modelIterations(-1).build())
            .contains("cycles count from 1"));
  }

  @Test
  void listsGivenAsPlainListsAreHeldAsLogsAndLogsAreKept() {
    AllianceContext concept = concept();
    AllianceContext plain =
        concept
            .withSeparationList(List.copyOf(concept.separation()))
            .withLearningList(List.copyOf(concept.learning()));
    assertInstanceOf(AppendLog.class, plain.separationList());
    assertInstanceOf(AppendLog.class, plain.learningList());
    assertEquals(concept.separation(), plain.separation());
    assertEquals(concept.learning(), plain.learning());
    assertEquals(concept, plain);
    AllianceContext approved = concept.withInternalApproval("board");
    assertSame(concept.separationList(), approved.separationList());
    assertSame(concept.partnerList(), approved.partnerList());
  }
}
