package org.bmi4j.core.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Ordering;
import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.bmi4j.core.model.Activity;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Channel;
import org.bmi4j.core.model.CostItem;
import org.bmi4j.core.model.Exchange;
import org.bmi4j.core.model.Exchanged;
import org.bmi4j.core.model.Ids;
import org.bmi4j.core.model.IntegrityProblem;
import org.bmi4j.core.model.Link;
import org.bmi4j.core.model.ModelIntegrityException;
import org.bmi4j.core.model.Money;
import org.bmi4j.core.model.Offering;
import org.bmi4j.core.model.Phrased;
import org.bmi4j.core.model.ProblemCode;
import org.bmi4j.core.model.Resource;
import org.bmi4j.core.model.RevenueStream;
import org.bmi4j.core.model.ValueShare;
import org.jspecify.annotations.Nullable;

/**
 * Checks the structural integrity of a business model (SPEC 3.4) and reports every problem at once.
 *
 * <p>The walk follows the model's own order (header, actors, owners, the four value functions, then
 * each activity with its governance and links), so problems come out in a deterministic order.
 */
public final class Integrity {
  private static final int KNOWN_IDS_SHOWN = 8;

  private final BusinessModel model;
  // the problems listed: the first `limit`; any further one is only counted, never worded
  private final int limit;
  private final List<IntegrityProblem> problems = new ArrayList<>();
  private long problemCount;
  private final Map<String, Integer> actors = new LinkedHashMap<>();
  private final Map<String, Integer> offerings = new LinkedHashMap<>();
  private final Map<String, Integer> resources = new LinkedHashMap<>();
  private final Map<String, Integer> activities = new LinkedHashMap<>();
  // the list of known ids each index gives in a message, made once per index: every reference is
  // checked after its index is complete, and a document with many bad references must not sort
  // the ids once per problem
  private final Map<Map<String, Integer>, Phrased<ImmutableList<String>>> knownIds =
      new IdentityHashMap<>();

  private Integrity(BusinessModel model, int limit) {
    this.model = model;
    this.limit = limit;
  }

  /**
   * Checks {@code model}.
   *
   * @param model the model to check
   * @throws ModelIntegrityException listing the first {@value ModelIntegrityException#MAX_LISTED}
   *     problems and counting every one, if there is any
   */
  public static void check(BusinessModel model) {
    Integrity check = new Integrity(model, ModelIntegrityException.MAX_LISTED);
    check.run();
    if (!check.problems.isEmpty()) {
      throw new ModelIntegrityException(model.id(), check.problems, check.problemCount);
    }
  }

  /**
   * Returns every integrity problem of {@code model}, in model order.
   *
   * @param model the model to check
   * @return every integrity problem of {@code model}, in model order
   */
  public static ImmutableList<IntegrityProblem> problems(BusinessModel model) {
    Integrity check = new Integrity(model, Integer.MAX_VALUE);
    check.run();
    return ImmutableList.copyOf(check.problems);
  }

  private void run() {
    id("id", "the model", model.id());
    if (model.name().isBlank()) {
      add(() -> problem("name", ProblemCode.BLANK_TEXT, "the model's name"));
    }
    if (model.version() < 1) {
      add(() -> problem("version", ProblemCode.BAD_VERSION, model.version()));
    }
    texts(model.goals(), "goals", "a goal of the model");
    indexActors();
    int i = 0;
    for (String owner : model.owners()) {
      int at = i++;
      if (!actors.containsKey(owner)) {
        add(() -> unknownActor(at("owners", at), "owner", owner));
      }
    }
    checkProposition();
    checkCreation();
    checkExchange();
    checkCapture();
    checkContent();
  }

  // Paths and sentences are made only for a problem listed: a valid element costs no string, and a
  // document with very many bad references words only the first ones (issue 14).

  private static String at(String list, int index) {
    return list + "[" + index + "]";
  }

  private void indexActors() {
    List<Actor> list = model.actors();
    for (int i = 0; i < list.size(); i++) {
      Actor actor = list.get(i);
      int at = i;
      declare("actors", i, "actor", actor.id(), actors);
      if (actor.name().isBlank()) {
        add(
            () ->
                problem(
                    at("actors", at) + ".name",
                    ProblemCode.BLANK_TEXT,
                    "the name of actor '" + actor.id() + "'"));
      }
      if (actor.otherRoles().contains(actor.role())) {
        add(
            () ->
                problem(
                    at("actors", at) + ".otherRoles",
                    ProblemCode.ROLE_REPEATED,
                    actor.id(),
                    actor.role()));
      }
      if (!actor.goals().isEmpty()) {
        texts(actor.goals(), at("actors", i) + ".goals", "a goal of actor '" + actor.id() + "'");
      }
    }
    for (int i = 0; i < list.size(); i++) {
      Actor actor = list.get(i);
      if (actor.parent().isPresent()) {
        parent(i, actor, list);
      }
    }
  }

