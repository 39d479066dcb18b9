package org.bmi4j.core.dual;

import com.google.common.testing.NullPointerTester;
import org.bmi4j.core.model.Money;
import org.junit.jupiter.api.Test;

/** The price comparison rejects a null figure with a NullPointerException. */
class NullArgumentTests {
  @Test
  void thePriceComparisonRejectsNulls() {
    new NullPointerTester()
        .setDefault(Money.class, Money.of("1", "EUR"))
        .testAllPublicStaticMethods(PriceComparison.class);
  }
}
