package org.bmi4j.examples;

import static java.util.Objects.requireNonNull;
import static org.bmi4j.core.model.Channel.DIRECT;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;
import org.bmi4j.charts.ValueFlowCharts;
import org.bmi4j.core.dual.PriceComparison;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Exchange;
import org.bmi4j.core.model.Exchanged;
import org.bmi4j.core.model.Money;
import org.bmi4j.core.model.ValueExchange;
import org.bmi4j.core.valueflow.ActorSeries;
import org.bmi4j.core.valueflow.ActorSheet;
import org.bmi4j.core.valueflow.Expense;
import org.bmi4j.core.valueflow.Investment;
import org.bmi4j.core.valueflow.Need;
import org.bmi4j.core.valueflow.NetValueFlow;
import org.bmi4j.core.valueflow.Path;
import org.bmi4j.core.valueflow.Scenario;
import org.bmi4j.core.valueflow.SegmentSize;
import org.bmi4j.core.valueflow.Sensitivity;
import org.bmi4j.core.valueflow.TimeSeries;
import org.bmi4j.core.valueflow.Valuation;
import org.bmi4j.core.valueflow.ValueFlowJoins;
import org.bmi4j.core.valueflow.ValueFlowMarkdown;

/**
 * Example 6: net value flow per actor, after e3value, in two source cases: the plastic-waste
 * filament organisation [DESILVA, case 1] and the specialty-chemicals SME's market-based model
 * [ANDREASSEN].
 *
 * <p>The filament case uses the source's two prices: 300 rupees per kg paid to the waste pickers'
 * corporation, against about 19 rupees per kg from scrap merchants, and its "six to eight times"
 * that remains to the pickers. Every other number (volumes, the buyers' price and utility,
 * expenses, the investment, growth, the discount rate) is illustrative and printed as such. The
 * chemicals case reuses the illustrative figures of {@link DualChemicals} and takes the price
 * comparison's market volume from the scenario.
 */
public final class ValueFlowCases {
  /** The title the tour prints. */
  public static final String TITLE =
      "6. Net value flow per actor, after e3value [DESILVA, ANDREASSEN]";

  private static final Currency INR = Currency.getInstance("INR");
  private static final Currency EUR = Currency.getInstance("EUR");

  /** Buyers in the segment (illustrative). */
  static final long BUYERS = 200;

  /** Kilograms of filament each buyer takes per year (illustrative). */
  static final String KG_PER_BUYER = "50";

  /** What buyers pay per kg, in rupees (illustrative). */
  static final Money BUYER_PRICE = Money.of("1200", "INR");

  /** The pickers' production cost per kg: 300 - 7 x 19 = 167 rupees (illustrative). */
  static final Money PRODUCTION_COST = Money.of("167", "INR");

  private ValueFlowCases() {}

  /**
   * The results the example prints.
   *
   * @param filament the filament scenario's sheets
   * @param filamentSeries five years of the filament scenario
   * @param pickerPrice the sweep of the price paid to the pickers
   * @param resins the chemicals SME's market-based scenario
   * @param prices the price comparison with the market volume from {@code resins}
   */
  public record Result(
      NetValueFlow filament,
      TimeSeries filamentSeries,
      Sensitivity pickerPrice,
      NetValueFlow resins,
      PriceComparison prices) {}

