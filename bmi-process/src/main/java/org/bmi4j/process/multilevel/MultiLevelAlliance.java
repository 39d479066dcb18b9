package org.bmi4j.process.multilevel;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bmi4j.core.internal.AppendLog;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.process.InstanceRecord;
import org.bmi4j.process.KernelViolation;
import org.bmi4j.process.Outcome;
import org.bmi4j.process.ProcessInstance;
import org.bmi4j.process.Violation;
import org.bmi4j.process.ViolationCode;
import org.bmi4j.process.alliance.AllianceContext;
import org.bmi4j.process.alliance.AllianceEvent;
import org.bmi4j.process.alliance.AllianceInstance;
import org.bmi4j.process.alliance.AlliancePhase;
import org.bmi4j.process.alliance.AllianceProcess;
import org.bmi4j.process.alliance.Partner;
import org.bmi4j.process.firm.FirmContext;
import org.bmi4j.process.firm.FirmEvent;
import org.bmi4j.process.firm.FirmInstance;
import org.bmi4j.process.firm.FirmPhase;
import org.bmi4j.process.firm.FirmProcess;
import org.bmi4j.process.firm.ProposedPartner;
import org.bmi4j.process.internal.Kernel;
import org.jspecify.annotations.Nullable;

/**
 * One alliance-level process coupled with one firm-level process per partner [SPIETH, 4.4 of the
 * specification]: the corresponding phases are CONCEPT/IDENTIFICATION, FOUNDATION/CONSOLIDATION,
 * DEVELOPMENT/CREATION and OPERATION/ADAPTION.
 *
 * <p>The source does not require lock-step (identification "may take place only related to one firm
 * or related to all future partners at the same time"); atomic coupling is this library's design
 * choice:
 *
 * <ul>
 *   <li>A phase change of the alliance moves every current partner's firm process that is in the
 *       corresponding phase to the next corresponding phase, atomically: if the alliance's guard or
 *       any partner's firm guard fails, nothing changes and every violation is reported with the
 *       partner it belongs to. Entering OPERATION records the alliance BM as operating in each firm
 *       first. A fall-back moves the partners back with the alliance; a firm in ADAPTION has no
 *       fall-back, so the alliance cannot fall back from OPERATION while a partner is in step
 *       ({@link CouplingViolation#NO_FALL_BACK_FROM_ADAPTION} says what to do instead).
 *   <li>A prospective partner runs IDENTIFICATION on its own ({@link #prospect}); proposing it to
 *       the alliance in FOUNDATION attaches its firm process and moves it to CONSOLIDATION. A
 *       removed partner's process is detached and kept. Partners change in OPERATION too (a new
 *       owner buys into the operating joint venture, a partner sells its stake back): a partner
 *       proposed there attaches at CONSOLIDATION as well, behind the alliance, and catches up with
 *       its own phase changes; reaching CREATION records the alliance as operating in it, so that
 *       it can go on to ADAPTION (library formalisation: its firm guards, such as synergy with a
 *       partner, hold for it as for every partner). Nothing joins an ended alliance.
 *   <li>Every attached firm in CONSOLIDATION proposes each other current partner of the alliance,
 *       with that partner's extant model, and withdraws the proposal of a removed partner, as steps
 *       of its own process within the same operation: so in an alliance of more than two partners
 *       each firm leaves CONSOLIDATION only with synergy with each of its current partners, the
 *       intersection recorded per partner.
 *   <li>A new alliance cycle starts the next firm cycle of every partner whose ADAPTION is decided;
 *       an undecided partner stays in ADAPTION, is reported by {@link #lagging()}, and joins the
 *       cycle when it decides (its process then moves to IDENTIFICATION by itself). A partner
 *       behind the alliance catches up with its own phase changes, never past the alliance's; a new
 *       cycle waits until no partner is behind (library formalisation, reported as {@link
 *       CouplingViolation#PARTNER_BEHIND}).
 *   <li>Once the alliance ends, every firm process, a prospect's too, is detached and goes on
 *       alone.
 * </ul>
 *
 * <p>Immutable and thread-safe; equality covers the alliance and every firm process.
 */
public final class MultiLevelAlliance {
  private static final FirmPhase[] CORRESPONDING = {
    FirmPhase.IDENTIFICATION, FirmPhase.CONSOLIDATION, FirmPhase.CREATION, FirmPhase.ADAPTION
  };

  /**
   * Up to this many pairs of firms and partners, or proposals of a firm, the wiring walks them all,
   * which costs less than finding what changed (library formalisation).
   */
  private static final int SMALL = 8;

  /** The firm-level Advance: it carries nothing, so one instance serves every step. */
  private static final FirmEvent ADVANCE = new FirmEvent.Advance();

  /**
   * What the wiring of a wired alliance remembers between operations, so that a firm coming back to
   * CONSOLIDATION is wired for what changed while it was away (library formalisation): the partners
   * each incremental wiring found changed (joined, removed, a newer extant model), in order, and
   * for each firm that left CONSOLIDATION how many of those changes there were then (a firm's
   * proposals change only in CONSOLIDATION, so it is in step with everything before). An operation
   * wiring in full starts both afresh. Kept in memory only, not part of equality.
   */
  private record Wiring(AppendLog<String> changes, AppendLog<Left> left) {
    static final Wiring FRESH = new Wiring(AppendLog.empty(), AppendLog.keyed(Left::partner));
  }

  /** A firm that left CONSOLIDATION after {@code changes} changes, proposing {@code proposals}. */
  private record Left(String partner, int changes, List<ProposedPartner> proposals) {}

  private final AllianceInstance alliance;
  private final Firms firms;
  // if the firms are wired to the alliance's partners (see wire), what the wiring remembers, so
  // that the next operation wires only what it changes: set for every alliance this class made,
  // null for one read from a document (or given a firm for a current partner), which the next
  // operation wires in full; not part of equality
  private final @Nullable Wiring wiring;

  private MultiLevelAlliance(AllianceInstance alliance, Firms firms, @Nullable Wiring wiring) {
    this.alliance = alliance;
    this.firms = firms;
    this.wiring = wiring;
  }

