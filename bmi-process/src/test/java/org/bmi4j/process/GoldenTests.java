package org.bmi4j.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Sets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import org.bmi4j.core.alliance.ContributionLedger;
import org.bmi4j.core.analysis.BusinessModelDiff;
import org.bmi4j.core.canvas.BusinessModelCanvas;
import org.bmi4j.core.canvas.CanvasBlock;
import org.bmi4j.core.canvas.CanvasHeader;
import org.bmi4j.core.canvas.CanvasItem;
import org.bmi4j.core.csv.BmiCsv;
import org.bmi4j.core.csv.DiffRow;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Sector;
import org.bmi4j.core.testing.LedgerArbitraries;
import org.bmi4j.core.testing.ModelArbitraries;
import org.bmi4j.process.alliance.AllianceChains;
import org.bmi4j.process.alliance.AllianceInstance;
import org.bmi4j.process.alliance.AllianceProcess;
import org.bmi4j.process.alliance.AlliancesAccess;
import org.bmi4j.process.firm.FirmChains;
import org.bmi4j.process.firm.FirmInstance;
import org.bmi4j.process.firm.FirmProcess;
import org.bmi4j.process.multilevel.MultiLevelAlliance;
import org.bmi4j.process.multilevel.MultiLevelChains;
import org.bmi4j.process.multilevel.PartnerFirm;
import org.bmi4j.process.sst.SenseSeizeTransform;
import org.bmi4j.process.sst.SstChains;
import org.bmi4j.process.sst.SstInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Determinism: every kind of output bmi4j writes is the same bytes in every run, on every JDK.
 *
 * <p>The golden set is built from the fixtures' fixed cases (the Mobility alliance and the car
 * maker of [SPIETH], the filament organisation of [DESILVA]) and from fixed seeds (generated models
 * and ledgers, and one random chain per process), every clock fixed: model, ledger and
 * process-instance JSON (alliance, firm, multi-level, sense-seize-transform), Mermaid state
 * diagrams and timelines, DOT, CSV tables (elements, diffs, ledgers, timelines) and canvases (HTML
 * and Markdown). The test builds the set twice and requires the same bytes, and compares it with
 * the committed copy under {@code src/test/resources/golden/}, file by file, naming the first line
 * that differs.
 *
 * <p>Every run writes the set to {@code target/golden/}; {@code .ci/compare-jdks} compares that
 * directory between JDK 17 and JDK 25.
 *
 * <p>When an output changes on purpose, regenerate the golden copy and review its diff before
 * committing it:
 *
 * <pre>{@code
 * mvn -B -pl bmi-process -am verify -Dtest=GoldenTests -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dbmi.golden.update=true
 * git diff bmi-process/src/test/resources/golden
 * }</pre>
 */
class GoldenTests {
  private static final Path MODULE = Path.of(System.getProperty("basedir", "."));
  private static final Path GOLDEN = MODULE.resolve("src/test/resources/golden");
  private static final Path WRITTEN = MODULE.resolve("target/golden");
  private static final boolean UPDATE = Boolean.getBoolean("bmi.golden.update");
  private static final String REGENERATE =
      "if the change is intended, regenerate the golden set"
          + " with: mvn -B -pl bmi-process -am verify -Dtest=GoldenTests"
          + " -Dsurefire.failIfNoSpecifiedTests=false -Dbmi.golden.update=true"
          + " and review git diff bmi-process/src/test/resources/golden";

  private static final long MODEL_SEED = 42L;
  private static final long LEDGER_SEED = 7L;

  /**
   * The seed of the random chains, chosen as one whose alliance chain reaches a second cycle and
   * whose multi-level chain reaches OPERATION with both firms in ADAPTION.
   */
  private static final long CHAIN_SEED = 22L;

  private static final int CHAIN_STEPS = 30;

  private static Map<String, String> outputs;

  @BeforeAll
  static void buildAndWriteTheSet() throws IOException {
    outputs = outputs();
    write(WRITTEN, outputs);
  }

  @Test
  void everyOutputIsTheSameBytesWhenBuiltAgain() {
    Map<String, String> again = outputs();
    assertEquals(outputs.keySet(), again.keySet(), "the same outputs");
    for (Map.Entry<String, String> output : outputs.entrySet()) {
      firstDifference(output.getValue(), again.get(output.getKey()), "first build", "second build")
          .ifPresent(
              difference ->
                  fail(
                      output.getKey()
                          + " differs when built a second time in the same JVM, "
                          + difference));
    }
  }