  /** Checks that an actor's parent exists and that following parents never leads back to it. */
  private void parent(int index, Actor actor, List<Actor> list) {
    String parent = actor.parent().get();
    if (!actors.containsKey(parent)) {
      add(
          () ->
              unknownActor(
                  at("actors", index) + ".parent", "parent of actor '" + actor.id() + "'", parent));
    }
    List<String> chain = new ArrayList<>();
    chain.add(actor.id());
    Set<String> seen = new HashSet<>(chain);
    Optional<String> next = actor.parent();
    while (next.isPresent() && actors.containsKey(next.get())) {
      String id = next.get();
      chain.add(id);
      if (id.equals(actor.id())) {
        add(
            () ->
                problem(
                    at("actors", index) + ".parent",
                    ProblemCode.PARENT_CYCLE,
                    actor.id(),
                    Phrased.of(ImmutableList.copyOf(chain), String.join(" -> ", chain))));
        return;
      }
      if (!seen.add(id)) {
        return; // a cycle further up, reported at its own actors
      }
      next = list.get(requireNonNull(actors.get(id))).parent();
    }
  }

  private void checkProposition() {
    List<Offering> list = model.proposition().offerings();
    String offerings = "proposition.offerings";
    for (int i = 0; i < list.size(); i++) {
      Offering offering = list.get(i);
      int at = i;
      declare(offerings, i, "offering", offering.id(), this.offerings);
      if (offering.name().isBlank()) {
        add(
            () ->
                problem(
                    at(offerings, at) + ".name",
                    ProblemCode.BLANK_TEXT,
                    "the name of offering '" + offering.id() + "'"));
      }
      int j = 0;
      for (String beneficiary : offering.beneficiaries()) {
        int b = j++;
        if (!actors.containsKey(beneficiary)) {
          add(
              () ->
                  unknownActor(
                      at(offerings, at) + at(".beneficiaries", b),
                      "beneficiary of offering '" + offering.id() + "'",
                      beneficiary));
        }
      }
    }
  }

  private void checkCreation() {
    List<Resource> list = model.creation().resources();
    String resources = "creation.resources";
    for (int i = 0; i < list.size(); i++) {
      Resource resource = list.get(i);
      int at = i;
      declare(resources, i, "resource", resource.id(), this.resources);
      if (resource.name().isBlank()) {
        add(
            () ->
                problem(
                    at(resources, at) + ".name",
                    ProblemCode.BLANK_TEXT,
                    "the name of resource '" + resource.id() + "'"));
      }
      if (resource.domain().isPresent() && resource.domain().get().isBlank()) {
        add(
            () ->
                problem(
                    at(resources, at) + ".domain",
                    ProblemCode.BLANK_TEXT,
                    "the domain of resource '" + resource.id() + "'"));
      }
      if (!actors.containsKey(resource.provider())) {
        add(
            () ->
                unknownActor(
                    at(resources, at) + ".provider",
                    "provider of resource '" + resource.id() + "'",
                    resource.provider()));
      }
    }
  }

  private void checkExchange() {
    Map<String, Integer> ids = new HashMap<>();
    List<Exchange> list = model.exchange().exchanges();
    String exchanges = "exchange.exchanges";
    for (int i = 0; i < list.size(); i++) {
      Exchange exchange = list.get(i);
      int at = i;
      declare(exchanges, i, "exchange", exchange.id(), ids);
      if (!actors.containsKey(exchange.provider())) {
        add(
            () ->
                unknownActor(
                    at(exchanges, at) + ".provider",
                    "giver of exchange '" + exchange.id() + "'",
                    exchange.provider()));
      }
      if (!actors.containsKey(exchange.recipient())) {
        add(
            () ->
                unknownActor(
                    at(exchanges, at) + ".recipient",
                    "recipient of exchange '" + exchange.id() + "'",
                    exchange.recipient()));
      }
      if (exchange.provider().equals(exchange.recipient())) {
        add(
            () ->
                problem(
                    at(exchanges, at),
                    ProblemCode.SELF_EXCHANGE,
                    exchange.id(),
                    exchange.provider()));
      }
      if (exchange.intermediary().isPresent()) {
        intermediary(at(exchanges, i) + ".intermediary", exchange, exchange.intermediary().get());
      }
      Exchanged what = exchange.what();
      if (what instanceof Exchanged.OfferingRef ref) {
        if (!offerings.containsKey(ref.offering())) {
          add(
              () ->
                  problem(
                      at(exchanges, at) + ".what",
                      ProblemCode.UNKNOWN_OFFERING,
                      exchange.id(),
                      ref.offering(),
                      known(offerings)));
        }
      } else if (what instanceof Exchanged.Item item && item.name().isBlank()) {
        add(
            () ->
                problem(
                    at(exchanges, at) + ".what.name",
                    ProblemCode.BLANK_TEXT,
                    "the item exchange '" + exchange.id() + "' passes"));
      }
    }
  }

