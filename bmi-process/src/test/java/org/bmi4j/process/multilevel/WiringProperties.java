package org.bmi4j.process.multilevel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Sector;
import org.bmi4j.process.Outcome;
import org.bmi4j.process.Step;
import org.bmi4j.process.alliance.AllianceEvent;
import org.bmi4j.process.alliance.AlliancePhase;
import org.bmi4j.process.alliance.AllianceProperties;
import org.bmi4j.process.alliance.Partner;
import org.bmi4j.process.firm.FirmContext;
import org.bmi4j.process.firm.FirmEvent;
import org.bmi4j.process.firm.FirmInstance;
import org.bmi4j.process.firm.FirmPhase;
import org.bmi4j.process.firm.Lesson;
import org.bmi4j.process.firm.LessonSource;
import org.bmi4j.process.firm.ProposedPartner;

/**
 * Issue 13: the wiring of an operation costs what the operation changed, and gives exactly what
 * wiring every firm in CONSOLIDATION against every partner gives ({@link
 * MultiLevelAlliance#wireInFull}, run by the same operation on the alliance {@link
 * MultiLevelAlliance#unwired() unwired}): the same outcome, violations, firms in the same order and
 * histories with the same steps in the same order, after any sequence of operations (partners
 * prospected, proposed and removed, firms moving into and out of CONSOLIDATION, proposing and
 * withdrawing partners, adapting their extant model, alliances read back from JSON midway).
 */
class WiringProperties {
  private static final Actor LESSOR = actor("lessor");
  private static final Actor CITY = actor("city");
  private static final List<Actor> POOL =
      List.of(MultiLevel.OEM, MultiLevel.RENTAL, PartnersOverTimeTests.FLEET_CO, LESSOR, CITY);
  private static final List<BusinessModel> MODELS =
      List.of(
          MultiLevel.FLEET,
          MultiLevel.RENTALS,
          PartnersOverTimeTests.FLEETS,
          MultiLevel.model("lessor-bm", LESSOR, "leases"),
          MultiLevel.model("city-bm", CITY, "parking"));

  private static final int STEPS = 60;

  /**
   * Prospects that join only when proposed, added first to half of the alliances: more firms than
   * one array holds ({@link Firms#WIDTH}), so the wiring runs on the trie, most firms outside
   * CONSOLIDATION.
   */
  private static final List<FirmInstance> BYSTANDERS =
      IntStream.range(0, Firms.WIDTH + 4)
          .mapToObj(
              i -> {
                Actor actor = actor("b" + i);
                return MultiLevel.firm(actor, MultiLevel.model("b" + i + "-bm", actor, "b" + i));
              })
          .toList();

  private static Actor actor(String id) {
    return Actor.of(id, id, ActorRole.PARTNER, Sector.PRIVATE);
  }

  @Property
  void incrementalWiringEqualsWiringInFull(@ForAll long seed) {
    Random random = new Random(seed);
    // from each coupled phase: in OPERATION, partners admitted attach in CONSOLIDATION while the
    // others, in ADAPTION, adapt their extant models
    MultiLevelAlliance m =
        switch (random.nextInt(4)) {
          case 0 -> MultiLevel.concept();
          case 1 -> MultiLevel.foundation();
          default -> MultiLevel.operation();
        };
    if (random.nextBoolean()) {
      for (FirmInstance bystander : BYSTANDERS) {
        m = MultiLevel.accept(m.prospect(bystander));
      }
    }
    int wiredSteps = 0;
    boolean reproposed = false;
    boolean wiredInTrie = false;
    for (int i = 0; i < STEPS; i++) {
      if (random.nextInt(20) == 0) {
        m = BmiJson.read(MultiLevelChains.JSON, BmiJson.write(MultiLevelChains.JSON, m));
      }
      MultiLevelAlliance before = m;
      m = step(m, operation(random, m));
      int wiring = wiringSteps(before, m);
      wiredSteps += wiring;
      wiredInTrie |= wiring > 0 && m.firms().size() > Firms.WIDTH;
      reproposed |= newerModelProposedAgain(before, m);
    }
    Statistics.label("wiring steps among more firms than an array holds").collect(wiredInTrie);
    Statistics.label("wiring steps among more firms than an array holds")
        .coverage(c -> c.check(true).percentage(p -> p > 10));
    Statistics.label("a newer extant model proposed again").collect(reproposed);
    Statistics.label("a newer extant model proposed again")
        .coverage(c -> c.check(true).percentage(p -> p > 0));
    Statistics.label("wiring steps > 10").collect(wiredSteps > 10);
    Statistics.label("wiring steps > 10").coverage(c -> c.check(true).percentage(p -> p > 20));
  }

  /** Applies {@code operation} both ways and checks they agree; returns the incremental result. */
  private static MultiLevelAlliance step(
      MultiLevelAlliance m, Function<MultiLevelAlliance, Outcome<MultiLevelAlliance>> operation) {
    Outcome<MultiLevelAlliance> incremental = operation.apply(m);
    Outcome<MultiLevelAlliance> full = operation.apply(m.unwired());
    assertEquals(full.isAccepted(), incremental.isAccepted(), "accepted alike");
    assertEquals(full.violations(), incremental.violations(), "the same violations");
    if (!incremental.isAccepted()) {
      return m;
    }
    MultiLevelAlliance a = incremental.instance();
    MultiLevelAlliance b = full.instance();
    assertEquals(List.copyOf(b.firms().keySet()), List.copyOf(a.firms().keySet()), "firm order");
    for (PartnerFirm firm : b.firms().values()) {
      PartnerFirm other = a.firm(firm.partner()).orElseThrow();
      assertEquals(
          firm.process().history().stream().map(s -> s.event()).toList(),
          other.process().history().stream().map(s -> s.event()).toList(),
          () -> firm.partner() + "'s steps");
      assertEquals(firm, other, () -> firm.partner() + "'s process");
    }
    assertEquals(b, a);
    return a;
  }