  @Test
  void everyOutputMatchesItsGoldenCopy() throws IOException {
    if (UPDATE) {
      write(GOLDEN, outputs);
      return;
    }
    SortedSet<String> golden = list(GOLDEN);
    List<String> problems = new ArrayList<>();
    for (String missing : Sets.difference(outputs.keySet(), golden)) {
      problems.add(missing + " has no golden copy");
    }
    for (String extra : Sets.difference(golden, outputs.keySet())) {
      problems.add(extra + " is in the golden set but no longer written");
    }
    for (String name : Sets.intersection(outputs.keySet(), golden)) {
      byte[] expected = Files.readAllBytes(GOLDEN.resolve(name));
      byte[] actual = outputs.get(name).getBytes(StandardCharsets.UTF_8);
      if (!Arrays.equals(expected, actual)) {
        problems.add(
            name
                + " differs from its golden copy, "
                + firstDifference(
                        new String(expected, StandardCharsets.UTF_8),
                        outputs.get(name),
                        "golden",
                        "output")
                    .orElse("in bytes that are not UTF-8 text"));
      }
    }
    if (!problems.isEmpty()) {
      fail(
          String.join("\n", problems)
              + "\n"
              + REGENERATE
              + " (this run's outputs are in "
              + WRITTEN
              + ")");
    }
  }

  @Test
  void aDifferenceIsReportedAtItsFirstLineWithBothTexts() {
    assertEquals(Optional.empty(), firstDifference("a\nb\n", "a\nb\n", "golden", "output"));
    assertEquals(
        Optional.of("first at line 2:\n  golden: b\n  output: c"),
        firstDifference("a\nb\nx\n", "a\nc\ny\n", "golden", "output"));
    assertEquals(
        Optional.of("first at line 3:\n  golden: \n  output: c"),
        firstDifference("a\nb\n", "a\nb\nc\n", "golden", "output"));
    assertEquals(
        Optional.of("first at line 3: the output ends before it"),
        firstDifference("a\nb\nc", "a\nb", "golden", "output"));
  }

  /**
   * Returns where two texts first differ, by line, or empty if they are the same; {@code a} and
   * {@code b} name the two texts in the message.
   */
  static Optional<String> firstDifference(String expected, String actual, String a, String b) {
    if (expected.equals(actual)) {
      return Optional.empty();
    }
    String[] e = expected.split("\n", -1);
    String[] o = actual.split("\n", -1);
    for (int i = 0; i < Math.min(e.length, o.length); i++) {
      if (!e[i].equals(o[i])) {
        String width = "%-" + Math.max(a.length(), b.length()) + "s";
        return Optional.of(
            "first at line "
                + (i + 1)
                + ":\n  "
                + String.format(width, a + ":")
                + " "
                + e[i]
                + "\n  "
                + String.format(width, b + ":")
                + " "
                + o[i]);
      }
    }
    return Optional.of(
        "first at line "
            + (Math.min(e.length, o.length) + 1)
            + ": the "
            + (e.length < o.length ? a : b)
            + " ends before it");
  }