  /**
   * Starts the coupling of an alliance that has no partner yet.
   *
   * @param alliance the alliance process, with no partner yet
   * @return the coupling, with no firm process yet
   * @throws IllegalArgumentException if the alliance already has partners
   */
  public static MultiLevelAlliance of(AllianceInstance alliance) {
    checkNotNull(alliance, "alliance");
    checkArgument(
        alliance.context().partners().isEmpty(),
        "a multi-level alliance starts without partners, but '%s' already has %s; couple it"
            + " before proposing partners, which then join through prospect(...)",
        alliance.context().id(),
        alliance.context().partners().size());
    return new MultiLevelAlliance(alliance, Firms.NONE, Wiring.FRESH);
  }

  /**
   * Returns the phase of the firm level corresponding to an active alliance phase.
   *
   * @param phase an active alliance phase
   * @return the phase of the firm level corresponding to an active alliance phase
   */
  public static FirmPhase corresponding(AlliancePhase phase) {
    checkArgument(
        phase.isActive(),
        "alliance phase %s is an ending and has no"
            + " corresponding firm phase; pass an active phase",
        phase);
    return CORRESPONDING[phase.ordinal()];
  }

  /**
   * Returns the alliance-level process.
   *
   * @return the alliance-level process
   */
  public AllianceInstance alliance() {
    return alliance;
  }

  /**
   * Returns every firm process by partner actor id, in the order they became known.
   *
   * @return every firm process by partner actor id, in the order they became known
   */
  public ImmutableMap<String, PartnerFirm> firms() {
    return firms.asMap();
  }

  /**
   * Returns the firm process of a partner, if known.
   *
   * @param partner the partner's actor id
   * @return the firm process of a partner, if known
   */
  public Optional<PartnerFirm> firm(String partner) {
    return Optional.ofNullable(firms.get(partner));
  }

  /**
   * Returns the current partners still undecided in ADAPTION while the alliance has moved on to a
   * new cycle: partners that "struggle to (re-)integrate the generated knowledge" [SPIETH].
   *
   * @return the current partners still undecided in ADAPTION while the alliance has moved on to a
   *     new cycle
   */
  public ImmutableList<String> lagging() {
    ImmutableList.Builder<String> lagging = ImmutableList.builder();
    for (int i = firms.nextAttached(0); i >= 0; i = firms.nextAttached(i + 1)) {
      PartnerFirm firm = firms.at(i);
      if (isLagging(firm)) {
        lagging.add(firm.partner());
      }
    }
    return lagging.build();
  }

  /**
   * Returns whether every attached partner is in step, behind, or lagging: never ahead.
   *
   * @return whether every attached partner is in step, behind, or lagging
   */
  public boolean isCoupled() {
    if (alliance.isEnded()) {
      return firms.asMap().values().stream().noneMatch(f -> f.attachment() == Attachment.ATTACHED);
    }
    FirmPhase corresponding = corresponding(alliance.state());
    for (int i = 0; i < firms.size(); i++) {
      PartnerFirm firm = firms.at(i);
      if (firm.attachment() == Attachment.ATTACHED
          && !isLagging(firm)
          && firm.process().state().ordinal() > corresponding.ordinal()) {
        return false;
      }
      if (firm.attachment() == Attachment.PROSPECTIVE
          && firm.process().state() != FirmPhase.IDENTIFICATION) {
        return false;
      }
    }
    return true;
  }

  /**
   * Adds a prospective partner's firm process, running IDENTIFICATION on its own.
   *
   * <p>Nothing joins an ended alliance: once it has ended, every prospect is rejected with {@link
   * KernelViolation#PROCESS_ENDED}, as every alliance event is.
   *
   * @param firm the prospective partner's firm process, in IDENTIFICATION
   * @return rejected with {@code PROCESS_ENDED}, {@code DUPLICATE_FIRM} or {@code
   *     NOT_IN_IDENTIFICATION}, or accepted
   */
  public Outcome<MultiLevelAlliance> prospect(FirmInstance firm) {
    checkNotNull(firm, "firm");
    String partner = firm.context().firm().id();
    if (alliance.isEnded()) {
      return rejected(
          violation(
              KernelViolation.PROCESS_ENDED, partner, AllianceProcess.NAME, alliance.state()));
    }
    if (firms.get(partner) != null) {
      return rejected(violation(CouplingViolation.DUPLICATE_FIRM, partner, partner));
    }
    if (firm.state() != FirmPhase.IDENTIFICATION) {
      return rejected(
          violation(CouplingViolation.NOT_IN_IDENTIFICATION, partner, partner, firm.state()));
    }
    return new Outcome.Accepted<>(
        new MultiLevelAlliance(
            alliance,
            firms.with(new PartnerFirm(partner, Attachment.PROSPECTIVE, firm)),
            // a current partner without a firm (only a document can hold one) gets one: the
            // firms in CONSOLIDATION are no longer in step, so the next operation wires in full
            alliance.context().partner(partner).isEmpty() ? wiring : null));
  }

  /**
   * Applies an alliance-level event and moves the partners' firm processes with it, atomically. The
   * alliance's clock is read once, and every step of the operation (the alliance's and the firms')
   * is stamped with that instant.
   *
   * @param event the alliance-level event
   * @return accepted with every process moved, or rejected with every violation and nothing moved
   */
  public Outcome<MultiLevelAlliance> apply(AllianceEvent event) {
    checkNotNull(event, "event");
    long now = alliance.clock().millis(); // one read stamps every step of this operation
    Outcome<MultiLevelAlliance> outcome = apply(event, now, null);
    // a rejected operation runs again at the same instant, collecting its violations: every step
    // depends on contexts, events and that instant only, so it is rejected alike
    return outcome != null ? outcome : checkNotNull(apply(event, now, new ArrayList<>()));
  }

