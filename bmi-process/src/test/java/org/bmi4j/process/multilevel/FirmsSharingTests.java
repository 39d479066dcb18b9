package org.bmi4j.process.multilevel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bmi4j.process.firm.FirmInstance;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: changing one firm among thousands keeps the storage of every other firm shared with the
 * version it came from, so the change costs O(log firms), not a copy of every firm (asserted on the
 * storage a change adds, never on time).
 */
class FirmsSharingTests {
  private static final int FIRMS = 5_000;

  /**
   * At most this many slots per change: a path of four nodes of 32 slots, whatever the number of
   * firms up to a million.
   */
  private static final int PATH = 4 * 32;

  private static final FirmInstance PROCESS = MultiLevel.firm(MultiLevel.OEM, MultiLevel.FLEET);

  private static Firms manyFirms() {
    Firms firms = Firms.NONE;
    for (int i = 0; i < FIRMS; i++) {
      firms = firms.with(new PartnerFirm("p" + i, Attachment.PROSPECTIVE, PROCESS));
    }
    return firms;
  }

  @Test
  void replacingOneFirmAmongThousandsAddsOnePath() {
    Firms firms = manyFirms();
    for (int i : new int[] {0, 31, 32, 1_023, 1_024, 2_500, FIRMS - 1}) {
      PartnerFirm attached = new PartnerFirm("p" + i, Attachment.ATTACHED, PROCESS);
      Firms next = firms.with(attached);
      assertSame(attached, next.get("p" + i));
      assertTrue(next.slotsNotSharedWith(firms) <= PATH, () -> next.slotsNotSharedWith(firms) + "");
      Firms atIndex = firms.withAt(i, attached);
      assertTrue(atIndex.slotsNotSharedWith(firms) <= PATH);
      assertEquals(next, atIndex);
      assertEquals(i, next.nextAttached(0), "the one attached firm");
      assertEquals(-1, next.nextAttached(i + 1));
      assertEquals(i, next.nextChanged(firms, 0));
      assertEquals(-1, next.nextChanged(firms, i + 1));
    }
  }

  @Test
  void addingAFirmToThousandsAddsOnePath() {
    Firms firms = manyFirms();
    Firms next = firms.with(new PartnerFirm("new", Attachment.PROSPECTIVE, PROCESS));
    assertEquals(FIRMS + 1, next.size());
    assertEquals(FIRMS, next.indexOf("new"));
    assertTrue(next.slotsNotSharedWith(firms) <= PATH, () -> next.slotsNotSharedWith(firms) + "");
    assertEquals(FIRMS, next.nextChanged(firms, 0));
  }

  @Test
  void aDraftOfAFewFirmsAmongThousandsAddsAPathEach() {
    Firms firms = manyFirms();
    Object draft = null;
    for (int i : new int[] {7, 2_000, 4_999}) {
      draft = firms.edit(draft, i, new PartnerFirm("p" + i, Attachment.DETACHED, PROCESS));
    }
    Firms next = firms.edited(draft);
    assertTrue(
        next.slotsNotSharedWith(firms) <= 3 * PATH, () -> next.slotsNotSharedWith(firms) + "");
    assertEquals(Attachment.DETACHED, next.at(2_000).attachment());
    assertEquals(Attachment.PROSPECTIVE, firms.at(2_000).attachment(), "the earlier version kept");
  }
}
