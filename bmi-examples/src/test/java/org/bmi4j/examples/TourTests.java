package org.bmi4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TourTests {
  @Test
  void theTourRunsEveryExampleInOrderUnderItsHeading() {
    String text = Printed.run(out -> {
      Tour.run(out);
      return null;
    }).text();
    List<String> titles = List.of(AutomotiveAlliances.TITLE,
        "2. Plastic waste to 3D-printer filament [DESILVA]", PlatformSme.TITLE,
        DualChemicals.TITLE, SmartCityEcosystems.TITLE);
    assertEquals(titles, Tour.STOPS.stream().map(Tour.Stop::title).toList());
    int previous = -1;
    for (String title : titles) {
      String heading = "=".repeat(78) + "\n" + title + "\n" + "=".repeat(78) + "\n";
      int at = text.indexOf(heading);
      assertTrue(at > previous, "heading of '" + title + "' after the one before");
      assertEquals(at, text.lastIndexOf(heading), "heading of '" + title + "' printed once");
      previous = at;
    }
  }
}
