package org.bmi4j.core.analysis;

import static org.bmi4j.core.analysis.Shop.MODEL;
import static org.bmi4j.core.analysis.Shop.key;
import static org.bmi4j.core.analysis.Shop.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.bmi4j.core.model.Activity;
import org.bmi4j.core.model.ActivityKind;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Flow;
import org.bmi4j.core.model.GovernanceMode;
import org.bmi4j.core.model.Link;
import org.junit.jupiter.api.Test;

/** Activities, their links and governance compare across firms by the activities' kinds. */
class NoveltyOfActivitiesTests {
  private static BusinessModel withActivities(
      String id, String make, ActivityKind makeKind, String sell) {
    return BusinessModel.builder()
        .from(MODEL)
        .id(id)
        .creation(org.bmi4j.core.model.ValueCreation.builder().from(MODEL.creation()).build())
        .addActivity(
            Activity.builder()
                .id(make)
                .name("Make")
                .kind(makeKind)
                .performer("shop")
                .mode(GovernanceMode.IN_HOUSE)
                .addLink(Link.of(sell, Flow.GOODS))
                .valueCreating(true)
                .build())
        .addActivity(
            Activity.builder()
                .id(sell)
                .name("Sell")
                .kind(ActivityKind.SALES)
                .performer("shop")
                .mode(GovernanceMode.IN_HOUSE)
                .build())
        .build();
  }

  private final BusinessModelDiff addsActivities =
      BusinessModelDiff.of(MODEL, withActivities("shop", "brew", ActivityKind.PRODUCTION, "sell"));

  @Test
  void activitiesOfTheSameKindsUnderOtherIdsAreNewToTheFirm() {
    Novelty novelty =
        Novelty.of(
            addsActivities,
            List.of(withActivities("rival", "make", ActivityKind.PRODUCTION, "vend")));
    assertEquals(NoveltyScope.NEW_TO_FIRM, novelty.scope());
    assertEquals(List.of("rival"), novelty.sharingModels());
  }

  @Test
  void anActivityOfAnotherKindIsNewToTheIndustryWithItsLinkAndGovernance() {
    Novelty novelty =
        Novelty.of(
            addsActivities,
            List.of(withActivities("rival", "make", ActivityKind.MARKETING, "vend")));
    assertEquals(NoveltyScope.NEW_TO_INDUSTRY, novelty.scope());
    assertEquals(
        List.of(
            key(ElementKind.VALUE_CREATING_ACTIVITY, "brew"),
            key(ElementKind.ACTIVITY, "brew"),
            key(ElementKind.LINK, "brew->sell:GOODS"),
            key(ElementKind.GOVERNANCE, "brew")),
        keys(novelty.unmatched()));
  }
}
