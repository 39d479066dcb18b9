package org.bmi4j.core.alliance;

import com.google.common.testing.NullPointerTester;
import java.util.Currency;
import org.bmi4j.core.model.Money;
import org.junit.jupiter.api.Test;

/**
 * Every public method of the alliance package rejects a null argument with a NullPointerException.
 */
class NullArgumentTests {
  private final NullPointerTester tester =
      new NullPointerTester()
          .setDefault(Money.class, Money.of("1", "EUR"))
          .setDefault(Currency.class, Currency.getInstance("EUR"))
          .setDefault(String.class, "oem");

  @Test
  void superadditivityRejectsNulls() {
    tester.testAllPublicStaticMethods(Superadditivity.class);
  }

  @Test
  void theLedgerRejectsNulls() {
    tester.testAllPublicInstanceMethods(ContributionLedger.of(Currency.getInstance("EUR")));
  }
}
