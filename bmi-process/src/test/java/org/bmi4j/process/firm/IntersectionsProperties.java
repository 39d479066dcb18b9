package org.bmi4j.process.firm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.bmi4j.core.analysis.BusinessModelIntersection;
import org.bmi4j.core.model.BusinessModel;

/**
 * The slots in front of the intersection cache give each pair of model instances its own
 * intersection, the one computed first, however the pairs share slots.
 */
class IntersectionsProperties {
  /** Equal but distinct instances of the fixtures' models: each pair of instances is a key. */
  private static List<BusinessModel> instances(int copies) {
    List<BusinessModel> models = new ArrayList<>();
    for (int c = 0; c < copies; c++) {
      for (BusinessModel m :
          List.of(
              FirmFixtures.FLEET,
              FirmFixtures.FLEET_V2,
              FirmFixtures.FLEET_V3,
              FirmFixtures.RENTALS)) {
        models.add(BusinessModel.builder().from(m).build());
      }
    }
    return models;
  }

  @Property(tries = 20)
  void everyPairGetsItsOwnIntersectionWhateverItsSlot(@ForAll long seed) {
    Random random = new Random(seed);
    List<BusinessModel> models = instances(4); // 256 pairs of instances in 64 slots
    Map<BusinessModel, Map<BusinessModel, BusinessModelIntersection>> first =
        new IdentityHashMap<>();
    for (int i = 0; i < 600; i++) {
      BusinessModel a = models.get(random.nextInt(models.size()));
      BusinessModel b = models.get(random.nextInt(models.size()));
      BusinessModelIntersection found = Intersections.of(a, b);
      BusinessModelIntersection earlier =
          first.computeIfAbsent(a, k -> new IdentityHashMap<>()).putIfAbsent(b, found);
      if (earlier != null) {
        assertSame(earlier, found, "the intersection computed first");
      }
      assertEquals(BusinessModelIntersection.of(a, b), found);
    }
  }

  @Example
  void twoPairsOfOneSlotAskedInTurnEachGetTheirOwn() {
    List<BusinessModel> models = instances(8);
    BusinessModel a = models.get(0);
    BusinessModel b = models.get(3);
    int slot = Intersections.slot(a, b);
    BusinessModel c = null;
    for (BusinessModel m : models) {
      if (m != b && Intersections.slot(a, m) == slot) {
        c = m;
      }
    }
    if (c == null) {
      return; // no other pair of this slot among these instances (rare)
    }
    for (int i = 0; i < 4; i++) {
      assertEquals(BusinessModelIntersection.of(a, b), Intersections.of(a, b));
      assertEquals(BusinessModelIntersection.of(a, c), Intersections.of(a, c));
    }
  }
}
