package org.bmi4j.core.csv;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.bmi4j.core.alliance.ContributionLedger;
import org.bmi4j.core.alliance.LedgerEntry;
import org.bmi4j.core.analysis.BusinessModelDiff;
import org.bmi4j.core.analysis.ElementChange;
import org.bmi4j.core.model.Activity;
import org.bmi4j.core.model.ActivityLink;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.CostItem;
import org.bmi4j.core.model.DesignElement;
import org.bmi4j.core.model.Exchange;
import org.bmi4j.core.model.Exchanged;
import org.bmi4j.core.model.GovernanceAssignment;
import org.bmi4j.core.model.Money;
import org.bmi4j.core.model.Offering;
import org.bmi4j.core.model.Resource;
import org.bmi4j.core.model.RevenueStream;
import org.bmi4j.core.model.ValueFunction;
import org.bmi4j.core.model.ValueShare;
import org.bmi4j.core.valueflow.ActorSeries;
import org.bmi4j.core.valueflow.ActorSheet;
import org.bmi4j.core.valueflow.CostLine;
import org.bmi4j.core.valueflow.NetValueFlow;
import org.bmi4j.core.valueflow.SheetLine;
import org.bmi4j.core.valueflow.TimeSeries;

/**
 * bmi4j's CSV tables for researchers, and the rows of business models for them.
 *
 * <pre>{@code
 * BmiCsv.ELEMENTS.write(BmiCsv.elements(model), Path.of("elements.csv"));
 * }</pre>
 *
 * <p>In R: {@code read.csv("elements.csv", colClasses = "character")}; in pandas: {@code
 * pd.read_csv("elements.csv", dtype=str, keep_default_na=False)} keeps empty cells empty.
 */
public final class BmiCsv {
  /** The elements of business models, one row per element; see {@link ElementRow}. */
  public static final CsvTable<ElementRow> ELEMENTS = CsvTable.of(ElementRow.class);

  /** The element changes of business model diffs, one row per change; see {@link DiffRow}. */
  public static final CsvTable<DiffRow> DIFFS = CsvTable.of(DiffRow.class);

  /** The entries of a contribution ledger, one row per entry; see {@link LedgerRow}. */
  public static final CsvTable<LedgerRow> LEDGER = CsvTable.of(LedgerRow.class);

  /**
   * The lines of net value flow sheets, one row per transfer, cost and net of each actor; see
   * {@link ValueFlowRow}.
   */
  public static final CsvTable<ValueFlowRow> VALUE_FLOW = CsvTable.of(ValueFlowRow.class);

  /** The periods of a time series, one row per actor and period; see {@link SeriesRow}. */
  public static final CsvTable<SeriesRow> TIME_SERIES = CsvTable.of(SeriesRow.class);

  private BmiCsv() {}

  /**
   * Returns the rows of every actor's net value flow sheet, actors in model order, each actor's
   * transfers, then costs, then its NET row.
   *
   * @param flow the net value flow of a scenario
   * @return the rows of every actor's net value flow sheet, actors in model order, each actor's
   *     transfers, then costs, then its NET row
   * @throws NullPointerException if {@code flow} is null
   */
  public static ImmutableList<ValueFlowRow> valueFlow(NetValueFlow flow) {
    checkNotNull(flow, "flow");
    String scenario = flow.scenario().id();
    String currency = flow.currency().getCurrencyCode();
    ImmutableList.Builder<ValueFlowRow> rows = ImmutableList.builder();
    for (ActorSheet sheet : flow.sheets()) {
      String actor = sheet.actorId();
      String name = sheet.actor().name();
      for (SheetLine line : sheet.transfers()) {
        rows.add(
            new ValueFlowRow(
                scenario,
                actor,
                name,
                "TRANSFER",
                line.exchange(),
                line.direction().name(),
                line.counterpart(),
                line.object(),
                line.occurrences().toPlainString(),
                line.status().name(),
                line.valuation().map(BmiCsv::rounded).orElse(""),
                line.total().map(BmiCsv::rounded).orElse(""),
                currency));
      }
      for (CostLine cost : sheet.costs()) {
        rows.add(
            new ValueFlowRow(
                scenario,
                actor,
                name,
                cost.kind().name(),
                cost.exchange().orElse(""),
                "",
                "",
                cost.description(),
                cost.occurrences().toPlainString(),
                "",
                rounded(cost.unit()),
                rounded(new Money(cost.total().amount().negate(), cost.total().currency())),
                currency));
      }
      rows.add(
          new ValueFlowRow(
              scenario,
              actor,
              name,
              "NET",
              "",
              "",
              "",
              String.join(" ", sheet.unvalued()),
              "",
              sheet.verdict().name(),
              "",
              rounded(sheet.net()),
              currency));
    }
    return rows.build();
  }