  /** Runs the example, printing to standard output. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the example, printing its story to {@code out}. */
  public static Result run(PrintStream out) {
    Story story = new Story(out);
    story.title(TITLE, "Gordijn & Akkermans; e3value user guide (Gordijn & Wieringa)");
    story.say(
        "e3value [Gordijn & Akkermans] values a business model from the side of each actor: in a"
            + " scenario of how often each exchange happens, every object an actor receives or"
            + " gives is valued in money, and the actor's net value flow is what it receives"
            + " minus what it gives, spends and invests. An actor whose net is above zero gains"
            + " (positive), one below zero loses (negative), one at zero breaks even.");

    story.section("The filament case as a market scenario");
    story.say(
        ("  from the source: the organisation pays the pickers' corporation %s per kg; scrap"
                + " merchants pay about %s per kg; %s remains to the pickers after production"
                + " costs")
            .formatted(
                Words.money(PlasticWasteFilament.FILAMENT_PRICE),
                Words.money(PlasticWasteFilament.SCRAP_PRICE),
                PlasticWasteFilament.MULTIPLIER));
    story.illustrative(
        ("  %d buyers take %s kg each a year and pay %s per kg, which is worth 1300.00 INR to"
                + " them; the pickers' production cost is %s per kg (so that 133 = 7 x 19"
                + " remains); the organisation ships at 150.00 INR per kg, spends 4000000.00 INR a"
                + " year on staff and premises and invests 9000000.00 INR in equipment and market"
                + " entry in year 0")
            .formatted(
                BUYERS, KG_PER_BUYER, Words.money(BUYER_PRICE), Words.money(PRODUCTION_COST)));
    NetValueFlow filament = NetValueFlow.of(filamentScenario());
    story.block("markdown", ValueFlowMarkdown.of(filament));
    ActorSheet pickers = filament.sheet("pickers-corp");
    BigDecimal kg = filament.occurrences("buy-filament");
    BigDecimal scrap = PlasticWasteFilament.SCRAP_PRICE.amount().multiply(kg);
    story.say(
        "  the pickers keep %s for %s kg, against %s from scrap merchants"
            .formatted(Words.money(pickers.net()), kg.toPlainString(), Words.money(scrap, "INR")));

    story.section("Five years, 25% growth, discounted at 10% " + Story.ILLUSTRATIVE);
    TimeSeries series =
        TimeSeries.growing(filament.scenario(), 5, new BigDecimal("0.25"), new BigDecimal("0.10"));
    story.block("markdown", ValueFlowMarkdown.of(series));
    for (ActorSeries actor : List.of(series.actor("filament-org"), series.actor("pickers-corp"))) {
      var breakEven = actor.breakEvenPeriod();
      String when = breakEven.isPresent() ? "period " + breakEven.getAsInt() : "no period";
      story.say(
          "  %s: discounted net present value %s, break-even in %s"
              .formatted(actor.actor().name(), Words.money(actor.discountedNpv()), when));
    }

    story.section("Sensitivity: the price paid to the pickers, in a year without the investment");
    Sensitivity sweep =
        Sensitivity.ofPrice(
            filament.scenario().withoutInvestments(),
            "pay-filament",
            Stream.of("19", "100", "300", "600", "900").map(BigDecimal::new).toList());
    for (Sensitivity.Point point : sweep.points()) {
      String organisation = Words.money(requireNonNull(point.nets().get("filament-org")));
      String pickersNet = Words.money(requireNonNull(point.nets().get("pickers-corp")));
      String at = Words.money(point.value(), "INR");
      story.say(
          "  at %s per kg: organisation %s, pickers %s".formatted(at, organisation, pickersNet));
    }
    for (Sensitivity.Flip flip : sweep.flips()) {
      String at = flip.at().map(v -> Words.money(v, "INR")).orElse("an unknown price");
      String who = filament.sheet(flip.actor()).actor().name();
      String from = Words.of(flip.from());
      story.say(
          "  %s turns from %s to %s at %s per kg".formatted(who, from, Words.of(flip.to()), at));
    }

    story.section("The chemicals SME's market-based model " + Story.ILLUSTRATIVE);
    NetValueFlow resins = NetValueFlow.of(resinScenario());
    story.block("markdown", ValueFlowMarkdown.sheet(resins.sheet("chem-sme")));
    NetValueFlow coatings = NetValueFlow.of(coatingScenario());
    PriceComparison prices =
        ValueFlowJoins.priceComparison(
            Money.of("40.00", "EUR"),
            Money.of("18.00", "EUR"),
            coatings,
            "deliver-coating",
            Money.of("28.00", "EUR"),
            Money.of("15.00", "EUR"),
            resins,
            "sell-resins");
    String ve = prices.exclusiveVolume().toPlainString();
    String volumes =
        "Ve = %s kg and Vm = %s kg".formatted(ve, prices.marketVolume().toPlainString());
    story.say(
        "  price comparison with %s from the scenarios: sharing earns %s more"
            .formatted(volumes, Words.money(prices.difference())));
    return new Result(filament, series, sweep, resins, prices);
  }

