package org.bmi4j.core.model;

import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A mutable draft of a small business model for example tests: start from {@link #valid()} (or
 * {@link #underDesign()}), change exactly what a test is about, then {@link #build()} through
 * {@link BusinessModel#builder()}.
 *
 * <p>The valid fixture is a refill shop (the focal firm and sole owner) selling refills to a
 * customer segment, sourcing dried goods from a growers' community it pays a fair price:
 *
 * <pre>
 * actors        [0] shop (FOCAL_FIRM)  [1] customers (CUSTOMER_SEGMENT)  [2] growers (COMMUNITY)
 * missions      ECONOMIC, SOCIAL
 * offerings     [0] refill (ECONOMIC, for customers)
 * creation      resources [0] store (shop)  [1] staff (shop)
 * exchanges     [0] refills: shop -> customers, offering refill
 *               [1] produce: growers -> shop, item "dried goods"
 * capture       revenue [0] refill-sales (customers, 12.50 EUR); costs [0] rent (900 EUR);
 *               value shares [0] fair-price (growers, SOCIAL, 0.2)
 * activities    [0] sourcing (uses staff): growers, COOPERATIVE, supervisor shop, P2Y,
 *                   incentive "fair price"; links [0] -> selling, GOODS
 *               [1] selling (uses store, staff; value-creating): shop, IN_HOUSE,
 *                   co-performer customers
 * </pre>
 *
 * <p>It is integral and coherent; every list index above is the one problem paths name.
 */
final class ModelDraft {
  static final Actor SHOP = Actor.of("shop", "Refill shop", ActorRole.FOCAL_FIRM, Sector.PRIVATE);
  static final Actor CUSTOMERS =
      Actor.of("customers", "Zero-waste shoppers", ActorRole.CUSTOMER_SEGMENT, Sector.PRIVATE);
  static final Actor GROWERS =
      Actor.of("growers", "Growers' community", ActorRole.COMMUNITY, Sector.SOCIAL);

  static final Offering REFILL =
      Offering.builder()
          .id("refill")
          .name("Refills without packaging")
          .addValueKind(ValueKind.ECONOMIC)
          .addBeneficiary("customers")
          .build();

  static final Resource STORE =
      Resource.of("store", "Store and dispensers", ResourceKind.PHYSICAL, "shop");
  static final Resource STAFF = Resource.of("staff", "Shop staff", ResourceKind.HUMAN, "shop");

  static final Exchange REFILLS =
      Exchange.builder()
          .id("refills")
          .provider("shop")
          .recipient("customers")
          .what(Exchanged.offering("refill"))
          .channel(Channel.OWN_OUTLET)
          .build();
  static final Exchange PRODUCE =
      Exchange.builder()
          .id("produce")
          .provider("growers")
          .recipient("shop")
          .what(Exchanged.item("dried goods"))
          .channel(Channel.DIRECT)
          .build();

  static final RevenueStream REFILL_SALES =
      RevenueStream.builder()
          .id("refill-sales")
          .payer("customers")
          .mechanism(RevenueMechanism.SALE)
          .amount(Money.of("12.50", "EUR"))
          .build();
  static final CostItem RENT =
      CostItem.builder().id("rent").name("Shop rent").amount(Money.of("900", "EUR")).build();
  static final ValueShare FAIR_PRICE =
      ValueShare.builder()
          .id("fair-price")
          .actor("growers")
          .kind(ValueKind.SOCIAL)
          .share(new BigDecimal("0.2"))
          .build();

  static final Activity SOURCING =
      Activity.builder()
          .id("sourcing")
          .name("Sourcing from growers")
          .kind(ActivityKind.LOGISTICS)
          .addResource("staff")
          .performer("growers")
          .mode(GovernanceMode.COOPERATIVE)
          .supervisor("shop")
          .contractTerm(Period.ofYears(2))
          .addIncentive("fair price")
          .addLink(Link.of("selling", Flow.GOODS))
          .build();
  static final Activity SELLING =
      Activity.builder()
          .id("selling")
          .name("Selling refills")
          .kind(ActivityKind.SALES)
          .valueCreating(true)
          .addResources("store", "staff")
          .performer("shop")
          .mode(GovernanceMode.IN_HOUSE)
          .addCoPerformer("customers")
          .build();

  String id = "refill-shop";
  String name = "Refill shop";
  int version = 1;
  final List<String> owners = new ArrayList<>();
  final List<Actor> actors = new ArrayList<>();
  final Set<ValueKind> missions = new LinkedHashSet<>(); // the model sorts them
  final List<Offering> offerings = new ArrayList<>();
  final List<Resource> resources = new ArrayList<>();
  final List<Exchange> exchanges = new ArrayList<>();
  final List<RevenueStream> revenueStreams = new ArrayList<>();
  final List<CostItem> costs = new ArrayList<>();
  final List<ValueShare> valueShares = new ArrayList<>();
  final List<Activity> activities = new ArrayList<>();

  private ModelDraft() {}

  /** The integral, coherent and complete refill shop described above. */
  static ModelDraft valid() {
    ModelDraft draft = underDesign();
    draft.actors.addAll(List.of(CUSTOMERS, GROWERS));
    draft.missions.addAll(EnumSet.of(ValueKind.ECONOMIC, ValueKind.SOCIAL));
    draft.offerings.add(REFILL);
    draft.resources.addAll(List.of(STORE, STAFF));
    draft.exchanges.addAll(List.of(REFILLS, PRODUCE));
    draft.revenueStreams.add(REFILL_SALES);
    draft.costs.add(RENT);
    draft.valueShares.add(FAIR_PRICE);
    draft.activities.addAll(List.of(SOURCING, SELLING));
    return draft;
  }

  /** A model under design: the shop alone, owning it, with four empty value functions. */
  static ModelDraft underDesign() {
    ModelDraft draft = new ModelDraft();
    draft.actors.add(SHOP);
    draft.owners.add("shop");
    return draft;
  }

  /** Replaces the element at {@code index} of {@code list} by {@code change} applied to it. */
  /**
   * Returns a message value as a test compares it: a {@link Phrased} value as the phrase its
   * sentence prints (its typed value is read in {@code TypedValuesTests}), any other as is.
   */
  static @org.jspecify.annotations.Nullable Object printed(
      @org.jspecify.annotations.Nullable Object value) {
    return value instanceof Phrased<?> phrased ? phrased.phrase() : value;
  }

  static <T> void change(List<T> list, int index, UnaryOperator<T> change) {
    list.set(index, change.apply(list.get(index)));
  }

  /** Adds a link from activity {@code upstream} of the draft to {@code downstream}. */
  void link(String upstream, String downstream, Flow flow) {
    for (int i = 0; i < activities.size(); i++) {
      if (activities.get(i).id().equals(upstream)) {
        Activity activity = activities.get(i);
        activities.set(
            i, Activity.builder().from(activity).addLink(Link.of(downstream, flow)).build());
        return;
      }
    }
    throw new IllegalArgumentException("no activity '" + upstream + "' in the draft");
  }

  /** Removes the governance of the activity at {@code index}: performer, mode and the rest. */
  void ungovern(int index) {
    change(
        activities,
        index,
        a ->
            a.withPerformer(Optional.empty())
                .withMode(Optional.empty())
                .withCoPerformers()
                .withSupervisor(Optional.empty())
                .withContractTerm(Optional.empty())
                .withIncentives());
  }

  /** Builds the draft through {@link BusinessModel#builder()}. */
  BusinessModel build() {
    return BusinessModel.builder()
        .id(id)
        .name(name)
        .version(version)
        .addAllOwners(owners)
        .addAllActors(actors)
        .addAllMissions(missions)
        .proposition(ValueProposition.builder().addAllOfferings(offerings).build())
        .creation(ValueCreation.builder().addAllResources(resources).build())
        .exchange(ValueExchange.builder().addAllExchanges(exchanges).build())
        .capture(
            ValueCapture.builder()
                .addAllRevenueStreams(revenueStreams)
                .addAllCosts(costs)
                .addAllValueShares(valueShares)
                .build())
        .addAllActivities(activities)
        .build();
  }
}
