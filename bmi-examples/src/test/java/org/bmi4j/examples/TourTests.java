package org.bmi4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TourTests {
  @Test
  void theTourRunsEveryExampleInOrderUnderItsHeading() {
    String text =
        Printed.run(
                out -> {
                  Tour.run(out);
                  return null;
                })
            .text();
    List<String> titles =
        List.of(
            AutomotiveAlliances.TITLE,
            PlasticWasteFilament.TITLE,
            PlatformSme.TITLE,
            DualChemicals.TITLE,
            SmartCityEcosystems.TITLE,
            ValueFlowCases.TITLE);
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

  @Test
  void theReadmesFirstCommandRunsTheTourAndLinksEveryExample() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    String pom = Files.readString(Path.of("..", "pom.xml"));
    int setUp = readme.indexOf("```sh\n", readme.indexOf("## Set up"));
    assertTrue(
        readme.startsWith("# run the tour", setUp + "```sh\n".length()),
        "the first set-up command runs the tour");
    assertTrue(readme.contains("\nmvn -B -q -DskipTests -pl bmi-examples -am package exec:java\n"));
    assertTrue(pom.contains("<bmi.main>" + Tour.class.getName() + "</bmi.main>"));
    for (Class<?> example :
        List.of(
            AutomotiveAlliances.class,
            PlasticWasteFilament.class,
            PlatformSme.class,
            DualChemicals.class,
            SmartCityEcosystems.class)) {
      String source = "bmi-examples/src/main/java/" + example.getName().replace('.', '/') + ".java";
      assertTrue(readme.contains("(" + source + ")"), "README links " + source);
      assertTrue(Files.exists(Path.of("..", source)), source + " exists");
    }
  }
}
