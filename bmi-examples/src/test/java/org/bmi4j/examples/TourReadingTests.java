package org.bmi4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bmi4j.core.analysis.BmiClass;
import org.bmi4j.core.analysis.BmiRule;
import org.bmi4j.core.analysis.ElementKind;
import org.bmi4j.core.dual.BusinessFunction;
import org.bmi4j.core.dual.CustomerChoice;
import org.bmi4j.core.ecosystem.Corroboration;
import org.bmi4j.core.ecosystem.EcosystemPattern;
import org.bmi4j.core.ecosystem.HistoryAspect;
import org.bmi4j.core.ecosystem.TensionKind;
import org.bmi4j.core.model.Channel;
import org.bmi4j.core.model.FindingCode;
import org.bmi4j.core.model.GovernanceMode;
import org.bmi4j.core.model.ValueFunction;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.core.valueflow.Verdict;
import org.bmi4j.process.alliance.AlliancePhase;
import org.bmi4j.process.alliance.OrganisationalForm;
import org.bmi4j.process.alliance.VisionKind;
import org.bmi4j.process.firm.FirmPhase;
import org.bmi4j.process.sst.SstStage;
import org.junit.jupiter.api.Test;

/**
 * The tour as a teacher reads it: its prose (every line outside the fenced Mermaid and Markdown
 * blocks) says what it uses before it uses it, and names things in words.
 *
 * <p>A rejection is printed as the library reports it, codes and messages word for word (lines from
 * "REJECTED" up to the example's own "why:"): those lines are quoted output and left out of the
 * rules on words; the "why:" line is the example's and is kept.
 */
class TourReadingTests {
  private static final String TEXT =
      Printed.run(
              out -> {
                Tour.run(out);
                return null;
              })
          .text();

  /** The enums whose constants the examples print: phases, stages, visions and kinds. */
  private static final List<Class<? extends Enum<?>>> PRINTED_ENUMS =
      List.of(
          AlliancePhase.class,
          FirmPhase.class,
          VisionKind.class,
          OrganisationalForm.class,
          SstStage.class,
          ValueKind.class,
          ValueFunction.class,
          Channel.class,
          GovernanceMode.class,
          FindingCode.class,
          ElementKind.class,
          BmiClass.class,
          BmiRule.class,
          BusinessFunction.class,
          CustomerChoice.class,
          EcosystemPattern.class,
          TensionKind.class,
          HistoryAspect.class,
          Corroboration.class,
          Verdict.class);