  /**
   * Builds the golden set: every output by its path under {@code golden/}, from the fixtures and
   * fixed seeds only.
   */
  static Map<String, String> outputs() {
    TreeMap<String, String> out = new TreeMap<>();

    // models: the fixtures' and two generated from a fixed seed
    Random random = new Random(MODEL_SEED);
    BusinessModel generated = sample(ModelArbitraries.businessModels(), random);
    BusinessModel complete = sample(ModelArbitraries.completeBusinessModels(), random);
    List<BusinessModel> fleet = FirmChains.fixtureModels();
    List<BusinessModel> models =
        ImmutableList.<BusinessModel>builder()
            .add(AlliancesAccess.allianceModel(), SstChains.filamentModel())
            .addAll(fleet)
            .add(generated, complete)
            .build();
    for (BusinessModel model : models) {
      String prefix = model == generated || model == complete ? "seed-" + MODEL_SEED + "-" : "";
      out.put(
          "json/model-" + prefix + model.id() + "-v" + model.version() + ".json",
          BmiJson.write(DocumentType.BUSINESS_MODEL, model));
    }
    out.put("csv/elements.csv", BmiCsv.ELEMENTS.write(BmiCsv.elements(models)));
    List<DiffRow> diffs = new ArrayList<>();
    for (BusinessModel[] pair :
        new BusinessModel[][] {
          {fleet.get(0), fleet.get(1)},
          {fleet.get(1), fleet.get(2)},
          {fleet.get(0), fleet.get(3)},
          {generated, complete}
        }) {
      diffs.addAll(BmiCsv.diff(BusinessModelDiff.of(pair[0], pair[1])));
    }
    out.put("csv/diffs.csv", BmiCsv.DIFFS.write(diffs));
    for (BusinessModel model :
        List.of(AlliancesAccess.allianceModel(), SstChains.filamentModel(), complete)) {
      BusinessModelCanvas canvas = BusinessModelCanvas.of(model);
      String prefix = model == complete ? "seed-" + MODEL_SEED + "-" : "";
      out.put("canvas/" + prefix + model.id() + ".html", canvas.toHtml());
      out.put("canvas/" + prefix + model.id() + ".md", canvas.toMarkdown());
    }

    out.put("canvas/long-words.html", longWordsCanvas().toHtml());

    // definitions
    for (ProcessDefinition<?, ?, ?> definition :
        List.of(
            AllianceProcess.DEFINITION, FirmProcess.DEFINITION, SenseSeizeTransform.DEFINITION)) {
      out.put("mermaid/" + definition.name() + ".mmd", ProcessDiagrams.mermaid(definition));
      out.put(
          "mermaid/" + definition.name() + "-drawn.mmd",
          ProcessDiagrams.mermaid(definition, ProcessDiagrams.SelfLoops.DRAW));
      out.put("dot/" + definition.name() + ".dot", ProcessDiagrams.dot(definition));
    }
    // states named like the tools' keywords, every self-loop option, steps on several dates
    out.put("mermaid/keywords.mmd", ProcessDiagrams.mermaid(Keywords.DEFINITION));
    out.put(
        "mermaid/keywords-drawn.mmd",
        ProcessDiagrams.mermaid(Keywords.DEFINITION, ProcessDiagrams.SelfLoops.DRAW));
    out.put("dot/keywords.dot", ProcessDiagrams.dot(Keywords.DEFINITION));
    out.put("mermaid/timeline-keywords.mmd", ProcessDiagrams.timeline(Keywords.walk()));

    // the cases
    AllianceInstance mobility = AllianceChains.mobilityCase();
    instance(out, "alliance-mobility", mobility, AllianceChains.JSON);
    ledger(out, "mobility", mobility.context().ledger());
    ledger(out, "generated", sample(LedgerArbitraries.ledgers(), new Random(LEDGER_SEED)));
    instance(out, "firm-fleet", FirmChains.fleetCase(), FirmChains.JSON);
    multiLevel(out, "multilevel-mobility", MultiLevelChains.mobilityCase());
    instance(out, "sst-filament", SstChains.filamentCase(), SstChains.JSON);

    // random chains from a fixed seed
    List<BusinessModel> pool =
        ImmutableList.<BusinessModel>builder().addAll(fleet).add(generated, complete).build();
    instance(
        out,
        "alliance-seed-" + CHAIN_SEED,
        alliance(AllianceChains.chain(CHAIN_SEED, CHAIN_STEPS)),
        AllianceChains.JSON);
    instance(
        out,
        "firm-seed-" + CHAIN_SEED,
        firm(FirmChains.chain(CHAIN_SEED, CHAIN_STEPS, pool)),
        FirmChains.JSON);
    multiLevel(
        out,
        "multilevel-seed-" + CHAIN_SEED,
        (MultiLevelAlliance) MultiLevelChains.chain(CHAIN_SEED, CHAIN_STEPS).end());
    instance(
        out,
        "sst-seed-" + CHAIN_SEED,
        sst(SstChains.chain(CHAIN_SEED, CHAIN_STEPS, pool)),
        SstChains.JSON);
    return ImmutableSortedMap.copyOf(out);
  }