  /**
   * Applies {@code event} at {@code now}: the accepted outcome, or the rejected one with every
   * violation if {@code violations} collects them, else null (so that an accepted operation
   * allocates no list).
   */
  private @Nullable Outcome<MultiLevelAlliance> apply(
      AllianceEvent event, long now, @Nullable List<Violation> violations) {
    boolean rejected = false;
    @Nullable ProcessInstance<AlliancePhase, AllianceEvent, AllianceContext> applied =
        Kernel.applyAt(alliance, event, now, violations);
    boolean accepted = applied != null;
    rejected = !accepted;
    ProcessInstance<AlliancePhase, AllianceEvent, AllianceContext> result =
        applied != null ? applied : alliance;
    AlliancePhase from = alliance.state();
    AlliancePhase to = result.state();
    Firms next = firms; // copied only if a firm changes

    if (event instanceof AllianceEvent.ProposePartner propose
        && (from == AlliancePhase.FOUNDATION || from == AlliancePhase.OPERATION)) {
      String partner = propose.partner().id();
      PartnerFirm firm = firms.get(partner);
      if (firm == null || firm.attachment() != Attachment.PROSPECTIVE) {
        report(violations, violation(CouplingViolation.NO_FIRM_PROCESS, partner, partner));
        rejected = true;
      } else {
        PartnerFirm moved = move(firm, ADVANCE, violations, now);
        if (moved != null) {
          next = firms.with(moved.with(Attachment.ATTACHED));
        } else {
          rejected = true;
        }
      }
    } else if (event instanceof AllianceEvent.RemovePartner remove && accepted) {
      PartnerFirm firm = firms.get(remove.partner());
      if (firm != null) {
        next = firms.with(firm.with(Attachment.DETACHED));
      }
    } else if (event instanceof AllianceEvent.FallBack
        && from == AlliancePhase.OPERATION
        && accepted
        && inStepInAdaption()) {
      for (int i = firms.nextAttached(0); i >= 0; i = firms.nextAttached(i + 1)) {
        PartnerFirm firm = firms.at(i);
        if (firm.process().state() == FirmPhase.ADAPTION) {
          report(
              violations,
              violation(
                  CouplingViolation.NO_FALL_BACK_FROM_ADAPTION, firm.partner(), firm.partner()));
        }
      }
      rejected = true;
    } else if (from != to && from.isActive() && to.isActive()) {
      if (event instanceof AllianceEvent.StartNewCycle) {
        for (int i = firms.nextAttached(0); i >= 0; i = firms.nextAttached(i + 1)) {
          PartnerFirm firm = firms.at(i);
          if (firm.process().state() != FirmPhase.ADAPTION) {
            report(
                violations,
                violation(
                    CouplingViolation.PARTNER_BEHIND,
                    firm.partner(),
                    firm.partner(),
                    firm.process().state()));
            rejected = true;
          }
        }
      }
      @Nullable Object after = null; // a draft of the firms moved (Firms.edit)
      FirmEvent.@Nullable RecordAllianceOperating operating = null;
      // the attached firms only: a phase change costs O(current partners), however many left
      for (int i = firms.nextAttached(0); i >= 0; i = firms.nextAttached(i + 1)) {
        PartnerFirm firm = firms.at(i);
        if (firm.process().state() != corresponding(from)) {
          continue;
        }
        @Nullable PartnerFirm moved;
        if (event instanceof AllianceEvent.FallBack fallBack) {
          moved = move(firm, new FirmEvent.FallBack(fallBack.reason()), violations, now);
        } else if (event instanceof AllianceEvent.StartNewCycle) {
          moved =
              firm.process().context().decision().isPresent()
                  ? move(firm, ADVANCE, violations, now)
                  : firm;
        } else if (to == AlliancePhase.OPERATION) {
          if (operating == null) { // one event for every partner, its id checked once
            operating = new FirmEvent.RecordAllianceOperating(alliance.context().id());
          }
          moved = move(firm, operating, violations, now);
          if (moved != null) {
            moved = move(moved, ADVANCE, violations, now);
          }
        } else {
          moved = move(firm, ADVANCE, violations, now);
        }
        if (moved == null) {
          rejected = true;
        } else if (moved != firm) {
          after = firms.edit(after, i, moved);
        }
      }
      if (!rejected) {
        next = firms.edited(after);
      }
    }
    if (rejected) {
      return rejectedWith(violations);
    }
    AllianceInstance made = AllianceInstance.of(result);
    if (!result.isEnded()) {
      MultiLevelAlliance wired =
          wiredStill(next, result.context())
              ? new MultiLevelAlliance(made, next, wiring)
              : wire(made, next, violations, now);
      return wired == null ? rejectedWith(violations) : new Outcome.Accepted<>(wired);
    }
    // ended: once, every firm not detached yet is
    @Nullable Object detached = null;
    for (int i = 0; i < next.size(); i++) {
      PartnerFirm firm = next.at(i);
      if (firm.attachment() != Attachment.DETACHED) {
        detached = next.edit(detached, i, firm.with(Attachment.DETACHED));
      }
    }
    next = next.edited(detached);
    return new Outcome.Accepted<>(new MultiLevelAlliance(made, next, Wiring.FRESH));
  }

  /**
   * Returns whether wiring {@code next} to {@code after} would change nothing: this alliance is
   * wired, no firm changed, and the alliance's current partners (by id, in order) and former
   * partners are the same. Wiring reads nothing else, and wiring a wired alliance again is a no-op
   * (every proposal it would make or withdraw is made or withdrawn already), so the operation may
   * skip it: costs O(partners) instead of O(firms x partners).
   */
  private boolean wiredStill(Firms next, AllianceContext after) {
    AllianceContext before = alliance.context();
    if (wiring == null || next != firms || before.formerPartners() != after.formerPartners()) {
      return false;
    }
    List<Partner> was = before.partners();
    List<Partner> is = after.partners();
    if (was == is) {
      return true;
    }
    if (was.size() != is.size() || is.size() > SMALL) {
      return false; // many partners: the wiring finds what changed in O(changed), not O(partners)
    }
    for (int i = 0; i < was.size(); i++) {
      if (!was.get(i).id().equals(is.get(i).id())) {
        return false;
      }
    }
    return true;
  }

