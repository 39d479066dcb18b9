package org.bmi4j.core.internal;

import com.google.common.collect.ImmutableList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.CoherenceFinding;
import org.bmi4j.core.model.Exchange;
import org.bmi4j.core.model.Exchanged;
import org.bmi4j.core.model.FindingCode;
import org.bmi4j.core.model.Offering;
import org.bmi4j.core.model.RevenueStream;
import org.bmi4j.core.model.ValueKind;
import org.bmi4j.core.model.ValueShare;

/**
 * The coherence checks of SPEC 3.4, reported as findings, never thrown.
 *
 * <p>Reciprocity (library formalisation, after e3value's economic reciprocity): an exchange from
 * actor A to a customer segment C is reciprocated when C pays a revenue stream of the model or C
 * gives something back to A through another exchange.
 */
public final class Coherence {
  private Coherence() {}

  /** Returns the coherence findings of an integral model, in model order. */
  public static ImmutableList<CoherenceFinding> findings(BusinessModel model) {
    ImmutableList.Builder<CoherenceFinding> findings = ImmutableList.builder();
    undeliveredOfferings(model, findings);
    unreciprocatedExchanges(model, findings);
    undeliveredMissions(model, findings);
    return findings.build();
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
    Map<String, ActorRole> roles = new HashMap<>();
    for (Actor actor : model.actors()) {
      roles.put(actor.id(), actor.role());
    }
    Set<String> payers = new HashSet<>();
    for (RevenueStream stream : model.capture().revenueStreams()) {
      payers.add(stream.payer());
    }
    Set<List<String>> flows = new HashSet<>();
    for (Exchange exchange : model.exchange().exchanges()) {
      flows.add(List.of(exchange.from(), exchange.to()));
    }
    List<Exchange> exchanges = model.exchange().exchanges();
    for (int i = 0; i < exchanges.size(); i++) {
      Exchange exchange = exchanges.get(i);
      String customer = exchange.to();
      if (roles.get(customer) == ActorRole.CUSTOMER_SEGMENT
          && !payers.contains(customer)
          && !flows.contains(List.of(customer, exchange.from()))) {
        findings.add(
            finding(
                "exchange.exchanges[" + i + "]",
                FindingCode.NO_RECIPROCAL_FLOW,
                exchange.id(),
                customer,
                exchange.from()));
      }
    }
  }

  private static void undeliveredMissions(
      BusinessModel model, ImmutableList.Builder<CoherenceFinding> findings) {
    Set<ValueKind> delivered = EnumSet.noneOf(ValueKind.class);
    for (Offering offering : model.proposition().offerings()) {
      delivered.addAll(offering.valueKinds());
    }
    for (ValueShare share : model.capture().valueShares()) {
      delivered.add(share.kind());
    }
    int i = 0;
    for (ValueKind mission : model.missions()) {
      if (!delivered.contains(mission)) {
        findings.add(finding("missions[" + i + "]", FindingCode.MISSION_NOT_DELIVERED, mission));
      }
      i++;
    }
  }

  private static CoherenceFinding finding(String path, FindingCode code, Object... arguments) {
    return new CoherenceFinding(path, code, Sentences.format(code.sentence(), arguments));
  }
}