  private void intermediary(String path, Exchange exchange, String intermediary) {
    if (!actors.containsKey(intermediary)) {
      add(
          () ->
              unknownActor(path, "intermediary of exchange '" + exchange.id() + "'", intermediary));
    }
    if (exchange.channel() != Channel.THIRD_PARTY) {
      add(
          () ->
              problem(
                  path,
                  ProblemCode.INTERMEDIARY_WITHOUT_THIRD_PARTY,
                  exchange.id(),
                  intermediary,
                  exchange.channel()));
    }
    if (intermediary.equals(exchange.provider())) {
      add(
          () ->
              problem(
                  path, ProblemCode.INTERMEDIARY_IS_PARTY, intermediary, "giver", exchange.id()));
    } else if (intermediary.equals(exchange.recipient())) {
      add(
          () ->
              problem(
                  path,
                  ProblemCode.INTERMEDIARY_IS_PARTY,
                  intermediary,
                  "recipient",
                  exchange.id()));
    }
  }

  private void checkCapture() {
    Map<String, Integer> ids = new HashMap<>();
    List<RevenueStream> streams = model.capture().revenueStreams();
    for (int i = 0; i < streams.size(); i++) {
      RevenueStream stream = streams.get(i);
      String path = at("capture.revenueStreams", i);
      declare("capture.revenueStreams", i, "revenue stream", stream.id(), ids);
      if (!actors.containsKey(stream.payer())) {
        add(
            () ->
                unknownActor(
                    path + ".payer",
                    "payer of revenue stream '" + stream.id() + "'",
                    stream.payer()));
      }
      amount(path + ".amount", "revenue stream '" + stream.id() + "'", stream.amount());
    }
    ids.clear();
    List<CostItem> costs = model.capture().costs();
    for (int i = 0; i < costs.size(); i++) {
      CostItem cost = costs.get(i);
      String path = at("capture.costs", i);
      declare("capture.costs", i, "cost item", cost.id(), ids);
      if (cost.name().isBlank()) {
        add(
            () ->
                problem(
                    path + ".name",
                    ProblemCode.BLANK_TEXT,
                    "the name of cost item '" + cost.id() + "'"));
      }
      amount(path + ".amount", "cost item '" + cost.id() + "'", cost.amount());
      if (cost.payee().isPresent() && !actors.containsKey(cost.payee().get())) {
        add(
            () ->
                unknownActor(
                    path + ".payee", "payee of cost item '" + cost.id() + "'", cost.payee().get()));
      }
    }
    ids.clear();
    List<ValueShare> shares = model.capture().valueShares();
    for (int i = 0; i < shares.size(); i++) {
      ValueShare share = shares.get(i);
      String path = at("capture.valueShares", i);
      declare("capture.valueShares", i, "value share", share.id(), ids);
      if (!actors.containsKey(share.actor())) {
        add(
            () ->
                unknownActor(
                    path + ".actor",
                    "recipient of value share '" + share.id() + "'",
                    share.actor()));
      }
      if (share.share().isPresent()) {
        BigDecimal fraction = share.share().get();
        if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
          add(() -> problem(path + ".share", ProblemCode.SHARE_OUT_OF_RANGE, share.id(), fraction));
        } else if (!Decimals.fits(fraction)) {
          add(() -> problem(path + ".share", ProblemCode.SHARE_TOO_PRECISE, share.id(), fraction));
        }
      }
    }
  }

  private void checkContent() {
    List<Activity> list = model.activities();
    for (int i = 0; i < list.size(); i++) {
      declare("activities", i, "activity", list.get(i).id(), activities);
    }
    for (int i = 0; i < list.size(); i++) {
      Activity activity = list.get(i);
      int at = i;
      if (activity.name().isBlank()) {
        add(
            () ->
                problem(
                    at("activities", at) + ".name",
                    ProblemCode.BLANK_TEXT,
                    "the name of activity '" + activity.id() + "'"));
      }
      int j = 0;
      for (String resource : activity.resources()) {
        int r = j++;
        if (!resources.containsKey(resource)) {
          add(
              () ->
                  problem(
                      at("activities", at) + at(".resources", r),
                      ProblemCode.UNKNOWN_RESOURCE,
                      activity.id(),
                      resource,
                      known(resources)));
        }
      }
      checkGovernance(i, activity);
      if (!activity.links().isEmpty()) {
        checkLinks(i, activity);
      }
    }
  }

  /** Checks the links an activity declares: each leads to another known activity, once. */
  private void checkLinks(int index, Activity activity) {
    List<Link> list = activity.links();
    // most activities declare one link or two: a duplicate is looked for by a scan until a few
    @Nullable Map<Link, Integer> seen = list.size() > 8 ? new HashMap<>() : null;
    for (int j = 0; j < list.size(); j++) {
      Link link = list.get(j);
      int at = j;
      String downstream = link.downstream();
      if (!activities.containsKey(downstream)) {
        add(
            () ->
                problem(
                    at("activities", index) + at(".links", at) + ".downstream",
                    ProblemCode.UNKNOWN_ACTIVITY,
                    "target of a link from activity '" + activity.id() + "'",
                    downstream,
                    known(activities)));
      }
      if (downstream.equals(activity.id())) {
        add(
            () ->
                problem(
                    at("activities", index) + at(".links", at),
                    ProblemCode.SELF_LINK,
                    activity.id()));
      }
      int first = seen != null ? seen.getOrDefault(link, -1) : list.subList(0, j).indexOf(link);
      if (seen != null) {
        seen.putIfAbsent(link, j);
      }
      if (first >= 0) {
        add(
            () ->
                problem(
                    at("activities", index) + at(".links", at),
                    ProblemCode.DUPLICATE_LINK,
                    activity.id(),
                    link.downstream(),
                    link.flow(),
                    at("activities", index) + at(".links", first)));
      }
    }
  }

  /** Checks an activity's governance: a known performer under a mode, and the actors it names. */
  private void checkGovernance(int index, Activity activity) {
    String id = activity.id();
    Optional<String> performer = activity.performer();
    if (performer.isEmpty() && activity.mode().isEmpty()) {
      add(() -> problem(at("activities", index), ProblemCode.UNGOVERNED_ACTIVITY, id));
    } else if (performer.isEmpty()) {
      add(
          () ->
              problem(
                  at("activities", index) + ".performer",
                  ProblemCode.INCOMPLETE_GOVERNANCE,
                  id,
                  "mode",
                  "performer"));
    } else if (activity.mode().isEmpty()) {
      add(
          () ->
              problem(
                  at("activities", index) + ".mode",
                  ProblemCode.INCOMPLETE_GOVERNANCE,
                  id,
                  "performer",
                  "mode"));
    }
    if (performer.isPresent() && !actors.containsKey(performer.get())) {
      add(
          () ->
              unknownActor(
                  at("activities", index) + ".performer",
                  "performer of activity '" + id + "'",
                  performer.get()));
    }
    int j = 0;
    for (String coPerformer : activity.coPerformers()) {
      int at = j++;
      if (!actors.containsKey(coPerformer)) {
        add(
            () ->
                unknownActor(
                    at("activities", index) + at(".coPerformers", at),
                    "co-performer of activity '" + id + "'",
                    coPerformer));
      }
      if (performer.isPresent() && coPerformer.equals(performer.get())) {
        add(
            () ->
                problem(
                    at("activities", index) + at(".coPerformers", at),
                    ProblemCode.PERFORMER_REPEATED,
                    coPerformer,
                    "co-performer",
                    id));
      }
    }
    if (activity.supervisor().isPresent()) {
      String supervisor = activity.supervisor().get();
      if (!actors.containsKey(supervisor)) {
        add(
            () ->
                unknownActor(
                    at("activities", index) + ".supervisor",
                    "supervisor of activity '" + id + "'",
                    supervisor));
      }
      if (performer.isPresent() && supervisor.equals(performer.get())) {
        add(
            () ->
                problem(
                    at("activities", index) + ".supervisor",
                    ProblemCode.PERFORMER_REPEATED,
                    supervisor,
                    "supervisor",
                    id));
      }
    }
    if (activity.contractTerm().isPresent()) {
      Period term = activity.contractTerm().get();
      if (term.isZero() || term.isNegative()) {
        add(
            () ->
                problem(
                    at("activities", index) + ".contractTerm",
                    ProblemCode.BAD_CONTRACT_TERM,
                    id,
                    term));
      }
    }
    if (!activity.incentives().isEmpty()) {
      texts(
          activity.incentives(),
          at("activities", index) + ".incentives",
          "an incentive of activity '" + id + "'");
    }
  }

  /** Declares the id of element {@code index} of {@code list} in {@code ids}, once. */
  private void declare(String list, int index, String kind, String id, Map<String, Integer> ids) {
    if (!Ids.isValid(id)) {
      add(() -> problem(at(list, index) + ".id", ProblemCode.BAD_ID, kind, id));
      return;
    }
    Integer first = ids.putIfAbsent(id, index);
    if (first != null) {
      add(
          () ->
              problem(
                  at(list, index) + ".id",
                  ProblemCode.DUPLICATE_ID,
                  kind,
                  id,
                  at(list, first),
                  kind));
    }
  }

  private void id(String path, String what, String id) {
    if (!Ids.isValid(id)) {
      add(() -> problem(path, ProblemCode.BAD_ID, what, id));
    }
  }

  /** Checks that no text of {@code texts} is blank, each at {@code list[j]}. */
  private void texts(List<String> texts, String list, String what) {
    for (int j = 0; j < texts.size(); j++) {
      int at = j;
      if (texts.get(j).isBlank()) {
        add(() -> problem(at(list, at), ProblemCode.BLANK_TEXT, what));
      }
    }
  }

  private IntegrityProblem unknownActor(String path, String role, String id) {
    return problem(path, ProblemCode.UNKNOWN_ACTOR, role, id, known(actors));
  }

  private void amount(String path, String what, Optional<Money> amount) {
    if (amount.isPresent() && amount.get().isNegative()) {
      add(() -> problem(path, ProblemCode.NEGATIVE_AMOUNT, what, amount.get()));
    }
  }

  private Phrased<ImmutableList<String>> known(Map<String, Integer> index) {
    return knownIds.computeIfAbsent(index, i -> known(i.keySet()));
  }

  /**
   * The ids a reference could have named, for a problem's values: all of them, distinct, in the
   * order given, printed as the sentence lists them: the first few in sorted order and a count of
   * the rest, or "none yet".
   *
   * @param ids the ids known where the reference was made
   * @return the distinct ids, in the order given, printed as the sentence lists them
   */
  public static Phrased<ImmutableList<String>> known(Iterable<String> ids) {
    return listed(ImmutableSet.copyOf(ids).asList());
  }

  /**
   * The ids a reference could have named, as {@link #known(Iterable)} gives them, from ids already
   * distinct (such as an index's key set), copied without hashing them again.
   *
   * @param ids the distinct ids known where the reference was made
   * @return the ids, in the set's order, printed as the sentence lists them
   */
  public static Phrased<ImmutableList<String>> known(Set<String> ids) {
    return listed(ImmutableList.copyOf(ids));
  }

  /** The distinct ids, printed: the first few in sorted order and a count of the rest. */
  private static Phrased<ImmutableList<String>> listed(ImmutableList<String> distinct) {
    // the first few of the distinct ids in order, chosen in one pass: the ids are not sorted
    if (distinct.isEmpty()) {
      return Phrased.of(distinct, "none yet");
    }
    StringBuilder text = new StringBuilder();
    int shown = 0;
    for (String id : Ordering.<String>natural().leastOf(distinct, KNOWN_IDS_SHOWN)) {
      text.append(shown++ == 0 ? "" : ", ").append('\'').append(id).append('\'');
    }
    if (distinct.size() > shown) {
      text.append(", and ").append(distinct.size() - shown).append(" more");
    }
    return Phrased.of(distinct, text.toString());
  }

  /** Counts a problem, and makes and lists it while fewer than the limit are listed. */
  private void add(Supplier<IntegrityProblem> problem) {
    problemCount++;
    if (problems.size() < limit) {
      problems.add(problem.get());
    }
  }

  private static IntegrityProblem problem(String path, ProblemCode code, Object... arguments) {
    return IntegrityProblem.of(path, code, arguments);
  }
}
