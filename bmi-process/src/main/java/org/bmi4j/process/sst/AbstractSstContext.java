package org.bmi4j.process.sst;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.util.StdConverter;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bmi4j.core.dual.BoundaryElement;
import org.bmi4j.core.dual.DualBusinessModel;
import org.bmi4j.core.internal.AppendLog;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.ValueKind;
import org.immutables.value.Value;

/**
 * What the sense-seize-transform cycle knows: the domain data its guards read [DESILVA,
 * ANDREASSEN].
 *
 * <p>Immutable; each accepted event yields a new context. Lists keep the order of the events that
 * filled them. Opportunity ids are unique. The catalogue, the drift policy and the bases are given
 * at the start and kept, so replaying a stored cycle judges as the cycle did; a stored cycle
 * without them (written before they existed) reads with the shipped catalogue, the default policy
 * and no bases.
 */
@Value.Immutable
@JsonSerialize(as = SstContext.class)
@JsonDeserialize(as = SstContext.class)
abstract class AbstractSstContext {
  /**
   * The organisation running the cycle.
   *
   * @return the organisation running the cycle
   */
  public abstract Actor organisation();

  /**
   * The value kinds of the organisation's mission, in declaration order.
   *
   * @return the value kinds of the organisation's mission, in declaration order
   */
  public abstract ImmutableSet<ValueKind> missions();

  /**
   * The cycle number, from 1; each new cycle starts at SENSING.
   *
   * @return the cycle number, from 1
   */
  @Value.Default
  public int cycle() {
    return 1;
  }

  /**
   * The current business models, in the order adopted: a dual business model keeps a
   * collaboration-based and a market-based model side by side [ANDREASSEN]. BM ids are unique. An
   * immutable list that shares its storage with the context it grew from, so that adopting and
   * revising a BM cost the same however many there are (written in JSON as the array {@code
   * portfolio}).
   *
   * @return the current business models, in the order adopted
   */
  public List<BusinessModel> portfolio() {
    return portfolioLog();
  }

  /**
   * The current business models as given to the builder or to {@code withPortfolioList(Iterable)};
   * held as a shared log, BM ids checked unique, once the context is built.
   *
   * @return the current business models as given
   */
  @Value.Default
  @JsonProperty("portfolio")
  @JsonDeserialize(converter = PortfolioFromJson.class)
  Iterable<BusinessModel> portfolioList() {
    return PortfolioLog.EMPTY;
  }

  PortfolioLog portfolioLog() {
    return (PortfolioLog) portfolioList();
  }

  /** Reads the portfolio of a document as a list, to be held as a log when the context is built. */
  static final class PortfolioFromJson
      extends StdConverter<List<BusinessModel>, Iterable<BusinessModel>> {
    @Override
    public Iterable<BusinessModel> convert(List<BusinessModel> value) {
      return value;
    }
  }

  static final String DUPLICATE_MODEL =
      "the portfolio of '%s' holds two BMs of id '%s'; give each current BM its own id";

  /**
   * The opportunities sensed, in the order identified; a new cycle keeps them, unselected: an
   * immutable list that shares its storage with the context it grew from (written in JSON as the
   * array {@code opportunities}).
   *
   * @return the opportunities sensed, in the order identified; a new cycle keeps them, unselected
   */
  public List<Opportunity> opportunities() {
    return opportunitiesLog();
  }

  /**
   * The opportunities as given to the builder or to {@code withOpportunityList(Iterable)}; held as
   * a shared log once the context is built.
   *
   * @return the opportunities as given
   */
  @Value.Default
  @JsonProperty("opportunities")
  @JsonDeserialize(converter = OpportunitysFromJson.class)
  Iterable<Opportunity> opportunityList() {
    return NO_OPPORTUNITIES;
  }

  OpportunityLog opportunitiesLog() {
    return (OpportunityLog) opportunityList();
  }

  /**
   * Reads the opportunities of a document as a list, to be held as a log when the context is built.
   */
  static final class OpportunitysFromJson
      extends StdConverter<List<Opportunity>, Iterable<Opportunity>> {
    @Override
    public Iterable<Opportunity> convert(List<Opportunity> value) {
      return value;
    }
  }