  /**
   * Returns one row per actor and period of a time series, actors in order of first appearance.
   *
   * @param series the time series
   * @return one row per actor and period of a time series, actors in order of first appearance
   * @throws NullPointerException if {@code series} is null
   */
  public static ImmutableList<SeriesRow> timeSeries(TimeSeries series) {
    checkNotNull(series, "series");
    String currency = series.currency().getCurrencyCode();
    ImmutableList.Builder<SeriesRow> rows = ImmutableList.builder();
    for (ActorSeries actor : series.actors()) {
      for (int p = 0; p < actor.nets().size(); p++) {
        rows.add(
            new SeriesRow(
                actor.actor().id(),
                p,
                rounded(actor.nets().get(p)),
                rounded(actor.discounted().get(p)),
                rounded(actor.cumulativeDiscounted().get(p)),
                currency));
      }
    }
    return rows.build();
  }

  /** Returns the amount rounded half-even to its currency's minor unit, as plain text. */
  static String rounded(Money money) {
    int digits = money.currency().getDefaultFractionDigits();
    java.math.BigDecimal amount = money.amount();
    return (digits < 0
            ? amount.stripTrailingZeros()
            : amount.setScale(digits, java.math.RoundingMode.HALF_EVEN))
        .toPlainString();
  }

  /**
   * Returns one row per element change of the diff, in the diff's order ({@link
   * BusinessModelDiff#changes()}).
   *
   * @param diff the difference between two models
   * @return one row per element change of the diff, in the diff's order ({@link
   *     BusinessModelDiff#changes()})
   * @throws NullPointerException if {@code diff} is null
   */
  public static ImmutableList<DiffRow> diff(BusinessModelDiff diff) {
    checkNotNull(diff, "diff");
    ImmutableList.Builder<DiffRow> rows = ImmutableList.builder();
    for (ElementChange change : diff.changes()) {
      rows.add(
          new DiffRow(
              diff.before().id(),
              diff.before().version(),
              diff.after().id(),
              diff.after().version(),
              change.isAdded() ? "ADDED" : change.isRemoved() ? "REMOVED" : "CHANGED",
              change.key().kind().name(),
              change.key().id(),
              join(change.functions()),
              join(change.designElements())));
    }
    return rows.build();
  }

  /**
   * Returns one row per ledger entry, in ledger order.
   *
   * @param ledger the contribution ledger
   * @return one row per ledger entry, in ledger order
   * @throws NullPointerException if {@code ledger} is null
   */
  public static ImmutableList<LedgerRow> ledger(ContributionLedger ledger) {
    checkNotNull(ledger, "ledger");
    ImmutableList.Builder<LedgerRow> rows = ImmutableList.builder();
    int sequence = 0;
    for (LedgerEntry entry : ledger.entries()) {
      Optional<Money> valuation = entry.valuation();
      rows.add(
          new LedgerRow(
              ++sequence,
              entry.partner(),
              entry.direction().name(),
              entry.realisation().name(),
              entry.description(),
              entry.valueKind().name(),
              entry.tangibility().name(),
              valuation.map(m -> m.amount().toPlainString()).orElse(""),
              valuation.map(m -> m.currency().getCurrencyCode()).orElse("")));
    }
    return rows.build();
  }

