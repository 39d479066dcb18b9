package org.bmi4j.core.testing;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.Period;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.bmi4j.core.model.Activity;
import org.bmi4j.core.model.ActivityKind;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Channel;
import org.bmi4j.core.model.CostItem;
import org.bmi4j.core.model.Exchange;
import org.bmi4j.core.model.Exchanged;
import org.bmi4j.core.model.Flow;
import org.bmi4j.core.model.GovernanceMode;
import org.bmi4j.core.model.Link;
import org.bmi4j.core.model.Money;
import org.bmi4j.core.model.ProblemCode;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.core.model.ValueShare;

/**
 * Single corruptions of valid business models, one kind per {@link ProblemCode}.
 *
 * <p>Each corruption adds or changes one thing with dotted ids ({@code zz.*}) that {@link
 * ModelArbitraries} never generates, so it provokes exactly its own problem whatever the model.
 */
public final class Corruptions {
  private static final String NEW = "zz.new";
  private static final String OTHER = "zz.other";
  private static final String UNKNOWN = "zz.unknown";
  private static final String THIRD = "zz.third";

  private Corruptions() {}

  /**
   * Single corruptions of arbitrary valid models, every problem code a model can have equally
   * likely: all but {@link ProblemCode#DUPLICATE_GOVERNANCE}, which only a format-1 document has.
   */
  public static Arbitrary<Corruption> corruptions() {
    return Combinators.combine(
            ModelArbitraries.businessModels(),
            Arbitraries.of(ProblemCode.class).filter(c -> c != ProblemCode.DUPLICATE_GOVERNANCE))
        .as(Corruptions::corrupt);
  }

