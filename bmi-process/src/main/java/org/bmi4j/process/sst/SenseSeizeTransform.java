package org.bmi4j.process.sst;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.bmi4j.process.internal.ImmutableLists.append;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.CoherenceFinding;
import org.bmi4j.core.model.FindingCode;
import org.bmi4j.core.model.Ids;
import org.bmi4j.core.model.ValueFunction;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.process.ProcessDefinition;
import org.bmi4j.process.ProcessDocuments;
import org.bmi4j.process.ProcessInstance;
import org.bmi4j.process.Violations;
import org.bmi4j.process.sst.SstEvent.AddressChallenge;
import org.bmi4j.process.sst.SstEvent.Adopt;
import org.bmi4j.process.sst.SstEvent.Advance;
import org.bmi4j.process.sst.SstEvent.DesignModel;
import org.bmi4j.process.sst.SstEvent.IdentifyOpportunity;
import org.bmi4j.process.sst.SstEvent.RecordDeployment;
import org.bmi4j.process.sst.SstEvent.ReturnToSensing;
import org.bmi4j.process.sst.SstEvent.ReviseModel;
import org.bmi4j.process.sst.SstEvent.SelectOpportunity;

/**
 * The sense-seize-transform cycle of dynamic capabilities [DESILVA, ANDREASSEN]: its definition,
 * how to start it and its JSON document type.
 *
 * <p>The stages and what happens in each are the sources' (see {@link CapabilityCatalogue}); the
 * guards are the library's formalisation of SPEC 4.5's reading of them:
 *
 * <table>
 *   <caption>Exit guards (library formalisation)</caption>
 *   <tr><th>stage</th><th>leaving needs</th></tr>
 *   <tr><td>SENSING ({@link Advance})</td><td>a selected opportunity carrying every mission value
 *       kind</td></tr>
 *   <tr><td>SEIZING ({@link Adopt})</td><td>a designed BM that is complete (its four value
 *       functions non-empty) and delivers every mission value kind; the designed BM is adopted,
 *       replacing the named current BM or beside the current ones</td></tr>
 *   <tr><td>TRANSFORMING ({@link Advance}, a new cycle)</td><td>at least one PRODUCTION-site and
 *       one MARKET-site ECOSYSTEM-level deployment recorded in TRANSFORMING of this cycle (having
 *       executed their BMI, the organisations scaled up [DESILVA §4.3]; a deployment recorded in
 *       SENSING or SEIZING does not count), and every mission value kind still delivered by the
 *       portfolio</td></tr>
 * </table>
 *
 * <p>A value kind is delivered by a BM when one of its offerings with a beneficiary or one of its
 * value shares above zero carries it, the rule of bmi-core's {@link
 * FindingCode#MISSION_NOT_DELIVERED}; the portfolio delivers a kind when one of its BMs does.
 * Mission drift ({@link SstViolation#MISSION_DRIFT}, naming the lost kinds) rejects selecting an
 * opportunity that lacks a mission kind, designing, adopting or revising a BM that does not deliver
 * one, and adopting in place of a current BM so that the portfolio no longer delivers one. So every
 * BM the cycle adopts or revises delivers every mission value kind, and a portfolio that did at the
 * start keeps doing so.
 *
 * <p>Also (library choices where the sources are silent): SEIZING may {@link ReturnToSensing} with
 * a reason, keeping the designed BM; TRANSFORMING may {@link ReviseModel revise} a current BM (same
 * id, complete, changed, its version exactly one up) while scaling up; deployments and challenges
 * are recorded at any stage, stamped with the stage and cycle; catalogue references are not checked
 * against a catalogue, which lives outside the instance; a new cycle keeps the opportunities but
 * unselects them, and keeps the portfolio, deployments and challenges.
 */
public final class SenseSeizeTransform {
  /** The definition's name. */
  public static final String NAME = "sense-seize-transform";