  /** The tour's prose: lines outside fenced blocks, without the quoted rejections. */
  static List<String> prose(String text) {
    List<String> prose = new ArrayList<>();
    boolean fenced = false;
    boolean rejection = false;
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("```")) {
        fenced = !fenced;
        continue;
      }
      if (fenced) {
        continue;
      }
      if (line.stripLeading().startsWith("REJECTED ")) {
        rejection = true;
      } else if (line.stripLeading().startsWith("why: ")) {
        rejection = false;
      }
      if (!rejection) {
        prose.add(line);
      }
    }
    return prose;
  }

  @Test
  void noPhaseStageVisionOrKindIsPrintedAsItsEnumConstantOutsideTheDiagrams() {
    Set<String> constants = new HashSet<>();
    for (Class<? extends Enum<?>> type : PRINTED_ENUMS) {
      for (Enum<?> constant : type.getEnumConstants()) {
        constants.add(constant.name());
      }
    }
    Pattern word = Pattern.compile("\\b[A-Z][A-Z_]*[A-Z]\\b");
    List<String> found = new ArrayList<>();
    for (String line : prose(TEXT)) {
      Matcher m = word.matcher(line);
      while (m.find()) {
        if (constants.contains(m.group())) {
          found.add(m.group() + " in: " + line.strip());
        }
      }
    }
    assertEquals(List.of(), found, "enum constants in the tour's prose");
  }

  @Test
  void thePrimerSaysWhatTheValueFunctionsAndTheActivitySystemAreBeforeTheirFirstUse() {
    int primer = TEXT.indexOf("\n" + Tour.PRIMER + "\n");
    int firstExample = TEXT.indexOf("\n" + AutomotiveAlliances.TITLE + "\n");
    assertTrue(primer > 0 && primer < firstExample, "the primer comes before the first example");
    String said = TEXT.substring(primer, firstExample).replaceAll("\\s+", " ");
    for (String term :
        List.of(
            "four value functions",
            "value proposition (",
            "value creation (",
            "value exchange (",
            "value capture (",
            "activity system",
            "content (",
            "structure (",
            "governance (")) {
      assertTrue(said.contains(term), "the primer explains " + term);
    }
    String before = TEXT.substring(0, primer).toLowerCase(java.util.Locale.ROOT);
    assertFalse(before.contains("value function"), "no value function before the primer");
    assertFalse(before.contains("activity system"), "no activity system before the primer");
  }

  @Test
  void everyVisionAndEndingTheTourShowsIsExplained() {
    List<String> lines = prose(TEXT.replaceAll("\n +(?=[^ \\[-])", " "));
    int visions = 0;
    int endings = 0;
    for (String line : lines) {
      if (line.contains("vision recorded")) {
        visions++;
        assertTrue(
            List.of(VisionKind.values()).stream().anyMatch(v -> line.contains(Words.vision(v))),
            "a recorded vision is explained: " + line);
      }
      if (line.contains("ended as")) {
        endings++;
        assertTrue(
            List.of(AlliancePhase.values()).stream()
                .filter(p -> !p.isActive())
                .anyMatch(p -> line.contains(Words.ending(p))),
            "an ending is explained: " + line);
      }
    }
    assertTrue(visions >= 2, "the tour shows visions, found " + visions);
    var alliances = Printed.run(AutomotiveAlliances::run).result().alliances().values();
    long ended = alliances.stream().filter(m -> !m.alliance().state().isActive()).count();
    assertTrue(ended >= 1, "an alliance of the tour ends");
    assertEquals(ended, endings, "every ended alliance is shown ended, with its explanation");
    for (var m : alliances) {
      if (!m.alliance().state().isActive()) {
        assertTrue(
            String.join(" ", lines).contains(Words.ending(m.alliance().state())),
            "the ending of " + m.alliance().context().name() + " is explained");
      }
    }
  }

  @Test
  void theTourNamesTheFirmsAndModelsItShowsRatherThanTheirIds() {
    var alliances = Printed.run(AutomotiveAlliances::run).result().alliances().values();
    // ids that are no word of English prose: "oem" in lower case and hyphenated ones; an id such
    // as "rental" is a word the prose may use ("a car rental firm")
    Set<String> ids = new HashSet<>();
    for (var m : alliances) {
      ids.addAll(m.firms().keySet());
    }
    ids.add(Printed.run(PlasticWasteFilament::run).result().adopted().id());
    var sme = Printed.run(PlatformSme::run).result().after();
    sme.actors().forEach(a -> ids.add(a.id()));
    sme.proposition().offerings().forEach(o -> ids.add(o.id()));
    sme.creation().resources().forEach(r -> ids.add(r.id()));
    sme.activities().forEach(a -> ids.add(a.id()));
    sme.exchange().exchanges().forEach(e -> ids.add(e.id()));
    sme.capture().revenueStreams().forEach(r -> ids.add(r.id()));
    sme.capture().costs().forEach(c -> ids.add(c.id()));
    sme.capture().valueShares().forEach(v -> ids.add(v.id()));
    ids.removeIf(id -> !id.equals("oem") && !id.contains("-"));
    assertTrue(
        ids.containsAll(List.of("oem", "first-partner", "ethical-filament", "online-sales")),
        "ids checked: " + ids);
    List<String> found = new ArrayList<>();
    for (String line : prose(TEXT)) {
      for (String id : ids) {
        if (Pattern.compile("(?<![\\w-])" + Pattern.quote(id) + "(?![\\w-])")
            .matcher(line)
            .find()) {
          found.add(id + " in: " + line.strip());
        }
      }
    }
    assertEquals(List.of(), found, "ids in the tour's prose");
  }

  @Test
  void theTourWritesEveryAmountOfMoneyOneWay() {
    String prose = String.join("\n", prose(TEXT));
    Matcher codeFirst = Pattern.compile("\\b(EUR|INR|GBP|USD) ?-?\\d").matcher(prose);
    assertFalse(codeFirst.find(), "a currency code before its amount: " + near(prose, codeFirst));
    Matcher grouped = Pattern.compile("\\d,\\d{3}\\b").matcher(prose);
    assertFalse(grouped.find(), "a number with a thousands separator: " + near(prose, grouped));
    Matcher amount = Pattern.compile("(-?[\\d.,]+) (EUR|INR|GBP|USD)\\b").matcher(prose);
    int amounts = 0;
    while (amount.find()) {
      amounts++;
      assertTrue(
          amount.group(1).matches("-?\\d+\\.\\d{2}"),
          "an amount with two decimals before its code: " + amount.group());
    }
    assertTrue(amounts > 20, "the tour prints amounts, found " + amounts);
  }

  private static String near(String text, Matcher m) {
    int at = m.hitEnd() && !m.find(0) ? 0 : m.start();
    return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40));
  }
}