  private static String join(Collection<? extends Enum<?>> constants) {
    return String.join(";", constants.stream().map(Enum::name).toList());
  }

  /**
   * Returns one row per element of the model, in the model's order: actors, offerings, resources,
   * exchanges, revenue streams, cost items, value shares, activities, links, governance
   * assignments, each in insertion order.
   *
   * @param model the business model
   * @return one row per element of the model, in the model's order
   * @throws NullPointerException if {@code model} is null
   */
  public static ImmutableList<ElementRow> elements(BusinessModel model) {
    return new Rows(checkNotNull(model, "model")).build();
  }

  /**
   * Returns the rows of several models, model after model, for one table.
   *
   * @param models the models, in table order
   * @return the rows of several models, model after model, for one table
   * @throws NullPointerException if {@code models} or a model is null
   */
  public static ImmutableList<ElementRow> elements(Iterable<BusinessModel> models) {
    ImmutableList.Builder<ElementRow> rows = ImmutableList.builder();
    for (BusinessModel model : checkNotNull(models, "models")) {
      rows.addAll(elements(model));
    }
    return rows.build();
  }

  private static final class Rows {
    private final BusinessModel model;
    private final ImmutableList.Builder<ElementRow> rows = ImmutableList.builder();

    Rows(BusinessModel model) {
      this.model = model;
    }

    ImmutableList<ElementRow> build() {
      for (Actor actor : model.actors()) {
        row(
            new Cells("actor", actor.id())
                .name(actor.name())
                .categories(actor.roles())
                .actor(actor.parent().orElse(""))
                .valueKinds(join(actor.missions()))
                .sector(actor.sector().name())
                .owner(String.valueOf(model.owners().contains(actor.id()))));
      }
      for (Offering offering : model.proposition().offerings()) {
        row(
            new Cells("offering", offering.id())
                .name(offering.name())
                .function(ValueFunction.PROPOSITION)
                .related(offering.beneficiaries())
                .valueKinds(join(offering.valueKinds())));
      }
      for (Resource resource : model.creation().resources()) {
        row(
            new Cells("resource", resource.id())
                .name(resource.name())
                .function(ValueFunction.CREATION)
                .category(resource.kind())
                .actor(resource.provider()));
      }
      for (Exchange exchange : model.exchange().exchanges()) {
        String what =
            exchange.what() instanceof Exchanged.OfferingRef ref
                ? "offering:" + ref.offering()
                : "item:" + ((Exchanged.Item) exchange.what()).name();
        row(
            new Cells("exchange", exchange.id())
                .function(ValueFunction.EXCHANGE)
                .category(exchange.channel())
                .from(exchange.provider())
                .to(exchange.recipient())
                .what(what)
                .actor(exchange.intermediary().orElse("")));
      }
      for (RevenueStream stream : model.capture().revenueStreams()) {
        row(
            new Cells("revenue_stream", stream.id())
                .function(ValueFunction.CAPTURE)
                .category(stream.mechanism())
                .actor(stream.payer())
                .amount(stream.amount())
                .basis(stream.basis()));
      }
      for (CostItem cost : model.capture().costs()) {
        row(
            new Cells("cost_item", cost.id())
                .name(cost.name())
                .function(ValueFunction.CAPTURE)
                .actor(cost.payee().orElse(""))
                .amount(cost.amount())
                .basis(cost.basis()));
      }
      for (ValueShare share : model.capture().valueShares()) {
        row(
            new Cells("value_share", share.id())
                .function(ValueFunction.CAPTURE)
                .actor(share.actor())
                .valueKinds(share.kind().name())
                .share(share.share().map(s -> s.toPlainString()).orElse("")));
      }
      Map<String, String> performers = new HashMap<>();
      for (GovernanceAssignment assignment : model.governance()) {
        performers.putIfAbsent(assignment.activity(), assignment.performer());
      }
      for (Activity activity : model.activities()) {
        Cells cells =
            new Cells("activity", activity.id())
                .name(activity.name())
                .design(DesignElement.CONTENT)
                .category(activity.kind())
                .related(activity.resources());
        if (model.valueCreatingActivities().contains(activity.id())) {
          cells.function(ValueFunction.CREATION);
        }
        String performer = performers.get(activity.id());
        if (performer != null) {
          cells.actor(performer);
        }
        row(cells);
      }
      for (ActivityLink link : model.links()) {
        row(
            new Cells("link", link.upstream() + "->" + link.downstream() + ":" + link.flow())
                .design(DesignElement.STRUCTURE)
                .category(link.flow())
                .from(link.upstream())
                .to(link.downstream()));
      }
      for (GovernanceAssignment assignment : model.governance()) {
        row(
            new Cells("governance", assignment.activity())
                .design(DesignElement.GOVERNANCE)
                .category(assignment.mode())
                .actor(assignment.performer())
                .related(assignment.coPerformers())
                .contractTerm(assignment.contractTerm().map(Object::toString).orElse(""))
                .supervisor(assignment.supervisor().orElse(""))
                .incentives(String.join(";", assignment.incentives())));
      }
      return rows.build();
    }

