package org.bmi4j.process.sst;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Lists;
import com.google.common.collect.Sets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.CoherenceFinding;
import org.bmi4j.core.model.FindingCode;
import org.bmi4j.core.model.Ids;
import org.bmi4j.core.model.Offering;
import org.bmi4j.core.model.ValueFunction;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.process.ProcessDefinition;
import org.bmi4j.process.ProcessDocuments;
import org.bmi4j.process.Violations;
import org.bmi4j.process.sst.SstEvent.AddressChallenge;
import org.bmi4j.process.sst.SstEvent.Adopt;
import org.bmi4j.process.sst.SstEvent.Advance;
import org.bmi4j.process.sst.SstEvent.DesignModel;
import org.bmi4j.process.sst.SstEvent.IdentifyOpportunity;
import org.bmi4j.process.sst.SstEvent.RecordDeployment;
import org.bmi4j.process.sst.SstEvent.ReturnToSensing;
import org.bmi4j.process.sst.SstEvent.ReviseModel;
import org.bmi4j.process.sst.SstEvent.ReviseOpportunity;
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
 * Mission drift ({@link SstViolation#MISSION_DRIFT}, carrying the lost and lacking kinds as values)
 * rejects selecting an opportunity that lacks a mission kind, revising an opportunity so that it
 * loses one it carried, designing, adopting or revising a BM that does not deliver one, and
 * adopting in place of a current BM so that the portfolio no longer delivers one. So every BM the
 * cycle adopts or revises delivers every mission value kind, and a portfolio that did at the start
 * keeps doing so. Under the default {@link DriftPolicy#OFFERING} (library formalisation) a design,
 * adoption or revision is also mission drift when an offering it keeps (same id) loses a mission
 * value kind it carried in the BM revised or replaced (the current BM of the same id for a design),
 * even if another offering still carries the kind; {@link DriftPolicy#MODEL} keeps the model-level
 * rule alone. The sentence says a subject "lacks" a kind it never carried and "loses" one it did.
 *
 * <p>The cycle innovates the organisation's own BMs (library formalisation): designing, adopting or
 * revising a BM whose owners do not include the organisation is rejected ({@link
 * SstViolation#NOT_OWN_MODEL}). A deployment must fit what it claims: one naming a catalogue entry
 * must name an entry of the cycle's catalogue ({@link SstContext#catalogue()}, the shipped one by
 * default, kept in the context so that replay judges as the cycle did) and be recorded at the
 * entry's level ({@link SstViolation#DEPLOYMENT_LEVEL_MISMATCH}); one naming no entry is free.
 * Opportunity ids are checked like every other id, and an identified opportunity is changed with
 * {@link ReviseOpportunity} in SENSING. A BM may be designed as the collaboration-based or the
 * market-based model of a dual business model [ANDREASSEN]; {@link SstContext#dual} hands the pair
 * over as a {@code DualBusinessModel}.
 *
 * <p>Also (library choices where the sources are silent): SEIZING may {@link ReturnToSensing} with
 * a reason, keeping the designed BM; TRANSFORMING may {@link ReviseModel revise} a current BM (same
 * id, complete, changed, its version exactly one up) while scaling up; deployments and challenges
 * are recorded at any stage, stamped with the stage and cycle; a new cycle keeps the opportunities
 * but unselects them, and keeps the portfolio, deployments and challenges. A start context's
 * deployments and challenges are stamped with cycles from 1 that never decrease and never pass its
 * cycle, those of its own cycle with SENSING; so the TRANSFORMING exit reads only this cycle's
 * deployments, costing the same however many cycles came before.
 */
public final class SenseSeizeTransform {
  /** The definition's name. */
  public static final String NAME = "sense-seize-transform";

  /** The sense-seize-transform definition, shared by every instance. */
  public static final ProcessDefinition<SstStage, SstEvent, SstContext> DEFINITION = define();

  private SenseSeizeTransform() {}

  /**
   * Starts the cycle in SENSING, cycle 1, with the shipped catalogue, the default drift policy and
   * no dual business model bases.
   *
   * @param organisation the organisation running the cycle
   * @param missions its mission value kinds
   * @param portfolio its current BMs, possibly none
   * @param clock the clock stamping each accepted event
   * @return the cycle, in SENSING
   * @throws IllegalArgumentException if {@code missions} is empty, or a non-empty portfolio does
   *     not deliver every mission value kind
   */
  public static SstInstance start(
      Actor organisation, Set<ValueKind> missions, List<BusinessModel> portfolio, Clock clock) {
    checkNotNull(organisation, "organisation");
    checkNotNull(missions, "missions");
    checkNotNull(portfolio, "portfolio");
    return start(
        SstContext.builder()
            .organisation(organisation)
            .missions(missions)
            .portfolioList(portfolio)
            .build(),
        clock);
  }

  /**
   * Starts the cycle in SENSING, cycle 1, from {@code context}: the organisation, its missions and
   * portfolio, and, where the defaults do not fit, the catalogue deployments are checked against,
   * the drift policy and which current BMs are the collaboration-based and market-based models of a
   * dual business model.
   *
   * <pre>{@code
   * var cycle = SenseSeizeTransform.start(SstContext.builder()
   *     .organisation(org).missions(missions).portfolioList(List.of(collab, market))
   *     .catalogue(CapabilityCatalogue.shipped().with(ownEntry))
   *     .driftPolicy(DriftPolicy.MODEL)
   *     .baseList(List.of(Map.entry("collab", ModelBasis.COLLABORATION_BASED),
   *         Map.entry("market", ModelBasis.MARKET_BASED)))
   *     .build(), clock);
   * }</pre>
   *
   * @param context the start context
   * @param clock the clock stamping each accepted event
   * @return the cycle, in SENSING
   * @throws IllegalArgumentException if the missions are empty, a non-empty portfolio does not
   *     deliver every mission value kind, or the context is not one a cycle starts from (see {@link
   *     ProcessDefinition#start}): a cycle other than 1, bases of BMs it does not hold, or
   *     deployments or challenges stamped out of cycle order or with a stage the cycle has not
   *     reached
   */
  public static SstInstance start(SstContext context, Clock clock) {
    checkNotNull(context, "context");
    checkArgument(
        !context.missions().isEmpty(),
        "the organisation '%s' must have at least one mission" + " value kind, had none",
        context.organisation().id());
    Set<ValueKind> lost = lostByPortfolio(context.portfolio(), context.missions());
    checkArgument(
        context.portfolio().isEmpty() || lost.isEmpty(),
        "the current portfolio of '%s' must"
            + " deliver every mission value kind, but delivers no %s",
        context.organisation().id(),
        lost);
    return SstInstance.start(context, clock);
  }

  /**
   * Checks that a cycle can start from {@code c} in SENSING, cycle 1 (library formalisation): the
   * organisation's id is valid, the cycle is 1, and bases are named for current BMs and a designed
   * BM only.
   */
  private static void checkStart(SstContext c) {
    checkArgument(
        Ids.isValid(c.organisation().id()),
        "the organisation's actor id must match %s, was '%s'",
        Ids.PATTERN.pattern(),
        c.organisation().id());
    for (String model : c.bases().keySet()) {
      checkArgument(
          c.currentModel(model).isPresent(),
          "the start names the basis of BM '%s', which is not in the portfolio %s; name the bases"
              + " of current BMs only",
          model,
          ids(c.portfolio()));
    }
    checkArgument(
        c.designedBasis().isEmpty() || c.designed().isPresent(),
        "the start names the basis of a designed BM, but no BM is designed");
    checkStamps(
        c,
        "deployment",
        c.deployments(),
        CapabilityDeployment::cycle,
        CapabilityDeployment::stage,
        CapabilityDeployment::capability);
    checkStamps(
        c,
        "challenge",
        c.challenges(),
        AddressedChallenge::cycle,
        AddressedChallenge::stage,
        AddressedChallenge::challenge);
    checkArgument(
        c.cycle() == 1,
        "the cycle of '%s' starts at 1, but its start context says cycle %s; a new cycle starts"
            + " only by leaving TRANSFORMING",
        c.organisation().id(),
        c.cycle());
  }

  /**
   * Checks the stamps of a start context's deployments or challenges (library formalisation): each
   * is stamped with a cycle from 1 that never decreases and never passes the context's cycle, and
   * one of the context's own cycle with SENSING, the stage a cycle starts in. Every step keeps this
   * order, so the TRANSFORMING exit reads only the tail of this cycle's deployments.
   */
  private static <T> void checkStamps(
      SstContext c,
      String what,
      List<T> records,
      ToIntFunction<T> cycleOf,
      Function<T, SstStage> stageOf,
      Function<T, String> nameOf) {
    int previous = 1;
    for (int i = 0; i < records.size(); i++) {
      T record = records.get(i);
      int cycle = cycleOf.applyAsInt(record);
      if (cycle < previous || cycle > c.cycle()) {
        String where =
            cycle < 1
                ? "before cycle 1"
                : cycle < previous
                    ? "after one of cycle " + previous
                    : "after the context's cycle " + c.cycle();
        throw new IllegalArgumentException(
            String.format(
                "the start context of '%s' records %s %s ('%s') in cycle %s, %s; %ss are stamped"
                    + " with cycles from 1 that never decrease and never pass the context's cycle",
                c.organisation().id(), what, i, nameOf.apply(record), cycle, where, what));
      }
      SstStage stage = stageOf.apply(record);
      checkArgument(
          cycle < c.cycle() || stage == SstStage.SENSING,
          "the start context of '%s' records %s %s ('%s') in %s of its own cycle %s, a stage the"
              + " cycle has not reached; a cycle starts in SENSING",
          c.organisation().id(),
          what,
          i,
          nameOf.apply(record),
          stage,
          cycle);
      previous = cycle;
    }
  }

  /**
   * Returns the JSON document type of cycle instances; instances read get {@code clock}.
   *
   * @param clock the clock of each instance read
   * @return the JSON document type of cycle instances
   */
  public static DocumentType<SstInstance> documentType(Clock clock) {
    return ProcessDocuments.instance(DEFINITION, clock, SstInstance::of);
  }

  /**
   * Returns the mission value kinds {@code model} does not deliver, in declaration order: those
   * bmi-core's coherence check reports as {@link FindingCode#MISSION_NOT_DELIVERED} for the model
   * held to {@code missions}.
   *
   * @param model the business model
   * @param missions the mission value kinds
   * @return the mission value kinds {@code model} does not deliver, in declaration order
   */
  public static ImmutableSet<ValueKind> undelivered(BusinessModel model, Set<ValueKind> missions) {
    checkNotNull(model, "model");
    checkNotNull(missions, "missions");
    ImmutableSet<ValueKind> held = Sets.immutableEnumSet(missions);
    BusinessModel asMission = model.missions().equals(held) ? model : model.withMissions(held);
    EnumSet<ValueKind> lost = EnumSet.noneOf(ValueKind.class);
    for (CoherenceFinding finding : asMission.coherence()) {
      if (finding.code() == FindingCode.MISSION_NOT_DELIVERED) {
        finding.value("mission", ValueKind.class).ifPresent(lost::add);
      }
    }
    return Sets.immutableEnumSet(lost);
  }

  /**
   * Returns the mission value kinds no BM of {@code portfolio} delivers, in declaration order;
   * every kind for an empty portfolio.
   *
   * @param portfolio the business models, possibly none
   * @param missions the mission value kinds
   * @return the mission value kinds no BM of {@code portfolio} delivers, in declaration order
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
                c.withOpportunity(
                    new Opportunity(
                        e.id(), e.description(), Sets.immutableEnumSet(e.valueKinds()), false)))
        .stay();
    b.on(SstStage.SENSING, ReviseOpportunity.class)
        .when(SenseSeizeTransform::opportunityRevision)
        .updating((c, e, at) -> c.withReplacedOpportunity(revised(c, e)))
        .stay();
    b.on(SstStage.SENSING, SelectOpportunity.class)
        .when(
            (c, e, v) -> {
              Optional<Opportunity> opportunity = c.opportunity(e.id());
              if (opportunity.isEmpty()) {
                v.report(SstViolation.UNKNOWN_OPPORTUNITY, e.id(), e.id(), "select it");
              } else {
                Set<ValueKind> lacking = missing(opportunity.get().valueKinds(), c.missions());
                if (!lacking.isEmpty()) {
                  opportunityDrift(
                      v,
                      e.id(),
                      "selecting opportunity '" + e.id() + "'",
                      EnumSet.noneOf(ValueKind.class),
                      lacking,
                      c.missions());
                }
              }
            })
        .updating(
            (c, e, at) ->
                c.withReplacedOpportunity(c.opportunity(e.id()).orElseThrow().withSelected(true)))
        .stay();
    b.on(SstStage.SENSING, Advance.class)
        .when(SenseSeizeTransform::sensingExit)
        .to(SstStage.SEIZING);

    // SEIZING
    b.on(SstStage.SEIZING, DesignModel.class)
        .when(
            (c, e, v) -> {
              ownModel(c, e.model(), v);
              designDrift(c, e.model(), c.currentModel(e.model().id()), "designing", v);
            })
        .updating((c, e, at) -> c.withDesigned(e.model()).withDesignedBasis(e.basis()))
        .stay();
    b.on(SstStage.SEIZING, ReturnToSensing.class)
        .when((c, e, v) -> text(v, e, e.reason(), "the reason for returning to sensing"))
        .to(SstStage.SENSING);
    b.on(SstStage.SEIZING, Adopt.class)
        .when(SenseSeizeTransform::seizingExit)
        .updating(
            (c, e, at) -> {
              BusinessModel designed = c.designed().orElseThrow();
              return c.withAdopted(designed, c.designedBasis(), e.replacing())
                  .withDesigned(Optional.empty())
                  .withDesignedBasis(Optional.empty());
            })
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
              ownModel(c, model, v);
              complete(model, "the revised BM", v);
              designDrift(c, model, current, "revising", v);
            })
        .updating((c, e, at) -> c.withRevised(e.model()))
        .stay();
    b.on(SstStage.TRANSFORMING, Advance.class)
        .when(SenseSeizeTransform::transformingExit)
        .updating((c, e, at) -> c.withCycle(c.cycle() + 1).withOpportunitiesUnselected())
        .startingCycle()
        .to(SstStage.SENSING);

    // every stage: deployments and challenges
    for (SstStage stage : SstStage.values()) {
      b.on(stage, RecordDeployment.class)
          .when(
              (c, e, v) -> {
                text(v, e, e.capability(), "the capability");
                text(v, e, e.actor(), "the deploying actor's id");
                if (e.catalogueEntry().isPresent()) {
                  String id = e.catalogueEntry().get();
                  Optional<CatalogueEntry> entry = c.catalogue().byId(id);
                  if (entry.isEmpty()) {
                    v.report(SstViolation.UNKNOWN_CATALOGUE_ENTRY, id, id, "RecordDeployment");
                  } else if (entry.get().level() != e.level()) {
                    v.report(
                        SstViolation.DEPLOYMENT_LEVEL_MISMATCH,
                        id,
                        id,
                        entry.get().level(),
                        e.level(),
                        entry.get().level());
                  }
                }
              })
          .updating(
              (c, e, at) ->
                  c.withDeployment(
                      new CapabilityDeployment(
                          e.capability(),
                          e.catalogueEntry(),
                          stage,
                          e.level(),
                          e.site(),
                          e.actor(),
                          c.cycle())))
          .stay();
      b.on(stage, AddressChallenge.class)
          .when(
              (c, e, v) -> {
                text(v, e, e.challenge(), "the challenge");
                text(v, e, e.how(), "how the challenge was addressed");
                if (e.catalogueEntry().isPresent()
                    && c.catalogue().byId(e.catalogueEntry().get()).isEmpty()) {
                  String id = e.catalogueEntry().get();
                  v.report(SstViolation.UNKNOWN_CATALOGUE_ENTRY, id, id, "AddressChallenge");
                }
              })
          .updating(
              (c, e, at) ->
                  c.withChallenge(
                      new AddressedChallenge(
                          e.challenge(), e.catalogueEntry(), e.how(), stage, c.cycle())))
          .stay();
    }
    return b.build();
  }

  private static void opportunityRevision(SstContext c, ReviseOpportunity e, Violations v) {
    text(v, e, e.description(), "the opportunity's description");
    Optional<Opportunity> identified = c.opportunity(e.id());
    if (identified.isEmpty()) {
      v.report(SstViolation.UNKNOWN_OPPORTUNITY, e.id(), e.id(), "revise it");
      return;
    }
    Opportunity was = identified.get();
    if (was.description().equals(e.description()) && was.valueKinds().equals(e.valueKinds())) {
      v.report(SstViolation.OPPORTUNITY_UNCHANGED, e.id(), e.id());
      return;
    }
    EnumSet<ValueKind> lost = EnumSet.noneOf(ValueKind.class);
    for (ValueKind mission : c.missions()) {
      if (was.valueKinds().contains(mission) && !e.valueKinds().contains(mission)) {
        lost.add(mission);
      }
    }
    if (!lost.isEmpty()) {
      opportunityDrift(
          v,
          e.id(),
          "revising opportunity '" + e.id() + "'",
          lost,
          EnumSet.noneOf(ValueKind.class),
          c.missions());
    }
  }

  private static void opportunityDrift(
      Violations v,
      String opportunity,
      String doing,
      Set<ValueKind> lost,
      Set<ValueKind> lacking,
      Set<ValueKind> missions) {
    v.report(
        SstViolation.MISSION_DRIFT,
        opportunity,
        ImmutableMap.of(
            "lost", Sets.immutableEnumSet(lost),
            "lacking", Sets.immutableEnumSet(lacking),
            "opportunity", opportunity),
        doing,
        drifted(lost, lacking),
        "select an opportunity carrying",
        missions);
  }

  /** The drift phrase: "loses" the kinds that were there, "lacks" those never there. */
  private static String drifted(Set<ValueKind> lost, Set<ValueKind> lacking) {
    String loses = lost.isEmpty() ? "" : "loses mission value kinds " + lost;
    String lacks = lacking.isEmpty() ? "" : "lacks mission value kinds " + lacking;
    return loses.isEmpty() ? lacks : lacks.isEmpty() ? loses : loses + " and " + lacks;
  }

  static void sensingExit(SstContext c, Advance e, Violations v) {
    // one selected opportunity carrying every mission kind lets the cycle advance: asked of the
    // last selections first, so an exit that passes costs O(1) however many are selected
    if (c.opportunitiesLog().anySelected(o -> missing(o.valueKinds(), c.missions()).isEmpty())) {
      return;
    }
    List<Opportunity> drifting = new ArrayList<>();
    for (Opportunity opportunity : c.selectedOpportunities()) {
      if (missing(opportunity.valueKinds(), c.missions()).isEmpty()) {
        return;
      }
      drifting.add(opportunity);
    }
    if (drifting.isEmpty()) {
      v.report(SstViolation.NO_SELECTED_OPPORTUNITY, "", c.missions());
    }
    for (Opportunity opportunity : drifting) {
      opportunityDrift(
          v,
          opportunity.id(),
          "advancing with selected opportunity '" + opportunity.id() + "'",
          EnumSet.noneOf(ValueKind.class),
          missing(opportunity.valueKinds(), c.missions()),
          c.missions());
    }
  }

  static void seizingExit(SstContext c, Adopt e, Violations v) {
    if (c.designed().isEmpty()) {
      v.report(SstViolation.NO_DESIGNED_MODEL, "");
      return;
    }
    BusinessModel designed = c.designed().get();
    ownModel(c, designed, v);
    complete(designed, "the designed BM", v);
    Optional<String> replacing = e.replacing();
    designDrift(
        c,
        designed,
        replacing.isPresent() ? c.currentModel(replacing.get()) : Optional.empty(),
        "adopting",
        v);
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
      List<BusinessModel> after = adopt(c.portfolio(), designed, replacing.get());
      ImmutableSet<ValueKind> lost = lostByPortfolio(after, c.missions());
      if (!lost.isEmpty()) {
        v.report(
            SstViolation.MISSION_DRIFT,
            replacing.get(),
            ImmutableMap.of(
                "lost", lost, "lacking", ImmutableSet.<ValueKind>of(), "model", replacing.get()),
            "replacing BM '"
                + replacing.get()
                + "' by '"
                + designed.id()
                + "' in the portfolio "
                + ids(c.portfolio()),
            drifted(lost, ImmutableSet.of()),
            "keep a portfolio delivering",
            c.missions());
      }
    }
  }

  static void transformingExit(SstContext c, Advance e, Violations v) {
    boolean production = false;
    boolean market = false;
    // stamps never decrease (checkStamps at the start, then every step stamps the current cycle):
    // this cycle's deployments are the tail, so the guard costs O(this cycle's deployments)
    List<CapabilityDeployment> deployments = c.deployments();
    for (int i = deployments.size() - 1; i >= 0 && !(production && market); i--) {
      CapabilityDeployment deployment = deployments.get(i);
      if (deployment.cycle() != c.cycle()) {
        break;
      }
      if (deployment.stage() == SstStage.TRANSFORMING
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
    ImmutableSet<ValueKind> lost = lostByPortfolio(c.portfolio(), c.missions());
    if (!lost.isEmpty()) {
      v.report(
          SstViolation.MISSION_DRIFT,
          "",
          ImmutableMap.of("lost", lost, "lacking", ImmutableSet.<ValueKind>of()),
          "the portfolio " + ids(c.portfolio()),
          drifted(lost, ImmutableSet.of()),
          "revise its BMs to deliver",
          c.missions());
    }
  }

  /**
   * Reports the mission drift of {@code model} designed, adopted or revised, against {@code was},
   * the BM it revises or replaces, if any: the model-level rule (it delivers every mission value
   * kind), and under {@link DriftPolicy#OFFERING} the offering-level rule (no offering of {@code
   * was} kept in {@code model} loses a mission value kind it carried).
   */
  private static void designDrift(
      SstContext c, BusinessModel model, Optional<BusinessModel> was, String doing, Violations v) {
    Set<ValueKind> undelivered = undelivered(model, c.missions());
    if (!undelivered.isEmpty()) {
      Set<ValueKind> before = was.isPresent() ? undelivered(was.get(), c.missions()) : c.missions();
      EnumSet<ValueKind> lost = EnumSet.noneOf(ValueKind.class);
      EnumSet<ValueKind> lacking = EnumSet.noneOf(ValueKind.class);
      for (ValueKind kind : undelivered) {
        (before.contains(kind) ? lacking : lost).add(kind);
      }
      v.report(
          SstViolation.MISSION_DRIFT,
          model.id(),
          ImmutableMap.of(
              "lost", Sets.immutableEnumSet(lost),
              "lacking", Sets.immutableEnumSet(lacking),
              "model", model.id()),
          doing + " BM '" + model.id() + "'",
          drifted(lost, lacking),
          "let its offerings or value shares deliver",
          c.missions());
    }
    if (c.driftPolicy() == DriftPolicy.OFFERING && was.isPresent()) {
      for (Offering before : was.get().proposition().offerings()) {
        Optional<Offering> after = offering(model, before.id());
        if (after.isEmpty()) {
          continue;
        }
        EnumSet<ValueKind> carried = EnumSet.noneOf(ValueKind.class);
        EnumSet<ValueKind> lost = EnumSet.noneOf(ValueKind.class);
        for (ValueKind mission : c.missions()) {
          if (before.valueKinds().contains(mission)) {
            carried.add(mission);
            if (!after.get().valueKinds().contains(mission)) {
              lost.add(mission);
            }
          }
        }
        if (!lost.isEmpty()) {
          v.report(
              SstViolation.MISSION_DRIFT,
              model.id(),
              ImmutableMap.of(
                  "lost", Sets.immutableEnumSet(lost),
                  "lacking", ImmutableSet.<ValueKind>of(),
                  "model", model.id(),
                  "offering", before.id()),
              doing + " BM '" + model.id() + "' at offering '" + before.id() + "'",
              drifted(lost, ImmutableSet.of()),
              "keep on the offering",
              Sets.immutableEnumSet(carried));
        }
      }
    }
  }

  private static Optional<Offering> offering(BusinessModel model, String id) {
    for (Offering offering : model.proposition().offerings()) {
      if (offering.id().equals(id)) {
        return Optional.of(offering);
      }
    }
    return Optional.empty();
  }

  /** Reports a BM whose owners do not include the organisation running the cycle. */
  private static void ownModel(SstContext c, BusinessModel model, Violations v) {
    String organisation = c.organisation().id();
    if (!model.owners().contains(organisation)) {
      v.report(
          SstViolation.NOT_OWN_MODEL,
          model.id(),
          model.id(),
          model.owners(),
          organisation,
          organisation);
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

  /**
   * The portfolio as it would be with {@code model} in place of the BM of id {@code replacing}: a
   * view made in O(1), so the guard reads only the BMs it needs.
   */
  private static List<BusinessModel> adopt(
      List<BusinessModel> portfolio, BusinessModel model, String replacing) {
    return Lists.transform(portfolio, current -> current.id().equals(replacing) ? model : current);
  }

  private static List<String> ids(List<BusinessModel> portfolio) {
    List<String> ids = new ArrayList<>(portfolio.size());
    for (BusinessModel model : portfolio) {
      ids.add(model.id());
    }
    return ids;
  }

  private static Opportunity revised(SstContext c, ReviseOpportunity revision) {
    Opportunity opportunity = c.opportunity(revision.id()).orElseThrow();
    return new Opportunity(
        opportunity.id(),
        revision.description(),
        Sets.immutableEnumSet(revision.valueKinds()),
        opportunity.selected());
  }
}