  /**
   * The capability deployments, in the order recorded: an immutable list that shares its storage
   * with the context it grew from (written in JSON as the array {@code deployments}).
   *
   * @return the capability deployments, in the order recorded
   */
  public List<CapabilityDeployment> deployments() {
    return deploymentsLog();
  }

  /**
   * The deployments as given to the builder or to {@code withDeploymentList(Iterable)}; held as a
   * shared log once the context is built.
   *
   * @return the deployments as given
   */
  @Value.Default
  @JsonProperty("deployments")
  @JsonDeserialize(converter = CapabilityDeploymentsFromJson.class)
  Iterable<CapabilityDeployment> deploymentList() {
    return AppendLog.empty();
  }

  AppendLog<CapabilityDeployment> deploymentsLog() {
    return (AppendLog<CapabilityDeployment>) deploymentList();
  }

  /**
   * Reads the deployments of a document as a list, to be held as a log when the context is built.
   */
  static final class CapabilityDeploymentsFromJson
      extends StdConverter<List<CapabilityDeployment>, Iterable<CapabilityDeployment>> {
    @Override
    public Iterable<CapabilityDeployment> convert(List<CapabilityDeployment> value) {
      return value;
    }
  }

  /**
   * The challenges addressed, in the order recorded: an immutable list that shares its storage with
   * the context it grew from (written in JSON as the array {@code challenges}).
   *
   * @return the challenges addressed, in the order recorded
   */
  public List<AddressedChallenge> challenges() {
    return challengesLog();
  }

  /**
   * The challenges as given to the builder or to {@code withChallengeList(Iterable)}; held as a
   * shared log once the context is built.
   *
   * @return the challenges as given
   */
  @Value.Default
  @JsonProperty("challenges")
  @JsonDeserialize(converter = AddressedChallengesFromJson.class)
  Iterable<AddressedChallenge> challengeList() {
    return AppendLog.empty();
  }

  AppendLog<AddressedChallenge> challengesLog() {
    return (AppendLog<AddressedChallenge>) challengeList();
  }

  /**
   * Reads the challenges of a document as a list, to be held as a log when the context is built.
   */
  static final class AddressedChallengesFromJson
      extends StdConverter<List<AddressedChallenge>, Iterable<AddressedChallenge>> {
    @Override
    public Iterable<AddressedChallenge> convert(List<AddressedChallenge> value) {
      return value;
    }
  }

  /**
   * The BM designed in SEIZING, until it is adopted.
   *
   * @return the BM designed in SEIZING, until it is adopted
   */
  public abstract Optional<BusinessModel> designed();

  /**
   * Which model of a dual business model the designed BM is, if the design said so.
   *
   * @return which model of a dual business model the designed BM is, if the design said so
   */
  public abstract Optional<ModelBasis> designedBasis();

  /**
   * The catalogue deployments and addressed challenges are checked against: a named entry must be
   * in it, and a deployment's level must be its entry's; by default the {@linkplain
   * CapabilityCatalogue#shipped() shipped} one.
   *
   * @return the catalogue deployments and addressed challenges are checked against
   */
  @Value.Default
  public CapabilityCatalogue catalogue() {
    return CapabilityCatalogue.shipped();
  }

  /**
   * The rule judging mission drift of designed, adopted and revised BMs; by default OFFERING.
   *
   * @return the rule judging mission drift of designed, adopted and revised BMs
   */
  @Value.Default
  public DriftPolicy driftPolicy() {
    return DriftPolicy.OFFERING;
  }

  /**
   * Which model of a dual business model each current BM is, by BM id [ANDREASSEN]; a BM not named
   * here is neither. A read-only map, in the order the bases were named (a BM given a basis again
   * comes last), that shares its storage with the context it grew from, so that an adoption
   * changing the bases costs the same however many BMs have one (written in JSON as the object
   * {@code bases}).
   *
   * @return which model of a dual business model each current BM is, by BM id
   */
  public Map<String, ModelBasis> bases() {
    return basesLog().asMap();
  }