  /** Returns whether an attached partner is in ADAPTION in step with the alliance in OPERATION. */
  private boolean inStepInAdaption() {
    for (int i = firms.nextAttached(0); i >= 0; i = firms.nextAttached(i + 1)) {
      if (firms.at(i).process().state() == FirmPhase.ADAPTION) {
        return true;
      }
    }
    return false;
  }

  /**
   * Applies a firm-level event to one partner's process. Events that stay in the phase are always
   * the firm's own; a phase change is the firm's own only while it is detached, or behind the
   * alliance (catching up, never past the corresponding phase), or lagging in ADAPTION (deciding
   * moves it to the new cycle's IDENTIFICATION by itself).
   *
   * @param partner the partner's actor id
   * @param event the firm-level event
   * @return accepted with the partner's process moved, or rejected with every violation
   */
  public Outcome<MultiLevelAlliance> applyFirm(String partner, FirmEvent event) {
    checkNotNull(partner, "partner");
    checkNotNull(event, "event");
    PartnerFirm firm = firms.get(partner);
    if (firm == null) {
      return rejected(
          violation(CouplingViolation.UNKNOWN_FIRM, partner, partner, firms.asMap().keySet()));
    }
    long at = firm.process().clock().millis(); // one read stamps every step of this operation
    Outcome<MultiLevelAlliance> outcome = applyFirm(firm, event, at, null);
    // a rejected operation runs again at the same instant, collecting its violations
    return outcome != null ? outcome : checkNotNull(applyFirm(firm, event, at, new ArrayList<>()));
  }

  /**
   * Applies {@code event} to {@code firm} at {@code at}: the outcome, or null if rejected while
   * {@code violations} is null.
   */
  private @Nullable Outcome<MultiLevelAlliance> applyFirm(
      PartnerFirm firm, FirmEvent event, long at, @Nullable List<Violation> violations) {
    String partner = firm.partner();
    PartnerFirm after = move(firm, event, violations, at);
    if (after == null) {
      return rejectedWith(violations);
    }
    FirmPhase before = firm.process().state();
    FirmPhase now = after.process().state();
    if (before != now) {
      if (firm.attachment() == Attachment.PROSPECTIVE) {
        return rejected(
            violation(CouplingViolation.PROSPECT_BEYOND_IDENTIFICATION, partner, partner));
      }
      if (firm.attachment() == Attachment.ATTACHED && !alliance.isEnded()) {
        FirmPhase corresponding = corresponding(alliance.state());
        boolean catchingUp =
            !isLagging(firm)
                && now.ordinal() <= corresponding.ordinal()
                && before.ordinal() < corresponding.ordinal()
                && now.ordinal() > before.ordinal();
        if (!catchingUp && !isLagging(firm)) {
          return rejected(
              violation(
                  CouplingViolation.PHASE_FOLLOWS_ALLIANCE, partner, partner, alliance.state()));
        }
        if (catchingUp
            && now == FirmPhase.CREATION
            && alliance.state() == AlliancePhase.OPERATION) {
          // a partner admitted to an operating alliance finds its business on the market
          PartnerFirm operating =
              move(
                  after,
                  new FirmEvent.RecordAllianceOperating(alliance.context().id()),
                  violations,
                  at);
          if (operating == null) {
            return rejectedWith(violations);
          }
          after = operating;
        }
      }
    } else if (isLagging(firm) && after.process().context().decision().isPresent()) {
      // a lagging partner joins the alliance's cycle as soon as it decides
      PartnerFirm joined = move(after, ADVANCE, violations, at);
      if (joined == null) {
        return rejectedWith(violations);
      }
      after = joined;
    }
    Firms next = firms.with(after);
    if (alliance.isEnded()) {
      return new Outcome.Accepted<>(new MultiLevelAlliance(alliance, next, wiring));
    }
    MultiLevelAlliance wired = wire(alliance, next, violations, at);
    return wired == null ? rejectedWith(violations) : new Outcome.Accepted<>(wired);
  }

