package org.bmi4j.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bmi4j.core.internal.Sentences;
import org.bmi4j.core.model.FindingCode;
import org.bmi4j.core.model.MessageCode;
import org.bmi4j.core.model.ProblemCode;
import org.bmi4j.core.testing.Messages;
import org.bmi4j.core.valueflow.ScenarioProblemCode;
import org.bmi4j.process.alliance.AllianceFinding;
import org.bmi4j.process.alliance.AllianceViolation;
import org.bmi4j.process.firm.FirmViolation;
import org.bmi4j.process.multilevel.CouplingViolation;
import org.bmi4j.process.sst.SstViolation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every stable code of the library, from both modules: each has a sentence template of its own and
 * documentation, on the constant and in {@code docs/codes.md}.
 */
class CodesTests {
  /** A code enum of the library, with the module it lives in and what its codes name. */
  record Codes(Class<? extends Enum<?>> type, String module, String description) {
    List<Enum<?>> constants() {
      return List.of(type.getEnumConstants());
    }

    /** The top-level source file declaring the enum. */
    Path source() {
      Class<?> top = type;
      while (top.getEnclosingClass() != null) {
        top = top.getEnclosingClass();
      }
      return MODULES
          .resolve(module)
          .resolve(MAIN)
          .resolve(top.getName().replace('.', '/') + ".java");
    }

    String name() {
      return type.getEnclosingClass() == null
          ? type.getSimpleName()
          : type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName();
    }
  }

  private static final Path MODULES = Path.of("..");
  private static final Path MAIN = Path.of("src", "main", "java");
  private static final Path PAGE = MODULES.resolve(Path.of("docs", "codes.md"));
  private static final Path EXPECTED_PAGE = Path.of("target", "codes.md");

  /** Every code enum of the library, in the order of the reference page. */
  static final List<Codes> ALL =
      List.of(
          new Codes(
              ProblemCode.class,
              "bmi-core",
              "Integrity problems of a business model: each"
                  + " `IntegrityProblem` has a path, such as `activities[3].resources[0]`, a code, a"
                  + " message and the values it uses; building a model with any throws one `ModelIntegrityException` listing them"
                  + " all."),
          new Codes(
              FindingCode.class,
              "bmi-core",
              "Coherence findings on a business model"
                  + " (`BusinessModel.coherence()`): each `CoherenceFinding` has a path, a code, a"
                  + " message and the values it uses; reported, never thrown."),
          new Codes(
              ScenarioProblemCode.class,
              "bmi-core",
              "Problems of a market scenario checked"
                  + " against its business model (net value flow after e3value): each"
                  + " `ScenarioProblem` has a path, such as `needs[0].path.orSplits[1]`, a code, a"
                  + " message and the values it uses; building a scenario with any throws one `ScenarioException` listing"
                  + " them all."),
          new Codes(
              DefinitionProblem.Code.class,
              "bmi-process",
              "Problems of a process definition"
                  + " that fails to build: each `DefinitionProblem` has a code, a message and the values"
                  + " it uses; `build()`"
                  + " throws one `ProcessDefinitionException` listing them all."),
          new Codes(
              KernelViolation.class,
              "bmi-process",
              "Violations the process kernel reports"
                  + " whatever the process: each `Violation` of a rejected `Outcome` has a code, a"
                  + " subject (empty here), a message and the values it uses."),
          new Codes(
              AllianceViolation.class,
              "bmi-process",
              "Why the alliance-level BMI process"
                  + " rejects an event; the subject is the partner concerned, or empty."),
          new Codes(
              AllianceFinding.Code.class,
              "bmi-process",
              "Findings on an alliance"
                  + " (`AllianceProcess.findings`): reported, never blocking; the subject is the partner"
                  + " concerned, or empty."),
          new Codes(
              FirmViolation.class,
              "bmi-process",
              "Why the firm-level BMI process rejects an"
                  + " event; the subject is the idea, lesson, partner or model concerned, or empty."),
          new Codes(
              CouplingViolation.class,
              "bmi-process",
              "Why the multi-level alliance rejects an"
                  + " event of its own; the subject is the partner concerned. Violations of a partner's"
                  + " firm process keep their `FirmViolation` code, with the partner as subject."),
          new Codes(
              SstViolation.class,
              "bmi-process",
              "Why the sense-seize-transform cycle rejects"
                  + " an event; the subject is the opportunity or BM concerned, or empty."));

  private static final Pattern ENUM = Pattern.compile("\\benum\\s+(\\w+)\\s*(implements[^{]*)?\\{");
  private static final Pattern VIOLATION_CODE_TYPE =
      Pattern.compile(
          "\\b(?:class|record|enum|interface)\\s+(\\w+)[^{;]*\\b(?:implements|extends)[^{;]*"
              + "\\bViolationCode\\b[^{;]*\\{");

