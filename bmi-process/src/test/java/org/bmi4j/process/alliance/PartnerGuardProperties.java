package org.bmi4j.process.alliance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.bmi4j.core.internal.Sentences;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.DocumentType;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.Sector;
import org.bmi4j.process.Outcome;
import org.bmi4j.process.Violation;
import org.bmi4j.process.Violations;
import org.bmi4j.process.ViolationsAccess;
import org.bmi4j.process.alliance.AllianceEvent.Advance;
import org.bmi4j.process.alliance.AllianceEvent.CommitPartner;
import org.bmi4j.process.alliance.AllianceEvent.FallBack;
import org.bmi4j.process.alliance.AllianceEvent.ProposePartner;
import org.bmi4j.process.alliance.AllianceEvent.RemovePartner;
import org.bmi4j.process.alliance.AllianceEvent.SignContract;

/**
 * Issue 13: the guards that judge the current partners on a phase change (leaving FOUNDATION,
 * settling partners before leaving OPERATION) answer from counts the partner log keeps instead of
 * walking the partners, and report exactly the violations, in the order and with the values, that
 * walking them reported (the walking guards are kept here as the oracle): for contexts grown by
 * random proposals, commitments, removals and signings, the same contexts rebuilt from plain lists
 * with an equal contract of another instance (as a start context or a document gives them), the
 * outcome of {@code Advance} through the kernel, and an instance read back from JSON.
 */
class PartnerGuardProperties {
  private static final DocumentType<AllianceInstance> TYPE =
      AllianceProcess.documentType(Alliances.CLOCK);

  @Property(tries = 200)
  void partnerGuardsReportWhatWalkingThePartnersReports(
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 10_000) Integer> steps) {
    AllianceInstance instance = Alliances.foundation();
    check(instance);
    for (int step : steps) {
      String id = "p" + (step / 5) % 6;
      AllianceContext c = instance.context();
      AllianceEvent event =
          switch (step % 5) {
            case 0 -> new ProposePartner(actor(id), Optional.empty(), Optional.empty());
            case 1, 2 -> new CommitPartner(id);
            case 3 -> new RemovePartner(id, "leaves");
            default -> {
              Set<String> ids = new LinkedHashSet<>();
              c.partners().forEach(p -> ids.add(p.id()));
              if (step % 7 == 0) {
                ids.add(id);
              } else if (step % 7 == 1) {
                ids.remove(id);
              }
              yield new SignContract(new Contract(ids, "rules " + step % 3, Optional.empty()));
            }
          };
      instance = instance.apply(event).instance();
      check(instance);
    }
    AllianceInstance read = BmiJson.read(TYPE, BmiJson.write(TYPE, instance));
    assertEquals(
        instance.apply(new Advance()).violations(), read.apply(new Advance()).violations());
    check(read);
  }

  private static void check(AllianceInstance instance) {
    AllianceContext c = instance.context();
    AllianceContext rebuilt =
        c.withPartnerList(List.copyOf(c.partners()))
            .withContract(
                c.contract()
                    .map(
                        k ->
                            new Contract(
                                List.copyOf(k.partners()), k.rules(), k.definedEnd(), k.stakes())));
    for (AllianceContext context : List.of(c, rebuilt)) {
      assertEquals(walkingFoundationExit(context), foundationExit(context), "FOUNDATION exit");
      assertEquals(walkingPartnersSettled(context), partnersSettled(context), "partners settled");
    }
    Outcome<AllianceInstance> advanced = instance.apply(new Advance());
    assertEquals(walkingFoundationExit(c), advanced.violations(), "Advance from FOUNDATION");
  }

  private static ImmutableList<Violation> foundationExit(AllianceContext c) {
    Violations v = ViolationsAccess.create();
    AllianceProcess.foundationExit(c, new Advance(), v);
    return ViolationsAccess.list(v);
  }

  private static ImmutableList<Violation> partnersSettled(AllianceContext c) {
    Violations v = ViolationsAccess.create();
    AllianceProcess.partnersSettled(c, new FallBack("back"), v);
    return ViolationsAccess.list(v);
  }

  // the oracle: the guards as they walked every current partner (no alliance model is defined
  // here, so the check of removed performers is not reached)

  private static ImmutableList<Violation> walkingFoundationExit(AllianceContext c) {
    Violations v = ViolationsAccess.create();
    int committed = 0;
    for (Partner partner : List.copyOf(c.partners())) {
      committed += partner.committed() ? 1 : 0;
    }
    if (committed < 2) {
      v.report(
          AllianceViolation.TOO_FEW_COMMITTED_PARTNERS,
          "",
          Sentences.count(committed, "committed partner"));
    }
    notCommitted(c, v);
    if (c.contract().isEmpty()) {
      v.report(AllianceViolation.NO_SIGNED_CONTRACT, "");
    } else {
      namesPartners(c, c.contract().get(), v);
    }
    if (c.organisationalForm().isEmpty()) {
      v.report(AllianceViolation.NO_ORGANISATIONAL_FORM, "");
    }
    if (c.milestones().isEmpty()) {
      v.report(AllianceViolation.NO_MILESTONE, "");
    }
    return ViolationsAccess.list(v);
  }

  private static ImmutableList<Violation> walkingPartnersSettled(AllianceContext c) {
    Violations v = ViolationsAccess.create();
    notCommitted(c, v);
    c.contract().ifPresent(contract -> namesPartners(c, contract, v));
    return ViolationsAccess.list(v);
  }

  private static void notCommitted(AllianceContext c, Violations v) {
    for (Partner partner : List.copyOf(c.partners())) {
      if (!partner.committed()) {
        v.report(AllianceViolation.PARTNER_NOT_COMMITTED, partner.id(), partner.id());
      }
    }
  }

  private static void namesPartners(AllianceContext c, Contract contract, Violations v) {
    List<String> ids = new ArrayList<>();
    for (Partner partner : List.copyOf(c.partners())) {
      ids.add(partner.id());
    }
    if (!new HashSet<>(ids).equals(new HashSet<>(contract.partners()))) {
      v.report(
          AllianceViolation.CONTRACT_PARTNERS_CHANGED,
          "",
          contract.partners(),
          ImmutableSet.copyOf(ids));
    }
  }

  private static Actor actor(String id) {
    return Actor.of(id, "Partner " + id, ActorRole.PARTNER, Sector.PRIVATE);
  }
}