  /**
   * The bases as given to the builder or to {@code withBaseList(Iterable)}, each an entry of a BM
   * id and its basis, in order; held as a shared log, BM ids checked unique, once the context is
   * built.
   *
   * @return the bases as given
   */
  @Value.Default
  @JsonProperty("bases")
  @JsonSerialize(converter = BasesToJson.class)
  @JsonDeserialize(converter = BasesFromJson.class)
  Iterable<Map.Entry<String, ModelBasis>> baseList() {
    return BasisLog.EMPTY;
  }

  BasisLog basesLog() {
    return (BasisLog) baseList();
  }

  /** Writes the bases as a JSON object, in order. */
  static final class BasesToJson
      extends StdConverter<Iterable<Map.Entry<String, ModelBasis>>, Map<String, ModelBasis>> {
    @Override
    public Map<String, ModelBasis> convert(Iterable<Map.Entry<String, ModelBasis>> value) {
      return BasisLog.copyOf(value).asMap();
    }
  }

  /** Reads the bases of a document as entries, to be held as a log when the context is built. */
  static final class BasesFromJson
      extends StdConverter<Map<String, ModelBasis>, Iterable<Map.Entry<String, ModelBasis>>> {
    @Override
    public Iterable<Map.Entry<String, ModelBasis>> convert(Map<String, ModelBasis> value) {
      return value.entrySet();
    }
  }

  /**
   * Returns this context after adopting {@code model}: in place of the current BM of id {@code
   * replacing}, if given, else after the others, with the replaced BM's basis gone and {@code
   * basis}, if given, as the adopted BM's; O(1) amortised.
   */
  SstContext withAdopted(
      BusinessModel model, Optional<ModelBasis> basis, Optional<String> replacing) {
    return SstContext.copyOf(this)
        .withPortfolioList(portfolioLog().adopt(model, replacing))
        .withBaseList(basesLog().adopted(model.id(), basis, replacing));
  }

  /**
   * Returns this context with {@code model} in place of the current BM of its id, which keeps its
   * basis; O(1) amortised.
   */
  SstContext withRevised(BusinessModel model) {
    return SstContext.copyOf(this)
        .withPortfolioList(portfolioLog().adopt(model, Optional.of(model.id())));
  }

  /**
   * Returns the portfolio's dual business model [ANDREASSEN], its two models connected by {@code
   * boundary}: present when the portfolio holds a collaboration-based and a market-based BM, empty
   * when it lacks either.
   *
   * @param boundary the boundary element connecting the two models
   * @return the portfolio's dual business model, its two models connected by {@code boundary}
   * @throws IllegalStateException if the portfolio holds more than one BM of a basis, naming them
   * @throws IllegalArgumentException if the organisation does not own both BMs, as a {@link
   *     DualBusinessModel} requires
   * @throws NullPointerException if {@code boundary} is null
   */
  public Optional<DualBusinessModel> dual(BoundaryElement boundary) {
    checkNotNull(boundary, "boundary");
    List<BusinessModel> collaborative = withBasis(ModelBasis.COLLABORATION_BASED);
    List<BusinessModel> market = withBasis(ModelBasis.MARKET_BASED);
    if (collaborative.isEmpty() || market.isEmpty()) {
      return Optional.empty();
    }
    checkState(
        collaborative.size() == 1 && market.size() == 1,
        "the portfolio of '%s' holds collaboration-based BMs %s and market-based BMs %s; a dual"
            + " business model pairs one of each, so adopt the others in place of them",
        organisation().id(),
        ids(collaborative),
        ids(market));
    return Optional.of(
        DualBusinessModel.builder()
            .firm(organisation().id())
            .collaborative(collaborative.get(0))
            .market(market.get(0))
            .boundary(boundary)
            .build());
  }

  private List<BusinessModel> withBasis(ModelBasis basis) {
    List<BusinessModel> found = new ArrayList<>(1);
    for (BusinessModel model : portfolio()) {
      if (bases().get(model.id()) == basis) {
        found.add(model);
      }
    }
    return found;
  }

  private static List<String> ids(List<BusinessModel> models) {
    List<String> ids = new ArrayList<>(models.size());
    for (BusinessModel model : models) {
      ids.add(model.id());
    }
    return ids;
  }