  /** The sense-seize-transform definition, shared by every instance. */
  public static final ProcessDefinition<SstStage, SstEvent, SstContext> DEFINITION = define();

  private SenseSeizeTransform() {}

  /**
   * Starts the cycle in SENSING, cycle 1.
   *
   * @param organisation the organisation running the cycle
   * @param missions its mission value kinds
   * @param portfolio its current BMs, possibly none
   * @param clock the clock stamping each accepted event
   * @throws IllegalArgumentException if {@code missions} is empty, or a non-empty portfolio does
   *     not deliver every mission value kind
   */
  public static ProcessInstance<SstStage, SstEvent, SstContext> start(
      Actor organisation, Set<ValueKind> missions, List<BusinessModel> portfolio, Clock clock) {
    checkNotNull(organisation, "organisation");
    checkNotNull(missions, "missions");
    checkNotNull(portfolio, "portfolio");
    checkArgument(
        !missions.isEmpty(),
        "the organisation '%s' must have at least one mission" + " value kind, had none",
        organisation.id());
    Set<ValueKind> lost = lostByPortfolio(portfolio, missions);
    checkArgument(
        portfolio.isEmpty() || lost.isEmpty(),
        "the current portfolio of '%s' must"
            + " deliver every mission value kind, but delivers no %s",
        organisation.id(),
        lost);
    SstContext context =
        SstContext.builder()
            .organisation(organisation)
            .missions(missions)
            .portfolio(portfolio)
            .build();
    return DEFINITION.start(context, clock);
  }

  /**
   * Checks that a cycle can start from {@code c} in SENSING, cycle 1 (library formalisation): the
   * organisation's id is valid and the cycle is 1.
   */
  private static void checkStart(SstContext c) {
    checkArgument(
        Ids.isValid(c.organisation().id()),
        "the organisation's actor id must match %s, was '%s'",
        Ids.PATTERN.pattern(),
        c.organisation().id());
    checkArgument(
        c.cycle() == 1,
        "the cycle of '%s' starts at 1, but its start context says cycle %s; a new cycle starts"
            + " only by leaving TRANSFORMING",
        c.organisation().id(),
        c.cycle());
  }

  /** Returns the JSON document type of cycle instances; instances read get {@code clock}. */
  public static DocumentType<ProcessInstance<SstStage, SstEvent, SstContext>> documentType(
      Clock clock) {
    return ProcessDocuments.instance(DEFINITION, clock);
  }

  /**
   * Returns the mission value kinds {@code model} does not deliver, in declaration order: those
   * bmi-core's coherence check reports as {@link FindingCode#MISSION_NOT_DELIVERED} for the model
   * held to {@code missions}.
   */
  public static ImmutableSet<ValueKind> undelivered(BusinessModel model, Set<ValueKind> missions) {
    checkNotNull(model, "model");
    checkNotNull(missions, "missions");
    ImmutableSet<ValueKind> held = Sets.immutableEnumSet(missions);
    BusinessModel asMission = model.missions().equals(held) ? model : model.withMissions(held);
    Set<String> paths = new HashSet<>();
    for (CoherenceFinding finding : asMission.coherence()) {
      if (finding.code() == FindingCode.MISSION_NOT_DELIVERED) {
        paths.add(finding.path());
      }
    }
    EnumSet<ValueKind> lost = EnumSet.noneOf(ValueKind.class);
    if (paths.isEmpty()) {
      return Sets.immutableEnumSet(lost);
    }
    int i = 0;
    for (ValueKind mission : held) {
      if (paths.contains("missions[" + i + "]")) {
        lost.add(mission);
      }
      i++;
    }
    return Sets.immutableEnumSet(lost);
  }

