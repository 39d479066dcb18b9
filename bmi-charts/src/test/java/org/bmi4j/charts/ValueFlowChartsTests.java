package org.bmi4j.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Currency;
import javax.xml.parsers.DocumentBuilderFactory;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Channel;
import org.bmi4j.core.model.Exchange;
import org.bmi4j.core.model.Exchanged;
import org.bmi4j.core.model.Money;
import org.bmi4j.core.model.Sector;
import org.bmi4j.core.model.ValueExchange;
import org.bmi4j.core.valueflow.Expense;
import org.bmi4j.core.valueflow.Investment;
import org.bmi4j.core.valueflow.Need;
import org.bmi4j.core.valueflow.NetValueFlow;
import org.bmi4j.core.valueflow.Path;
import org.bmi4j.core.valueflow.Scenario;
import org.bmi4j.core.valueflow.TimeSeries;
import org.bmi4j.core.valueflow.Valuation;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class ValueFlowChartsTests {
  private static final Scenario SCENARIO =
      Scenario.builder()
          .id("year-1")
          .currency(Currency.getInstance("EUR"))
          .model(
              BusinessModel.builder()
                  .id("shop")
                  .name("Shop")
                  .addActor(Actor.of("shop", "Refill shop", ActorRole.FOCAL_FIRM, Sector.PRIVATE))
                  .addActor(
                      Actor.of("locals", "Households", ActorRole.CUSTOMER_SEGMENT, Sector.PRIVATE))
                  .addActor(Actor.of("bank", "Bank & co <x>", ActorRole.INVESTOR, Sector.PRIVATE))
                  .exchange(
                      ValueExchange.builder()
                          .addExchange(
                              Exchange.builder()
                                  .id("pay")
                                  .provider("locals")
                                  .recipient("shop")
                                  .what(Exchanged.item("money"))
                                  .channel(Channel.DIRECT)
                                  .build())
                          .addExchange(
                              Exchange.builder()
                                  .id("advice")
                                  .provider("bank")
                                  .recipient("shop")
                                  .what(Exchanged.item("advice"))
                                  .channel(Channel.DIRECT)
                                  .build())
                          .build())
                  .build())
          .addNeed(Need.of("refill", "locals", "1000", Path.of("pay", "advice")))
          .addValuation(Valuation.price("pay", Money.of("4.35", "EUR")))
          .addExpense(Expense.fixed("shop", "rent", Money.of("1000", "EUR")))
          .addInvestment(Investment.of("shop", "fit-out", Money.of("2000", "EUR")))
          .build();

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    // JFreeSVG declares the SVG 1.0 DTD; a test reads no network
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
  }

  @Test
  void drawsAWellFormedSvgBarChartNamingEveryActorAndTheIndeterminateOnes() throws Exception {
    String svg = ValueFlowCharts.netValueBars(NetValueFlow.of(SCENARIO));
    Document document = parse(svg);
    assertEquals("svg", document.getDocumentElement().getLocalName());
    assertTrue(svg.contains("Households"), "names the households");
    assertTrue(svg.contains("Refill shop (valued part only)"), "flags the indeterminate shop");
    assertTrue(svg.contains("Bank &amp; co &lt;x&gt;"), "escapes names");
  }

  @Test
  void drawsTheSameBytesEveryTime() {
    NetValueFlow flow = NetValueFlow.of(SCENARIO);
    assertEquals(ValueFlowCharts.netValueBars(flow), ValueFlowCharts.netValueBars(flow));
  }

  @Test
  void drawsAWellFormedLineChartWithALinePerActor() throws Exception {
    TimeSeries series =
        TimeSeries.growing(SCENARIO, 4, new BigDecimal("0.2"), new BigDecimal("0.08"));
    String svg = ValueFlowCharts.cumulativeDiscountedLines(series);
    parse(svg);
    assertTrue(svg.contains("Cumulative discounted net value at 8% per period"));
    assertTrue(svg.contains("Households"));
    assertEquals(svg, ValueFlowCharts.cumulativeDiscountedLines(series));
  }

  @Test
  void refusesAChartTooSmallToRead() {
    IllegalArgumentException thrown =
        assertThrows(
            IllegalArgumentException.class,
            () -> ValueFlowCharts.netValueBars(NetValueFlow.of(SCENARIO), 50, 400));
    assertEquals("a chart is at least 100 by 100 pixels, was 50 by 400", thrown.getMessage());
  }
}