  /**
   * Keeps the proposed partners of every attached firm in CONSOLIDATION in step with the alliance
   * (library formalisation of [SPIETH]'s consolidation for alliances of more than two partners):
   * each firm proposes every other current partner with that partner's extant model (again when the
   * partner's model has reached a newer version since), and withdraws a proposal of a partner the
   * alliance removed. So a firm leaves CONSOLIDATION only with synergy with each current partner of
   * its alliance, the intersection recorded per partner. Proposals of firms outside the alliance,
   * made by the firm itself, are the firm's own and stay.
   *
   * <p>This alliance, if wired, is in step already, so wiring {@code next} after an operation costs
   * what the operation changed, not firms x partners (issue 13): a firm new in CONSOLIDATION, or
   * changed there in a way not told below, is wired in full against every partner ({@link
   * #wireFirm}); every other firm there proposes only the partners whose firm the operation changed
   * (a new partner, a newer extant model), in the order of the alliance's partners, and withdraws
   * only the partners the operation removed, in the order removed; a firm that took one step
   * proposing or withdrawing a partner is checked for that partner too. The outcome (firms, steps
   * and their order, violations) is that of {@link #wireInFull}, which wires an alliance read from
   * a document, any change of partners this cannot tell from the firms and the former partners, and
   * a small alliance (at most {@link #SMALL} firms x partners), where wiring every pair costs less
   * than finding what changed (library formalisation).
   *
   * <p>Nothing here walks every firm: the firms the operation changed are found by skipping the
   * storage {@code next} shares with these firms ({@link Firms#nextChanged}), and a changed current
   * partner is proposed to the others only if it is new or its extant model has another id or
   * version (the only parts of the model the wiring compares). Only when a partner is to be
   * proposed or withdrawn are all firms in CONSOLIDATION visited ({@link Firms#nextConsolidating}),
   * each of them then taking a step in step; otherwise only the changed ones there.
   *
   * <p>A firm coming back to CONSOLIDATION (a fall back, a new cycle) proposes and withdraws only
   * the partners changed since it left ({@link Wiring}), in the orders above, so a fall back of
   * every partner costs O(partners), not O(partners squared), when nothing changed meanwhile; more
   * changes than current partners, or a firm with no record of leaving, and it is wired in full.
   *
   * @param made the alliance after the operation
   * @return the alliance of {@code made} and the firms with the wiring steps applied, or null if
   *     one was rejected (reported)
   */
  private @Nullable MultiLevelAlliance wire(
      AllianceInstance made, Firms next, @Nullable List<Violation> violations, long now) {
    AllianceContext after = made.context();
    Wiring kept = wiring;
    if (kept == null || (long) next.size() * after.partners().size() <= SMALL) {
      return wiredInFull(made, next, violations, now);
    }
    AllianceContext before = alliance.context();
    // the former partners removed by the operation: a tail appended to the log
    List<Partner> formerBefore = before.formerPartners();
    List<Partner> formerAfter = after.formerPartners();
    int formerKept = formerBefore.size();
    if (formerAfter.size() < formerKept
        || (formerAfter != formerBefore
            && formerKept > 0
            && formerAfter.get(formerKept - 1) != formerBefore.get(formerKept - 1))) {
      return wiredInFull(made, next, violations, now);
    }
    // the partners whose firm changed or is new: a current one is proposed again where its
    // extant model is newer, a new one where it is not proposed
    List<String> changed = List.of(); // a list of its own once a partner is added (plus)
    List<String> removed = List.of();
    List<PartnerFirm> leaving = List.of(); // the firms leaving CONSOLIDATION
    int added = 0;
    int gone = 0;
    // the firms the operation changed, found by skipping the storage the two versions share
    for (int i = next.nextChanged(firms, 0); i >= 0; i = next.nextChanged(firms, i + 1)) {
      PartnerFirm firm = next.at(i);
      String id = firm.partner();
      if (i < firms.size() && Firms.isConsolidating(firms.at(i)) && !Firms.isConsolidating(firm)) {
        leaving = plus(leaving, firm);
      }
      boolean is = after.partner(id).isPresent();
      boolean was = before.partner(id).isPresent();
      if (is) {
        if (!was || i >= firms.size() || !sameModel(firms.at(i), firm)) {
          changed = plus(changed, id); // the firms in step propose it if new, or its model newer
        }
        added += was ? 0 : 1;
      } else if (was) {
        removed = plus(removed, id);
        gone++;
      }
    }
    for (int f = formerKept; f < formerAfter.size(); f++) {
      String id = formerAfter.get(f).id();
      if (before.partner(id).isPresent() && after.partner(id).isEmpty() && !removed.contains(id)) {
        removed = plus(removed, id);
        gone++;
      }
    }
    if (after.partners().size() - before.partners().size() != added - gone) {
      return wiredInFull(made, next, violations, now); // partners changed without their firms
    }
    int changes = kept.changes().size(); // before this operation's
    List<String> proposing = inPartnerOrder(changed, after);
    // every firm in CONSOLIDATION if a partner is to be proposed or withdrawn; else only those the
    // operation changed, as the others are in step
    boolean every = !proposing.isEmpty() || !removed.isEmpty();
    @Nullable Object result = null; // a draft of the firms wired (Firms.edit)
    for (int i = following(next, every, 0); i >= 0; i = following(next, every, i + 1)) {
      PartnerFirm firm = next.at(i);
      PartnerFirm was =
          i < firms.size() && firms.at(i).partner().equals(firm.partner()) ? firms.at(i) : null;
      @Nullable String told = was == null ? null : toldPartner(was, firm);
      PartnerFirm moved;
      if (was == firm || (told != null && told.isEmpty())) {
        moved = wireFirm(firm, next, after, proposing, removed, violations, now);
      } else if (told != null) {
        List<String> alone = List.of(told);
        moved =
            wireFirm(
                firm,
                next,
                after,
                inPartnerOrder(joined(changed, alone), after),
                joined(removed, alone),
                violations,
                now);
      } else {
        int since = was == null || Firms.isConsolidating(was) ? -1 : leftAfter(kept, firm);
        int toWire = changes - since + changed.size() + removed.size();
        if (since >= 0 && toWire == 0) {
          moved = firm; // back in CONSOLIDATION, and nothing changed while it was away
        } else if (since >= 0 && toWire <= after.partners().size()) {
          // back in CONSOLIDATION: in step with everything before it left
          List<String> changedSince = kept.changes().subList(since, changes);
          moved =
              wireFirm(
                  firm,
                  next,
                  after,
                  inPartnerOrder(joined(changedSince, changed), after),
                  joined(changedSince, removed),
                  violations,
                  now);
        } else {
          moved = wireFirm(firm, next, after, violations, now);
        }
      }
      if (moved == null) {
        return null;
      }
      if (moved != firm) {
        result = next.edit(result, i, moved);
      }
    }
    Wiring remembered = kept;
    if (!changed.isEmpty() || !removed.isEmpty() || !leaving.isEmpty()) {
      AppendLog<String> log = kept.changes();
      for (int c = 0; c < changed.size(); c++) {
        log = log.append(changed.get(c));
      }
      for (int r = 0; r < removed.size(); r++) {
        log = log.append(removed.get(r));
      }
      AppendLog<Left> left = kept.left();
      for (int l = 0; l < leaving.size(); l++) {
        PartnerFirm firm = leaving.get(l);
        left = left.append(new Left(firm.partner(), changes, firm.process().context().partners()));
      }
      remembered = new Wiring(log, left);
    }
    return new MultiLevelAlliance(made, next.edited(result), remembered);
  }

  /**
   * Returns how many changes {@code wiring} remembered when {@code firm} last left CONSOLIDATION,
   * or -1 if it has no record of leaving or its proposals are not those it left with.
   */
  private static int leftAfter(Wiring wiring, PartnerFirm firm) {
    int at = wiring.left().lastIndex(firm.partner());
    if (at < 0) {
      return -1;
    }
    Left left = wiring.left().get(at);
    return left.proposals() == firm.process().context().partners() ? left.changes() : -1;
  }

