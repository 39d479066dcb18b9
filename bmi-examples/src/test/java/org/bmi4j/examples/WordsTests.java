package org.bmi4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.bmi4j.core.model.Money;
import org.bmi4j.process.alliance.AlliancePhase;
import org.bmi4j.process.alliance.VisionKind;
import org.junit.jupiter.api.Test;

class WordsTests {
  @Property
  void moneyIsWrittenOneWayTwoDecimalsThenTheCode(
      @ForAll @BigRange(min = "-1e12", max = "1e12") @Scale(4) BigDecimal amount) {
    String written = Words.money(new Money(amount, java.util.Currency.getInstance("INR")));
    assertTrue(written.matches("-?\\d+\\.\\d{2} INR"), written);
    assertEquals(
        0,
        new BigDecimal(written.substring(0, written.length() - 4))
            .compareTo(amount.setScale(2, java.math.RoundingMode.HALF_UP)),
        written);
  }

  @Property
  void anEnumConstantIsWrittenAsLowerCaseWords(@ForAll AlliancePhase phase) {
    String word = Words.of(phase);
    assertEquals(phase.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), word);
  }

  @Test
  void everyVisionAndEveryEndingHasItsOwnExplanation() {
    Set<String> said = new HashSet<>();
    for (VisionKind vision : VisionKind.values()) {
      String explained = Words.vision(vision);
      assertTrue(explained.startsWith(Words.of(vision) + ": "), explained);
      assertTrue(explained.length() > Words.of(vision).length() + 20, explained);
      assertTrue(said.add(explained), "explained once: " + explained);
    }
    said.clear(); // a vision and the ending it reaches may read alike
    for (AlliancePhase phase : AlliancePhase.values()) {
      String explained = Words.ending(phase);
      if (phase.isActive()) {
        assertEquals(Words.of(phase), explained, "an active phase is no ending");
      } else {
        assertTrue(explained.startsWith(Words.of(phase) + ": "), explained);
        assertNotEquals(Words.of(phase), explained);
        assertTrue(said.add(explained), "explained once: " + explained);
      }
    }
  }
}
