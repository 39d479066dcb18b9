package org.bmi4j.core.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.CoherenceFinding;
import org.bmi4j.core.model.Exchange;
import org.bmi4j.core.model.Exchanged;
import org.bmi4j.core.model.FindingCode;
import org.bmi4j.core.model.Offering;
import org.bmi4j.core.model.Phrased;
import org.bmi4j.core.model.Reciprocity;
import org.bmi4j.core.model.RevenueMechanism;
import org.bmi4j.core.model.RevenueStream;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.core.model.ValueShare;

/**
 * The coherence checks of SPEC 3.4, reported as findings, never thrown.
 *
 * <p>Reciprocity (library formalisation, after e3value's economic reciprocity): every exchange to
 * an actor that does not own the model is checked, not only those to customers. It is reciprocated
 * when the recipient gives something back to the giver through another exchange, or pays a revenue
 * stream of the model; a recipient served free is funded when another actor pays a donation, grant
 * or investment stream, or when the model gives the recipient a value share above zero.
 *
 * <p>Delivery of a value kind (library formalisation): an offering delivers its kinds only when it
 * has at least one beneficiary, and a value share delivers its kind unless its share is zero; an
 * offering for nobody or a share of nothing delivers nothing.
 */
public final class Coherence {
  private static final Set<RevenueMechanism> FUNDING =
      EnumSet.of(RevenueMechanism.DONATION, RevenueMechanism.GRANT, RevenueMechanism.INVESTMENT);

  private Coherence() {}

  /**
   * Returns the coherence findings of an integral model, in model order.
   *
   * @param model a model that passed the integrity check
   * @return the coherence findings of an integral model, in model order
   */
  public static ImmutableList<CoherenceFinding> findings(BusinessModel model) {
    ImmutableList.Builder<CoherenceFinding> findings = ImmutableList.builder();
    undeliveredOfferings(model, findings);
    unreciprocatedExchanges(model, findings);
    undeliveredMissions(model, findings);
    undeliveredActorMissions(model, findings);
    return findings.build();
  }

  /**
   * Returns the value kinds the model delivers, by the delivery rule above.
   *
   * @param model the model
   * @return the value kinds the model delivers, by the delivery rule above
   */
  public static Set<ValueKind> delivered(BusinessModel model) {
    Set<ValueKind> delivered = EnumSet.noneOf(ValueKind.class);
    for (Offering offering : model.proposition().offerings()) {
      if (!offering.beneficiaries().isEmpty()) {
        delivered.addAll(offering.valueKinds());
      }
    }
    for (ValueShare share : model.capture().valueShares()) {
      if (share.share().map(s -> s.signum() > 0).orElse(true)) {
        delivered.add(share.kind());
      }
    }
    return delivered;
  }

  /**
   * Returns the reciprocity of every exchange to an actor that does not own the model, in model
   * order.
   *
   * @param model the model
   * @return the reciprocity of every exchange to an actor that does not own the model, in model
   *     order
   */
  public static ImmutableList<Reciprocity> reciprocity(BusinessModel model) {
    Map<String, List<String>> payerStreams = new java.util.HashMap<>();
    for (RevenueStream stream : model.capture().revenueStreams()) {
      payerStreams.computeIfAbsent(stream.payer(), k -> new ArrayList<>()).add(stream.id());
    }
    Set<List<String>> flows = new HashSet<>();
    for (Exchange exchange : model.exchange().exchanges()) {
      flows.add(List.of(exchange.provider(), exchange.recipient()));
    }
    // Both made once, so the verdicts stay linear in the model's size. A recipient that reaches
    // the funding branch pays no stream at all, so every funding payer funds it.
    Set<String> fundingPayers = new LinkedHashSet<>();
    for (RevenueStream stream : model.capture().revenueStreams()) {
      if (FUNDING.contains(stream.mechanism())) {
        fundingPayers.add(stream.payer());
      }
    }
    ImmutableList<String> funders = ImmutableList.copyOf(fundingPayers);
    Set<String> sharing = new HashSet<>();
    for (ValueShare share : model.capture().valueShares()) {
      if (share.share().map(f -> f.compareTo(BigDecimal.ZERO) > 0).orElse(true)) {
        sharing.add(share.actor());
      }
    }
    ImmutableList.Builder<Reciprocity> verdicts = ImmutableList.builder();
    for (Exchange exchange : model.exchange().exchanges()) {
      String recipient = exchange.recipient();
      if (model.owners().contains(recipient)) {
        continue;
      }
      Reciprocity.Basis basis;
      List<String> payers;
      if (flows.contains(List.of(recipient, exchange.provider()))) {
        basis = Reciprocity.Basis.GIVES_BACK;
        payers = List.of(recipient);
      } else if (payerStreams.containsKey(recipient)) {
        basis = Reciprocity.Basis.PAYS_REVENUE;
        payers = List.of(recipient);
      } else {
        if (!funders.isEmpty()) {
          basis = Reciprocity.Basis.FUNDED_BY_THIRD_PARTY;
          payers = funders;
        } else if (sharing.contains(recipient)) {
          basis = Reciprocity.Basis.FUNDED_BY_VALUE_SHARE;
          payers = List.copyOf(model.owners());
        } else {
          basis = Reciprocity.Basis.NONE;
          payers = List.of();
        }
      }
      verdicts.add(new Reciprocity(exchange.id(), recipient, basis, ImmutableList.copyOf(payers)));
    }
    return verdicts.build();
  }

