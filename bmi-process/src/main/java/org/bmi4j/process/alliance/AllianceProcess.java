package org.bmi4j.process.alliance;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.bmi4j.core.alliance.ContributionLedger;
import org.bmi4j.core.alliance.Direction;
import org.bmi4j.core.alliance.LedgerEntry;
import org.bmi4j.core.alliance.PartnerBalance;
import org.bmi4j.core.alliance.Realisation;
import org.bmi4j.core.alliance.WinWinVerdict;
import org.bmi4j.core.internal.AppendLog;
import org.bmi4j.core.internal.Sentences;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.GovernanceAssignment;
import org.bmi4j.core.model.Ids;
import org.bmi4j.core.model.Money;
import org.bmi4j.core.model.Phrased;
import org.bmi4j.core.model.ValueFunction;
import org.bmi4j.process.ProcessDefinition;
import org.bmi4j.process.ProcessDocuments;
import org.bmi4j.process.Violations;
import org.bmi4j.process.alliance.AllianceEvent.Advance;
import org.bmi4j.process.alliance.AllianceEvent.ApproveInternally;
import org.bmi4j.process.alliance.AllianceEvent.CarryOutVision;
import org.bmi4j.process.alliance.AllianceEvent.ChangeSeparation;
import org.bmi4j.process.alliance.AllianceEvent.ChooseForm;
import org.bmi4j.process.alliance.AllianceEvent.CommitPartner;
import org.bmi4j.process.alliance.AllianceEvent.CompleteMilestone;
import org.bmi4j.process.alliance.AllianceEvent.DefineAllianceModel;
import org.bmi4j.process.alliance.AllianceEvent.FallBack;
import org.bmi4j.process.alliance.AllianceEvent.PassAcceptanceTest;
import org.bmi4j.process.alliance.AllianceEvent.PlanMilestone;
import org.bmi4j.process.alliance.AllianceEvent.ProposePartner;
import org.bmi4j.process.alliance.AllianceEvent.RecordBusinessCase;
import org.bmi4j.process.alliance.AllianceEvent.RecordKnowledgeExchange;
import org.bmi4j.process.alliance.AllianceEvent.RecordLearning;
import org.bmi4j.process.alliance.AllianceEvent.RecordLedgerEntry;
import org.bmi4j.process.alliance.AllianceEvent.RecordVision;
import org.bmi4j.process.alliance.AllianceEvent.RemovePartner;
import org.bmi4j.process.alliance.AllianceEvent.ReviseAllianceModel;
import org.bmi4j.process.alliance.AllianceEvent.SignContract;
import org.bmi4j.process.alliance.AllianceEvent.StartNewCycle;
import org.bmi4j.process.alliance.AllianceEvent.Terminate;

/**
 * The alliance-level BMI process [SPIETH]: its definition, how to start it, its JSON document type
 * and its findings.
 *
 * <p>The critical point of each phase is the source's ({@link AlliancePhase#criticalPoint()}). The
 * exit guards are the library's formalisation, an operational reading of each phase's activities:
 *
 * <table>
 *   <caption>Exit guards (library formalisation)</caption>
 *   <tr><th>phase</th><th>{@link Advance} needs</th></tr>
 *   <tr><td>CONCEPT</td><td>a business case with at least one requirement that needs a partner
 *       and a funding decision, and internal approval</td></tr>
 *   <tr><td>FOUNDATION</td><td>at least two partners, every current partner committed (a 50:50
 *       joint venture has no focal firm), a signed contract naming exactly the current partner
 *       set, an organisational form, a plan with at least one milestone, and no activity of the
 *       alliance BM performed by a removed partner</td></tr>
 *   <tr><td>DEVELOPMENT</td><td>every milestone done, the acceptance test passed, the alliance
 *       BM complete (its four value functions non-empty), and the ledger showing no current
 *       partner below the win-win ratio, counting expected and realised entries (before launch
 *       nothing has been returned, so the win-win critical point is judged on what partners
 *       expect as well); an INDETERMINATE verdict is reported as a finding, not blocking</td></tr>
 *   <tr><td>OPERATION</td><td>a recorded vision with its reason, then either {@link
 *       CarryOutVision} (REINTEGRATE into a current partner, INDEPENDENT, SPLIT, COMPLETE at the
 *       contract's defined end, DIVEST to a buyer named as an actor, a third party rather than a
 *       partner) or {@link StartNewCycle}; either needs the partners changed in OPERATION
 *       settled: every current partner committed, the contract re-signed naming them, no activity
 *       of the alliance BM performed by a removed partner</td></tr>
 * </table>
 *
 * <p>A fall-back from OPERATION to DEVELOPMENT needs the same, and at least two committed partners
 * as on leaving FOUNDATION, since DEVELOPMENT presumes a founded alliance (library formalisation).
 *
 * <p>Partners change in FOUNDATION and in OPERATION (library formalisation): joint ventures admit
 * and lose owners while their business stays on the market, so {@link ProposePartner}, {@link
 * CommitPartner}, {@link RemovePartner} and {@link SignContract} are permitted in both, and
 * elsewhere rejected with {@code PARTNERS_CHANGE_ELSEWHERE}, which names the two phases. The
 * fall-back stays for what [SPIETH] describes it for: difficulties between partners before the
 * alliance BM is established. Signing a contract records the {@link Stake} it grants with each
 * partner; no guard reads stakes. In OPERATION the operating alliance BM is revised with {@link
 * ReviseAllianceModel} (a revenue stream added, a market left), each revision recorded as a {@link
 * ModelRevision}; a new cycle stays for a vision followed by a new start [SPIETH].
 *
 * <p>Also (library choices where the source is silent): every active phase but CONCEPT may {@link
 * FallBack} to the one before with a reason; every active phase may {@link Terminate} with a
 * reason. The first-cycle default learning modes are recorded on entering a phase (cognitive search
 * in CONCEPT and FOUNDATION, experiential learning in DEVELOPMENT); any mode may be added in any
 * phase. The separation mode is recorded at each transition: DOMAIN at CONCEPT, chosen in
 * FOUNDATION by the organisational form (joint venture ORGANISATIONAL, in-house DOMAIN), kept in
 * DEVELOPMENT and OPERATION, TEMPORAL on reintegration; the user may change it at any time. A new
 * cycle keeps partners, contract, alliance BM and vision, and starts a new business case from the
 * idea; its plan and acceptance test start afresh.
 *
 * <p>A vision records its reason and the instant it was recorded; every ending records its reason
 * and instant as an {@link Ending} ({@link AllianceContext#ending()}): carrying out a vision ends
 * for the vision's reason, naming the vision (and so a divestment's buyer); terminating ends for
 * the reason given. Instants come from the alliance's clock, so a replay reproduces them.
 */
