package org.bmi4j.process.firm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.bmi4j.core.analysis.BusinessModelIntersection;
import org.junit.jupiter.api.Test;

/** Issue 14: the intersection of two models is computed once per pair of model instances. */
class IntersectionsTests {
  @Test
  void theIntersectionOfTheSameTwoModelsIsComputedOnceAndEqualsAFreshOne() {
    BusinessModelIntersection first = Intersections.of(FirmFixtures.FLEET, FirmFixtures.RENTALS);
    assertSame(first, Intersections.of(FirmFixtures.FLEET, FirmFixtures.RENTALS));
    assertEquals(BusinessModelIntersection.of(FirmFixtures.FLEET, FirmFixtures.RENTALS), first);
    assertEquals(
        BusinessModelIntersection.of(FirmFixtures.RENTALS, FirmFixtures.FLEET),
        Intersections.of(FirmFixtures.RENTALS, FirmFixtures.FLEET));
  }

  @Test
  void contextsCopiedFromOneAnotherShareTheIntersection() {
    FirmContext context =
        FirmContext.builder()
            .firm(FirmFixtures.OEM)
            .extantModel(FirmFixtures.FLEET)
            .build()
            .withPartner(new ProposedPartner(FirmFixtures.RENTAL, FirmFixtures.RENTALS));
    FirmContext copied = context.withLesson(new Lesson("l", "A lesson", LessonSource.LEARNED));
    assertSame(
        context.intersection("rental").orElseThrow(), copied.intersection("rental").orElseThrow());
  }
}
