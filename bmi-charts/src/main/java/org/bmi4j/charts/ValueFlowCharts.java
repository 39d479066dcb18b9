package org.bmi4j.charts;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.bmi4j.core.model.Money;
import org.bmi4j.core.valueflow.ActorSeries;
import org.bmi4j.core.valueflow.ActorSheet;
import org.bmi4j.core.valueflow.NetValueFlow;
import org.bmi4j.core.valueflow.TimeSeries;
import org.bmi4j.core.valueflow.Verdict;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * Pictures of net value flow analyses as standalone SVG documents, drawn by JFreeChart on JFreeSVG.
 *
 * <ul>
 *   <li>{@link #netValueBars}: a horizontal bar chart of each actor's net value in one market
 *       scenario, one bar per actor in model order, labelled with the actor's name, coloured by
 *       verdict (green POSITIVE, red NEGATIVE, grey BREAK_EVEN, amber INDETERMINATE, whose bar
 *       shows the valued part only and whose label says so) [after e3value's net value flow
 *       sheets].
 *   <li>{@link #cumulativeDiscountedLines}: a line per actor of its cumulative discounted net over
 *       the periods of a time series [after e3value's discounted net present value analysis].
 * </ul>
 *
 * <p>Amounts are rounded half-even to the currency's minor unit before drawing. The output is the
 * same for the same input: JFreeSVG writes elements in drawing order and the charts use fixed
 * fonts, colours and sizes. Thread-safe: every call draws on its own graphics. Needs a Java runtime
 * with {@code java.desktop}; it runs headless.
 */
public final class ValueFlowCharts {
  /** The default width of a chart, in pixels. */
  public static final int WIDTH = 720;

  /** The default height of a chart, in pixels. */
  public static final int HEIGHT = 420;

  private static final Color POSITIVE = new Color(0x2E7D32);
  private static final Color NEGATIVE = new Color(0xC62828);
  private static final Color BREAK_EVEN = new Color(0x757575);
  private static final Color INDETERMINATE = new Color(0xF9A825);
  private static final Color[] LINES = {
    new Color(0x1565C0),
    new Color(0xC62828),
    new Color(0x2E7D32),
    new Color(0x6A1B9A),
    new Color(0xEF6C00),
    new Color(0x00838F),
    new Color(0x4E342E),
    new Color(0x37474F)
  };
  private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);

  private ValueFlowCharts() {}

  /**
   * Returns the bar chart of every actor's net value in the scenario, {@value #WIDTH} by {@value
   * #HEIGHT} pixels.
   *
   * @param flow the net value flow of a scenario
   * @return the bar chart of every actor's net value in the scenario, {@value #WIDTH} by {@value
   *     #HEIGHT} pixels
   * @throws NullPointerException if {@code flow} is null
   */
  public static String netValueBars(NetValueFlow flow) {
    return netValueBars(flow, WIDTH, HEIGHT);
  }

  /**
   * Returns the bar chart of every actor's net value in the scenario.
   *
   * @param flow the net value flow of a scenario
   * @param width the chart's width in pixels, 100 or more
   * @param height the chart's height in pixels, 100 or more
   * @return the bar chart of every actor's net value in the scenario
   * @throws IllegalArgumentException if a size is below 100 pixels
   * @throws NullPointerException if {@code flow} is null
   */
  public static String netValueBars(NetValueFlow flow, int width, int height) {
    checkNotNull(flow, "flow");
    checkSize(width, height);
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    Color[] colours = new Color[flow.sheets().size()];
    int i = 0;
    for (ActorSheet sheet : flow.sheets()) {
      String label =
          sheet.actor().name()
              + (sheet.verdict() == Verdict.INDETERMINATE ? " (valued part only)" : "");
      data.addValue(rounded(sheet.net()), "net", label);
      colours[i++] = colour(sheet.verdict());
    }
    JFreeChart chart =
        ChartFactory.createBarChart(
            "Net value flow per actor: " + flow.scenario().id(),
            null,
            "Net value (" + flow.currency().getCurrencyCode() + ")",
            data,
            PlotOrientation.HORIZONTAL,
            false,
            false,
            false);
    CategoryPlot plot = chart.getCategoryPlot();
    BarRenderer renderer =
        new BarRenderer() {
          private static final long serialVersionUID = 1L;

          @Override
          public java.awt.Paint getItemPaint(int row, int column) {
            return colours[column];
          }
        };
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    plot.setRenderer(renderer);
    CategoryAxis categories = plot.getDomainAxis();
    categories.setMaximumCategoryLabelWidthRatio(0.35f);
    categories.setTickLabelFont(FONT);
    style(chart, (NumberAxis) plot.getRangeAxis());
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xDDDDDD));
    plot.setRangeZeroBaselineVisible(true);
    plot.setRangeZeroBaselinePaint(Color.BLACK);
    return draw(chart, width, height);
  }

  /**
   * Returns the line chart of every actor's cumulative discounted net over the periods, {@value
   * #WIDTH} by {@value #HEIGHT} pixels.
   *
   * @param series the time series
   * @return the line chart of every actor's cumulative discounted net over the periods, {@value
   *     #WIDTH} by {@value #HEIGHT} pixels
   * @throws NullPointerException if {@code series} is null
   */
  public static String cumulativeDiscountedLines(TimeSeries series) {
    return cumulativeDiscountedLines(series, WIDTH, HEIGHT);
  }

  /**
   * Returns the line chart of every actor's cumulative discounted net over the periods.
   *
   * @param series the time series
   * @param width the chart's width in pixels, 100 or more
   * @param height the chart's height in pixels, 100 or more
   * @return the line chart of every actor's cumulative discounted net over the periods
   * @throws IllegalArgumentException if a size is below 100 pixels
   * @throws NullPointerException if {@code series} is null
   */
  public static String cumulativeDiscountedLines(TimeSeries series, int width, int height) {
    checkNotNull(series, "series");
    checkSize(width, height);
    XYSeriesCollection data = new XYSeriesCollection();
    for (ActorSeries actor : series.actors()) {
      XYSeries line = new XYSeries(actor.actor().name(), false, true);
      for (int p = 0; p < actor.cumulativeDiscounted().size(); p++) {
        line.add(p, rounded(actor.cumulativeDiscounted().get(p)));
      }
      data.addSeries(line);
    }
    JFreeChart chart =
        ChartFactory.createXYLineChart(
            "Cumulative discounted net value at " + percent(series.discountRate()) + " per period",
            "Period",
            "Cumulative discounted value (" + series.currency().getCurrencyCode() + ")",
            data,
            PlotOrientation.VERTICAL,
            true,
            false,
            false);
    XYPlot plot = chart.getXYPlot();
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    for (int i = 0; i < data.getSeriesCount(); i++) {
      renderer.setSeriesPaint(i, LINES[i % LINES.length]);
      renderer.setSeriesStroke(i, new BasicStroke(2f));
    }
    plot.setRenderer(renderer);
    NumberAxis periods = (NumberAxis) plot.getDomainAxis();
    periods.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    periods.setTickLabelFont(FONT);
    style(chart, (NumberAxis) plot.getRangeAxis());
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xDDDDDD));
    plot.setDomainGridlinePaint(new Color(0xDDDDDD));
    plot.setRangeZeroBaselineVisible(true);
    plot.setRangeZeroBaselinePaint(Color.BLACK);
    chart.getLegend().setItemFont(FONT);
    return draw(chart, width, height);
  }

  private static void checkSize(int width, int height) {
    checkArgument(
        width >= 100 && height >= 100,
        "a chart is at least 100 by 100 pixels, was %s by %s",
        width,
        height);
  }

  private static void style(JFreeChart chart, NumberAxis values) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.getTitle().setFont(TITLE);
    chart.setAntiAlias(true);
    values.setTickLabelFont(FONT);
    values.setLabelFont(FONT);
    DecimalFormat format =
        new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    values.setNumberFormatOverride(format);
  }

  private static String draw(JFreeChart chart, int width, int height) {
    SVGGraphics2D svg = new SVGGraphics2D(width, height);
    // JFreeSVG prefixes its ids with the clock by default; a fixed prefix keeps output stable
    svg.setDefsKeyPrefix("bmi4j-");
    chart.draw(svg, new Rectangle(0, 0, width, height));
    return svg.getSVGDocument();
  }

  private static Color colour(Verdict verdict) {
    return switch (verdict) {
      case POSITIVE -> POSITIVE;
      case NEGATIVE -> NEGATIVE;
      case BREAK_EVEN -> BREAK_EVEN;
      case INDETERMINATE -> INDETERMINATE;
    };
  }

  private static double rounded(Money money) {
    int digits = Math.max(0, money.currency().getDefaultFractionDigits());
    return money.amount().setScale(digits, RoundingMode.HALF_EVEN).doubleValue();
  }

  private static String percent(java.math.BigDecimal rate) {
    return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }
}