  /** Returns the alliance of {@code made} and {@code next} wired in full, or null if rejected. */
  private static @Nullable MultiLevelAlliance wiredInFull(
      AllianceInstance made, Firms next, @Nullable List<Violation> violations, long now) {
    Firms wired = wireInFull(next, made.context(), violations, now);
    return wired == null ? null : new MultiLevelAlliance(made, wired, Wiring.FRESH);
  }

  /** Returns the elements of {@code first}, then those of {@code then}, in a list of their own. */
  private static <E> List<E> joined(List<E> first, List<E> then) {
    List<E> both = new ArrayList<>(first.size() + then.size());
    both.addAll(first);
    both.addAll(then);
    return both;
  }

  /** Returns {@code list} with {@code e} added: list itself if a list of this method's own. */
  private static <E> List<E> plus(List<E> list, E e) {
    List<E> grown = list instanceof ArrayList<E> own ? own : new ArrayList<>(list);
    grown.add(e);
    return grown;
  }

  /**
   * Returns the index of the first firm attached in CONSOLIDATION in {@code next} at {@code from}
   * or after it: of {@code every} firm there, or of those changed since these firms; or -1.
   */
  private int following(Firms next, boolean every, int from) {
    if (every) {
      return next.nextConsolidating(from);
    }
    for (int i = next.nextChanged(firms, from); i >= 0; i = next.nextChanged(firms, i + 1)) {
      if (Firms.isConsolidating(next.at(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Returns whether {@code firm}'s extant model has the id and version of {@code was}'s: then a
   * firm in step proposes it as it should already (the wiring compares only the id and version).
   */
  private static boolean sameModel(PartnerFirm was, PartnerFirm firm) {
    BusinessModel before = was.process().context().extantModel();
    BusinessModel after = firm.process().context().extantModel();
    return before == after
        || (before.id().equals(after.id()) && before.version() == after.version());
  }

  /**
   * Returns what the operation told of {@code firm}'s proposals, which were in step as {@code was}:
   * "" if they are the same, the partner's id if {@code firm} took one step proposing or
   * withdrawing that partner, or null if it cannot tell (the firm was not attached in
   * CONSOLIDATION, or changed otherwise).
   */
  private static @Nullable String toldPartner(PartnerFirm was, PartnerFirm firm) {
    if (was.attachment() != Attachment.ATTACHED
        || was.process().state() != FirmPhase.CONSOLIDATION) {
      return null;
    }
    if (was.process().context().partners() == firm.process().context().partners()) {
      return "";
    }
    if (firm.process().sequence() != was.process().sequence() + 1) {
      return null;
    }
    FirmEvent last = firm.process().lastStep().orElseThrow().event();
    if (last instanceof FirmEvent.ProposePartnerModel propose) {
      return propose.partner().id();
    }
    return last instanceof FirmEvent.WithdrawPartner withdraw ? withdraw.partner() : null;
  }

  /**
   * Returns the ids among {@code ids} of current partners of {@code alliance}, in the order of its
   * partners; walks the partners only for more than one id.
   */
  private static List<String> inPartnerOrder(List<String> ids, AllianceContext alliance) {
    if (ids.size() <= 1) {
      return ids.isEmpty() || alliance.partner(ids.get(0)).isEmpty() ? List.of() : ids;
    }
    Set<String> wanted = new HashSet<>(ids);
    List<String> ordered = new ArrayList<>(wanted.size());
    List<Partner> partners = alliance.partners();
    for (int p = 0; p < partners.size() && ordered.size() < wanted.size(); p++) {
      String id = partners.get(p).id();
      if (wanted.contains(id)) {
        ordered.add(id);
      }
    }
    return ordered;
  }

  /**
   * Wires every attached firm in CONSOLIDATION in full against every current partner and every
   * former one: the wiring of an alliance read from a document, and the oracle of the incremental
   * wiring ({@link #wire}). Costs firms x partners.
   *
   * @return the firms with the wiring steps applied, or null if one was rejected (reported)
   */
  static @Nullable Firms wireInFull(
      Firms firms, AllianceContext alliance, @Nullable List<Violation> violations, long now) {
    @Nullable Object wired = null; // a draft of the firms wired (Firms.edit)
    for (int i = firms.nextConsolidating(0); i >= 0; i = firms.nextConsolidating(i + 1)) {
      PartnerFirm firm = firms.at(i);
      PartnerFirm moved = wireFirm(firm, firms, alliance, violations, now);
      if (moved == null) {
        return null;
      }
      if (moved != firm) {
        wired = firms.edit(wired, i, moved);
      }
    }
    return firms.edited(wired);
  }

  /**
   * Wires one attached firm in CONSOLIDATION in full: it proposes every other current partner of
   * {@code alliance} not proposed, or proposed with an older version of its extant model, in the
   * order of the partners, then withdraws its proposals of former partners; O(partners +
   * proposals).
   *
   * @return {@code firm} with the wiring steps applied, or null if one was rejected (reported)
   */
  private static @Nullable PartnerFirm wireFirm(
      PartnerFirm firm,
      Firms firms,
      AllianceContext alliance,
      @Nullable List<Violation> violations,
      long now) {
    FirmContext c = firm.process().context();
    PartnerFirm moved = firm;
    List<Partner> partners = alliance.partners();
    for (int p = 0; p < partners.size(); p++) { // indexed: no iterator per operation
      moved = proposed(moved, c, partners.get(p).id(), firms, violations, now);
      if (moved == null) {
        return null;
      }
    }
    if (!alliance.formerPartners().isEmpty()) {
      moved = withdrawFormerPartners(moved, c, alliance, violations, now);
    }
    return moved;
  }

  /**
   * Wires one attached firm in CONSOLIDATION, in step before the operation, for what the operation
   * changed: it proposes the partners {@code proposing} (current partners, in the order of the
   * alliance's partners) where {@link #wireFirm} would, then withdraws its proposals of the
   * partners {@code withdrawing} that are former partners and no current ones, in the order the
   * alliance last removed them, each once.
   *
   * @return {@code firm} with the wiring steps applied, or null if one was rejected (reported)
   */
  private static @Nullable PartnerFirm wireFirm(
      PartnerFirm firm,
      Firms firms,
      AllianceContext alliance,
      List<String> proposing,
      List<String> withdrawing,
      @Nullable List<Violation> violations,
      long now) {
    FirmContext c = firm.process().context();
    PartnerFirm moved = firm;
    for (int p = 0; p < proposing.size(); p++) {
      moved = proposed(moved, c, proposing.get(p), firms, violations, now);
      if (moved == null) {
        return null;
      }
    }
    long @Nullable [] withdrawn = null; // each: the last removal's index, then the proposal's
    int count = 0;
    for (int w = 0; w < withdrawing.size(); w++) {
      String id = withdrawing.get(w);
      int removed = lastRemoval(alliance, id);
      if (removed >= 0 && alliance.partner(id).isEmpty() && proposal(c, id) != null) {
        if (withdrawn == null) {
          withdrawn = new long[withdrawing.size()];
        }
        withdrawn[count++] = ((long) removed << 32) | w;
      }
    }
    if (withdrawn == null) {
      return moved;
    }
    Arrays.sort(withdrawn, 0, count);
    for (int w = 0; w < count; w++) {
      if (w > 0 && withdrawn[w] >>> 32 == withdrawn[w - 1] >>> 32) {
        continue; // the same partner told twice
      }
      moved = withdrawn(moved, withdrawing.get((int) withdrawn[w]), alliance, violations, now);
      if (moved == null) {
        return null;
      }
    }
    return moved;
  }

  /**
   * Returns {@code moved} after proposing partner {@code id} with its extant model, if {@code c}
   * (the firm's context before the wiring) does not propose it, or proposes an older version of
   * that model; {@code moved} if it is the firm itself, has no firm process or needs nothing.
   *
   * @return the firm, or null if the proposal was rejected (reported)
   */
  private static @Nullable PartnerFirm proposed(
      PartnerFirm moved,
      FirmContext c,
      String id,
      Firms firms,
      @Nullable List<Violation> violations,
      long now) {
    PartnerFirm other = firms.get(id);
    if (id.equals(moved.partner()) || other == null) {
      return moved;
    }
    FirmContext theirs = other.process().context();
    BusinessModel model = theirs.extantModel();
    ProposedPartner proposed = proposal(c, id);
    boolean newer =
        proposed != null
            && proposed.model().id().equals(model.id())
            && proposed.model().version() < model.version();
    if (proposed != null && !newer) {
      return moved;
    }
    return move(moved, new FirmEvent.ProposePartnerModel(theirs.firm(), model), violations, now);
  }

  /**
   * Returns the partner {@code c} proposes with id {@code id}, or null; O(1), and allocates nothing
   * for a few proposals, which it scans.
   */
  private static @Nullable ProposedPartner proposal(FirmContext c, String id) {
    List<ProposedPartner> partners = c.partners();
    if (partners.size() > SMALL) {
      return c.partner(id).orElse(null);
    }
    for (int i = 0; i < partners.size(); i++) {
      ProposedPartner partner = partners.get(i);
      if (partner.partner().id().equals(id)) {
        return partner;
      }
    }
    return null;
  }

  /** Returns {@code moved} after withdrawing its proposal of former partner {@code id}. */
  private static @Nullable PartnerFirm withdrawn(
      PartnerFirm moved,
      String id,
      AllianceContext alliance,
      @Nullable List<Violation> violations,
      long now) {
    return move(
        moved,
        new FirmEvent.WithdrawPartner(
            id, "no longer a partner of alliance '" + alliance.id() + "'"),
        violations,
        now);
  }

  /**
   * Withdraws the proposals {@code c} makes of former partners of {@code alliance} that are no
   * current partners, each once, in the order the alliance last removed them. Walks the firm's
   * proposals and finds each one's last removal by id, so it costs the same however many partners
   * the alliance ever removed (issue 13), and a partner removed twice is withdrawn once.
   *
   * @return {@code firm} with the withdrawals applied, or null if one was rejected (reported)
   */
  private static @Nullable PartnerFirm withdrawFormerPartners(
      PartnerFirm firm,
      FirmContext c,
      AllianceContext alliance,
      @Nullable List<Violation> violations,
      long now) {
    List<ProposedPartner> proposals = c.partners();
    long @Nullable [] withdrawn = null; // each: the last removal's index, then the proposal's
    int count = 0;
    for (int i = 0; i < proposals.size(); i++) {
      String id = proposals.get(i).partner().id();
      int removed = lastRemoval(alliance, id);
      if (removed >= 0 && alliance.partner(id).isEmpty()) {
        if (withdrawn == null) {
          withdrawn = new long[proposals.size() - i];
        }
        withdrawn[count++] = ((long) removed << 32) | i;
      }
    }
    if (withdrawn == null) {
      return firm;
    }
    Arrays.sort(withdrawn, 0, count);
    PartnerFirm moved = firm;
    for (int w = 0; w < count; w++) {
      String id = proposals.get((int) withdrawn[w]).partner().id();
      moved = withdrawn(moved, id, alliance, violations, now);
      if (moved == null) {
        return null;
      }
    }
    return moved;
  }

  /**
   * Returns the index of the last removal of partner {@code id} among the former partners of {@code
   * alliance}, or -1 if it was never removed; O(1) amortised (the former partners are a log keyed
   * by id).
   */
  private static int lastRemoval(AllianceContext alliance, String id) {
    List<Partner> former = alliance.formerPartners();
    if (former instanceof AppendLog<Partner> log && log.isKeyed()) {
      return log.lastIndex(id);
    }
    for (int i = former.size() - 1; i >= 0; i--) { // not reached: a built context holds the log
      if (former.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  /** Returns the firms as held, for tests of the storage versions share. */
  Firms heldFirms() {
    return firms;
  }

  /**
   * Returns this alliance as one read from a document, whose next operation wires every firm in
   * full ({@link #wireInFull}): the oracle of the incremental wiring in tests.
   */
  MultiLevelAlliance unwired() {
    return new MultiLevelAlliance(alliance, firms, null);
  }

  /**
   * Returns the JSON document type of multi-level alliances; instances read get {@code clock}.
   *
   * @param clock the clock of each instance read
   * @return the JSON document type of multi-level alliances
   */
  public static DocumentType<MultiLevelAlliance> documentType(Clock clock) {
    checkNotNull(clock, "clock");
    TypeFactory types = TypeFactory.defaultInstance();
    JavaType stored = types.constructType(Stored.class);
    return DocumentType.<MultiLevelAlliance, Stored>mapped(
        "multi-level-alliance", stored, s -> s.restore(clock), MultiLevelAlliance::store);
  }

  private Stored store() {
    ImmutableList.Builder<PartnerFirm.Stored> stored = ImmutableList.builder();
    for (int i = 0; i < firms.size(); i++) {
      PartnerFirm firm = firms.at(i);
      stored.add(
          new PartnerFirm.Stored(firm.partner(), firm.attachment(), firm.process().toRecord()));
    }
    return new Stored(alliance.toRecord(), stored.build());
  }

  /** The stored form: the alliance and every firm process, each as its record. */
  record Stored(
      InstanceRecord<AlliancePhase, AllianceEvent, AllianceContext> alliance,
      List<PartnerFirm.Stored> firms) {
    MultiLevelAlliance restore(Clock clock) {
      checkNotNull(alliance, "alliance");
      checkNotNull(firms, "firms");
      Map<String, PartnerFirm> restored = new LinkedHashMap<>();
      AllianceInstance restoredAlliance =
          AllianceInstance.of(AllianceProcess.DEFINITION.restore(alliance, clock));
      for (PartnerFirm.Stored firm : firms) {
        checkNotNull(firm, "firm");
        // documents written before nothing could wait to join an ended alliance may hold a
        // prospect of one: it is read as detached, going on alone
        Attachment attachment =
            restoredAlliance.isEnded() && firm.attachment() == Attachment.PROSPECTIVE
                ? Attachment.DETACHED
                : firm.attachment();
        checkArgument(
            restored.put(
                    firm.partner(),
                    new PartnerFirm(
                        firm.partner(),
                        attachment,
                        FirmInstance.of(FirmProcess.DEFINITION.restore(firm.process(), clock))))
                == null,
            "the firm process of partner '%s' is stored twice; store each partner's process once",
            firm.partner());
      }
      MultiLevelAlliance result =
          new MultiLevelAlliance(restoredAlliance, Firms.of(restored.values()), null);
      checkArgument(
          result.isCoupled(),
          "the stored firm processes are not coupled with the"
              + " alliance in %s; store them as the multi-level alliance wrote them",
          result.alliance.state());
      Set<String> current = new HashSet<>();
      result.alliance.context().partners().forEach(p -> current.add(p.id()));
      Set<String> former = new HashSet<>();
      result.alliance.context().formerPartners().forEach(p -> former.add(p.id()));
      for (PartnerFirm firm : result.firms.asMap().values()) {
        checkArgument(
            firm.partner().equals(firm.process().context().firm().id()),
            "the firm process stored for partner '%s' is the process of firm '%s'; store each"
                + " partner's own process",
            firm.partner(),
            firm.process().context().firm().id());
        boolean known =
            switch (firm.attachment()) {
              case ATTACHED -> current.contains(firm.partner());
              case DETACHED ->
                  current.contains(firm.partner())
                      || former.contains(firm.partner())
                      || result.alliance.isEnded();
              case PROSPECTIVE -> !current.contains(firm.partner());
            };
        checkArgument(
            known,
            "the firm process of '%s' is stored as %s, but '%s' is %s of the alliance; store"
                + " firm processes only for the alliance's partners, as the multi-level alliance"
                + " wrote them",
            firm.partner(),
            firm.attachment(),
            firm.partner(),
            current.contains(firm.partner())
                ? "a current partner"
                : former.contains(firm.partner()) ? "a former partner" : "no partner");
      }
      return result;
    }
  }

  private boolean isLagging(PartnerFirm firm) {
    return firm.attachment() == Attachment.ATTACHED
        && !alliance.isEnded()
        && alliance.state() != AlliancePhase.OPERATION
        && firm.process().state() == FirmPhase.ADAPTION;
  }

  /**
   * Applies {@code event} to {@code firm}'s process at {@code now}.
   *
   * @return the firm moved, or null if the event was rejected (its violations reported)
   */
  private static @Nullable PartnerFirm move(
      PartnerFirm firm, FirmEvent event, @Nullable List<Violation> violations, long now) {
    int reported = violations == null ? 0 : violations.size();
    @Nullable ProcessInstance<FirmPhase, FirmEvent, FirmContext> next =
        Kernel.applyAt(firm.process(), event, now, violations);
    if (next == null) {
      for (int i = reported; violations != null && i < violations.size(); i++) {
        // the firm's violation, its values kept, with the partner as subject
        Violation violation = violations.get(i);
        violations.set(
            i,
            new Violation(
                violation.code(), firm.partner(), violation.message(), violation.values()));
      }
      return null;
    }
    return firm.with(FirmInstance.of(next));
  }

  /** Adds {@code violation} to {@code violations}, unless they are not collected (null). */
  private static void report(@Nullable List<Violation> violations, Violation violation) {
    if (violations != null) {
      violations.add(violation);
    }
  }

  /** The rejection with {@code violations}, or null if they are not collected (null). */
  private @Nullable Outcome<MultiLevelAlliance> rejectedWith(@Nullable List<Violation> violations) {
    return violations == null
        ? null
        : new Outcome.Rejected<>(this, ImmutableList.copyOf(violations));
  }

  private static Violation violation(ViolationCode code, String partner, Object... arguments) {
    return Violation.of(code, partner, arguments);
  }

  private Outcome<MultiLevelAlliance> rejected(Violation violation) {
    return new Outcome.Rejected<>(this, ImmutableList.of(violation));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MultiLevelAlliance other
        && alliance.equals(other.alliance)
        && firms.equals(other.firms);
  }

  @Override
  public int hashCode() {
    return 31 * alliance.hashCode() + firms.hashCode();
  }

  @Override
  public String toString() {
    return "MultiLevelAlliance[" + alliance + ", " + firms.size() + " firm processes]";
  }
}