  /**
   * Returns the mission value kinds no BM of {@code portfolio} delivers, in declaration order;
   * every kind for an empty portfolio.
   */
  public static ImmutableSet<ValueKind> lostByPortfolio(
      List<BusinessModel> portfolio, Set<ValueKind> missions) {
    checkNotNull(portfolio, "portfolio");
    EnumSet<ValueKind> lost =
        missions.isEmpty() ? EnumSet.noneOf(ValueKind.class) : EnumSet.copyOf(missions);
    for (BusinessModel model : portfolio) {
      if (lost.isEmpty()) {
        break;
      }
      lost.retainAll(undelivered(model, missions));
    }
    return Sets.immutableEnumSet(lost);
  }

  private static ProcessDefinition<SstStage, SstEvent, SstContext> define() {
    var b = ProcessDefinition.builder(NAME, SstStage.class, SstEvent.class, SstContext.class);
    b.initial(SstStage.SENSING);
    b.checkStart(SenseSeizeTransform::checkStart);

    // SENSING
    b.on(SstStage.SENSING, IdentifyOpportunity.class)
        .when(
            (c, e, v) -> {
              text(v, e, e.description(), "the opportunity's description");
              if (c.opportunity(e.id()).isPresent()) {
                v.report(SstViolation.DUPLICATE_OPPORTUNITY, e.id(), e.id());
              }
            })
        .updating(
            (c, e, at) ->
                c.withOpportunities(
                    append(
                        c.opportunities(),
                        new Opportunity(e.id(), e.description(), e.valueKinds(), false))))
        .stay();
    b.on(SstStage.SENSING, SelectOpportunity.class)
        .when(
            (c, e, v) -> {
              Optional<Opportunity> opportunity = c.opportunity(e.id());
              if (opportunity.isEmpty()) {
                v.report(SstViolation.UNKNOWN_OPPORTUNITY, e.id(), e.id());
              } else {
                Set<ValueKind> lost = missing(opportunity.get().valueKinds(), c.missions());
                if (!lost.isEmpty()) {
                  v.report(
                      SstViolation.MISSION_DRIFT,
                      e.id(),
                      "selecting opportunity '" + e.id() + "'",
                      lost,
                      "select an opportunity carrying",
                      c.missions());
                }
              }
            })
        .updating((c, e, at) -> c.withOpportunities(select(c.opportunities(), e.id())))
        .stay();
    b.on(SstStage.SENSING, Advance.class)
        .when(SenseSeizeTransform::sensingExit)
        .to(SstStage.SEIZING);

    // SEIZING
    b.on(SstStage.SEIZING, DesignModel.class)
        .when((c, e, v) -> designDrift(c, e.model(), "designing", v))
        .updating((c, e, at) -> c.withDesigned(e.model()))
        .stay();
    b.on(SstStage.SEIZING, ReturnToSensing.class)
        .when((c, e, v) -> text(v, e, e.reason(), "the reason for returning to sensing"))
        .to(SstStage.SENSING);
    b.on(SstStage.SEIZING, Adopt.class)
        .when(SenseSeizeTransform::seizingExit)
        .updating(
            (c, e, at) ->
                c.withPortfolio(adopt(c.portfolio(), c.designed().orElseThrow(), e.replacing()))
                    .withDesigned(Optional.empty()))
        .to(SstStage.TRANSFORMING);

    // TRANSFORMING
    b.on(SstStage.TRANSFORMING, ReviseModel.class)
        .when(
            (c, e, v) -> {
              BusinessModel model = e.model();
              Optional<BusinessModel> current = c.currentModel(model.id());
              if (current.isEmpty()) {
                v.report(
                    SstViolation.UNKNOWN_MODEL,
                    model.id(),
                    model.id(),
                    ids(c.portfolio()),
                    "revise one of them");
                return;
              }
              if (model.equals(current.get())) {
                v.report(SstViolation.MODEL_UNCHANGED, model.id(), model.id());
                return;
              }
              int next = current.get().version() + 1;
              if (model.version() != next) {
                v.report(
                    SstViolation.BAD_REVISION_VERSION,
                    model.id(),
                    model.id(),
                    model.version(),
                    current.get().version(),
                    next);
              }
              complete(model, "the revised BM", v);
              designDrift(c, model, "revising", v);
            })
        .updating(
            (c, e, at) ->
                c.withPortfolio(adopt(c.portfolio(), e.model(), Optional.of(e.model().id()))))
        .stay();
    b.on(SstStage.TRANSFORMING, Advance.class)
        .when(SenseSeizeTransform::transformingExit)
        .updating(
            (c, e, at) ->
                c.withCycle(c.cycle() + 1).withOpportunities(unselectAll(c.opportunities())))
        .startingCycle()
        .to(SstStage.SENSING);

    // every stage: deployments and challenges
    for (SstStage stage : SstStage.values()) {
      b.on(stage, RecordDeployment.class)
          .when(
              (c, e, v) -> {
                text(v, e, e.capability(), "the capability");
                text(v, e, e.actor(), "the deploying actor's id");
              })
          .updating(
              (c, e, at) ->
                  c.withDeployments(
                      append(
                          c.deployments(),
                          new CapabilityDeployment(
                              e.capability(),
                              e.catalogueEntry(),
                              stage,
                              e.level(),
                              e.site(),
                              e.actor(),
                              c.cycle()))))
          .stay();
      b.on(stage, AddressChallenge.class)
          .when(
              (c, e, v) -> {
                text(v, e, e.challenge(), "the challenge");
                text(v, e, e.how(), "how the challenge was addressed");
              })
          .updating(
              (c, e, at) ->
                  c.withChallenges(
                      append(
                          c.challenges(),
                          new AddressedChallenge(
                              e.challenge(), e.catalogueEntry(), e.how(), stage, c.cycle()))))
          .stay();
    }
    return b.build();
  }