  /** The bar chart of the filament scenario's nets, as SVG. */
  public static String filamentBars() {
    return ValueFlowCharts.netValueBars(NetValueFlow.of(filamentScenario()));
  }

  /** The line chart of the filament scenario's five years, as SVG. */
  public static String filamentLines() {
    return ValueFlowCharts.cumulativeDiscountedLines(
        TimeSeries.growing(filamentScenario(), 5, new BigDecimal("0.25"), new BigDecimal("0.10")));
  }

  /**
   * The filament model of {@link PlasticWasteFilament} with the two payments the source implies:
   * the organisation pays the pickers, the buyers pay the organisation.
   */
  static BusinessModel filamentModel() {
    BusinessModel model = PlasticWasteFilament.model(true);
    Exchanged money = Exchanged.item("money");
    ValueExchange withPayments =
        ValueExchange.builder()
            .from(model.exchange())
            .addExchanges(
                Exchange.of("pay-filament", "filament-org", "pickers-corp", money, DIRECT),
                Exchange.of("pay-for-filament", "buyers", "filament-org", money, DIRECT))
            .build();
    return model.withExchange(withPayments);
  }

  static Scenario filamentScenario() {
    var path = Path.of("sell-filament", "pay-for-filament", "buy-filament", "pay-filament");
    return Scenario.builder()
        .id("filament-year")
        .currency(INR)
        .model(filamentModel())
        .addNeed(Need.of("filament", "buyers", KG_PER_BUYER, path))
        .addNeed(Need.of("market-entry", "filament-org", "1", Path.of("introductions")))
        .addSegmentSize(SegmentSize.of("buyers", BUYERS))
        .addValuations(
            Valuation.price("pay-filament", PlasticWasteFilament.FILAMENT_PRICE),
            Valuation.price("pay-for-filament", BUYER_PRICE),
            Valuation.worthToReceiver("sell-filament", Money.of("1300", "INR")),
            Valuation.nonMoney("buy-filament"),
            Valuation.nonMoney("introductions"))
        .addExpenses(
            Expense.variable("pickers-corp", "buy-filament", "production", PRODUCTION_COST),
            Expense.variable("filament-org", "sell-filament", "shipping", Money.of("150", "INR")),
            Expense.fixed("filament-org", "staff and premises", Money.of("4000000", "INR")))
        .addInvestment(
            Investment.of("filament-org", "equipment and market entry", Money.of("9000000", "INR")))
        .build();
  }

  static Scenario resinScenario() {
    var path = Path.of("sell-resins", "market-payments");
    Money production = Money.of("15.00", "EUR");
    return Scenario.builder()
        .id("resins-year")
        .currency(EUR)
        .model(DualChemicals.market())
        .addNeed(Need.of("resin", "market-customers", "50000", path))
        .addValuations(
            Valuation.price("market-payments", Money.of("28.00", "EUR")),
            Valuation.nonMoney("sell-resins"))
        .addExpense(Expense.variable("chem-sme", "sell-resins", "production at scale", production))
        .build();
  }

  static Scenario coatingScenario() {
    return Scenario.builder()
        .id("coating-year")
        .currency(EUR)
        .model(DualChemicals.collaborative())
        .addNeed(Need.of("coating", "key-customer", "10000", Path.of("deliver-coating")))
        .addValuation(Valuation.nonMoney("deliver-coating"))
        .build();
  }
}