  static String sentence(Enum<?> code) {
    try {
      return (String) code.getDeclaringClass().getMethod("sentence").invoke(code);
    } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError(code.getDeclaringClass() + " has no public sentence()", e);
    }
  }

  private static Stream<Enum<?>> everyCode() {
    return ALL.stream().flatMap(codes -> codes.constants().stream());
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Nested
  class TheList {
    /**
     * Scans the main source trees of every module for enums named {@code *Code}, {@code *Violation}
     * or {@code Code} and for types implementing {@link ViolationCode}.
     */
    @Test
    void holdsEveryCodeTypeOfTheMainSourceTrees() throws IOException {
      Set<String> found = new TreeSet<>();
      for (String module : List.of("bmi-core", "bmi-process", "bmi-examples")) {
        Path root = MODULES.resolve(module).resolve(MAIN);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
          files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path file : files) {
          String text = read(file);
          Matcher enums = ENUM.matcher(text);
          while (enums.find()) {
            String name = enums.group(1);
            if (name.endsWith("Code") || name.endsWith("Violation") || name.equals("Code")) {
              found.add(file.normalize() + " " + name);
            }
          }
          Matcher implementing = VIOLATION_CODE_TYPE.matcher(text);
          while (implementing.find()) {
            found.add(file.normalize() + " " + implementing.group(1));
          }
        }
      }
      Set<String> listed = new TreeSet<>();
      for (Codes codes : ALL) {
        listed.add(codes.source().normalize() + " " + codes.type().getSimpleName());
      }

      assertEquals(
          listed,
          found,
          "CodesTests.ALL must list exactly the code types of the main" + " source trees");
    }
  }

  @Nested
  class EachCode {
    @Test
    void hasASentenceTemplateWithTextOfItsOwnBesideThePlaceholders() {
      everyCode()
          .forEach(
              code -> {
                String template = sentence(code);
                String literal = template.replace(Sentences.PLACEHOLDER, "");
                assertTrue(
                    literal.chars().filter(Character::isLetter).count() >= 10,
                    () -> code + " has too little text of its own: \"" + template + "\"");
                assertFalse(
                    literal.contains("%"), () -> code + " uses % other than in %s: " + template);
                assertEquals(template.strip(), template, () -> code + " has surrounding blanks");
              });
    }

    @Test
    void namesAValueForEachPlaceholderOfItsSentence() {
      everyCode()
          .forEach(
              code -> {
                assertTrue(
                    code instanceof MessageCode,
                    () -> code + " is no MessageCode: it names no values");
                MessageCode coded = (MessageCode) code;
                assertEquals(
                    Messages.placeholders(coded.sentence()),
                    coded.valueNames().size(),
                    () -> code + " names " + coded.valueNames() + " for " + coded.sentence());
              });
    }

    @Test
    void hasATemplateNoOtherCodeOfTheLibraryShares() {
      Map<String, List<String>> byTemplate = new LinkedHashMap<>();
      everyCode()
          .forEach(
              code ->
                  byTemplate
                      .computeIfAbsent(sentence(code), t -> new ArrayList<>())
                      .add(code.getDeclaringClass().getSimpleName() + "." + code));
      List<List<String>> shared =
          byTemplate.values().stream().filter(codes -> codes.size() > 1).toList();

      assertEquals(List.of(), shared, "codes sharing a sentence template");
    }

    @Test
    void isDocumentedByAJavadocCommentOnItsConstant() {
      for (Codes codes : ALL) {
        String source = read(codes.source());
        for (Enum<?> code : codes.constants()) {
          String doc = javadoc(source, code.name());
          assertFalse(
              doc.isBlank(),
              () -> codes.name() + "." + code + " has no Javadoc in " + codes.source());
        }
      }
    }

    @Test
    void isListedOnTheReferencePageAsTheCodeStandsNow() throws IOException {
      String expected = page();
      Files.createDirectories(EXPECTED_PAGE.getParent());
      Files.writeString(EXPECTED_PAGE, expected);

      assertEquals(
          expected,
          Files.exists(PAGE) ? read(PAGE) : "",
          "docs/codes.md is stale;"
              + " copy bmi-process/"
              + EXPECTED_PAGE
              + ", written by this test, over it");
    }
  }

  @Nested
  class AUsersOwnCode {
    @Test
    void keepsTheFreeTextTemplateByDefault() {
      assertEquals("%s", Toy.Code.TOO_SHORT.sentence());
    }

    @Test
    void addsAFreeTextMessageThatFollowsItsTemplate() {
      Violations violations = new Violations();
      violations.add(Toy.Code.TOO_SHORT, "author", "two texts at least, have 0");

      assertEquals(
          List.of(new Violation(Toy.Code.TOO_SHORT, "author", "two texts at least, have 0")),
          violations.toList());
      Invariants.checkMessages(violations.toList());
    }
  }

  @Nested
  class Reporting {
    @Test
    void fillsTheCodesTemplateWithTheArgumentsInOrder() {
      Violations violations = new Violations();
      violations.report(AllianceViolation.MILESTONE_OPEN, "rental", "pilot", "rental");

      assertEquals(
          List.of(
              new Violation(
                  AllianceViolation.MILESTONE_OPEN,
                  "rental",
                  "milestone 'pilot' of partner 'rental' is not done; complete it with"
                      + " CompleteMilestone",
                  ImmutableMap.of("milestone", "pilot", "partner", "rental"))),
          violations.toList());
    }

    @Test
    void rejectsAnArgumentCountTheTemplateDoesNotHave() {
      Violations violations = new Violations();

      IllegalArgumentException thrown =
          assertThrows(
              IllegalArgumentException.class,
              () -> violations.report(AllianceViolation.MILESTONE_OPEN, "rental", "pilot"));
      assertEquals(
          "the sentence template \"milestone '%s' of partner '%s' is not done; complete"
              + " it with CompleteMilestone\" has more placeholders than the 1 arguments given",
          thrown.getMessage());
      assertTrue(violations.isEmpty());
    }
  }

  /** Returns the Javadoc text right before the constant {@code name}, or an empty string. */
  static String javadoc(String source, String name) {
    Matcher doc =
        Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*" + name + "\\s*\\(", Pattern.DOTALL)
            .matcher(source);
    if (!doc.find()) {
      return "";
    }
    return doc.group(1)
        .replaceAll("(?m)^\\s*\\*\\s?", " ")
        .replaceAll("\\{@link #(\\w+)}", "$1")
        .replaceAll("\\{@link (\\w+)#(\\w+)}", "$1.$2")
        .replaceAll("\\{@link ([\\w.]+)}", "$1")
        .replaceAll("\\{@code ([^}]*)}", "`$1`")
        .replace("&amp;", "&")
        .replaceAll("\\s+", " ")
        .strip();
  }

  /** Returns the reference page as the codes stand now. */
  static String page() {
    StringBuilder page = new StringBuilder();
    page.append("# Codes\n\n")
        .append(
            "<!-- Generated by CodesTests in bmi-process; edit the code enums, not this page."
                + " -->\n\n")
        .append(
            "Every integrity problem, coherence finding, definition problem, violation and"
                + " alliance finding\nthe library reports carries a stable code: an enum constant"
                + " that is never renamed or removed,\nso applications may store codes and switch on"
                + " them. Each code has one sentence template\n(`sentence()`), and each of its"
                + " messages is that template with every `%s` filled in, in order.\nA message names"
                + " what is wrong, where (id, path, partner, state or event) and the values\n"
                + "involved, then what would be right. The message carries those values by name\n"
                + "(`values()`, `value(name, type)`), listed after each code's meaning below, so that"
                + " an\napplication acts on them rather than parse the sentence.\n\n")
        .append(
            "A process of your own keeps the default template of `ViolationCode`, `%s`, and"
                + " adds free-text\nmessages with `Violations.add`; the library's guards fill their"
                + " templates with\n`Violations.report`.\n");
    for (Codes codes : ALL) {
      page.append("\n## ")
          .append(codes.name())
          .append("\n\n`")
          .append(codes.type().getName().replace('$', '.'))
          .append("` (")
          .append(codes.module())
          .append("). ")
          .append(codes.description())
          .append("\n\n")
          .append("| Code | Meaning | Sentence |\n")
          .append("| --- | --- | --- |\n");
      String source = read(codes.source());
      for (Enum<?> code : codes.constants()) {
        page.append("| `")
            .append(code.name())
            .append("` | ")
            .append(javadoc(source, code.name()).replace("|", "\\|"))
            .append(values(code))
            .append(" | `")
            .append(sentence(code).replace("|", "\\|"))
            .append("` |\n");
      }
    }
    return page.toString();
  }

  /** Returns the names of the values a code's messages carry, as the page lists them. */
  private static String values(Enum<?> code) {
    if (code instanceof MessageCode coded && !coded.valueNames().isEmpty()) {
      return " Values: "
          + coded.valueNames().stream()
              .distinct()
              .map(name -> "`" + name + "`")
              .collect(java.util.stream.Collectors.joining(", "))
          + ".";
    }
    return "";
  }
}
