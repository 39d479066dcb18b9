package org.bmi4j.core.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
import org.bmi4j.core.model.ProblemCode;
import org.bmi4j.core.model.Resource;
import org.bmi4j.core.model.RevenueStream;
import org.bmi4j.core.model.ValueShare;

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
  private final Map<String, Integer> actors = new HashMap<>();
  private final Map<String, Integer> offerings = new HashMap<>();
  private final Map<String, Integer> resources = new HashMap<>();
  private final Map<String, Integer> activities = new HashMap<>();
  // the list of known ids each index gives in a message, made once per index: every reference is
  // checked after its index is complete, and a document with many bad references must not sort
  // the ids once per problem
  private final Map<Map<String, Integer>, String> knownIds = new IdentityHashMap<>();

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
    text("name", "the model's name", model.name());
    if (model.version() < 1) {
      add("version", ProblemCode.BAD_VERSION, model.version());
    }
    int g = 0;
    for (String goal : model.goals()) {
      text("goals[" + g++ + "]", "a goal of the model", goal);
    }
    indexActors();
    int i = 0;
    for (String owner : model.owners()) {
      actorRef("owners[" + i++ + "]", "owner", owner);
    }
    checkProposition();
    checkCreation();
    checkExchange();
    checkCapture();
    checkContent();
  }

  private void indexActors() {
    List<Actor> list = model.actors();
    for (int i = 0; i < list.size(); i++) {
      Actor actor = list.get(i);
      String path = "actors[" + i + "]";
      declare(path, "actor", actor.id(), actors, i);
      text(path + ".name", "the name of actor '" + actor.id() + "'", actor.name());
      if (actor.otherRoles().contains(actor.role())) {
        add(path + ".otherRoles", ProblemCode.ROLE_REPEATED, actor.id(), actor.role());
      }
      int j = 0;
      for (String goal : actor.goals()) {
        text(path + ".goals[" + j++ + "]", "a goal of actor '" + actor.id() + "'", goal);
      }
    }
    for (int i = 0; i < list.size(); i++) {
      Actor actor = list.get(i);
      if (actor.parent().isPresent()) {
        parent("actors[" + i + "].parent", actor, list);
      }
    }
  }

  /** Checks that an actor's parent exists and that following parents never leads back to it. */
  private void parent(String path, Actor actor, List<Actor> list) {
    String parent = actor.parent().get();
    actorRef(path, "parent of actor '" + actor.id() + "'", parent);
    List<String> chain = new ArrayList<>();
    chain.add(actor.id());
    Set<String> seen = new HashSet<>(chain);
    Optional<String> next = actor.parent();
    while (next.isPresent() && actors.containsKey(next.get())) {
      String id = next.get();
      chain.add(id);
      if (id.equals(actor.id())) {
        add(path, ProblemCode.PARENT_CYCLE, actor.id(), String.join(" -> ", chain));
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
    for (int i = 0; i < list.size(); i++) {
      Offering offering = list.get(i);
      String path = "proposition.offerings[" + i + "]";
      declare(path, "offering", offering.id(), offerings, i);
      text(path + ".name", "the name of offering '" + offering.id() + "'", offering.name());
      int j = 0;
      for (String beneficiary : offering.beneficiaries()) {
        actorRef(
            path + ".beneficiaries[" + j++ + "]",
            "beneficiary of offering '" + offering.id() + "'",
            beneficiary);
      }
    }
  }

  private void checkCreation() {
    List<Resource> list = model.creation().resources();
    for (int i = 0; i < list.size(); i++) {
      Resource resource = list.get(i);
      String path = "creation.resources[" + i + "]";
      declare(path, "resource", resource.id(), resources, i);
      text(path + ".name", "the name of resource '" + resource.id() + "'", resource.name());
      if (resource.domain().isPresent()) {
        text(
            path + ".domain",
            "the domain of resource '" + resource.id() + "'",
            resource.domain().get());
      }
      actorRef(
          path + ".provider", "provider of resource '" + resource.id() + "'", resource.provider());
    }
  }

  private void checkExchange() {
    Map<String, Integer> ids = new HashMap<>();
    List<Exchange> list = model.exchange().exchanges();
    for (int i = 0; i < list.size(); i++) {
      Exchange exchange = list.get(i);
      String path = "exchange.exchanges[" + i + "]";
      declare(path, "exchange", exchange.id(), ids, i);
      String who = "exchange '" + exchange.id() + "'";
      actorRef(path + ".provider", "giver of " + who, exchange.provider());
      actorRef(path + ".recipient", "recipient of " + who, exchange.recipient());
      if (exchange.provider().equals(exchange.recipient())) {
        add(path, ProblemCode.SELF_EXCHANGE, exchange.id(), exchange.provider());
      }
      if (exchange.intermediary().isPresent()) {
        intermediary(path + ".intermediary", exchange, exchange.intermediary().get());
      }
      Exchanged what = exchange.what();
      if (what instanceof Exchanged.OfferingRef ref) {
        if (!offerings.containsKey(ref.offering())) {
          add(
              path + ".what",
              ProblemCode.UNKNOWN_OFFERING,
              exchange.id(),
              ref.offering(),
              known(offerings));
        }
      } else if (what instanceof Exchanged.Item item) {
        text(path + ".what.name", "the item " + who + " passes", item.name());
      }
    }
  }

  private void intermediary(String path, Exchange exchange, String intermediary) {
    actorRef(path, "intermediary of exchange '" + exchange.id() + "'", intermediary);
    if (exchange.channel() != Channel.THIRD_PARTY) {
      add(
          path,
          ProblemCode.INTERMEDIARY_WITHOUT_THIRD_PARTY,
          exchange.id(),
          intermediary,
          exchange.channel());
    }
    if (intermediary.equals(exchange.provider())) {
      add(path, ProblemCode.INTERMEDIARY_IS_PARTY, intermediary, "giver", exchange.id());
    } else if (intermediary.equals(exchange.recipient())) {
      add(path, ProblemCode.INTERMEDIARY_IS_PARTY, intermediary, "recipient", exchange.id());
    }
  }

  private void checkCapture() {
    Map<String, Integer> ids = new HashMap<>();
    List<RevenueStream> streams = model.capture().revenueStreams();
    for (int i = 0; i < streams.size(); i++) {
      RevenueStream stream = streams.get(i);
      String path = "capture.revenueStreams[" + i + "]";
      declare(path, "revenue stream", stream.id(), ids, i);
      actorRef(path + ".payer", "payer of revenue stream '" + stream.id() + "'", stream.payer());
      amount(path + ".amount", "revenue stream '" + stream.id() + "'", stream.amount());
    }
    ids.clear();
    List<CostItem> costs = model.capture().costs();
    for (int i = 0; i < costs.size(); i++) {
      CostItem cost = costs.get(i);
      String path = "capture.costs[" + i + "]";
      declare(path, "cost item", cost.id(), ids, i);
      text(path + ".name", "the name of cost item '" + cost.id() + "'", cost.name());
      amount(path + ".amount", "cost item '" + cost.id() + "'", cost.amount());
      if (cost.payee().isPresent()) {
        actorRef(path + ".payee", "payee of cost item '" + cost.id() + "'", cost.payee().get());
      }
    }
    ids.clear();
    List<ValueShare> shares = model.capture().valueShares();
    for (int i = 0; i < shares.size(); i++) {
      ValueShare share = shares.get(i);
      String path = "capture.valueShares[" + i + "]";
      declare(path, "value share", share.id(), ids, i);
      actorRef(path + ".actor", "recipient of value share '" + share.id() + "'", share.actor());
      if (share.share().isPresent()) {
        BigDecimal fraction = share.share().get();
        if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
          add(path + ".share", ProblemCode.SHARE_OUT_OF_RANGE, share.id(), fraction);
        } else if (!Decimals.fits(fraction)) {
          add(path + ".share", ProblemCode.SHARE_TOO_PRECISE, share.id(), fraction);
        }
      }
    }
  }

  private void checkContent() {
    List<Activity> list = model.activities();
    for (int i = 0; i < list.size(); i++) {
      declare("activities[" + i + "]", "activity", list.get(i).id(), activities, i);
    }
    for (int i = 0; i < list.size(); i++) {
      Activity activity = list.get(i);
      String path = "activities[" + i + "]";
      text(path + ".name", "the name of activity '" + activity.id() + "'", activity.name());
      int j = 0;
      for (String resource : activity.resources()) {
        if (!resources.containsKey(resource)) {
          add(
              path + ".resources[" + j + "]",
              ProblemCode.UNKNOWN_RESOURCE,
              activity.id(),
              resource,
              known(resources));
        }
        j++;
      }
      checkGovernance(path, activity);
      checkLinks(path, activity);
    }
  }

  /** Checks the links an activity declares: each leads to another known activity, once. */
  private void checkLinks(String path, Activity activity) {
    Map<Link, Integer> seen = new HashMap<>();
    List<Link> list = activity.links();
    for (int j = 0; j < list.size(); j++) {
      Link link = list.get(j);
      String at = path + ".links[" + j + "]";
      unknownLinkTarget(at + ".downstream", activity.id(), link.downstream());
      if (link.downstream().equals(activity.id())) {
        add(at, ProblemCode.SELF_LINK, activity.id());
      }
      Integer first = seen.putIfAbsent(link, j);
      if (first != null) {
        add(
            at,
            ProblemCode.DUPLICATE_LINK,
            activity.id(),
            link.downstream(),
            link.flow(),
            path + ".links[" + first + "]");
      }
    }
  }

  private void unknownLinkTarget(String path, String upstream, String downstream) {
    activityRef(path, "target of a link from activity '" + upstream + "'", downstream);
  }

  /** Checks an activity's governance: a known performer under a mode, and the actors it names. */
  private void checkGovernance(String path, Activity activity) {
    String id = activity.id();
    Optional<String> performer = activity.performer();
    if (performer.isEmpty() && activity.mode().isEmpty()) {
      add(path, ProblemCode.UNGOVERNED_ACTIVITY, id);
    } else if (performer.isEmpty()) {
      add(path + ".performer", ProblemCode.INCOMPLETE_GOVERNANCE, id, "mode", "performer");
    } else if (activity.mode().isEmpty()) {
      add(path + ".mode", ProblemCode.INCOMPLETE_GOVERNANCE, id, "performer", "mode");
    }
    String of = " of activity '" + id + "'";
    if (performer.isPresent()) {
      actorRef(path + ".performer", "performer" + of, performer.get());
    }
    int j = 0;
    for (String coPerformer : activity.coPerformers()) {
      String at = path + ".coPerformers[" + j++ + "]";
      actorRef(at, "co-performer" + of, coPerformer);
      if (performer.isPresent() && coPerformer.equals(performer.get())) {
        add(at, ProblemCode.PERFORMER_REPEATED, coPerformer, "co-performer", id);
      }
    }
    if (activity.supervisor().isPresent()) {
      String supervisor = activity.supervisor().get();
      actorRef(path + ".supervisor", "supervisor" + of, supervisor);
      if (performer.isPresent() && supervisor.equals(performer.get())) {
        add(path + ".supervisor", ProblemCode.PERFORMER_REPEATED, supervisor, "supervisor", id);
      }
    }
    if (activity.contractTerm().isPresent()) {
      Period term = activity.contractTerm().get();
      if (term.isZero() || term.isNegative()) {
        add(path + ".contractTerm", ProblemCode.BAD_CONTRACT_TERM, id, term);
      }
    }
    j = 0;
    for (String incentive : activity.incentives()) {
      text(path + ".incentives[" + j++ + "]", "an incentive" + of, incentive);
    }
  }

  private void declare(String path, String kind, String id, Map<String, Integer> index, int at) {
    if (id(path + ".id", kind, id)) {
      Integer first = index.putIfAbsent(id, at);
      if (first != null) {
        add(
            path + ".id",
            ProblemCode.DUPLICATE_ID,
            kind,
            id,
            path.substring(0, path.lastIndexOf('[')) + "[" + first + "]",
            kind);
      }
    }
  }

  private boolean id(String path, String what, String id) {
    if (Ids.isValid(id)) {
      return true;
    }
    add(path, ProblemCode.BAD_ID, what, id);
    return false;
  }

  private void text(String path, String what, String text) {
    if (text.isBlank()) {
      add(path, ProblemCode.BLANK_TEXT, what);
    }
  }

  private void actorRef(String path, String role, String id) {
    if (!actors.containsKey(id)) {
      add(path, ProblemCode.UNKNOWN_ACTOR, role, id, known(actors));
    }
  }

  private void activityRef(String path, String role, String id) {
    if (!activities.containsKey(id)) {
      add(path, ProblemCode.UNKNOWN_ACTIVITY, role, id, known(activities));
    }
  }

  private void amount(String path, String what, Optional<Money> amount) {
    if (amount.isPresent() && amount.get().isNegative()) {
      add(path, ProblemCode.NEGATIVE_AMOUNT, what, amount.get());
    }
  }

  private String known(Map<String, Integer> index) {
    return knownIds.computeIfAbsent(index, i -> known(i.keySet()));
  }

  /**
   * The ids a reference could have named, for a problem's sentence: the first few in order and a
   * count of the rest, or "none yet".
   *
   * @param ids the ids known where the reference was made
   * @return the ids as the sentence lists them
   */
  public static String known(Iterable<String> ids) {
    TreeSet<String> sorted = new TreeSet<>();
    ids.forEach(sorted::add);
    if (sorted.isEmpty()) {
      return "none yet";
    }
    StringBuilder text = new StringBuilder();
    int shown = 0;
    for (String id : sorted) {
      if (shown == KNOWN_IDS_SHOWN) {
        text.append(", and ").append(sorted.size() - shown).append(" more");
        break;
      }
      text.append(shown++ == 0 ? "" : ", ").append('\'').append(id).append('\'');
    }
    return text.toString();
  }

  private void add(String path, ProblemCode code, Object... arguments) {
    problemCount++;
    if (problems.size() < limit) {
      problems.add(IntegrityProblem.of(path, code, arguments));
    }
  }
}
