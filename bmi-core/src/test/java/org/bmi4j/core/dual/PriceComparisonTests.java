package org.bmi4j.core.dual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.util.Optional;
import org.bmi4j.core.model.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PriceComparisonTests {
  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  private static BigDecimal units(String volume) {
    return new BigDecimal(volume);
  }

  /** R 12, Ve 1000, ce 5; M 8, Vm 3000, cm 4 (illustrative figures). */
  private static PriceComparison example() {
    return PriceComparison.of(
        eur("12"), units("1000"), eur("5"), eur("8"), units("3000"), eur("4"));
  }

  @Nested
  @DisplayName("on a worked example")
  class WorkedExample {
    @Test
    void theExclusiveMarginIsReservationPriceLessUnitCostTimesVolume() {
      assertEquals(eur("7000"), example().exclusiveMargin());
    }

    @Test
    void theMarketMarginIsMarketPriceLessUnitCostTimesVolume() {
      assertEquals(eur("12000"), example().marketMargin());
    }

    @Test
    void theDifferenceIsMarketMarginLessExclusiveMargin() {
      assertEquals(eur("5000"), example().difference());
    }

    @Test
    void theBreakEvenMarketVolumeIsTheExclusiveMarginOverTheMarketUnitMargin() {
      assertEquals(0, new BigDecimal("1750").compareTo(example().breakEvenMarketVolume()));
    }

    @Test
    void atTheBreakEvenVolumeTheDifferenceIsZero() {
      PriceComparison atBreakEven =
          PriceComparison.of(eur("12"), units("1000"), eur("5"), eur("8"), units("1750"), eur("4"));
      assertEquals(eur("0"), atBreakEven.difference());
    }

    @Test
    void aBreakEvenThatDoesNotTerminateIsRoundedTo34SignificantDigitsHalfEven() {
      PriceComparison thirds =
          PriceComparison.of(eur("10"), units("1"), eur("0"), eur("3"), units("0"), eur("0"));
      assertEquals(
          new BigDecimal("3.333333333333333333333333333333333"), thirds.breakEvenMarketVolume());
      PriceComparison twoThirds =
          PriceComparison.of(eur("20"), units("1"), eur("0"), eur("3"), units("0"), eur("0"));
      assertEquals(
          new BigDecimal("6.666666666666666666666666666666667"), twoThirds.breakEvenMarketVolume());
    }

    @Test
    void aReservationPriceBelowTheExclusiveUnitCostGivesANegativeMarginAndBreakEven() {
      PriceComparison loss =
          PriceComparison.of(eur("4"), units("10"), eur("5"), eur("8"), units("0"), eur("4"));
      assertEquals(eur("-10"), loss.exclusiveMargin());
      assertEquals(0, new BigDecimal("-2.5").compareTo(loss.breakEvenMarketVolume()));
    }
  }

  @Nested
  @DisplayName("rejects")
  class Rejects {
    private void rejected(
        String message, Money r, String ve, Money ce, Money m, String vm, Money cm) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> PriceComparison.of(r, units(ve), ce, m, units(vm), cm));
      assertEquals(message, e.getMessage());
    }

    @Test
    void aNegativeReservationPrice() {
      rejected(
          "reservation price R must be 0 or more, was -0.01 EUR",
          eur("-0.01"),
          "1000",
          eur("5"),
          eur("8"),
          "3000",
          eur("4"));
    }

    @Test
    void anExclusiveVolumeOfZero() {
      rejected(
          "exclusive volume Ve must be greater than 0, was 0",
          eur("12"),
          "0",
          eur("5"),
          eur("8"),
          "3000",
          eur("4"));
    }

    @Test
    void aNegativeExclusiveVolume() {
      rejected(
          "exclusive volume Ve must be greater than 0, was -5",
          eur("12"),
          "-5",
          eur("5"),
          eur("8"),
          "3000",
          eur("4"));
    }

    @Test
    void aNegativeExclusiveUnitCost() {
      rejected(
          "exclusive unit cost ce must be 0 or more, was -5 EUR",
          eur("12"),
          "1000",
          eur("-5"),
          eur("8"),
          "3000",
          eur("4"));
    }

    @Test
    void aMarketPriceBelowTheMarketUnitCost() {
      rejected(
          "market price M must be greater than market unit cost cm (M=4 EUR, cm=5 EUR)",
          eur("12"),
          "1000",
          eur("5"),
          eur("4"),
          "3000",
          eur("5"));
    }

    @Test
    void aMarketPriceEqualToTheMarketUnitCost() {
      rejected(
          "market price M must be greater than market unit cost cm (M=4.00 EUR, cm=4 EUR)",
          eur("12"),
          "1000",
          eur("5"),
          eur("4.00"),
          "3000",
          eur("4"));
    }

    @Test
    void aNegativeMarketVolume() {
      rejected(
          "market volume Vm must be 0 or more, was -1",
          eur("12"),
          "1000",
          eur("5"),
          eur("8"),
          "-1",
          eur("4"));
    }

    @Test
    void aNegativeMarketUnitCost() {
      rejected(
          "market unit cost cm must be 0 or more, was -4 EUR",
          eur("12"),
          "1000",
          eur("5"),
          eur("8"),
          "3000",
          eur("-4"));
    }

    @Test
    void anExclusiveUnitCostInAnotherCurrency() {
      rejected(
          "exclusive unit cost ce must be in the currency of reservation price R (EUR), was"
              + " 5 USD",
          eur("12"),
          "1000",
          Money.of("5", "USD"),
          eur("8"),
          "3000",
          eur("4"));
    }

    @Test
    void aMarketPriceInAnotherCurrency() {
      rejected(
          "market price M must be in the currency of reservation price R (EUR), was 8 NOK",
          eur("12"),
          "1000",
          eur("5"),
          Money.of("8", "NOK"),
          "3000",
          eur("4"));
    }

    @Test
    void aMarketUnitCostInAnotherCurrency() {
      rejected(
          "market unit cost cm must be in the currency of reservation price R (EUR), was"
              + " 4 GBP",
          eur("12"),
          "1000",
          eur("5"),
          eur("8"),
          "3000",
          Money.of("4", "GBP"));
    }
  }

  @Nested
  @DisplayName("which arrangement pays more")
  class WhichPaysMore {
    @Test
    void sharingPaysMoreWhenTheMarketMarginIsGreaterByTheDifference() {
      PriceComparison prices = example();

      assertEquals(Optional.of(CustomerChoice.SHARED), prices.paysMore());
      assertEquals(eur("5000"), prices.byHowMuch());
      assertEquals(
          "at Ve=1000 and Vm=3000, sharing at market price pays 5000 EUR more than exclusivity"
              + " (exclusive margin 7000 EUR, market margin 12000 EUR); the choice is the"
              + " customer's",
          prices.summary());
    }

    @Test
    void exclusivityPaysMoreBelowTheBreakEvenVolume() {
      PriceComparison prices =
          PriceComparison.of(eur("12"), units("1000"), eur("5"), eur("8"), units("1000"), eur("4"));

      assertEquals(Optional.of(CustomerChoice.EXCLUSIVE), prices.paysMore());
      assertEquals(eur("3000"), prices.byHowMuch());
      assertEquals(
          "at Ve=1000 and Vm=1000, exclusivity pays 3000 EUR more than sharing at market price"
              + " (exclusive margin 7000 EUR, market margin 4000 EUR); the choice is the"
              + " customer's",
          prices.summary());
    }

    @Test
    void atTheBreakEvenVolumeNeitherPaysMore() {
      PriceComparison prices =
          PriceComparison.of(eur("12"), units("1000"), eur("5"), eur("8"), units("1750"), eur("4"));

      assertEquals(Optional.empty(), prices.paysMore());
      assertEquals(eur("0"), prices.byHowMuch());
      assertEquals(
          "at Ve=1000 and Vm=1750, exclusivity and sharing at market price pay the same"
              + " (exclusive margin 7000 EUR, market margin 7000 EUR); the choice is the"
              + " customer's",
          prices.summary());
    }
  }

  @Test
  void aComparisonIsAValue() {
    new EqualsTester()
        .addEqualityGroup(
            example(),
            example(),
            PriceComparison.of(
                eur("12.0"), units("1000"), eur("5"), eur("8"), units("3000"), eur("4")))
        .addEqualityGroup(
            PriceComparison.of(
                eur("12"), units("1000"), eur("5"), eur("8"), units("3001"), eur("4")))
        .testEquals();
  }
}
