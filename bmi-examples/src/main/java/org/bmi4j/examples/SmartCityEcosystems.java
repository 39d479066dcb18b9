package org.bmi4j.examples;

import static java.util.Objects.requireNonNull;
import static org.bmi4j.core.ecosystem.MembershipChange.JOIN;
import static org.bmi4j.core.ecosystem.MembershipChange.LEAVE;
import static org.bmi4j.core.ecosystem.TimeHorizon.LONG;
import static org.bmi4j.core.ecosystem.TimeHorizon.SHORT;
import static org.bmi4j.core.model.Sector.PRIVATE;
import static org.bmi4j.core.model.Sector.PUBLIC;
import static org.bmi4j.core.model.ValueKind.ECONOMIC;
import static org.bmi4j.core.model.ValueKind.ENVIRONMENTAL;
import static org.bmi4j.core.model.ValueKind.SOCIAL;

import com.google.common.collect.Lists;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.bmi4j.core.ecosystem.CommonGoal;
import org.bmi4j.core.ecosystem.Ecosystem;
import org.bmi4j.core.ecosystem.EcosystemActor;
import org.bmi4j.core.ecosystem.EcosystemAssessment;
import org.bmi4j.core.ecosystem.HistoryEvidence;
import org.bmi4j.core.ecosystem.MembershipEvent;
import org.bmi4j.core.ecosystem.NoValueFinding;
import org.bmi4j.core.ecosystem.PropositionRedesign;
import org.bmi4j.core.ecosystem.Tension;
import org.bmi4j.core.ecosystem.ValueFlow;
import org.bmi4j.core.model.Sector;

/**
 * Example 5: two smart-city circular innovation ecosystems [OSKAM]: Oskam, Bossink &amp; de Man,
 * "Valuing value in innovation ecosystems", <i>Business &amp; Society</i> (2021).
 *
 * <p>One ecosystem starts with a clear common goal that integrates sustainability objectives and
 * keeps its members and value proposition (collective orchestration); the other starts without a
 * clear goal, driven by social and ecological value, and keeps losing and gaining members and
 * redesigning its proposition (continuous search). Both show tensions; in the first, an actor
 * receives no value.
 */
public final class SmartCityEcosystems {
  /** The title the tour prints. */
  public static final String TITLE = "5. Two smart-city circular ecosystems [OSKAM]";

  /**
   * The two ecosystems, their assessments and the rejected ecosystem's message.
   *
   * @param orchestrated the ecosystem with a clear common goal
   * @param searching the ecosystem without one
   * @param orchestratedAssessment the first one's assessment
   * @param searchingAssessment the second one's assessment
   * @param rejection the message rejecting a value flow from an actor to itself
   */
  public record Result(
      Ecosystem orchestrated,
      Ecosystem searching,
      EcosystemAssessment orchestratedAssessment,
      EcosystemAssessment searchingAssessment,
      String rejection) {}

  private SmartCityEcosystems() {}

  /** Runs the example, printing to standard output. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the example, printing its narrative to {@code out}, and returns its key objects. */
  public static Result run(PrintStream out) {
    Story story = new Story(out);
    story.title(
        TITLE,
        "Oskam, Bossink & de Man, \"Valuing value in innovation ecosystems\", Business & Society"
            + " (2021)");
    story.say(
        "Smart-city circular initiatives bring public, private and social actors together. How"
            + " they value value shapes the ecosystem: a clear common goal with integrated"
            + " sustainability objectives leads to collective orchestration; without one, actors"
            + " driven by social and ecological value keep searching.");
    story.illustrative("Actor names, value flows, steps and redesigns are placeholders");

    Ecosystem orchestrated = orchestrated();
    Ecosystem searching = searching();
    EcosystemAssessment first = EcosystemAssessment.of(orchestrated);
    EcosystemAssessment second = EcosystemAssessment.of(searching);
    tell(story, orchestrated, first);
    tell(story, searching, second);

    story.section("A rejection on purpose");
    String rejection;
    try {
      var praise = ValueFlow.of("city", "city", SOCIAL, "praise for itself");
      Ecosystem.builder().from(orchestrated).addValueFlow(praise).build();
      throw new IllegalStateException("a self-flow was expected to be rejected");
    } catch (IllegalArgumentException e) {
      rejection = e.getMessage();
    }
    story.say("  REJECTED a value flow from the city to itself: " + rejection);
    story.say(
        "    why: valuing value happens between actors [OSKAM]; a flow to oneself is no exchange"
            + " (library integrity rule)");

    story.section("Value flows of '" + orchestrated.name() + "' (Mermaid)");
    List<String[]> edges = new ArrayList<>();
    for (ValueFlow flow : orchestrated.valueFlows()) {
      String label = Words.of(flow.kind()) + " value, " + flow.description();
      edges.add(new String[] {flow.provider(), flow.recipient(), label});
    }
    Function<String, String> names =
        id -> orchestrated.actor(id).map(EcosystemActor::name).orElse(id);
    story.flowchart(orchestrated.name(), edges, names);
    return new Result(
        orchestrated, searching, first, second, requireNonNull(rejection, "no rejection provoked"));
  }

