package org.bmi4j.process.multilevel;

import static org.bmi4j.process.multilevel.MultiLevel.accept;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Currency;
import java.util.Optional;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Sector;
import org.bmi4j.process.alliance.AllianceEvent;
import org.bmi4j.process.alliance.AlliancePhase;
import org.bmi4j.process.alliance.AllianceProcess;
import org.bmi4j.process.alliance.AlliancesAccess;
import org.bmi4j.process.alliance.Partner;
import org.bmi4j.process.firm.FirmContext;
import org.bmi4j.process.firm.FirmEvent;
import org.bmi4j.process.firm.FirmPhase;
import org.bmi4j.process.firm.Lesson;
import org.bmi4j.process.firm.LessonSource;
import org.bmi4j.process.firm.ProposedPartner;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: a multi-level alliance with many partners, every firm attached in CONSOLIDATION, then
 * many operations changing partners (firms proposing and withdrawing firms outside the alliance,
 * partners joining and leaving the alliance) builds, writes and reads back: each operation wires
 * what it changed, not every firm against every partner. The test asserts on the result, never on
 * time.
 */
class WiringLongHistoryTests {
  /**
   * Every firm in CONSOLIDATION proposes every other partner, so the partners' proposals grow with
   * their square, each with a whole business model: 80 partners write 6,320 proposals, about half
   * of a readable document ({@link BmiJson#MAX_DOCUMENT_LENGTH} characters).
   */
  private static final int PARTNERS = 80;

  /** Operations of a firm proposing a firm outside the alliance, or withdrawing it. */
  private static final int FIRM_OPERATIONS = 4_000;

  /** A partner joins and leaves the alliance every this many firm operations. */
  private static final int JOINING_EVERY = 1_000;

  /** The smallest valid business model: every firm's extant model, and an outsider's. */
  private static final BusinessModel SMALLEST = BusinessModel.builder().id("m").name("m").build();

  private static Actor actor(String id) {
    return Actor.of(id, id, ActorRole.PARTNER, Sector.PRIVATE);
  }

  private static MultiLevelAlliance joined(MultiLevelAlliance m, String id) {
    MultiLevelAlliance prospected =
        accept(m.prospect(MultiLevel.firm(actor(id), SMALLEST, MultiLevel.CLOCK)));
    return accept(
        prospected.apply(
            new AllianceEvent.ProposePartner(actor(id), Optional.empty(), Optional.empty())));
  }

  @Test
  void manyPartnersInConsolidationAndPartnerChangesBuildAndReadBack() {
    MultiLevelAlliance m =
        MultiLevelAlliance.of(
            AllianceProcess.start(
                "mobility",
                "Mobility alliance",
                Optional.of("p0"),
                Currency.getInstance("EUR"),
                MultiLevel.CLOCK));
    m = accept(m.apply(new AllianceEvent.RecordBusinessCase(AlliancesAccess.businessCase())));
    m = accept(m.apply(new AllianceEvent.ApproveInternally("board")));
    m = accept(m.apply(new AllianceEvent.Advance()));
    for (int i = 0; i < PARTNERS; i++) {
      m = joined(m, "p" + i);
    }
    int joinedAndLeft = 0;
    for (int op = 0; op < FIRM_OPERATIONS; op++) {
      String firm = "p" + op / 2 % PARTNERS;
      String outsider = "o" + op / 2;
      m =
          accept(
              m.applyFirm(
                  firm,
                  op % 2 == 0
                      ? new FirmEvent.ProposePartnerModel(actor(outsider), SMALLEST)
                      : new FirmEvent.WithdrawPartner(outsider, "no fit")));
      if (op % JOINING_EVERY == 0) {
        String newcomer = "n" + op;
        m = joined(m, newcomer);
        m = accept(m.apply(new AllianceEvent.RemovePartner(newcomer, "left")));
        joinedAndLeft++;
      }
    }
    DocumentType<MultiLevelAlliance> type = MultiLevelAlliance.documentType(MultiLevel.CLOCK);
    String written = BmiJson.write(type, m);
    MultiLevelAlliance read = BmiJson.read(type, written);
    assertEquals(m, read);
    assertEquals(AlliancePhase.FOUNDATION, read.alliance().state());
    assertEquals(PARTNERS, read.alliance().context().partners().size());
    assertEquals(joinedAndLeft, read.alliance().context().formerPartners().size());
    assertEquals(PARTNERS + joinedAndLeft, read.firms().size());
    for (int i = 0; i < PARTNERS; i++) {
      PartnerFirm firm = read.firm("p" + i).orElseThrow();
      assertEquals(Attachment.ATTACHED, firm.attachment());
      assertEquals(FirmPhase.CONSOLIDATION, firm.process().state());
      FirmContext c = firm.process().context();
      assertEquals(PARTNERS - 1, c.partners().size(), "every other partner, no outsider");
      for (ProposedPartner proposed : c.partners()) {
        assertTrue(proposed.partner().id().startsWith("p"), proposed.partner().id());
      }
    }
    // the document read wires in full on its next operation, which finds nothing to change
    MultiLevelAlliance after = accept(read.apply(new AllianceEvent.CommitPartner("p0")));
    for (int i = 0; i < PARTNERS; i++) {
      assertEquals(
          read.firm("p" + i).orElseThrow(), after.firm("p" + i).orElseThrow(), "p" + i + " kept");
    }
  }

