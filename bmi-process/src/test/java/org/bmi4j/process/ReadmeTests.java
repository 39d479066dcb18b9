package org.bmi4j.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.process.alliance.AllianceEvent;
import org.bmi4j.process.alliance.AllianceInstance;
import org.bmi4j.process.alliance.AlliancePhase;
import org.bmi4j.process.alliance.AllianceProcess;
import org.bmi4j.process.alliance.AllianceViolation;
import org.bmi4j.process.alliance.BusinessCase;
import org.bmi4j.process.alliance.Coverage;
import org.bmi4j.process.alliance.Funding;
import org.bmi4j.process.alliance.Requirement;
import org.junit.jupiter.api.Test;

/** The README's process example is this class's code, and it does what the README says. */
class ReadmeTests {
  private static final Path SELF =
      Path.of("src", "test", "java", "org", "bmi4j", "process", "ReadmeTests.java");

  @Test
  void theProcessExampleRunsAndDoesWhatItsCommentsSay() {
    // example begin
    Clock clock = Clock.systemUTC();
    Currency eur = Currency.getInstance("EUR");
    AllianceInstance alliance =
        AllianceProcess.start("mobility", "Mobility alliance", Optional.of("oem"), eur, clock);
    Outcome<AllianceInstance> outcome = alliance.apply(new AllianceEvent.Advance());
    // Rejected: NO_BUSINESS_CASE, NO_INTERNAL_APPROVAL (a value, not an exception)
    List<Requirement> needs = List.of(new Requirement("rental stations", Coverage.PARTNER));
    BusinessCase businessCase =
        new BusinessCase("mobility on demand", "urban demand", needs, Optional.of(Funding.SHARED));
    alliance =
        alliance
            .applyOrThrow(new AllianceEvent.RecordBusinessCase(businessCase))
            .applyOrThrow(new AllianceEvent.ApproveInternally("board"))
            .applyOrThrow(new AllianceEvent.Advance()); // now in FOUNDATION
    String mermaid = ProcessDiagrams.mermaid(AllianceProcess.DEFINITION);
    String json = BmiJson.write(AllianceProcess.documentType(clock), alliance);
    // example end

    Outcome.Rejected<?> rejected = assertInstanceOf(Outcome.Rejected.class, outcome);
    assertEquals(
        List.of(AllianceViolation.NO_BUSINESS_CASE, AllianceViolation.NO_INTERNAL_APPROVAL),
        rejected.violations().stream().map(Violation::code).toList());
    assertEquals(AlliancePhase.FOUNDATION, alliance.state());
    assertTrue(mermaid.startsWith("stateDiagram-v2"));
    assertEquals(alliance, BmiJson.read(AllianceProcess.documentType(clock), json));
  }

  @Test
  void theReadmeShowsExactlyTheExampleCode() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    int start = readme.indexOf("```java\n", readme.indexOf("## Processes")) + "```java\n".length();
    String shown = readme.substring(start, readme.indexOf("```", start));
    String source = Files.readString(SELF);
    String tested =
        source.substring(
            source.indexOf("// example begin\n") + 17, source.indexOf("    // example end"));
    assertEquals(normalise(tested), normalise(shown));
  }

  private static String normalise(String code) {
    return code.lines().map(String::strip).collect(Collectors.joining("\n")).strip();
  }
}