public final class AllianceProcess {
  /** The definition's name. */
  public static final String NAME = "alliance-bmi";

  /** The alliance-level process definition, shared by every instance. */
  public static final ProcessDefinition<AlliancePhase, AllianceEvent, AllianceContext> DEFINITION =
      define();

  /** The logs of a new alliance: learning by cognitive search, separation DOMAIN, in CONCEPT. */
  private static final AllianceLogs START_LOGS =
      AbstractAllianceLogs.EMPTY
          .withLearningList(
              AbstractAllianceLogs.NO_LEARNING.append(
                  new LearningRecord(1, AlliancePhase.CONCEPT, LearningMode.COGNITIVE_SEARCH)))
          .withSeparationList(
              AppendLog.<SeparationRecord>empty()
                  .append(new SeparationRecord(1, AlliancePhase.CONCEPT, SeparationMode.DOMAIN)));

  /**
   * The empty ledger of each currency alliances started in, shared by them: a ledger is immutable
   * and each alliance's entries grow a log of its own from it. At most one per currency.
   */
  private static final ConcurrentMap<Currency, ContributionLedger> EMPTY_LEDGERS =
      new ConcurrentHashMap<>();

  private AllianceProcess() {}

  /** Returns the empty ledger of {@code currency}, made once. */
  private static ContributionLedger emptyLedger(Currency currency) {
    return EMPTY_LEDGERS.computeIfAbsent(
        checkNotNull(currency, "currency"), ContributionLedger::of);
  }

  /**
   * Starts an alliance in CONCEPT, cycle 1, separation DOMAIN, learning by cognitive search.
   *
   * @param id the alliance's id
   * @param name its name
   * @param focalFirm the initiating firm's actor id; empty for a 50:50 joint venture. Recorded only
   *     ({@link AllianceContext#focalFirm()}): the focal firm becomes a partner by being proposed
   *     and committed like any other
   * @param currency the currency of the alliance's contribution ledger
   * @param clock the clock stamping each accepted event
   * @return the alliance, in CONCEPT
   * @throws IllegalArgumentException if {@code id} or the focal firm does not match {@link
   *     Ids#PATTERN}, or {@code name} is blank
   * @throws NullPointerException if an argument is null
   */
  public static AllianceInstance start(
      String id, String name, Optional<String> focalFirm, Currency currency, Clock clock) {
    AllianceContext context =
        AllianceContext.builder()
            .id(id)
            .name(name)
            .focalFirm(focalFirm)
            .ledger(emptyLedger(currency))
            .logs(START_LOGS)
            .build();
    return AllianceInstance.start(context, clock);
  }

  /**
   * Returns the JSON document type of alliance instances; instances read get {@code clock}.
   *
   * @param clock the clock of each instance read
   * @return the JSON document type of alliance instances
   */
  public static DocumentType<AllianceInstance> documentType(Clock clock) {
    return ProcessDocuments.instance(DEFINITION, clock, AllianceInstance::of);
  }

  /**
   * Returns the win-win verdict of the ledger for the current partners, which the alliance reports
   * in DEVELOPMENT and OPERATION; empty in other phases or without partners. In DEVELOPMENT it
   * counts expected and realised entries, since nothing has been returned before launch; in
   * OPERATION realised entries only (SPEC 3.5, library formalisation).
   *
   * @param instance the alliance
   * @return the win-win verdict of the ledger for the current partners, which the alliance reports
   *     in DEVELOPMENT and OPERATION
   */
  public static Optional<WinWinVerdict> winWin(AllianceInstance instance) {
    return winWin(instance, counted(instance.state()));
  }