  /**
   * A canvas a browser must still lay out: words longer than a line, capitals, many entries, and
   * text in CJK, Cyrillic, Greek, Arabic and Hebrew script.
   */
  static BusinessModelCanvas longWordsCanvas() {
    List<CanvasItem> notes = new ArrayList<>();
    List<String> texts =
        List.of(
            "Donaudampfschifffahrtsgesellschaftskapitänsmützenfabrikationsgenossenschaft",
            "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW",
            "MMMM WWWW QQQQ MMMM WWWW QQQQ MMMM WWWW QQQQ MMMM WWWW QQQQ",
            "廃棄物から作るフィラメントを地域の協同組合と共同で販売する長期的なパートナーシップ",
            "재활용 플라스틱 필라멘트를 지역 협동조합과 함께 판매하는 장기적인 파트너십",
            "Долгосрочное партнёрство с местным кооперативом по переработке пластика",
            "Μακροπρόθεσμη συνεργασία με τον τοπικό συνεταιρισμό ανακύκλωσης πλαστικού",
            "شراكة طويلة الأمد مع التعاونية المحلية لإعادة تدوير البلاستيك",
            "שותפות ארוכת טווח עם הקואופרטיב המקומי למיחזור פלסטיק",
            "a https://example.org/a/very/long/address/that/has/no/space/in/it/at/all");
    for (CanvasBlock block : CanvasBlock.values()) {
      int many = block == CanvasBlock.KEY_PARTNERS || block == CanvasBlock.COST_STRUCTURE ? 3 : 1;
      for (int i = 0; i < many; i++) {
        texts.forEach(text -> notes.add(new CanvasItem.Note(block, text)));
      }
    }
    return new BusinessModelCanvas(
        "Ünïcödé & Langwörter: 世界の協同組合",
        new CanvasHeader(
            "long-words",
            1,
            List.of(Actor.of("w", "WWWWWWWWWWWWWWWWWWWW", ActorRole.FOCAL_FIRM, Sector.PRIVATE)),
            Set.of(),
            List.of(),
            List.of()),
        notes);
  }

  private static <I extends ProcessInstance<?, ?, ?>> void instance(
      Map<String, String> out, String name, I instance, DocumentType<I> json) {
    out.put("json/process-" + name + ".json", BmiJson.write(json, instance));
    timeline(out, name, instance);
  }

  private static void timeline(
      Map<String, String> out, String name, ProcessInstance<?, ?, ?> instance) {
    out.put("mermaid/timeline-" + name + ".mmd", ProcessDiagrams.timeline(instance));
    out.put("csv/timeline-" + name + ".csv", TimelineRow.TABLE.write(TimelineRow.of(instance)));
  }

  private static void multiLevel(Map<String, String> out, String name, MultiLevelAlliance m) {
    out.put("json/process-" + name + ".json", BmiJson.write(MultiLevelChains.JSON, m));
    timeline(out, name + "-alliance", m.alliance());
    for (PartnerFirm firm : m.firms().values()) {
      timeline(out, name + "-firm-" + firm.partner(), firm.process());
    }
  }

  private static void ledger(Map<String, String> out, String name, ContributionLedger ledger) {
    out.put(
        "json/ledger-" + name + ".json", BmiJson.write(DocumentType.CONTRIBUTION_LEDGER, ledger));
    out.put("csv/ledger-" + name + ".csv", BmiCsv.LEDGER.write(BmiCsv.ledger(ledger)));
  }

  @SuppressWarnings("unchecked")
  private static AllianceInstance alliance(Chains.Transcript chain) {
    return (AllianceInstance) chain.end();
  }

  @SuppressWarnings("unchecked")
  private static FirmInstance firm(Chains.Transcript chain) {
    return (FirmInstance) chain.end();
  }

  @SuppressWarnings("unchecked")
  private static SstInstance sst(Chains.Transcript chain) {
    return (SstInstance) chain.end();
  }

  private static <T> T sample(Arbitrary<T> arbitrary, Random random) {
    return arbitrary.generator(1000).next(random).value();
  }

  /** Lists the files under {@code root} by their relative paths, hidden files left out. */
  private static SortedSet<String> list(Path root) throws IOException {
    SortedSet<String> names = new TreeSet<>();
    if (!Files.isDirectory(root)) {
      return names;
    }
    try (Stream<Path> files = Files.walk(root)) {
      files
          .filter(Files::isRegularFile)
          .filter(file -> !file.getFileName().toString().startsWith("."))
          .forEach(file -> names.add(root.relativize(file).toString().replace('\\', '/')));
    }
    return names;
  }

  /** Writes every output under {@code root} as UTF-8, first removing the files it held. */
  private static void write(Path root, Map<String, String> files) throws IOException {
    for (String old : list(root)) {
      Files.delete(root.resolve(old));
    }
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = root.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.write(path, file.getValue().getBytes(StandardCharsets.UTF_8));
    }
  }
}