  private static void tell(Story story, Ecosystem ecosystem, EcosystemAssessment assessment) {
    story.section(ecosystem.name());
    String goal =
        ecosystem
            .commonGoal()
            .map(
                g ->
                    "\"%s\", with the sustainability objectives %s"
                        .formatted(g.statement(), Words.list(g.sustainabilityObjectives())))
            .orElse("none");
    story.say("  common goal: " + goal);
    story.say(
        "  %s, %s, %s"
            .formatted(
                Words.count(ecosystem.actors().size(), "actor"),
                Words.count(ecosystem.membership().size(), "membership change"),
                Words.count(ecosystem.redesigns().size(), "redesign")));
    Function<String, String> names = id -> ecosystem.actor(id).map(EcosystemActor::name).orElse(id);
    story.say("  pattern: " + Words.of(assessment.verdict().pattern()));
    assessment.verdict().facts().forEach(fact -> story.say("    - " + fact));
    for (HistoryEvidence evidence : assessment.verdict().evidence()) {
      String bearing = Words.of(evidence.bearing());
      story.say(
          "    history (%s) %s the pattern: %s"
              .formatted(Words.of(evidence.aspect()), bearing, evidence.fact()));
    }
    for (Tension tension : assessment.tensions()) {
      String actors = Words.list(Lists.transform(tension.actors(), names::apply));
      story.say(
          "  tension, %s (%s): %s"
              .formatted(Words.of(tension.kind()), actors, tension.explanation()));
    }
    for (NoValueFinding finding : assessment.noValue()) {
      story.say("  no value for " + names.apply(finding.actor()) + ": " + finding.message());
    }
    story.say("  (the thresholds are the library's formalisation, EcosystemPolicy)");
  }

  static Ecosystem orchestrated() {
    return Ecosystem.builder()
        .id("circular-district")
        .name("Circular district renovation")
        .addActors(
            EcosystemActor.of("city", "Municipality", PUBLIC, LONG, List.of(ENVIRONMENTAL, SOCIAL)),
            EcosystemActor.of(
                "housing", "Housing corporation", Sector.SOCIAL, LONG, List.of(SOCIAL)),
            EcosystemActor.of("builder", "Construction firm", PRIVATE, SHORT, List.of(ECONOMIC)),
            EcosystemActor.of(
                "recycler", "Materials recycler", PRIVATE, SHORT, List.of(ECONOMIC, ENVIRONMENTAL)),
            EcosystemActor.of("institute", "Knowledge institute", PUBLIC, LONG, List.of(SOCIAL)))
        .commonGoal(
            CommonGoal.of(
                "Renovate the district circularly",
                List.of("reuse of building materials", "energy-neutral homes")))
        .addValueFlows(
            ValueFlow.of("city", "housing", SOCIAL, "renovation subsidy"),
            ValueFlow.of("housing", "builder", ECONOMIC, "renovation contracts"),
            ValueFlow.of("builder", "recycler", ENVIRONMENTAL, "demolition materials"),
            ValueFlow.of("recycler", "builder", ECONOMIC, "recycled materials"),
            ValueFlow.of("builder", "city", ENVIRONMENTAL, "circular homes"),
            ValueFlow.of("institute", "city", SOCIAL, "monitoring knowledge"))
        .addRedesign(PropositionRedesign.of(2, "builder", "modular renovation packages"))
        .build();
  }

  static Ecosystem searching() {
    return Ecosystem.builder()
        .id("circular-neighbourhood")
        .name("Neighbourhood circular hub")
        .addActors(
            EcosystemActor.of(
                "foundation", "Social enterprise", Sector.SOCIAL, LONG, List.of(SOCIAL)),
            EcosystemActor.of(
                "residents",
                "Residents' initiative",
                Sector.SOCIAL,
                LONG,
                List.of(ENVIRONMENTAL, SOCIAL)),
            EcosystemActor.of("repair", "Repair cafe", Sector.SOCIAL, LONG, List.of(ENVIRONMENTAL)),
            EcosystemActor.of("shop", "Local retailer", PRIVATE, SHORT, List.of(ECONOMIC)),
            EcosystemActor.of("school", "Vocational school", PUBLIC, LONG, List.of(SOCIAL)))
        .addMembership(
            MembershipEvent.of(1, "shop", JOIN),
            MembershipEvent.of(2, "repair", LEAVE),
            MembershipEvent.of(3, "school", JOIN),
            MembershipEvent.of(4, "shop", LEAVE),
            MembershipEvent.of(5, "repair", JOIN))
        .addRedesigns(
            PropositionRedesign.of(1, "foundation", "from clothing swap to repair hub"),
            PropositionRedesign.of(3, "residents", "add a tool library"),
            PropositionRedesign.of(5, "foundation", "add training for job seekers"))
        .addValueFlows(
            ValueFlow.of("foundation", "residents", SOCIAL, "meeting place"),
            ValueFlow.of("residents", "repair", ENVIRONMENTAL, "broken goods"),
            ValueFlow.of("repair", "residents", ENVIRONMENTAL, "repaired goods"),
            ValueFlow.of("school", "foundation", SOCIAL, "trainees"),
            ValueFlow.of("foundation", "school", SOCIAL, "work placements"))
        .build();
  }
}