  /**
   * Returns the corruption of {@code model} that provokes exactly {@code code}; the corruption for
   * {@link ProblemCode#DUPLICATE_GOVERNANCE} throws {@link IllegalArgumentException} when built.
   */
  public static Corruption corrupt(BusinessModel model, ProblemCode code) {
    Actor actor = model.actors().get(0);
    String a = actor.id();
    return switch (code) {
      case BAD_ID -> new Corruption(code, "model id 'Not An Id'", () -> model.withId("Not An Id"));
      case BLANK_TEXT -> new Corruption(code, "blank model name", () -> model.withName(" \t"));
      case BAD_VERSION -> new Corruption(code, "version 0", () -> model.withVersion(0));
      case DUPLICATE_ID ->
          new Corruption(
              code,
              "actor '" + a + "' listed twice",
              () -> model.withActors(append(model.actors(), actor.withName("Twin"))));
      case UNKNOWN_ACTOR ->
          new Corruption(
              code,
              "unknown owner",
              () -> model.withOwners(append(model.owners().asList(), UNKNOWN)));
      case UNKNOWN_OFFERING ->
          new Corruption(
              code,
              "exchange of an unknown offering",
              () ->
                  withExchange(
                      model,
                      Exchange.builder()
                          .id(NEW)
                          .provider(a)
                          .recipient(OTHER)
                          .what(Exchanged.offering(UNKNOWN))
                          .channel(Channel.DIRECT)
                          .build()));
      case UNKNOWN_RESOURCE ->
          new Corruption(
              code,
              "activity using an unknown resource",
              () -> withActivity(model, governed(NEW, a).withResources(UNKNOWN)));
      case UNKNOWN_ACTIVITY ->
          new Corruption(
              code,
              "link to an unknown activity",
              () -> withActivity(model, governed(NEW, a).withLinks(Link.of(UNKNOWN, Flow.GOODS))));
      case SELF_EXCHANGE ->
          new Corruption(
              code,
              "exchange from '" + a + "' to itself",
              () ->
                  model.withExchange(
                      model
                          .exchange()
                          .withExchanges(
                              append(
                                  model.exchange().exchanges(),
                                  Exchange.builder()
                                      .id(NEW)
                                      .provider(a)
                                      .recipient(a)
                                      .what(Exchanged.item("money"))
                                      .channel(Channel.DIRECT)
                                      .build()))));
      case SELF_LINK ->
          new Corruption(
              code,
              "link from an activity to itself",
              () -> withActivity(model, governed(NEW, a).withLinks(Link.of(NEW, Flow.GOODS))));
      case DUPLICATE_LINK ->
          new Corruption(
              code,
              "link listed twice",
              () -> {
                Link link = Link.of(OTHER, Flow.INFORMATION);
                return BusinessModel.builder()
                    .from(model)
                    .addActivity(governed(NEW, a).withLinks(link, link))
                    .addActivity(governed(OTHER, a))
                    .build();
              });
      case UNGOVERNED_ACTIVITY ->
          new Corruption(
              code,
              "activity without governance",
              () -> model.withActivities(append(model.activities(), activity(NEW))));
      case DUPLICATE_GOVERNANCE ->
          new Corruption(
              code,
              "activity governed twice",
              () -> {
                throw new IllegalArgumentException(
                    "an activity declares its governance once since format 2: only a format-1"
                        + " document governs an activity twice (see FormatOneTests)");
              });
      case INCOMPLETE_GOVERNANCE ->
          new Corruption(
              code,
              "activity with a performer but no mode",
              () -> withActivity(model, activity(NEW).withPerformer(a)));
      case PERFORMER_REPEATED ->
          new Corruption(
              code,
              "performer as its own supervisor",
              () -> withActivity(model, governed(NEW, a).withSupervisor(a)));
      case BAD_CONTRACT_TERM ->
          new Corruption(
              code,
              "contract term of zero days",
              () -> withActivity(model, governed(NEW, a).withContractTerm(Period.ZERO)));
      case NEGATIVE_AMOUNT ->
          new Corruption(
              code,
              "negative cost",
              () ->
                  model.withCapture(
                      model
                          .capture()
                          .withCosts(
                              append(
                                  model.capture().costs(),
                                  CostItem.builder()
                                      .id(NEW)
                                      .name("Loss")
                                      .amount(Money.of("-1", "EUR"))
                                      .build()))));
      case SHARE_OUT_OF_RANGE ->
          new Corruption(
              code,
              "value share of 1.5",
              () ->
                  model.withCapture(
                      model
                          .capture()
                          .withValueShares(
                              append(
                                  model.capture().valueShares(),
                                  ValueShare.builder()
                                      .id(NEW)
                                      .actor(a)
                                      .kind(ValueKind.SOCIAL)
                                      .share(new BigDecimal("1.5"))
                                      .build()))));
      case INTERMEDIARY_WITHOUT_THIRD_PARTY ->
          new Corruption(
              code,
              "intermediary on a direct exchange",
              () ->
                  withExchange(
                      BusinessModel.builder().from(model).addActor(actor.withId(THIRD)).build(),
                      Exchange.builder()
                          .id(NEW)
                          .provider(a)
                          .recipient(OTHER)
                          .what(Exchanged.item("money"))
                          .channel(Channel.DIRECT)
                          .intermediary(THIRD)
                          .build()));
      case INTERMEDIARY_IS_PARTY ->
          new Corruption(
              code,
              "giver as intermediary",
              () ->
                  withExchange(
                      model,
                      Exchange.builder()
                          .id(NEW)
                          .provider(a)
                          .recipient(OTHER)
                          .what(Exchanged.item("money"))
                          .channel(Channel.THIRD_PARTY)
                          .intermediary(a)
                          .build()));
      case ROLE_REPEATED ->
          new Corruption(
              code,
              "main role repeated among the other roles",
              () ->
                  model.withActors(
                      append(model.actors(), actor.withId(NEW).withOtherRoles(actor.role()))));
      case PARENT_CYCLE ->
          new Corruption(
              code,
              "an actor its own parent",
              () -> model.withActors(append(model.actors(), actor.withId(NEW).withParent(NEW))));
      case SHARE_TOO_PRECISE ->
          new Corruption(
              code,
              "value share of 1E-999999999",
              () ->
                  model.withCapture(
                      model
                          .capture()
                          .withValueShares(
                              append(
                                  model.capture().valueShares(),
                                  ValueShare.builder()
                                      .id(NEW)
                                      .actor(a)
                                      .kind(ValueKind.SOCIAL)
                                      .share(new BigDecimal("1E-999999999"))
                                      .build()))));
    };
  }

  private static BusinessModel withExchange(BusinessModel model, Exchange exchange) {
    return BusinessModel.builder()
        .from(model)
        .addActor(model.actors().get(0).withId(OTHER))
        .exchange(model.exchange().withExchanges(append(model.exchange().exchanges(), exchange)))
        .build();
  }

  private static BusinessModel withActivity(BusinessModel model, Activity activity) {
    return model.withActivities(append(model.activities(), activity));
  }

  private static Activity activity(String id) {
    return Activity.builder().id(id).name("Added").kind(ActivityKind.OTHER).build();
  }

  private static Activity governed(String id, String performer) {
    return activity(id).withPerformer(performer).withMode(GovernanceMode.IN_HOUSE);
  }

  private static <T> ImmutableList<T> append(java.util.List<T> list, T element) {
    return ImmutableList.<T>builder().addAll(list).add(element).build();
  }
}