  private static final OpportunityLog NO_OPPORTUNITIES = OpportunityLog.EMPTY;

  /**
   * Returns the opportunity with the given id, if any; O(1).
   *
   * @param id the opportunity's id
   * @return the opportunity, or empty if none has that id
   */
  public Optional<Opportunity> opportunity(String id) {
    return opportunitiesLog().find(id);
  }

  /**
   * Returns this context with {@code opportunity} after the others; costs the same however many
   * there are.
   *
   * @param opportunity the opportunity, of an id no other opportunity has
   * @return this context with {@code opportunity} after the others
   * @throws IllegalArgumentException if an opportunity of the same id is identified
   */
  public SstContext withOpportunity(Opportunity opportunity) {
    return SstContext.copyOf(this).withOpportunityList(opportunitiesLog().identify(opportunity));
  }

  /**
   * Returns this context with the identified opportunity of {@code opportunity}'s id replaced by
   * {@code opportunity}, in its place; O(1) amortised.
   */
  SstContext withReplacedOpportunity(Opportunity opportunity) {
    return SstContext.copyOf(this).withOpportunityList(opportunitiesLog().replace(opportunity));
  }

  /** Returns this context with every opportunity unselected; O(1) amortised per selection. */
  SstContext withOpportunitiesUnselected() {
    return SstContext.copyOf(this).withOpportunityList(opportunitiesLog().unselectAll());
  }

  /** Returns the selected opportunities, in the order identified. */
  List<Opportunity> selectedOpportunities() {
    return opportunitiesLog().selected();
  }

  /**
   * Returns this context with {@code deployment} after the other deployments; costs the same
   * however many there are.
   *
   * @param deployment the capability deployment
   * @return this context with {@code deployment} after the other deployments
   */
  public SstContext withDeployment(CapabilityDeployment deployment) {
    return SstContext.copyOf(this).withDeploymentList(deploymentsLog().append(deployment));
  }

  /**
   * Returns this context with {@code challenge} after the other addressed challenges; costs the
   * same however many there are.
   *
   * @param challenge the addressed challenge
   * @return this context with {@code challenge} after the other addressed challenges
   */
  public SstContext withChallenge(AddressedChallenge challenge) {
    return SstContext.copyOf(this).withChallengeList(challengesLog().append(challenge));
  }

  /**
   * Holds the portfolio, opportunities, deployments, challenges and bases as shared logs, BM and
   * opportunity ids unique, each BM's basis named once.
   */
  @Value.Check
  AbstractSstContext holdLogs() {
    if (portfolioList() instanceof PortfolioLog
        && opportunityList() instanceof OpportunityLog
        && deploymentList() instanceof AppendLog
        && challengeList() instanceof AppendLog
        && baseList() instanceof BasisLog) {
      return this;
    }
    OpportunityLog opportunities = NO_OPPORTUNITIES;
    for (Opportunity opportunity : opportunityList()) {
      opportunities = opportunities.identify(opportunity);
    }
    return SstContext.builder()
        .from(this)
        .portfolioList(PortfolioLog.copyOf(portfolioList(), DUPLICATE_MODEL, organisation().id()))
        .opportunityList(opportunities)
        .deploymentList(AppendLog.copyOf(deploymentList()))
        .challengeList(AppendLog.copyOf(challengeList()))
        .baseList(BasisLog.copyOf(baseList()))
        .build();
  }

  /**
   * Returns the current BM with the given id, if any; O(1).
   *
   * @param id the BM's id
   * @return the current BM, or empty if none has that id
   */
  public Optional<BusinessModel> currentModel(String id) {
    return portfolioLog().find(id);
  }

  /**
   * Returns the organisation's id, the cycle and the counts of its parts, never whole models: short
   * whatever the cycle holds.
   *
   * @return the organisation's id, the cycle and the counts of its parts
   */
  @Override
  public String toString() {
    return "SstContext["
        + organisation().id()
        + ", cycle "
        + cycle()
        + ", "
        + portfolio().size()
        + " current BMs, "
        + opportunities().size()
        + " opportunities, "
        + deployments().size()
        + " deployments"
        + (designed().isPresent() ? ", a designed BM" : "")
        + "]";
  }
}
