package org.bmi4j.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Channel;
import org.bmi4j.core.model.Exchange;
import org.bmi4j.core.model.Exchanged;
import org.bmi4j.core.model.Money;
import org.bmi4j.core.model.Sector;
import org.bmi4j.core.model.ValueExchange;
import org.bmi4j.core.valueflow.Need;
import org.bmi4j.core.valueflow.NetValueFlow;
import org.bmi4j.core.valueflow.Path;
import org.bmi4j.core.valueflow.Scenario;
import org.bmi4j.core.valueflow.Valuation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Net value flow at scale: the sheets of every actor of a scenario with {@code actors} actors and
 * {@code exchanges} exchanges (half deliveries, half payments back), one need per delivery. The
 * target is under 1 s at 10,000 actors and 100,000 exchanges, growing linearly; the smaller sizes
 * show the slope. {@link #sheets} computes every sheet; {@link #check} rebuilds the scenario, which
 * checks it against its model.
 *
 * <pre>
 * java -jar bmi-benchmarks/target/bmi-benchmarks.jar NetValueFlowScale -f 1 -wi 3 -i 5
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class NetValueFlowScale {
  /** The number of actors. */
  @Param({"1000", "10000"})
  public int actors;

  /** The number of exchanges. */
  @Param({"10000", "100000"})
  public int exchanges;

  private Scenario scenario;

  @Setup(Level.Trial)
  public void setUp() {
    scenario = scenario(actors, exchanges);
  }

  /** Returns a scenario of the given size, every payment priced. */
  public static Scenario scenario(int actors, int exchanges) {
    Currency eur = Currency.getInstance("EUR");
    BusinessModel.Builder model = BusinessModel.builder().id("scale").name("Scale");
    for (int i = 0; i < actors; i++) {
      model.addActor(Actor.of("a" + i, "Actor " + i, ActorRole.PARTNER, Sector.PRIVATE));
    }
    ValueExchange.Builder flows = ValueExchange.builder();
    List<Need> needs = new ArrayList<>();
    List<Valuation> valuations = new ArrayList<>();
    for (int i = 0; i < exchanges / 2; i++) {
      String from = "a" + (i % actors);
      String to =
          "a"
              + ((i + 1 + i / actors) % actors == i % actors
                  ? (i + 2) % actors
                  : (i + 1 + i / actors) % actors);
      flows.addExchange(exchange("d" + i, from, to, "goods"));
      flows.addExchange(exchange("p" + i, to, from, "money"));
      needs.add(new Need("n" + i, to, BigDecimal.valueOf(1 + i % 7), Path.of("d" + i, "p" + i)));
      valuations.add(Valuation.nonMoney("d" + i));
      valuations.add(
          Valuation.price("p" + i, new Money(BigDecimal.valueOf(100 + i % 900, 2), eur)));
    }
    return Scenario.builder()
        .id("scale")
        .currency(eur)
        .model(model.exchange(flows.build()).build())
        .needs(needs)
        .valuations(valuations)
        .build();
  }

  private static Exchange exchange(String id, String from, String to, String item) {
    return Exchange.builder()
        .id(id)
        .provider(from)
        .recipient(to)
        .what(Exchanged.item(item))
        .channel(Channel.DIRECT)
        .build();
  }

  /** Every actor's sheet. */
  @Benchmark
  public NetValueFlow sheets() {
    return NetValueFlow.of(scenario);
  }

  /** The scenario checked against its model again. */
  @Benchmark
  public Scenario check() {
    return Scenario.builder().from(scenario).build();
  }
}
