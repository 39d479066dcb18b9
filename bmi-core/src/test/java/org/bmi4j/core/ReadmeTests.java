package org.bmi4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Channel;
import org.bmi4j.core.model.Exchange;
import org.bmi4j.core.model.Exchanged;
import org.bmi4j.core.model.FindingCode;
import org.bmi4j.core.model.Offering;
import org.bmi4j.core.model.Sector;
import org.bmi4j.core.model.ValueExchange;
import org.bmi4j.core.model.ValueFunction;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.core.model.ValueProposition;
import org.junit.jupiter.api.Test;

/** The README's quickstart is this class's code, and it does what the README says. */
class ReadmeTests {
  private static final Path README = Path.of("..", "README.md");
  private static final Path SELF =
      Path.of("src", "test", "java", "org", "bmi4j", "core", "ReadmeTests.java");

  @Test
  void theQuickstartRunsAndDoesWhatItsCommentsSay() {
    // quickstart begin
    Actor shop = Actor.of("shop", "Refill shop", ActorRole.FOCAL_FIRM, Sector.PRIVATE);
    Actor locals =
        Actor.of("locals", "Local households", ActorRole.CUSTOMER_SEGMENT, Sector.PRIVATE);
    List<ValueKind> kinds = List.of(ValueKind.ECONOMIC, ValueKind.ENVIRONMENTAL);
    Offering refills = Offering.of("refills", "Package-free refills", kinds, Set.of("locals"));
    Exchange sell =
        Exchange.of("sell", "shop", "locals", Exchanged.offering("refills"), Channel.OWN_OUTLET);
    BusinessModel model =
        BusinessModel.builder()
            .id("refill")
            .name("Refill shop")
            .addOwner("shop")
            .addActors(shop, locals)
            .addAllMissions(kinds)
            .proposition(ValueProposition.of(List.of(refills)))
            .exchange(ValueExchange.of(List.of(sell)))
            .build();

    System.out.println(model.completeness().empty()); // [CREATION, CAPTURE]
    System.out.println(model.coherence()); // NO_RECIPROCAL_FLOW: locals pay nothing yet
    String json = BmiJson.write(DocumentType.BUSINESS_MODEL, model);
    BusinessModel again = BmiJson.read(DocumentType.BUSINESS_MODEL, json); // equal to model
    // quickstart end

    assertEquals("[CREATION, CAPTURE]", model.completeness().empty().toString());
    assertEquals(
        List.of(ValueFunction.CREATION, ValueFunction.CAPTURE),
        model.completeness().empty().asList());
    assertEquals(
        List.of(FindingCode.NO_RECIPROCAL_FLOW),
        model.coherence().stream().map(f -> f.code()).collect(Collectors.toList()));
    assertEquals(Optional.of("locals"), model.coherence().get(0).value("recipient", String.class));
    assertEquals(model, again);
  }

  @Test
  void theReadmeShowsExactlyTheQuickstartCode() throws IOException {
    String readme = Files.readString(README);
    int start = readme.indexOf("```java\n", readme.indexOf("## Quickstart")) + "```java\n".length();
    String shown = readme.substring(start, readme.indexOf("```", start));
    String source = Files.readString(SELF);
    String tested =
        source.substring(
            source.indexOf("// quickstart begin\n") + 20, source.indexOf("    // quickstart end"));
    assertEquals(normalise(tested), normalise(shown));
  }

  @Test
  void theReadmeTestCommandIsWhatCiRuns() throws IOException {
    String ci = Files.readString(Path.of("..", ".ci", "run"));
    String readme = Files.readString(README);
    String command = "mvn -B verify";
    assertTrue(readme.contains("# run every test\n" + command + "\n"), "README names " + command);
    // the README's command runs first, exactly; checks with other tools may follow it
    List<String> commands =
        ci.lines()
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .filter(line -> !line.startsWith("set ") && !line.startsWith("cd "))
            .toList();
    assertEquals(command, commands.get(0), ".ci/run runs " + command + " first");
  }

  private static String normalise(String code) {
    return code.lines().map(String::strip).collect(Collectors.joining("\n")).strip();
  }
}
