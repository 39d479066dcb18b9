package org.bmi4j.core.valueflow;

import static com.google.common.base.Preconditions.checkNotNull;

import org.bmi4j.core.model.Money;

/**
 * Net value flow sheets and time series as Markdown tables (GitHub-flavoured), one table per actor,
 * in the layout of e3value's sheets [user guide 6.2]: each transfer with its occurrences, valuation
 * and total, then the costs, then the net. Amounts are rounded half-even to the currency's minor
 * unit. Deterministic; {@code |} in names is escaped.
 */
public final class ValueFlowMarkdown {
  private ValueFlowMarkdown() {}

  /**
   * Returns every actor's sheet, actors in model order.
   *
   * @param flow the net value flow of a scenario
   * @return every actor's sheet, actors in model order
   * @throws NullPointerException if {@code flow} is null
   */
  public static String of(NetValueFlow flow) {
    checkNotNull(flow, "flow");
    StringBuilder text = new StringBuilder();
    text.append("## Net value flow: scenario `")
        .append(flow.scenario().id())
        .append("` of `")
        .append(flow.scenario().model().id())
        .append("` (")
        .append(flow.currency().getCurrencyCode())
        .append(")\n");
    for (ActorSheet sheet : flow.sheets()) {
      text.append('\n').append(sheet(sheet));
    }
    return text.toString();
  }

  /**
   * Returns one actor's sheet.
   *
   * @param sheet the actor's sheet
   * @return one actor's sheet
   * @throws NullPointerException if {@code sheet} is null
   */
  public static String sheet(ActorSheet sheet) {
    checkNotNull(sheet, "sheet");
    StringBuilder text = new StringBuilder();
    text.append("### ")
        .append(escape(sheet.actor().name()))
        .append(" (`")
        .append(sheet.actorId())
        .append("`): ")
        .append(sheet.verdict());
    if (sheet.segmentSize() != 1) {
      text.append(", a segment of ").append(sheet.segmentSize());
    }
    text.append(
            "\n\n| Exchange | In/out | Counterpart | Object | Occurrences | Valuation | Total |\n")
        .append("| --- | --- | --- | --- | ---: | ---: | ---: |\n");
    for (SheetLine line : sheet.transfers()) {
      text.append("| ")
          .append(line.exchange())
          .append(" | ")
          .append(line.direction())
          .append(" | ")
          .append(line.counterpart())
          .append(" | ")
          .append(escape(line.object()))
          .append(" | ")
          .append(line.occurrences().toPlainString())
          .append(" | ")
          .append(
              line.status() == SheetLine.Status.VALUED
                  ? Amounts.display(line.valuation().get())
                  : line.status() == SheetLine.Status.UNVALUED ? "unvalued" : "not valued")
          .append(" | ")
          .append(line.total().map(Amounts::display).orElse(""))
          .append(" |\n");
    }
    for (CostLine cost : sheet.costs()) {
      text.append("| ")
          .append(cost.exchange().orElse(""))
          .append(" | ")
          .append(kind(cost.kind()))
          .append(" |  | ")
          .append(escape(cost.description()))
          .append(" | ")
          .append(cost.occurrences().toPlainString())
          .append(" | ")
          .append(Amounts.display(cost.unit()))
          .append(" | ")
          .append(
              Amounts.display(new Money(cost.total().amount().negate(), cost.total().currency())))
          .append(" |\n");
    }
    text.append("| **Net** |  |  |  |  |  | **")
        .append(Amounts.display(sheet.net()))
        .append("** |\n");
    if (sheet.segmentSize() != 1) {
      text.append("| Net per member |  |  |  |  |  | ")
          .append(Amounts.display(sheet.perMember()))
          .append(" |\n");
    }
    if (!sheet.unvalued().isEmpty()) {
      text.append("\nINDETERMINATE: unvalued ")
          .append(String.join(", ", sheet.unvalued()))
          .append("; the net covers the valued transfers only.\n");
    }
    return text.toString();
  }

  /**
   * Returns the time series as one table: a row per actor with its net per period, its naive and
   * discounted net present value and its break-even period.
   *
   * @param series the time series
   * @return the time series as one table
   * @throws NullPointerException if {@code series} is null
   */
  public static String of(TimeSeries series) {
    checkNotNull(series, "series");
    int periods = series.periods().size();
    StringBuilder text = new StringBuilder("| Actor |");
    StringBuilder rule = new StringBuilder("| --- |");
    for (int p = 0; p < periods; p++) {
      text.append(" Period ").append(p).append(" |");
      rule.append(" ---: |");
    }
    text.append(" Naive NPV | Discounted NPV | Break-even | Verdict |\n");
    rule.append(" ---: | ---: | ---: | --- |\n");
    text.append(rule);
    for (ActorSeries actor : series.actors()) {
      text.append("| ").append(actor.actor().id()).append(" |");
      for (Money net : actor.nets()) {
        text.append(' ').append(Amounts.display(net)).append(" |");
      }
      text.append(' ')
          .append(Amounts.display(actor.naiveNpv()))
          .append(" | ")
          .append(Amounts.display(actor.discountedNpv()))
          .append(" | ")
          .append(
              actor.breakEvenPeriod().isPresent()
                  ? "period " + actor.breakEvenPeriod().getAsInt()
                  : "never")
          .append(" | ")
          .append(actor.verdict())
          .append(" |\n");
    }
    return text.toString();
  }

  private static String kind(CostLine.Kind kind) {
    return switch (kind) {
      case FIXED_EXPENSE -> "fixed expense";
      case VARIABLE_EXPENSE -> "variable expense";
      case INVESTMENT -> "investment";
    };
  }

  private static String escape(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
