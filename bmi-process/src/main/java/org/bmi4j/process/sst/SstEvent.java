package org.bmi4j.process.sst;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.google.common.collect.Sets;
import java.util.Optional;
import java.util.Set;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Ids;
import org.bmi4j.core.model.ValueKind;

/**
 * The events of the sense-seize-transform cycle. In JSON each names its type in a {@code "type"}
 * property, given with each record below.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = SstEvent.IdentifyOpportunity.class, name = "identify-opportunity"),
  @JsonSubTypes.Type(value = SstEvent.SelectOpportunity.class, name = "select-opportunity"),
  @JsonSubTypes.Type(value = SstEvent.ReviseOpportunity.class, name = "revise-opportunity"),
  @JsonSubTypes.Type(value = SstEvent.DesignModel.class, name = "design-model"),
  @JsonSubTypes.Type(value = SstEvent.Adopt.class, name = "adopt"),
  @JsonSubTypes.Type(value = SstEvent.ReviseModel.class, name = "revise-model"),
  @JsonSubTypes.Type(value = SstEvent.RecordDeployment.class, name = "record-deployment"),
  @JsonSubTypes.Type(value = SstEvent.AddressChallenge.class, name = "address-challenge"),
  @JsonSubTypes.Type(value = SstEvent.ReturnToSensing.class, name = "return-to-sensing"),
  @JsonSubTypes.Type(value = SstEvent.Advance.class, name = "advance")
})
public sealed interface SstEvent {

  /**
   * SENSING: adds an opportunity, not selected; an id already identified is rejected, to be revised
   * with {@link ReviseOpportunity} instead.
   */
  record IdentifyOpportunity(String id, String description, Set<ValueKind> valueKinds)
      implements SstEvent {
    /**
     * @param id the opportunity's id, following {@link Ids#PATTERN}
     * @param description what the opportunity is
     * @param valueKinds the value kinds it carries
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the id does not match {@link Ids#PATTERN}
     */
    public IdentifyOpportunity {
      Opportunity.checkId(id);
      checkNotNull(description, "description");
      valueKinds = Sets.immutableEnumSet(checkNotNull(valueKinds, "valueKinds"));
    }
  }

  /** SENSING: selects an opportunity to seize; it must carry every mission value kind. */
  record SelectOpportunity(String id) implements SstEvent {
    /**
     * @param id the opportunity's id
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the id does not match {@link Ids#PATTERN}
     */
    public SelectOpportunity {
      Opportunity.checkId(id);
    }
  }

  /**
   * SENSING: revises an identified opportunity's description and value kinds, keeping its id and
   * whether it is selected; a revision that takes off a mission value kind the opportunity carried
   * is mission drift (library formalisation).
   */
  record ReviseOpportunity(String id, String description, Set<ValueKind> valueKinds)
      implements SstEvent {
    /**
     * @param id the id of the opportunity to revise
     * @param description its new description
     * @param valueKinds its new value kinds
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the id does not match {@link Ids#PATTERN}
     */
    public ReviseOpportunity {
      Opportunity.checkId(id);
      checkNotNull(description, "description");
      valueKinds = Sets.immutableEnumSet(checkNotNull(valueKinds, "valueKinds"));
    }
  }

  /**
   * SEIZING: designs (or redesigns) the BM exploiting the opportunity, saying, if it is one, which
   * model of a dual business model it is [ANDREASSEN]; the basis goes with the BM into the
   * portfolio when it is adopted. The BM must be the organisation's own (one of its owners).
   */
  record DesignModel(BusinessModel model, Optional<ModelBasis> basis) implements SstEvent {
    /**
     * @param model the designed business model
     * @param basis which model of a dual business model it is, if either
     * @throws NullPointerException if a component is null
     */
    public DesignModel {
      checkNotNull(model, "model");
      checkNotNull(basis, "basis");
    }

    /**
     * Designs a BM that is neither model of a dual business model.
     *
     * @param model the designed business model
     * @throws NullPointerException if {@code model} is null
     */
    public DesignModel(BusinessModel model) {
      this(model, Optional.empty());
    }

    /**
     * Designs the collaboration-based BM of a dual business model [ANDREASSEN].
     *
     * @param model the designed business model
     * @return the event
     */
    public static DesignModel collaborationBased(BusinessModel model) {
      return new DesignModel(model, Optional.of(ModelBasis.COLLABORATION_BASED));
    }

    /**
     * Designs the market-based BM of a dual business model [ANDREASSEN].
     *
     * @param model the designed business model
     * @return the event
     */
    public static DesignModel marketBased(BusinessModel model) {
      return new DesignModel(model, Optional.of(ModelBasis.MARKET_BASED));
    }
  }

  /**
   * SEIZING: adopts the designed BM and moves to TRANSFORMING; it replaces the named current BM,
   * or, if none is named, is added beside the current ones.
   */
  record Adopt(Optional<String> replacing) implements SstEvent {
    /**
     * @param replacing the id of the current BM the designed one replaces; empty to adopt it beside
     *     them
     * @throws NullPointerException if a component is null
     */
    public Adopt {
      checkNotNull(replacing, "replacing");
    }

    /**
     * Adopts the designed BM beside the current ones.
     *
     * @return the event
     */
    public static Adopt beside() {
      return new Adopt(Optional.empty());
    }

    /**
     * Adopts the designed BM in place of the current BM {@code id}.
     *
     * @param id the id of the current BM to replace
     * @return the event
     */
    public static Adopt replacing(String id) {
      return new Adopt(Optional.of(id));
    }
  }

  /**
   * TRANSFORMING: revises a current BM while scaling up; it replaces the BM of the same id, must
   * differ from it and carries its version plus one.
   */
  record ReviseModel(BusinessModel model) implements SstEvent {
    /**
     * @param model the revised business model
     * @throws NullPointerException if a component is null
     */
    public ReviseModel {
      checkNotNull(model, "model");
    }
  }

  /**
   * Any stage: records a capability deployed at the current stage and cycle. A deployment naming a
   * catalogue entry must be recorded at the entry's level, and the entry must be in the cycle's
   * catalogue; one naming none is free.
   */
  record RecordDeployment(
      String capability,
      Optional<String> catalogueEntry,
      CapabilityLevel level,
      Site site,
      String actor)
      implements SstEvent {
    /**
     * @param capability the capability deployed, in words
     * @param catalogueEntry the id of the catalogue entry it is, if any
     * @param level the capability level
     * @param site where it was deployed
     * @param actor the id of the actor deploying it
     * @throws NullPointerException if a component is null
     */
    public RecordDeployment {
      checkNotNull(capability, "capability");
      checkNotNull(catalogueEntry, "catalogueEntry");
      checkNotNull(level, "level");
      checkNotNull(site, "site");
      checkNotNull(actor, "actor");
    }

    /**
     * Records the deployment of a catalogue entry at the given level, in the entry's words; the
     * cycle rejects a level other than the entry's.
     *
     * @param entry the catalogue entry
     * @param level the capability level
     * @param site where it was deployed
     * @param actor the id of the actor deploying it
     * @return the event
     */
    public static RecordDeployment of(
        CatalogueEntry entry, CapabilityLevel level, Site site, String actor) {
      return new RecordDeployment(entry.text(), Optional.of(entry.id()), level, site, actor);
    }

    /**
     * Records the deployment of a catalogue entry at the entry's level, in the entry's words.
     *
     * @param entry the catalogue entry
     * @param site where it was deployed
     * @param actor the id of the actor deploying it
     * @return the event
     */
    public static RecordDeployment of(CatalogueEntry entry, Site site, String actor) {
      return of(entry, entry.level(), site, actor);
    }
  }

  /** Any stage: records how a challenge was addressed at the current stage and cycle. */
  record AddressChallenge(String challenge, Optional<String> catalogueEntry, String how)
      implements SstEvent {
    /**
     * @param challenge the challenge, in words
     * @param catalogueEntry the id of the catalogue entry it is, if any
     * @param how how it was addressed
     * @throws NullPointerException if a component is null
     */
    public AddressChallenge {
      checkNotNull(challenge, "challenge");
      checkNotNull(catalogueEntry, "catalogueEntry");
      checkNotNull(how, "how");
    }

    /**
     * Records how a catalogue challenge was addressed, in the entry's words.
     *
     * @param entry the catalogue challenge entry
     * @param how how it was addressed
     * @return the event
     */
    public static AddressChallenge of(CatalogueEntry entry, String how) {
      return new AddressChallenge(entry.text(), Optional.of(entry.id()), how);
    }
  }

  /** SEIZING: returns to SENSING with a reason; the designed BM is kept. */
  record ReturnToSensing(String reason) implements SstEvent {
    /**
     * @param reason why the cycle returns to SENSING
     * @throws NullPointerException if a component is null
     */
    public ReturnToSensing {
      checkNotNull(reason, "reason");
    }
  }

  /** SENSING: moves to SEIZING; TRANSFORMING: starts the next cycle at SENSING. */
  record Advance() implements SstEvent {}
}