  static void sensingExit(SstContext c, Advance e, Violations v) {
    List<Opportunity> drifting = new ArrayList<>();
    for (Opportunity opportunity : c.opportunities()) {
      if (opportunity.selected()) {
        if (missing(opportunity.valueKinds(), c.missions()).isEmpty()) {
          return;
        }
        drifting.add(opportunity);
      }
    }
    if (drifting.isEmpty()) {
      v.report(SstViolation.NO_SELECTED_OPPORTUNITY, "", c.missions());
    }
    for (Opportunity opportunity : drifting) {
      v.report(
          SstViolation.MISSION_DRIFT,
          opportunity.id(),
          "advancing with selected opportunity '" + opportunity.id() + "'",
          missing(opportunity.valueKinds(), c.missions()),
          "select an opportunity carrying",
          c.missions());
    }
  }

  static void seizingExit(SstContext c, Adopt e, Violations v) {
    if (c.designed().isEmpty()) {
      v.report(SstViolation.NO_DESIGNED_MODEL, "");
      return;
    }
    BusinessModel designed = c.designed().get();
    complete(designed, "the designed BM", v);
    designDrift(c, designed, "adopting", v);
    Optional<String> replacing = e.replacing();
    if (replacing.isPresent() && c.currentModel(replacing.get()).isEmpty()) {
      v.report(
          SstViolation.UNKNOWN_MODEL,
          replacing.get(),
          replacing.get(),
          ids(c.portfolio()),
          "replace one of them or adopt beside them");
      return;
    }
    if (c.currentModel(designed.id()).isPresent()
        && !replacing.equals(Optional.of(designed.id()))) {
      v.report(SstViolation.DUPLICATE_MODEL, designed.id(), designed.id());
    }
    if (replacing.isPresent()) {
      List<BusinessModel> after = adopt(c.portfolio(), designed, replacing);
      Set<ValueKind> lost = lostByPortfolio(after, c.missions());
      if (!lost.isEmpty()) {
        v.report(
            SstViolation.MISSION_DRIFT,
            replacing.get(),
            "replacing BM '"
                + replacing.get()
                + "' by '"
                + designed.id()
                + "' in the portfolio "
                + ids(c.portfolio()),
            lost,
            "keep a portfolio delivering",
            c.missions());
      }
    }
  }