  /**
   * Returns the win-win verdict of the ledger for the current partners in DEVELOPMENT and
   * OPERATION, counting the entries of the given realisations: expected, realised or both; empty in
   * other phases or without partners.
   *
   * @param instance the alliance
   * @param counted the realisations to count, at least one
   * @return the win-win verdict of the ledger for the current partners in DEVELOPMENT and
   *     OPERATION, counting the entries of the given realisations
   * @throws IllegalArgumentException if {@code counted} is empty
   */
  public static Optional<WinWinVerdict> winWin(
      AllianceInstance instance, Set<Realisation> counted) {
    AlliancePhase phase = instance.state();
    AllianceContext c = instance.context();
    if ((phase != AlliancePhase.DEVELOPMENT && phase != AlliancePhase.OPERATION)
        || c.partners().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(c.ledger().winWin(partnerIds(c), c.winWinRatio(), counted));
  }

  /**
   * Returns the realisations a verdict in {@code phase} counts: realised entries in OPERATION and
   * after, expected and realised ones before (library formalisation).
   */
  private static Set<Realisation> counted(AlliancePhase phase) {
    return phase == AlliancePhase.OPERATION || !phase.isActive()
        ? EnumSet.of(Realisation.REALISED)
        : WinWinVerdict.EVERY_ENTRY;
  }

  /**
   * Returns the findings on an alliance as {@link #findings(AllianceContext)} does, with the ledger
   * judged as {@link #winWin(AllianceInstance)} judges it in the instance's phase: realised entries
   * only from OPERATION on.
   *
   * @param instance the alliance
   * @return the findings on an alliance as {@link #findings(AllianceContext)} does, with the ledger
   *     judged as {@link #winWin(AllianceInstance)} judges it in the instance's phase
   */
  public static ImmutableList<AllianceFinding> findings(AllianceInstance instance) {
    checkNotNull(instance, "instance");
    return findings(instance.context(), counted(instance.state()));
  }

  /**
   * Returns the findings on the alliance's current context, in this order: poor fits, a REINTEGRATE
   * vision naming a partner the contract does not give control while it gives control to others,
   * joint-venture partners with no knowledge exchange recorded, then from the ledger, counting
   * every entry (expected and realised): each partner below the win-win ratio, the unvalued entries
   * (an indeterminate verdict, or unvalued entries beside partners below, so that both are named),
   * and former partners' ledger entries.
   *
   * @param context the alliance's context
   * @return the findings on the alliance's current context, in this order
   */
  public static ImmutableList<AllianceFinding> findings(AllianceContext context) {
    return findings(context, WinWinVerdict.EVERY_ENTRY);
  }

  private static ImmutableList<AllianceFinding> findings(
      AllianceContext context, Set<Realisation> counted) {
    checkNotNull(context, "context");
    ImmutableList.Builder<AllianceFinding> findings = ImmutableList.builder();
    for (Partner partner : context.partners()) {
      if (partner.strategicFit().equals(Optional.of(Fit.POOR))) {
        findings.add(finding(AllianceFinding.Code.POOR_STRATEGIC_FIT, partner.id(), partner.id()));
      }
      if (partner.organisationalFit().equals(Optional.of(Fit.POOR))) {
        findings.add(
            finding(AllianceFinding.Code.POOR_ORGANISATIONAL_FIT, partner.id(), partner.id()));
      }
    }
    context
        .vision()
        .filter(vision -> vision.kind() == VisionKind.REINTEGRATE)
        .flatMap(Vision::partner)
        .ifPresent(
            target -> {
              List<String> controlling = context.controllingPartners();
              if (!controlling.isEmpty() && !controlling.contains(target)) {
                findings.add(
                    finding(
                        AllianceFinding.Code.REINTEGRATION_INTO_NON_CONTROLLING,
                        target,
                        target,
                        controlling));
              }
            });
    if (context.organisationalForm().equals(Optional.of(OrganisationalForm.JOINT_VENTURE))) {
      Set<String> exchanged = new HashSet<>();
      for (KnowledgeExchange exchange : context.knowledgeExchanges()) {
        exchanged.add(exchange.partner());
      }
      for (Partner partner : context.partners()) {
        if (!exchanged.contains(partner.id())) {
          findings.add(
              finding(AllianceFinding.Code.NO_KNOWLEDGE_EXCHANGE, partner.id(), partner.id()));
        }
      }
    }
    if (!context.partners().isEmpty()) {
      WinWinVerdict verdict =
          context.ledger().winWin(partnerIds(context), context.winWinRatio(), counted);
      List<String> below = verdict.partnersBelow();
      for (PartnerBalance balance : verdict.balances()) {
        if (below.contains(balance.partner())) {
          findings.add(
              finding(
                  AllianceFinding.Code.PARTNER_BELOW_RATIO,
                  balance.partner(),
                  balance.partner(),
                  balance.returns(),
                  balance.contributions(),
                  verdict.countedInWords(),
                  verdict.ratio().toPlainString()));
        }
      }
      if (!verdict.unvaluedEntries().isEmpty()) {
        StringBuilder entries = new StringBuilder();
        for (LedgerEntry entry : verdict.unvaluedEntries()) {
          entries
              .append(entries.length() == 0 ? "" : ", ")
              .append(entry.partner())
              .append(": ")
              .append(entry.description());
        }
        if (below.isEmpty()) {
          findings.add(
              finding(AllianceFinding.Code.LEDGER_INDETERMINATE, "", unvalued(verdict, entries)));
        } else {
          findings.add(
              finding(AllianceFinding.Code.LEDGER_UNVALUED, "", below, unvalued(verdict, entries)));
        }
      }
      for (PartnerBalance former : verdict.formerPartners()) {
        findings.add(
            finding(
                AllianceFinding.Code.FORMER_PARTNER_ENTRIES,
                former.partner(),
                former.partner(),
                former.entryCount()));
      }
    }
    return findings.build();
  }

  private static AllianceFinding finding(
      AllianceFinding.Code code, String subject, Object... arguments) {
    return AllianceFinding.of(code, subject, arguments);
  }

  /**
   * Checks that an alliance can start from {@code c} in CONCEPT, cycle 1 (library formalisation):
   * valid ids, cycle 1, no ending, no acceptance test passed (that needs DEVELOPMENT), model
   * iterations counting a recorded alliance model, and learning and separation records of cycle 1.
   */
  private static void checkStart(AllianceContext c) {
    checkArgument(
        Ids.isValid(c.id()),
        "the alliance id must match %s, was '%s'",
        Ids.PATTERN.pattern(),
        c.id());
    c.focalFirm()
        .ifPresent(
            firm ->
                checkArgument(
                    Ids.isValid(firm),
                    "the focal firm of alliance '%s' must be an actor id matching %s, was '%s'",
                    c.id(),
                    Ids.PATTERN.pattern(),
                    firm));
    checkArgument(
        c.cycle() == 1,
        "alliance '%s' starts in cycle 1, but its start context says cycle %s; a new cycle starts"
            + " only with StartNewCycle",
        c.id(),
        c.cycle());
    checkArgument(
        c.ending().isEmpty(),
        "alliance '%s' starts in CONCEPT with an ending (%s); an alliance ends only by a step,"
            + " CarryOutVision or Terminate",
        c.id(),
        c.ending().map(Ending::state).orElse(AlliancePhase.CONCEPT));
    checkArgument(
        !c.acceptanceTestPassed(),
        "alliance '%s' starts in CONCEPT with its acceptance test passed; the test passes only in"
            + " DEVELOPMENT, with PassAcceptanceTest",
        c.id());
    checkArgument(
        c.allianceModel().isPresent() ? c.modelIterations() >= 1 : c.modelIterations() == 0,
        "alliance '%s' starts with %s model iterations and %s alliance business model; the count"
            + " is 0 without a model and at least 1 with one",
        c.id(),
        c.modelIterations(),
        c.allianceModel().isPresent() ? "an" : "no");
    List<LearningRecord> learning = c.learning();
    for (int l = 0; l < learning.size(); l++) {
      LearningRecord record = learning.get(l);
      checkArgument(
          record.cycle() == 1,
          "alliance '%s' starts with a learning record of cycle %s; a start context holds"
              + " records of cycle 1 only",
          c.id(),
          record.cycle());
    }
    List<SeparationRecord> separation = c.separation();
    for (int r = 0; r < separation.size(); r++) {
      SeparationRecord record = separation.get(r);
      checkArgument(
          record.cycle() == 1,
          "alliance '%s' starts with a separation record of cycle %s; a start context holds"
              + " records of cycle 1 only",
          c.id(),
          record.cycle());
    }
  }

  private static ProcessDefinition<AlliancePhase, AllianceEvent, AllianceContext> define() {
    var b =
        ProcessDefinition.builder(
            NAME, AlliancePhase.class, AllianceEvent.class, AllianceContext.class);
    b.initial(AlliancePhase.CONCEPT)
        .checkStart(AllianceProcess::checkStart)
        .terminal(
            AlliancePhase.REINTEGRATED,
            AlliancePhase.INDEPENDENT,
            AlliancePhase.SPLIT,
            AlliancePhase.COMPLETED,
            AlliancePhase.DIVESTED,
            AlliancePhase.TERMINATED);

    // CONCEPT
    b.on(AlliancePhase.CONCEPT, RecordBusinessCase.class)
        .when((c, e, v) -> text(v, e, e.businessCase().idea(), "the business case's idea"))
        .updating(
            (c, e, at) ->
                c.withBusinessCase(e.businessCase()).withInternalApproval(Optional.empty()))
        .stay();
    b.on(AlliancePhase.CONCEPT, ApproveInternally.class)
        .when(
            (c, e, v) -> {
              text(v, e, e.approver(), "the approver");
              if (c.businessCase().isEmpty()) {
                v.report(AllianceViolation.NO_BUSINESS_CASE, "", "approving it");
              }
            })
        .updating((c, e, at) -> c.withInternalApproval(e.approver()))
        .stay();
    b.on(AlliancePhase.CONCEPT, Advance.class)
        .when(AllianceProcess::conceptExit)
        .updating((c, e, at) -> enter(c, AlliancePhase.FOUNDATION))
        .to(AlliancePhase.FOUNDATION);

    // FOUNDATION and OPERATION: partners change before the alliance BM is developed and while it
    // operates (a joint venture admits and loses owners while its business stays on the market)
    for (AlliancePhase phase : List.of(AlliancePhase.FOUNDATION, AlliancePhase.OPERATION)) {
      b.on(phase, ProposePartner.class)
          .when(
              (c, e, v) -> {
                text(v, e, e.partner().name(), "the partner's name");
                if (c.partnerLog().contains(e.partner().id())) {
                  v.report(AllianceViolation.DUPLICATE_PARTNER, e.partner().id(), e.partner().id());
                }
              })
          .updating(
              (c, e, at) ->
                  c.withPartnerList(
                      c.partnerLog()
                          .propose(
                              new Partner(
                                  e.partner(), false, e.strategicFit(), e.organisationalFit()),
                              c.formerPartnersLog())))
          .stay();
      b.on(phase, CommitPartner.class)
          .when((c, e, v) -> knownPartner(c, v, e.partner()))
          .updating((c, e, at) -> c.withPartnerList(committed(c.partnerLog(), e.partner())))
          .stay();
      b.on(phase, RemovePartner.class)
          .when(
              (c, e, v) -> {
                knownPartner(c, v, e.partner());
                text(v, e, e.reason(), "the reason for removing a partner");
              })
          .updating(
              (c, e, at) -> {
                Partner removed = c.partner(e.partner()).orElseThrow();
                AllianceContext out = c.withFormerPartner(removed);
                return out.withPartnerList(
                    c.partnerLog()
                        .remove(e.partner(), c.formerPartnersLog(), out.formerPartnersLog()));
              })
          .stay();
      b.on(phase, SignContract.class)
          .when(
              (c, e, v) -> {
                text(v, e, e.contract().rules(), "the contract's rules");
                contractNamesPartners(c, e.contract(), v);
              })
          .updating(
              (c, e, at) ->
                  c.withContract(e.contract())
                      .withPartnerList(staked(c.partnerLog(), e.contract())))
          .stay();
    }
    b.notPermittedAs(ProposePartner.class, AllianceViolation.PARTNERS_CHANGE_ELSEWHERE)
        .notPermittedAs(CommitPartner.class, AllianceViolation.PARTNERS_CHANGE_ELSEWHERE)
        .notPermittedAs(RemovePartner.class, AllianceViolation.PARTNERS_CHANGE_ELSEWHERE)
        .notPermittedAs(SignContract.class, AllianceViolation.PARTNERS_CHANGE_ELSEWHERE)
        .notPermittedAs(ReviseAllianceModel.class, AllianceViolation.REVISED_ONLY_IN_OPERATION);

    // FOUNDATION
    b.on(AlliancePhase.FOUNDATION, ChooseForm.class)
        .updating(
            (c, e, at) ->
                c.withOrganisationalForm(e.form())
                    .withSeparationRecord(
                        new SeparationRecord(
                            c.cycle(),
                            AlliancePhase.FOUNDATION,
                            e.form() == OrganisationalForm.JOINT_VENTURE
                                ? SeparationMode.ORGANISATIONAL
                                : SeparationMode.DOMAIN)))
        .stay();
    b.on(AlliancePhase.FOUNDATION, PlanMilestone.class)
        .when(
            (c, e, v) -> {
              Milestone m = e.milestone();
              text(v, e, m.description(), "the milestone's description");
              if (hasMilestone(c, m.id())) {
                v.report(AllianceViolation.DUPLICATE_MILESTONE, "", m.id());
              }
              knownPartner(c, v, m.responsible());
            })
        .updating((c, e, at) -> c.withMilestoneList(c.milestoneLog().plan(e.milestone())))
        .stay();
    b.on(AlliancePhase.FOUNDATION, Advance.class)
        .when(AllianceProcess::foundationExit)
        .updating((c, e, at) -> enter(c, AlliancePhase.DEVELOPMENT))
        .to(AlliancePhase.DEVELOPMENT);

    // FOUNDATION and DEVELOPMENT: the alliance business model
    for (AlliancePhase phase : List.of(AlliancePhase.FOUNDATION, AlliancePhase.DEVELOPMENT)) {
      b.on(phase, DefineAllianceModel.class)
          .updating(
              (c, e, at) ->
                  c.withAllianceModel(e.model()).withModelIterations(c.modelIterations() + 1))
          .stay();
    }

    // DEVELOPMENT
    b.on(AlliancePhase.DEVELOPMENT, CompleteMilestone.class)
        .when(
            (c, e, v) -> {
              if (!hasMilestone(c, e.milestone())) {
                v.report(AllianceViolation.UNKNOWN_MILESTONE, "", e.milestone(), milestoneIds(c));
              }
            })
        .updating((c, e, at) -> c.withMilestoneList(c.milestoneLog().complete(e.milestone())))
        .stay();
    b.on(AlliancePhase.DEVELOPMENT, PassAcceptanceTest.class)
        .updating((c, e, at) -> c.withAcceptanceTestPassed(true))
        .stay();
    b.on(AlliancePhase.DEVELOPMENT, Advance.class)
        .when(AllianceProcess::developmentExit)
        .updating((c, e, at) -> enter(c, AlliancePhase.OPERATION))
        .to(AlliancePhase.OPERATION);

    // DEVELOPMENT and OPERATION: the ledger
    for (AlliancePhase phase : List.of(AlliancePhase.DEVELOPMENT, AlliancePhase.OPERATION)) {
      b.on(phase, RecordLedgerEntry.class)
          .when(
              (c, e, v) -> {
                knownPartner(c, v, e.entry().partner());
                Optional<Money> valuation = e.entry().valuation();
                if (valuation.isPresent()
                    && !valuation.get().currency().equals(c.ledger().currency())) {
                  v.report(
                      AllianceViolation.WRONG_CURRENCY,
                      e.entry().partner(),
                      e.entry().partner(),
                      valuation.get().currency(),
                      c.ledger().currency(),
                      c.ledger().currency());
                } else if (!c.ledger().fitsWith(e.entry())) {
                  v.report(
                      AllianceViolation.LEDGER_SUM_TOO_LARGE,
                      e.entry().partner(),
                      e.entry().direction() == Direction.CONTRIBUTION ? "contributions" : "returns",
                      e.entry().partner(),
                      Money.MAX_DIGITS);
                }
              })
          .updating(
              (c, e, at) -> {
                ContributionLedger ledger = c.ledger().withEntry(e.entry());
                return c.withLedger(ledger)
                    .withPartnerList(
                        c.partnerLog().recorded(c.ledger(), ledger, e.entry().partner()));
              })
          .stay();
    }

    // OPERATION
    b.on(AlliancePhase.OPERATION, ReviseAllianceModel.class)
        .when(AllianceProcess::revisionHolds)
        .updating(
            (c, e, at) ->
                c.withAllianceModel(e.model())
                    .withRevision(new ModelRevision(c.cycle(), e.reason(), at)))
        .stay();
    b.on(AlliancePhase.OPERATION, RecordVision.class)
        .when(
            (c, e, v) -> {
              visionHolds(c, e.vision(), v);
              text(v, e, e.vision().reason(), "the vision's reason");
            })
        .updating((c, e, at) -> c.withVision(e.vision(), at))
        .stay();
    b.on(AlliancePhase.OPERATION, CarryOutVision.class)
        .when(
            (c, e, v) -> {
              if (c.vision().isEmpty()) {
                v.report(AllianceViolation.NO_VISION, "", "carrying it out");
              } else {
                visionHolds(c, c.vision().get(), v);
              }
            })
        .when(AllianceProcess::partnersSettled)
        .updating(
            (c, e, at) -> {
              Vision vision = c.vision().orElseThrow();
              AllianceContext ended =
                  c.withEnding(
                      new Ending(vision.ending(), vision.reason(), at, Optional.of(vision)));
              return vision.kind() == VisionKind.REINTEGRATE
                  ? ended.withSeparationRecord(
                      new SeparationRecord(
                          c.cycle(), AlliancePhase.REINTEGRATED, SeparationMode.TEMPORAL))
                  : ended;
            })
        .toOneOf(
            EnumSet.of(
                AlliancePhase.REINTEGRATED,
                AlliancePhase.INDEPENDENT,
                AlliancePhase.SPLIT,
                AlliancePhase.COMPLETED,
                AlliancePhase.DIVESTED),
            (c, e) -> c.vision().orElseThrow().ending());
    b.on(AlliancePhase.OPERATION, StartNewCycle.class)
        .when(
            (c, e, v) -> {
              if (c.vision().isEmpty()) {
                v.report(AllianceViolation.NO_VISION, "", "starting a new cycle, which keeps it");
              }
              text(v, e, e.idea(), "the idea of the new cycle");
            })
        .when(AllianceProcess::partnersSettled)
        .updating(
            (c, e, at) -> {
              int cycle = c.cycle() + 1;
              return c.withCycle(cycle)
                  .withBusinessCase(
                      new BusinessCase(e.idea(), "", ImmutableList.of(), Optional.empty()))
                  .withInternalApproval(Optional.empty())
                  .withMilestoneList(MilestoneLog.EMPTY)
                  .withAcceptanceTestPassed(false)
                  .withSeparationRecord(
                      new SeparationRecord(cycle, AlliancePhase.CONCEPT, SeparationMode.DOMAIN));
            })
        .startingCycle()
        .to(AlliancePhase.CONCEPT);

    // fall back
    fallBack(b, AlliancePhase.FOUNDATION, AlliancePhase.CONCEPT);
    fallBack(b, AlliancePhase.DEVELOPMENT, AlliancePhase.FOUNDATION);
    b.on(AlliancePhase.OPERATION, FallBack.class)
        .when((c, e, v) -> text(v, e, e.reason(), "the reason for falling back"))
        .when(AllianceProcess::partnersSettled)
        .when((c, e, v) -> twoCommitted(c, v))
        .updating((c, e, at) -> enter(c, AlliancePhase.DEVELOPMENT))
        .to(AlliancePhase.DEVELOPMENT);

    // every active phase
    for (AlliancePhase phase : AlliancePhase.values()) {
      if (!phase.isActive()) {
        continue;
      }
      b.on(phase, RecordKnowledgeExchange.class)
          .when(
              (c, e, v) -> {
                knownPartner(c, v, e.partner());
                text(v, e, e.description(), "the knowledge exchange's description");
              })
          .updating(
              (c, e, at) ->
                  c.withKnowledgeExchange(new KnowledgeExchange(e.partner(), e.description(), at)))
          .stay();
      b.on(phase, RecordLearning.class).updating((c, e, at) -> learn(c, phase, e.mode())).stay();
      b.on(phase, ChangeSeparation.class)
          .updating(
              (c, e, at) ->
                  c.withSeparationRecord(new SeparationRecord(c.cycle(), phase, e.mode())))
          .stay();
      b.on(phase, Terminate.class)
          .when((c, e, v) -> text(v, e, e.reason(), "the reason for terminating"))
          .updating(
              (c, e, at) ->
                  c.withEnding(
                      new Ending(AlliancePhase.TERMINATED, e.reason(), at, Optional.empty())))
          .to(AlliancePhase.TERMINATED);
    }
    return b.build();
  }

  private static void fallBack(
      ProcessDefinition.Builder<AlliancePhase, AllianceEvent, AllianceContext> b,
      AlliancePhase from,
      AlliancePhase to) {
    b.on(from, FallBack.class)
        .when((c, e, v) -> text(v, e, e.reason(), "the reason for falling back"))
        .updating((c, e, at) -> enter(c, to))
        .to(to);
  }

  // guards

  static void conceptExit(AllianceContext c, Advance e, Violations v) {
    if (c.businessCase().isEmpty()) {
      v.report(AllianceViolation.NO_BUSINESS_CASE, "", "advancing to FOUNDATION");
    } else {
      BusinessCase businessCase = c.businessCase().get();
      if (!businessCase.needsPartner()) {
        v.report(AllianceViolation.NO_PARTNER_REQUIREMENT, "");
      }
      if (businessCase.funding().isEmpty()) {
        v.report(AllianceViolation.NO_FUNDING_DECISION, "");
      }
    }
    if (c.internalApproval().isEmpty()) {
      v.report(AllianceViolation.NO_INTERNAL_APPROVAL, "");
    }
  }

  static void foundationExit(AllianceContext c, Advance e, Violations v) {
    twoCommitted(c, v);
    notCommitted(c, v);
    if (c.contract().isEmpty()) {
      v.report(AllianceViolation.NO_SIGNED_CONTRACT, "");
    } else {
      contractNamesPartners(c, c.contract().get(), v);
    }
    if (c.organisationalForm().isEmpty()) {
      v.report(AllianceViolation.NO_ORGANISATIONAL_FORM, "");
    }
    if (c.milestones().isEmpty()) {
      v.report(AllianceViolation.NO_MILESTONE, "");
    }
    c.allianceModel().ifPresent(model -> removedPartnersPerform(c, model, v));
  }

  static void developmentExit(AllianceContext c, Advance e, Violations v) {
    // the milestones are walked only to name open ones, so that an exit costs the same however
    // many milestones are done
    for (Milestone milestone :
        c.milestoneLog().open() > 0 ? c.milestones() : List.<Milestone>of()) {
      if (!milestone.done()) {
        v.report(
            AllianceViolation.MILESTONE_OPEN,
            milestone.responsible(),
            milestone.id(),
            milestone.responsible());
      }
    }
    if (!c.acceptanceTestPassed()) {
      v.report(AllianceViolation.NO_ACCEPTANCE_TEST, "");
    }
    if (c.allianceModel().isEmpty()) {
      v.report(AllianceViolation.ALLIANCE_MODEL_INCOMPLETE, "", "is not defined");
    } else {
      BusinessModel model = c.allianceModel().get();
      ImmutableSet<ValueFunction> empty = model.completeness().empty();
      if (!empty.isEmpty()) {
        v.report(
            AllianceViolation.ALLIANCE_MODEL_INCOMPLETE, "", "has empty value functions " + empty);
      }
    }
    // the partner log counts who is below on this ledger in O(1) a step (a partner without entries
    // reaches any ratio, so an empty ledger has none below); only then are the partners walked, the
    // ledger's tallies telling who is below in O(1) each, as the verdict on every entry names them
    if (c.partnerLog().below(c.ledger(), c.winWinRatio()) > 0) {
      ContributionLedger ledger = c.ledger();
      List<String> below =
          ledger.partnersBelow(partnerIds(c), c.winWinRatio(), WinWinVerdict.EVERY_ENTRY);
      for (String partner : below) {
        v.report(
            AllianceViolation.PARTNER_BELOW_THRESHOLD,
            partner,
            partner,
            ledger.balance(partner).returns(),
            ledger.balance(partner).contributions(),
            EVERY_ENTRY_IN_WORDS,
            c.winWinRatio().stripTrailingZeros().toPlainString());
      }
    }
  }

  /** {@link WinWinVerdict#countedInWords()} of a verdict counting every entry. */
  private static final String EVERY_ENTRY_IN_WORDS = "expected and realised";

  /** Checks that at least two partners are committed; O(1), from the log's count. */
  private static void twoCommitted(AllianceContext c, Violations v) {
    int committed = c.partnerLog().committed();
    if (committed < 2) {
      v.report(
          AllianceViolation.TOO_FEW_COMMITTED_PARTNERS,
          "",
          Sentences.count(committed, "committed partner"));
    }
  }

  /**
   * Checks that the partners changed in OPERATION are settled before the alliance leaves it
   * (library formalisation): every current partner committed, the contract re-signed naming them,
   * and no activity of the alliance BM performed by a removed partner.
   */
  static void partnersSettled(AllianceContext c, AllianceEvent e, Violations v) {
    notCommitted(c, v);
    c.contract().ifPresent(contract -> contractNamesPartners(c, contract, v));
    c.allianceModel().ifPresent(model -> removedPartnersPerform(c, model, v));
  }

  /**
   * Reports each current partner not committed, in partner order; walks the partners only when one
   * is not committed, so an exit that passes costs O(1) however many partners there are.
   */
  private static void notCommitted(AllianceContext c, Violations v) {
    if (c.partnerLog().committed() == c.partnerLog().size()) {
      return;
    }
    List<Partner> partners = c.partners();
    for (int p = 0; p < partners.size(); p++) {
      Partner partner = partners.get(p);
      if (!partner.committed()) {
        v.report(AllianceViolation.PARTNER_NOT_COMMITTED, partner.id(), partner.id());
      }
    }
  }

  static void revisionHolds(AllianceContext c, ReviseAllianceModel e, Violations v) {
    text(v, e, e.reason(), "the reason for revising the alliance business model");
    BusinessModel model = e.model();
    ImmutableSet<ValueFunction> empty = model.completeness().empty();
    if (!empty.isEmpty()) {
      v.report(
          AllianceViolation.ALLIANCE_MODEL_INCOMPLETE, "", "has empty value functions " + empty);
    }
    if (c.allianceModel().isPresent() && c.allianceModel().get().equals(model)) {
      v.report(AllianceViolation.ALLIANCE_MODEL_UNCHANGED, "");
    }
    removedPartnersPerform(c, model, v);
  }

  private static void removedPartnersPerform(AllianceContext c, BusinessModel model, Violations v) {
    // each performer of the model's governance looked up among the former partners, so that the
    // check costs O(assignments) however many partners were removed; reported in the order of the
    // former partners, then of the assignments, as walking every former partner did
    AppendLog<Partner> former = c.formerPartnersLog();
    PartnerLog current = c.partnerLog();
    // the partner log counts removed partners among the model's performers in O(1) a step; only
    // when one performs are the assignments walked, to name each
    if (former.isEmpty() || !current.removedPerform(model, former)) {
      return;
    }
    List<GovernanceAssignment> governance = model.governance();
    List<int[]> found = new ArrayList<>(0); // {place among the former partners, assignment}
    for (int g = 0; g < governance.size(); g++) {
      GovernanceAssignment assignment = governance.get(g);
      formerPlaces(former, current, assignment.performer(), g, found);
      for (String coPerformer : assignment.coPerformers()) {
        if (!coPerformer.equals(assignment.performer())) {
          formerPlaces(former, current, coPerformer, g, found);
        }
      }
    }
    found.sort(Comparator.<int[]>comparingInt(f -> f[0]).thenComparingInt(f -> f[1]));
    for (int[] f : found) {
      String id = former.get(f[0]).id();
      v.report(AllianceViolation.REMOVED_PARTNER_PERFORMS, id, governance.get(f[1]).activity(), id);
    }
  }

  /** Adds each place of {@code id} among the former partners, unless it is a current partner. */
  private static void formerPlaces(
      AppendLog<Partner> former, PartnerLog current, String id, int assignment, List<int[]> found) {
    if (current.contains(id)) {
      return;
    }
    for (int at = former.lastIndex(id); at >= 0; at = former.previousIndex(at)) {
      found.add(new int[] {at, assignment});
    }
  }

  private static void visionHolds(AllianceContext c, Vision vision, Violations v) {
    switch (vision.kind()) {
      case REINTEGRATE -> {
        if (vision.partner().isEmpty()) {
          v.report(
              AllianceViolation.VISION_TARGET_MISSING,
              "",
              vision.kind(),
              "the partner the alliance business model is reintegrated into");
        } else {
          knownPartner(c, v, vision.partner().get());
        }
      }
      case DIVEST -> {
        if (vision.buyer().isEmpty()) {
          v.report(
              AllianceViolation.VISION_TARGET_MISSING,
              "",
              vision.kind(),
              "the buyer of the alliance business, as an actor with id and name");
        } else {
          Actor buyer = vision.buyer().get();
          if (buyer.name().isBlank()) {
            v.report(
                AllianceViolation.BLANK_TEXT, buyer.id(), "the buyer's name", "the DIVEST vision");
          }
          if (c.partnerLog().contains(buyer.id())) {
            v.report(AllianceViolation.BUYER_IS_PARTNER, buyer.id(), buyer.id());
          }
        }
      }
      case COMPLETE -> {
        if (c.contract().flatMap(Contract::definedEnd).isEmpty()) {
          v.report(AllianceViolation.NO_CONTRACT_END, "");
        }
      }
      case INDEPENDENT, SPLIT -> {}
    }
  }

  /**
   * Checks that {@code contract} names exactly the current partners: O(1) when the partner ids have
   * not changed since this contract was compared with them (on signing, or on the first check of a
   * context read or built), else O(named partners) once (see {@link PartnerLog#isNamedBy}).
   */
  private static void contractNamesPartners(AllianceContext c, Contract contract, Violations v) {
    if (!c.partnerLog().isNamedBy(contract.partners())) {
      v.report(AllianceViolation.CONTRACT_PARTNERS_CHANGED, "", contract.partners(), partnerIds(c));
    }
  }

  private static boolean hasMilestone(AllianceContext c, String id) {
    return c.milestoneLog().contains(id);
  }

  private static void knownPartner(AllianceContext c, Violations v, String partner) {
    if (!c.partnerLog().contains(partner)) {
      v.report(AllianceViolation.UNKNOWN_PARTNER, partner, partner, partnerIds(c));
    }
  }

  private static List<String> milestoneIds(AllianceContext c) {
    List<String> ids = new java.util.ArrayList<>();
    List<Milestone> milestones = c.milestones();
    for (int m = 0; m < milestones.size(); m++) {
      Milestone milestone = milestones.get(m);
      ids.add(milestone.id());
    }
    return ids;
  }

  private static void text(Violations v, AllianceEvent e, String text, String what) {
    if (text.isBlank()) {
      v.report(AllianceViolation.BLANK_TEXT, "", what, e.getClass().getSimpleName());
    }
  }

  // updates

  /**
   * Records entering {@code phase}: the separation mode kept, and in the first cycle the phase's
   * default learning mode unless recorded already; both logs changed in one copy of the context.
   */
  private static AllianceContext enter(AllianceContext c, AlliancePhase phase) {
    AllianceLogs entered =
        c.logs().withSeparationRecord(new SeparationRecord(c.cycle(), phase, c.separationMode()));
    if (c.cycle() == 1 && phase != AlliancePhase.OPERATION) {
      LearningMode mode =
          phase == AlliancePhase.DEVELOPMENT
              ? LearningMode.EXPERIENTIAL_LEARNING
              : LearningMode.COGNITIVE_SEARCH;
      entered = entered.withLearningRecord(new LearningRecord(c.cycle(), phase, mode));
    }
    return c.withLogs(entered);
  }

  private static AllianceContext learn(AllianceContext c, AlliancePhase phase, LearningMode mode) {
    LearningRecord record = new LearningRecord(c.cycle(), phase, mode);
    return c.withLearningRecord(record);
  }

  private static ImmutableSet<String> partnerIds(AllianceContext c) {
    ImmutableSet.Builder<String> ids = ImmutableSet.builderWithExpectedSize(c.partners().size());
    List<Partner> partners = c.partners();
    for (int p = 0; p < partners.size(); p++) {
      Partner partner = partners.get(p);
      ids.add(partner.id());
    }
    return ids.build();
  }

  /** Returns the partners with the current partner of id {@code id} committed; O(1). */
  private static PartnerLog committed(PartnerLog partners, String id) {
    Partner p = checkNotNull(partners.partner(id), "partner");
    return partners.replace(
        new Partner(p.actor(), true, p.strategicFit(), p.organisationalFit(), p.stake()));
  }

  /**
   * Returns the partners with the stakes {@code contract} grants them; a partner whose stake stays
   * is kept as it is, and the partners themselves if every stake stays.
   */
  private static PartnerLog staked(PartnerLog partners, Contract contract) {
    PartnerLog out = partners;
    List<Partner> current = partners;
    for (int i = 0; i < current.size(); i++) {
      Partner p = current.get(i);
      Optional<Stake> stake = contract.stake(p.id());
      if (!stake.equals(p.stake())) {
        out =
            out.replace(
                new Partner(
                    p.actor(), p.committed(), p.strategicFit(), p.organisationalFit(), stake));
      }
    }
    return out;
  }

  /** The unvalued entries of a verdict as a finding's typed value, printed as {@code text}. */
  private static Phrased<ImmutableList<LedgerEntry>> unvalued(
      WinWinVerdict verdict, StringBuilder text) {
    return Phrased.of(ImmutableList.copyOf(verdict.unvaluedEntries()), text.toString());
  }
}