  /** Prospects running IDENTIFICATION on their own, most of the firms of the alliance. */
  private static final int PROSPECTS = 2_000;

  /** Partners attached in CONSOLIDATION among the prospects, at first. */
  private static final int CONSOLIDATING = 10;

  /** Operations on one firm each. */
  private static final int OPERATIONS = 4_000;

  /**
   * At most this many slots of firm storage per operation on one prospect: its path in the trie of
   * firms (four nodes of 32 for up to a million firms), the rest shared with the version before.
   */
  private static final int ONE_PATH = 4 * Firms.WIDTH;

  /**
   * Issue 13: thousands of firms, few in CONSOLIDATION, and thousands of operations on one firm
   * each: each operation on a prospect adds one path of firm storage, whatever the number of firms
   * (the storage asserted, never time); partners in CONSOLIDATION propose and withdraw outsiders,
   * prospects join and are proposed by every partner there; the alliance writes and reads back.
   */
  @Test
  void thousandsOfFirmsFewInConsolidationAndOperationsOnOneFirmEachBuildAndReadBack() {
    MultiLevelAlliance m =
        MultiLevelAlliance.of(
            AllianceProcess.start(
                "mobility",
                "Mobility alliance",
                Optional.empty(),
                Currency.getInstance("EUR"),
                MultiLevel.CLOCK));
    m = accept(m.apply(new AllianceEvent.RecordBusinessCase(AlliancesAccess.businessCase())));
    m = accept(m.apply(new AllianceEvent.ApproveInternally("board")));
    m = accept(m.apply(new AllianceEvent.Advance()));
    for (int i = 0; i < CONSOLIDATING; i++) {
      m = joined(m, "p" + i);
    }
    for (int i = 0; i < PROSPECTS; i++) {
      m = accept(m.prospect(MultiLevel.firm(actor("q" + i), SMALLEST, MultiLevel.CLOCK)));
    }
    int[] lessons = new int[PROSPECTS];
    int joinedLater = 0;
    int outsiders = 0;
    for (int op = 0; op < OPERATIONS; op++) {
      MultiLevelAlliance before = m;
      int q = (op * 7919) % PROSPECTS;
      if (op % 1_000 == 999) { // a prospect joins
        String prospect = "q" + (op / 1_000 * 500 + 3);
        m =
            accept(
                m.apply(
                    new AllianceEvent.ProposePartner(
                        actor(prospect), Optional.empty(), Optional.empty())));
        joinedLater++;
      } else if (op % 500 == 250) { // a partner in CONSOLIDATION proposes an outsider, withdraws
        String partner = "p" + op / 500 % CONSOLIDATING;
        m =
            accept(
                m.applyFirm(partner, new FirmEvent.ProposePartnerModel(actor("o" + op), SMALLEST)));
        m = accept(m.applyFirm(partner, new FirmEvent.WithdrawPartner("o" + op, "no fit")));
        outsiders++;
      } else {
        m =
            accept(
                m.applyFirm(
                    "q" + q,
                    new FirmEvent.RecordLesson(
                        new Lesson("l" + op, "lesson", LessonSource.LEARNED))));
        lessons[q]++;
        int added = m.heldFirms().slotsNotSharedWith(before.heldFirms());
        assertTrue(added <= ONE_PATH, () -> "op on one prospect added " + added + " slots");
      }
    }
    DocumentType<MultiLevelAlliance> type = MultiLevelAlliance.documentType(MultiLevel.CLOCK);
    MultiLevelAlliance read = BmiJson.read(type, BmiJson.write(type, m));
    assertEquals(m, read);
    assertEquals(PROSPECTS + CONSOLIDATING, read.firms().size());
    int partners = CONSOLIDATING + joinedLater;
    assertEquals(partners, read.alliance().context().partners().size());
    assertEquals(4, joinedLater);
    assertEquals(8, outsiders);
    for (int i = 0; i < PROSPECTS; i++) {
      PartnerFirm firm = read.firm("q" + i).orElseThrow();
      assertEquals(lessons[i], firm.process().context().lessons().size(), "q" + i);
    }
    for (Partner partner : read.alliance().context().partners()) {
      FirmContext c = read.firm(partner.id()).orElseThrow().process().context();
      assertEquals(partners - 1, c.partners().size(), partner.id() + " proposes every other");
      for (ProposedPartner proposed : c.partners()) {
        assertEquals(
            read.firm(proposed.partner().id()).orElseThrow().process().context().extantModel(),
            proposed.model(),
            partner.id() + " proposes " + proposed.partner().id() + "'s newest model");
      }
    }
  }
}