  private static int wiringSteps(MultiLevelAlliance before, MultiLevelAlliance after) {
    int steps = 0;
    for (PartnerFirm firm : after.firms().values()) {
      long was = before.firm(firm.partner()).map(f -> f.process().sequence()).orElse(0L);
      steps += (int) Math.max(0, firm.process().sequence() - was - 1);
    }
    return steps;
  }

  /**
   * Returns whether a firm other than the one adapting its extant model proposed that model again
   * as a step of the operation from {@code before} to {@code after}.
   */
  private static boolean newerModelProposedAgain(
      MultiLevelAlliance before, MultiLevelAlliance after) {
    for (PartnerFirm firm : after.firms().values()) {
      PartnerFirm was = before.firm(firm.partner()).orElse(null);
      if (was == null || was.process().sequence() == firm.process().sequence()) {
        continue;
      }
      List<Step<FirmPhase, FirmEvent>> history = firm.process().history();
      for (int i = (int) was.process().sequence(); i < history.size(); i++) {
        if (history.get(i).event() instanceof FirmEvent.ProposePartnerModel propose
            && propose.partnerModel().version() > 1
            && after
                .firm(propose.partner().id())
                .filter(f -> f.process().context().extantModel().equals(propose.partnerModel()))
                .filter(f -> before.firm(f.partner()).orElseThrow().process() != f.process())
                .isPresent()) {
          return true;
        }
      }
    }
    return false;
  }

  private static Function<MultiLevelAlliance, Outcome<MultiLevelAlliance>> operation(
      Random random, MultiLevelAlliance m) {
    int kind = random.nextInt(20);
    if (kind < 6 && m.alliance().state() != AlliancePhase.OPERATION) {
      Optional<MultiLevelChains.Move> guided = MultiLevelChains.guided(m);
      if (guided.isPresent()) {
        return guided.get().apply();
      }
    }
    int p = random.nextInt(POOL.size());
    if (kind < 8) {
      return a -> a.prospect(MultiLevel.firm(POOL.get(p), MODELS.get(p)));
    }
    if (kind < 10) {
      // mostly a prospect, so that partners join in FOUNDATION and OPERATION
      Actor joining =
          m.firms().values().stream()
              .filter(f -> f.attachment() == Attachment.PROSPECTIVE && random.nextInt(4) > 0)
              .map(f -> f.process().context().firm())
              .findFirst()
              .orElse(POOL.get(p));
      AllianceEvent propose =
          new AllianceEvent.ProposePartner(joining, Optional.empty(), Optional.empty());
      return a -> a.apply(propose);
    }
    List<Partner> partners = m.alliance().context().partners();
    if (kind < 11 && !partners.isEmpty()) {
      String removed = partners.get(random.nextInt(partners.size())).id();
      return a -> a.apply(new AllianceEvent.RemovePartner(removed, "left"));
    }
    if (kind < 14 && (m.alliance().state() != AlliancePhase.OPERATION || random.nextBoolean())) {
      AllianceEvent event = AllianceProperties.event(random, m.alliance());
      return a -> a.apply(event);
    }
    List<String> firms = List.copyOf(m.firms().keySet());
    String partner = firms.get(random.nextInt(firms.size()));
    PartnerFirm firm = m.firm(partner).orElseThrow();
    FirmEvent event;
    FirmContext c = firm.process().context();
    if (firm.process().state() == FirmPhase.ADAPTION
        && c.decision().isEmpty()
        && random.nextInt(4) > 0) {
      // a newer version of its extant model, which the firms in CONSOLIDATION propose again
      BusinessModel extant = c.extantModel();
      event =
          c.lessons().isEmpty()
              ? new FirmEvent.RecordLesson(new Lesson("l", "lesson", LessonSource.LEARNED))
              : FirmEvent.AdaptExtantModel.of(
                  extant.withVersion(extant.version() + 1), c.lessons().get(0).id());
    } else if (kind < 16 && firm.process().state() == FirmPhase.CONSOLIDATION) {
      // a partner of the pool, maybe an older version of its model, or a model of another id
      BusinessModel model = MODELS.get(random.nextInt(MODELS.size()));
      event =
          new FirmEvent.ProposePartnerModel(
              POOL.get(p), random.nextBoolean() ? model : model.withVersion(model.version() + 1));
    } else if (kind < 17 && !c.partners().isEmpty()) {
      List<ProposedPartner> proposed = c.partners();
      event =
          new FirmEvent.WithdrawPartner(
              proposed.get(random.nextInt(proposed.size())).partner().id(), "no fit");
    } else {
      event = MultiLevelChains.firmEvent(random, m, partner);
    }
    return a -> a.applyFirm(partner, event);
  }
}