  static void transformingExit(SstContext c, Advance e, Violations v) {
    boolean production = false;
    boolean market = false;
    for (CapabilityDeployment deployment : c.deployments()) {
      if (deployment.cycle() == c.cycle()
          && deployment.stage() == SstStage.TRANSFORMING
          && deployment.level() == CapabilityLevel.ECOSYSTEM) {
        production |= deployment.site() == Site.PRODUCTION;
        market |= deployment.site() == Site.MARKET;
      }
    }
    if (!production) {
      v.report(SstViolation.NO_PRODUCTION_SITE_DEPLOYMENT, "", c.cycle());
    }
    if (!market) {
      v.report(SstViolation.NO_MARKET_SITE_DEPLOYMENT, "", c.cycle());
    }
    Set<ValueKind> lost = lostByPortfolio(c.portfolio(), c.missions());
    if (!lost.isEmpty()) {
      v.report(
          SstViolation.MISSION_DRIFT,
          "",
          "the portfolio " + ids(c.portfolio()),
          lost,
          "revise its BMs to deliver",
          c.missions());
    }
  }

  private static void designDrift(SstContext c, BusinessModel model, String doing, Violations v) {
    Set<ValueKind> lost = undelivered(model, c.missions());
    if (!lost.isEmpty()) {
      v.report(
          SstViolation.MISSION_DRIFT,
          model.id(),
          doing + " BM '" + model.id() + "'",
          lost,
          "let its offerings or value shares deliver",
          c.missions());
    }
  }

  private static void complete(BusinessModel model, String what, Violations v) {
    ImmutableSet<ValueFunction> empty = model.completeness().empty();
    if (!empty.isEmpty()) {
      v.report(SstViolation.MODEL_INCOMPLETE, model.id(), what, model.id(), empty);
    }
  }

  private static Set<ValueKind> missing(Set<ValueKind> carried, Set<ValueKind> missions) {
    EnumSet<ValueKind> lost = EnumSet.noneOf(ValueKind.class);
    for (ValueKind mission : missions) {
      if (!carried.contains(mission)) {
        lost.add(mission);
      }
    }
    return lost;
  }

  private static void text(Violations v, SstEvent e, String text, String what) {
    if (text.isBlank()) {
      v.report(SstViolation.BLANK_TEXT, "", what, e.getClass().getSimpleName());
    }
  }

  private static ImmutableList<BusinessModel> adopt(
      List<BusinessModel> portfolio, BusinessModel model, Optional<String> replacing) {
    List<BusinessModel> after = new ArrayList<>(portfolio.size() + 1);
    boolean replaced = false;
    for (BusinessModel current : portfolio) {
      if (replacing.isPresent() && current.id().equals(replacing.get())) {
        after.add(model);
        replaced = true;
      } else {
        after.add(current);
      }
    }
    if (!replaced) {
      after.add(model);
    }
    return ImmutableList.copyOf(after);
  }

  private static List<String> ids(List<BusinessModel> portfolio) {
    List<String> ids = new ArrayList<>(portfolio.size());
    for (BusinessModel model : portfolio) {
      ids.add(model.id());
    }
    return ids;
  }

  private static ImmutableList<Opportunity> select(List<Opportunity> opportunities, String id) {
    ImmutableList.Builder<Opportunity> after = ImmutableList.builder();
    for (Opportunity opportunity : opportunities) {
      after.add(opportunity.id().equals(id) ? opportunity.withSelected(true) : opportunity);
    }
    return after.build();
  }

  private static ImmutableList<Opportunity> unselectAll(List<Opportunity> opportunities) {
    ImmutableList.Builder<Opportunity> after = ImmutableList.builder();
    for (Opportunity opportunity : opportunities) {
      after.add(opportunity.selected() ? opportunity.withSelected(false) : opportunity);
    }
    return after.build();
  }
}