    private void row(Cells c) {
      rows.add(
          new ElementRow(
              model.id(),
              model.version(),
              c.kind,
              c.id,
              c.name,
              c.function,
              c.design,
              c.category,
              c.sector,
              c.owner,
              c.actor,
              c.from,
              c.to,
              c.what,
              c.related,
              c.valueKinds,
              c.amount,
              c.currency,
              c.share,
              c.contractTerm,
              c.supervisor,
              c.incentives,
              c.basis));
    }
  }

  /** The cells of one row under construction; every cell starts empty. */
  private static final class Cells {
    final String kind;
    final String id;
    String name = "";
    String function = "";
    String design = "";
    String category = "";
    String sector = "";
    String owner = "";
    String actor = "";
    String from = "";
    String to = "";
    String what = "";
    String related = "";
    String valueKinds = "";
    String amount = "";
    String currency = "";
    String share = "";
    String contractTerm = "";
    String supervisor = "";
    String incentives = "";
    String basis = "";

    Cells(String kind, String id) {
      this.kind = kind;
      this.id = id;
    }

    Cells name(String value) {
      name = value;
      return this;
    }

    Cells function(ValueFunction value) {
      function = value.name();
      return this;
    }

    Cells design(DesignElement value) {
      design = value.name();
      return this;
    }

    Cells categories(Collection<? extends Enum<?>> values) {
      category = join(values);
      return this;
    }

    Cells category(Enum<?> value) {
      category = value.name();
      return this;
    }

    Cells sector(String value) {
      sector = value;
      return this;
    }

    Cells owner(String value) {
      owner = value;
      return this;
    }

    Cells actor(String value) {
      actor = value;
      return this;
    }

    Cells from(String value) {
      from = value;
      return this;
    }

    Cells to(String value) {
      to = value;
      return this;
    }

    Cells what(String value) {
      what = value;
      return this;
    }

    Cells related(Iterable<String> ids) {
      related = String.join(";", ids);
      return this;
    }

    Cells valueKinds(String value) {
      valueKinds = value;
      return this;
    }

    Cells amount(Optional<Money> money) {
      money.ifPresent(
          m -> {
            amount = m.amount().toPlainString();
            currency = m.currency().getCurrencyCode();
          });
      return this;
    }

    Cells share(String value) {
      share = value;
      return this;
    }

    Cells contractTerm(String value) {
      contractTerm = value;
      return this;
    }

    Cells supervisor(String value) {
      supervisor = value;
      return this;
    }

    Cells basis(Enum<?> value) {
      basis = value.name();
      return this;
    }

    Cells incentives(String value) {
      incentives = value;
      return this;
    }
  }
}