  private static void undeliveredOfferings(
      BusinessModel model, ImmutableList.Builder<CoherenceFinding> findings) {
    Set<String> delivered = new HashSet<>();
    for (Exchange exchange : model.exchange().exchanges()) {
      if (exchange.what() instanceof Exchanged.OfferingRef ref) {
        delivered.add(ref.offering());
      }
    }
    List<Offering> offerings = model.proposition().offerings();
    for (int i = 0; i < offerings.size(); i++) {
      Offering offering = offerings.get(i);
      if (!delivered.contains(offering.id())) {
        findings.add(
            finding(
                "proposition.offerings[" + i + "]",
                FindingCode.UNDELIVERED_OFFERING,
                offering.id()));
      }
    }
  }

  private static void unreciprocatedExchanges(
      BusinessModel model, ImmutableList.Builder<CoherenceFinding> findings) {
    Map<String, Actor> actors =
        model.actors().stream()
            .collect(Collectors.toMap(Actor::id, Function.identity(), (a, b) -> a));
    Map<String, Integer> index = new java.util.HashMap<>();
    List<Exchange> exchanges = model.exchange().exchanges();
    for (int i = 0; i < exchanges.size(); i++) {
      index.put(exchanges.get(i).id(), i);
    }
    for (Reciprocity verdict : reciprocity(model)) {
      if (!verdict.isReciprocated()) {
        int i = requireNonNull(index.get(verdict.exchange()));
        Actor recipient = requireNonNull(actors.get(verdict.recipient()));
        findings.add(
            finding(
                "exchange.exchanges[" + i + "]",
                FindingCode.NO_RECIPROCAL_FLOW,
                verdict.exchange(),
                Phrased.of(
                    recipient.role(), Ascii.toLowerCase(recipient.role().name()).replace('_', ' ')),
                recipient.id(),
                exchanges.get(i).provider()));
      }
    }
  }

  private static void undeliveredMissions(
      BusinessModel model, ImmutableList.Builder<CoherenceFinding> findings) {
    Set<ValueKind> delivered = delivered(model);
    int i = 0;
    for (ValueKind mission : model.missions()) {
      if (!delivered.contains(mission)) {
        findings.add(finding("missions[" + i + "]", FindingCode.MISSION_NOT_DELIVERED, mission));
      }
      i++;
    }
  }

  private static void undeliveredActorMissions(
      BusinessModel model, ImmutableList.Builder<CoherenceFinding> findings) {
    Set<ValueKind> delivered = delivered(model);
    List<Actor> actors = model.actors();
    for (int i = 0; i < actors.size(); i++) {
      Actor actor = actors.get(i);
      int j = 0;
      for (ValueKind mission : actor.missions()) {
        if (!delivered.contains(mission)) {
          findings.add(
              finding(
                  "actors[" + i + "].missions[" + j + "]",
                  FindingCode.ACTOR_MISSION_NOT_DELIVERED,
                  actor.id(),
                  mission));
        }
        j++;
      }
    }
  }

  private static CoherenceFinding finding(String path, FindingCode code, Object... arguments) {
    return CoherenceFinding.of(path, code, arguments);
  }
}
