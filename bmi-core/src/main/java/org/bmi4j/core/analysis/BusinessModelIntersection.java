package org.bmi4j.core.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bmi4j.core.internal.Sentences;
import org.bmi4j.core.model.Activity;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Offering;
import org.bmi4j.core.model.Resource;
import org.bmi4j.core.model.ResourceKind;
import org.bmi4j.core.model.ValueKind;

/**
 * The intersection of two firms' business models: what they share, where one complements the other,
 * and where their offerings may conflict [Spieth et al., consolidation phase].
 *
 * <p>Spieth et al. name the three things to look for; how they are matched is the library's
 * formalisation. Elements of two models are matched by id, so two firms that encode a common
 * customer segment give it the same actor id.
 *
 * <ul>
 *   <li>A <b>shared segment</b> is an actor id that is a segment of both models. The segments of a
 *       model are its actors of role {@link ActorRole#CUSTOMER_SEGMENT} or {@link
 *       ActorRole#BENEFICIARY}, together with every actor an offering names as beneficiary.
 *   <li>A <b>complementary resource</b> is a resource of one model that no resource of the other
 *       model matches, while the other model has at least one activity (activities that could draw
 *       on it). A model without activities lacks nothing a resource could complement. Two resources
 *       match when they are of the same {@link ResourceKind kind} and, if both name a {@linkplain
 *       Resource#domain() domain}, the same domain (compared ignoring case and surrounding space).
 *       So domains take precedence over kinds: two firms' different know-how, both {@link
 *       ResourceKind#INTELLECTUAL}, complement each other when their domains differ, while a
 *       resource without a domain could be any resource of its kind and matches every one of them,
 *       as kind-level matching always did. Each complement says its {@link ComplementBasis basis}:
 *       the other model has no resource of its kind at all, or has some, none in its domain.
 *   <li>An <b>overlapping offering</b> is a pair of offerings, one of each model, that have the
 *       same id, or deliver at least one common value kind to at least one common beneficiary: a
 *       possible conflict, never a synergy.
 * </ul>
 *
 * <p>Guarantees: deeply immutable, thread-safe, structural {@code equals}. Shared segments are in
 * the first model's order (its actors, then its offerings' beneficiaries); complementary resources
 * list the first model's resources, then the second's, each in model order; overlaps are ordered by
 * the first model's offerings, then the second's. The shared segment ids of {@code of(a, b)} and
 * {@code of(b, a)} are the same set; so are the complementary resources and, with each pair
 * swapped, the overlaps.
 *
 * @param first the id of the first model
 * @param second the id of the second model
 * @param sharedSegments the segments both models address
 *     <p>{@link #comparison()} keeps what was compared (each model's segments, resource kinds and
 *     domains, and activities), so a finding of no synergy can say what was compared ({@link
 *     #compared()}) rather than give a bare count.
 * @param complementaryResources resources one model has and the other lacks
 * @param overlappingOfferings pairs of offerings that may conflict
 * @param comparison what of each model was compared
 */
public record BusinessModelIntersection(
    String first,
    String second,
    ImmutableList<SharedSegment> sharedSegments,
    ImmutableList<ComplementaryResource> complementaryResources,
    ImmutableList<OverlappingOffering> overlappingOfferings,
    Comparison comparison) {

  /**
   * Checks the parts.
   *
   * @param first the id of the first model
   * @param second the id of the second model
   * @param sharedSegments the segments both models address
   *     <p>{@link #comparison()} keeps what was compared (each model's segments, resource kinds and
   *     domains, and activities), so a finding of no synergy can say what was compared ({@link
   *     #compared()}) rather than give a bare count.
   * @param complementaryResources resources one model has and the other lacks
   * @param overlappingOfferings pairs of offerings that may conflict
   * @param comparison what of each model was compared
   * @throws NullPointerException if a part is null
   */
  public BusinessModelIntersection {
    checkNotNull(first, "first");
    checkNotNull(second, "second");
    checkNotNull(sharedSegments, "sharedSegments");
    checkNotNull(complementaryResources, "complementaryResources");
    checkNotNull(overlappingOfferings, "overlappingOfferings");
    checkNotNull(comparison, "comparison");
  }

  /**
   * Copies the given collections, of any kind, into immutable ones.
   *
   * @param first the id of the first model
   * @param second the id of the second model
   * @param sharedSegments the segments both models address
   *     <p>{@link #comparison()} keeps what was compared (each model's segments, resource kinds and
   *     domains, and activities), so a finding of no synergy can say what was compared ({@link
   *     #compared()}) rather than give a bare count.
   * @param complementaryResources resources one model has and the other lacks
   * @param overlappingOfferings pairs of offerings that may conflict
   * @param comparison what of each model was compared
   * @throws NullPointerException if a part is null
   */
  public BusinessModelIntersection(
      String first,
      String second,
      List<? extends SharedSegment> sharedSegments,
      List<? extends ComplementaryResource> complementaryResources,
      List<? extends OverlappingOffering> overlappingOfferings,
      Comparison comparison) {
    this(
        first,
        second,
        ImmutableList.copyOf(sharedSegments),
        ImmutableList.copyOf(complementaryResources),
        ImmutableList.copyOf(overlappingOfferings),
        comparison);
  }

  /**
   * Returns the intersection of {@code first} and {@code second}.
   *
   * @param first the first model
   * @param second the second model
   * @return the intersection of {@code first} and {@code second}
   * @throws NullPointerException if a model is null
   */
  public static BusinessModelIntersection of(BusinessModel first, BusinessModel second) {
    checkNotNull(first, "first");
    checkNotNull(second, "second");
    // each model's segments and activity ids are read once and serve every part below
    Set<String> firstSegments = segments(first);
    Set<String> secondSegments = segments(second);
    ImmutableList<String> firstActivities = activityIds(first);
    ImmutableList<String> secondActivities = activityIds(second);
    ImmutableList.Builder<ComplementaryResource> complementary = ImmutableList.builder();
    addComplementary(first, second, secondActivities, complementary);
    addComplementary(second, first, firstActivities, complementary);
    return new BusinessModelIntersection(
        first.id(),
        second.id(),
        sharedSegments(first, firstSegments, second, secondSegments),
        complementary.build(),
        overlaps(first, second),
        new Comparison(
            ImmutableList.copyOf(firstSegments),
            ImmutableList.copyOf(secondSegments),
            resourceLabels(first),
            resourceLabels(second),
            firstActivities,
            secondActivities));
  }

  /**
   * Returns what was compared, in words: each model's segments and resources (kinds, with domains
   * where named), whether a model has no activity a resource could complement, and the overlapping
   * offerings by id, for example {@code customer segments of 'a' [drivers] against those of 'b'
   * [fleets]; resources of 'a' [INTELLECTUAL (battery chemistry), PHYSICAL] against those of 'b'
   * [], and 'b' has no activity a resource could complement; overlapping offerings, which are
   * conflicts and do not count: [charging/charging]}.
   *
   * @return what was compared, in words
   */
  public String compared() {
    StringBuilder text =
        new StringBuilder()
            .append("customer segments of '")
            .append(first)
            .append("' ")
            .append(comparison.firstSegments())
            .append(" against those of '")
            .append(second)
            .append("' ")
            .append(comparison.secondSegments())
            .append("; resources of '")
            .append(first)
            .append("' ")
            .append(comparison.firstResources())
            .append(" against those of '")
            .append(second)
            .append("' ")
            .append(comparison.secondResources());
    boolean firstIdle = comparison.firstActivities().isEmpty();
    boolean secondIdle = comparison.secondActivities().isEmpty();
    if (firstIdle && secondIdle) {
      text.append(", and neither has an activity a resource could complement");
    } else if (firstIdle || secondIdle) {
      text.append(", and '")
          .append(firstIdle ? first : second)
          .append("' has no activity a resource could complement");
    }
    text.append("; ");
    if (overlappingOfferings.isEmpty()) {
      text.append("no overlapping offerings");
    } else {
      text.append("overlapping offerings, which are conflicts and do not count: ")
          .append(
              overlappingOfferings.stream()
                  .map(overlap -> overlap.first() + "/" + overlap.second())
                  .toList());
    }
    return text.toString();
  }

  private static ImmutableList<String> resourceLabels(BusinessModel model) {
    Set<String> labels = new LinkedHashSet<>();
    for (Resource resource : model.creation().resources()) {
      labels.add(
          resource.kind()
              + resource.domain().map(domain -> " (" + domain.strip() + ")").orElse(""));
    }
    return ImmutableList.copyOf(labels);
  }

  private static ImmutableList<String> activityIds(BusinessModel model) {
    return model.activities().stream().map(Activity::id).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns whether the two models have a synergy: at least one complementary resource or shared
   * segment. Overlapping offerings are conflicts and do not count [Spieth et al.; the rule is the
   * library's formalisation of the firm-level consolidation phase].
   *
   * @return whether the two models have a synergy
   */
  public boolean hasSynergy() {
    return !complementaryResources.isEmpty() || !sharedSegments.isEmpty();
  }

  private static ImmutableList<SharedSegment> sharedSegments(
      BusinessModel a, Set<String> segmentsOfA, BusinessModel b, Set<String> segmentsOfB) {
    Set<String> shared = new LinkedHashSet<>();
    for (String segment : segmentsOfA) {
      if (segmentsOfB.contains(segment)) {
        shared.add(segment);
      }
    }
    if (shared.isEmpty()) {
      return ImmutableList.of();
    }
    Map<String, ImmutableList<String>> offeringsOfA = offeringsByBeneficiary(a, shared);
    Map<String, ImmutableList<String>> offeringsOfB = offeringsByBeneficiary(b, shared);
    ImmutableList.Builder<SharedSegment> found =
        ImmutableList.builderWithExpectedSize(shared.size());
    for (String segment : shared) {
      found.add(
          new SharedSegment(
              segment,
              offeringsOfA.getOrDefault(segment, ImmutableList.of()),
              offeringsOfB.getOrDefault(segment, ImmutableList.of())));
    }
    return found.build();
  }

  private static Set<String> segments(BusinessModel model) {
    Set<String> segments = new LinkedHashSet<>();
    for (Actor actor : model.actors()) {
      if (actor.hasRole(ActorRole.CUSTOMER_SEGMENT) || actor.hasRole(ActorRole.BENEFICIARY)) {
        segments.add(actor.id());
      }
    }
    for (Offering offering : model.proposition().offerings()) {
      segments.addAll(offering.beneficiaries());
    }
    return segments;
  }

  /**
   * The ids of the offerings naming each of {@code segments} as beneficiary, in model order; one
   * pass over the model, keeping lists for those segments only.
   */
  private static Map<String, ImmutableList<String>> offeringsByBeneficiary(
      BusinessModel model, Set<String> segments) {
    Map<String, ImmutableList.Builder<String>> builders = new HashMap<>();
    for (Offering offering : model.proposition().offerings()) {
      for (String beneficiary : offering.beneficiaries()) {
        if (segments.contains(beneficiary)) {
          builders.computeIfAbsent(beneficiary, k -> ImmutableList.builder()).add(offering.id());
        }
      }
    }
    Map<String, ImmutableList<String>> offerings = new HashMap<>();
    builders.forEach((beneficiary, ids) -> offerings.put(beneficiary, ids.build()));
    return offerings;
  }

  private static void addComplementary(
      BusinessModel holder,
      BusinessModel lacking,
      ImmutableList<String> activities,
      ImmutableList.Builder<ComplementaryResource> found) {
    if (activities.isEmpty()) {
      return;
    }
    // per kind the lacking model holds: whether a resource of it names no domain, and the domains
    Map<ResourceKind, Set<String>> domains = new EnumMap<>(ResourceKind.class);
    Set<ResourceKind> undomained = EnumSet.noneOf(ResourceKind.class);
    for (Resource resource : lacking.creation().resources()) {
      Set<String> ofKind = domains.computeIfAbsent(resource.kind(), k -> new HashSet<>());
      resource
          .domain()
          .ifPresentOrElse(d -> ofKind.add(normal(d)), () -> undomained.add(resource.kind()));
    }
    for (Resource resource : holder.creation().resources()) {
      Set<String> ofKind = domains.get(resource.kind());
      ComplementBasis basis;
      if (ofKind == null) {
        basis = ComplementBasis.KIND;
      } else if (resource.domain().isPresent()
          && !undomained.contains(resource.kind())
          && !ofKind.contains(normal(resource.domain().get()))) {
        basis = ComplementBasis.DOMAIN;
      } else {
        continue;
      }
      found.add(new ComplementaryResource(holder.id(), resource, lacking.id(), activities, basis));
    }
  }

  private static String normal(String domain) {
    return domain.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * The overlapping pairs, in the order of the first model's offerings, then the second's. Only
   * pairs that can overlap are compared (the same id, or a beneficiary in common, found through an
   * index of the second model's offerings), so the cost follows the size of the models and of the
   * answer rather than the product of the two offering lists.
   */
  private static ImmutableList<OverlappingOffering> overlaps(BusinessModel a, BusinessModel b) {
    List<Offering> second = b.proposition().offerings();
    Map<String, Integer> byId = new HashMap<>();
    Map<String, List<Integer>> byBeneficiary = new HashMap<>();
    for (int i = 0; i < second.size(); i++) {
      Offering y = second.get(i);
      byId.putIfAbsent(y.id(), i);
      for (String beneficiary : y.beneficiaries()) {
        byBeneficiary.computeIfAbsent(beneficiary, k -> new ArrayList<>()).add(i);
      }
    }
    ImmutableList.Builder<OverlappingOffering> overlaps = ImmutableList.builder();
    // the candidates of one offering, in the second model's order: a sorted list of their
    // indexes, so that each offering costs what its candidates cost (a bit set over the second
    // model's offerings would be scanned from its start for every offering)
    List<Integer> candidates = new ArrayList<>();
    for (Offering x : a.proposition().offerings()) {
      candidates.clear();
      Integer same = byId.get(x.id());
      if (same != null) {
        candidates.add(same);
      }
      for (String beneficiary : x.beneficiaries()) {
        candidates.addAll(byBeneficiary.getOrDefault(beneficiary, List.of()));
      }
      Collections.sort(candidates);
      for (int c = 0; c < candidates.size(); c++) {
        int i = candidates.get(c);
        if (c > 0 && candidates.get(c - 1) == i) {
          continue;
        }
        Offering y = second.get(i);
        ImmutableSet<ValueKind> kinds =
            Sets.immutableEnumSet(Sets.intersection(x.valueKinds(), y.valueKinds()));
        boolean sameId = x.id().equals(y.id());
        if (!sameId && kinds.isEmpty()) {
          continue; // no overlap, whatever beneficiaries they share
        }
        ImmutableSet<String> beneficiaries = shared(x.beneficiaries(), y.beneficiaries());
        if (sameId || (!kinds.isEmpty() && !beneficiaries.isEmpty())) {
          overlaps.add(new OverlappingOffering(x.id(), y.id(), sameId, kinds, beneficiaries));
        }
      }
    }
    return overlaps.build();
  }

  /**
   * The elements of {@code first} also in {@code second}, in {@code first}'s order; {@code first}
   * itself when all are, so that offerings with the same beneficiaries share one set.
   */
  private static ImmutableSet<String> shared(ImmutableSet<String> first, Set<String> second) {
    return second.containsAll(first) ? first : Sets.intersection(first, second).immutableCopy();
  }

  /**
   * A segment both models address.
   *
   * @param actor the segment's actor id
   * @param firstOfferings the first model's offerings naming it as beneficiary, in model order
   * @param secondOfferings the second model's offerings naming it as beneficiary, in model order
   */
  public record SharedSegment(
      String actor, ImmutableList<String> firstOfferings, ImmutableList<String> secondOfferings) {
    /**
     * @param actor the segment's actor id
     * @param firstOfferings the first model's offerings naming it as beneficiary, in model order
     * @param secondOfferings the second model's offerings naming it as beneficiary, in model order
     * @throws NullPointerException if a part is null
     */
    public SharedSegment {
      checkNotNull(actor, "actor");
      checkNotNull(firstOfferings, "firstOfferings");
      checkNotNull(secondOfferings, "secondOfferings");
    }

    /** Returns a short description for logs: the actor and how many offerings of each model. */
    @Override
    public String toString() {
      return "SharedSegment["
          + actor
          + ": "
          + firstOfferings.size()
          + " and "
          + secondOfferings.size()
          + " offerings]";
    }

    /**
     * Copies the given collections, of any kind, into immutable ones.
     *
     * @param actor the segment's actor id
     * @param firstOfferings the first model's offerings naming it as beneficiary, in model order
     * @param secondOfferings the second model's offerings naming it as beneficiary, in model order
     * @throws NullPointerException if a part is null
     */
    public SharedSegment(
        String actor,
        List<? extends String> firstOfferings,
        List<? extends String> secondOfferings) {
      this(actor, ImmutableList.copyOf(firstOfferings), ImmutableList.copyOf(secondOfferings));
    }
  }

  /**
   * A resource one model has and the other lacks: no resource of the other model matches it.
   *
   * @param holder the id of the model that has the resource
   * @param resource the resource
   * @param lacking the id of the model that lacks it
   * @param activities the lacking model's activities, in model order, none of which can draw on
   *     such a resource
   * @param basis why it is lacking: no resource of its kind, or none in its domain
   */
  public record ComplementaryResource(
      String holder,
      Resource resource,
      String lacking,
      ImmutableList<String> activities,
      ComplementBasis basis) {
    /**
     * @param holder the id of the model that has the resource
     * @param resource the resource
     * @param lacking the id of the model that lacks it
     * @param activities the lacking model's activities, in model order, none of which can draw on
     *     such a resource
     * @param basis why it is lacking: no resource of its kind, or none in its domain
     * @throws NullPointerException if a part is null
     */
    public ComplementaryResource {
      checkNotNull(holder, "holder");
      checkNotNull(resource, "resource");
      checkNotNull(lacking, "lacking");
      checkNotNull(activities, "activities");
      checkNotNull(basis, "basis");
    }

    /**
     * Copies the given collections, of any kind, into immutable ones.
     *
     * @param holder the id of the model that has the resource
     * @param resource the resource
     * @param lacking the id of the model that lacks it
     * @param activities the lacking model's activities, in model order, none of which can draw on
     *     such a resource
     * @param basis why it is lacking: no resource of its kind, or none in its domain
     * @throws NullPointerException if a part is null
     */
    public ComplementaryResource(
        String holder,
        Resource resource,
        String lacking,
        List<? extends String> activities,
        ComplementBasis basis) {
      this(holder, resource, lacking, ImmutableList.copyOf(activities), basis);
    }

    /**
     * Returns a resource whose kind the lacking model has no resource of ({@link
     * ComplementBasis#KIND}).
     *
     * @param holder the id of the model that has the resource
     * @param resource the resource
     * @param lacking the id of the model that lacks it
     * @param activities the lacking model's activities, in model order, none of which can draw on
     *     such a resource
     * @throws NullPointerException if a part is null
     */
    public ComplementaryResource(
        String holder, Resource resource, String lacking, ImmutableList<String> activities) {
      this(holder, resource, lacking, activities, ComplementBasis.KIND);
    }

    /**
     * Returns a resource whose kind the lacking model has no resource of ({@link
     * ComplementBasis#KIND}), copying the given list of any kind.
     *
     * @param holder the id of the model that has the resource
     * @param resource the resource
     * @param lacking the id of the model that lacks it
     * @param activities the lacking model's activities, in model order, none of which can draw on
     *     such a resource
     * @throws NullPointerException if a part is null
     */
    public ComplementaryResource(
        String holder, Resource resource, String lacking, List<String> activities) {
      this(holder, resource, lacking, ImmutableList.copyOf(activities), ComplementBasis.KIND);
    }
  }

  /** Why a {@link ComplementaryResource} complements the other model (library formalisation). */
  public enum ComplementBasis {
    /** The other model has no resource of the resource's kind. */
    KIND,
    /**
     * The other model has resources of the kind, each naming a domain, and none the resource's
     * domain: different know-how or capability of the same kind.
     */
    DOMAIN
  }

  /**
   * What of each model an intersection compared.
   *
   * @param firstSegments the first model's segments, in its order
   * @param secondSegments the second model's segments, in its order
   * @param firstResources the first model's resources as compared: the kind, with the domain in
   *     brackets where named, each once, in model order
   * @param secondResources the second model's resources as compared, likewise
   * @param firstActivities the first model's activity ids, which a resource could complement
   * @param secondActivities the second model's activity ids
   */
  public record Comparison(
      ImmutableList<String> firstSegments,
      ImmutableList<String> secondSegments,
      ImmutableList<String> firstResources,
      ImmutableList<String> secondResources,
      ImmutableList<String> firstActivities,
      ImmutableList<String> secondActivities) {
    /**
     * @param firstSegments the first model's segments, in its order
     * @param secondSegments the second model's segments, in its order
     * @param firstResources the first model's resources as compared: the kind, with the domain in
     *     brackets where named, each once, in model order
     * @param secondResources the second model's resources as compared, likewise
     * @param firstActivities the first model's activity ids, which a resource could complement
     * @param secondActivities the second model's activity ids
     * @throws NullPointerException if a part is null
     */
    public Comparison {
      checkNotNull(firstSegments, "firstSegments");
      checkNotNull(secondSegments, "secondSegments");
      checkNotNull(firstResources, "firstResources");
      checkNotNull(secondResources, "secondResources");
      checkNotNull(firstActivities, "firstActivities");
      checkNotNull(secondActivities, "secondActivities");
    }

    /** Returns a short description for logs: how many segments, resources and activities. */
    @Override
    public String toString() {
      return "Comparison[segments "
          + firstSegments.size()
          + " and "
          + secondSegments.size()
          + ", resources "
          + firstResources.size()
          + " and "
          + secondResources.size()
          + ", activities "
          + firstActivities.size()
          + " and "
          + secondActivities.size()
          + "]";
    }

    /**
     * Copies the given collections, of any kind, into immutable ones.
     *
     * @param firstSegments the first model's segments, in its order
     * @param secondSegments the second model's segments, in its order
     * @param firstResources the first model's resources as compared: the kind, with the domain in
     *     brackets where named, each once, in model order
     * @param secondResources the second model's resources as compared, likewise
     * @param firstActivities the first model's activity ids, which a resource could complement
     * @param secondActivities the second model's activity ids
     * @throws NullPointerException if a part is null
     */
    public Comparison(
        List<? extends String> firstSegments,
        List<? extends String> secondSegments,
        List<? extends String> firstResources,
        List<? extends String> secondResources,
        List<? extends String> firstActivities,
        List<? extends String> secondActivities) {
      this(
          ImmutableList.copyOf(firstSegments),
          ImmutableList.copyOf(secondSegments),
          ImmutableList.copyOf(firstResources),
          ImmutableList.copyOf(secondResources),
          ImmutableList.copyOf(firstActivities),
          ImmutableList.copyOf(secondActivities));
    }
  }

  /**
   * Two offerings, one of each model, that may conflict.
   *
   * @param first the first model's offering id
   * @param second the second model's offering id
   * @param sameId whether the two have the same id
   * @param commonValueKinds the value kinds both deliver, in declaration order
   * @param commonBeneficiaries the beneficiaries both name, in the first offering's order
   */
  public record OverlappingOffering(
      String first,
      String second,
      boolean sameId,
      ImmutableSet<ValueKind> commonValueKinds,
      ImmutableSet<String> commonBeneficiaries) {
    /**
     * @param sameId whether the two have the same id
     * @param first the first model's offering id
     * @param second the second model's offering id
     * @param commonValueKinds the value kinds both deliver, in declaration order
     * @param commonBeneficiaries the beneficiaries both name, in the first offering's order
     * @throws NullPointerException if a part is null
     */
    public OverlappingOffering {
      checkNotNull(first, "first");
      checkNotNull(second, "second");
      checkNotNull(commonValueKinds, "commonValueKinds");
      checkNotNull(commonBeneficiaries, "commonBeneficiaries");
    }

    /**
     * Copies the given collections, of any kind, into immutable ones.
     *
     * @param sameId whether the two have the same id
     * @param first the first model's offering id
     * @param second the second model's offering id
     * @param commonValueKinds the value kinds both deliver, in declaration order
     * @param commonBeneficiaries the beneficiaries both name, in the first offering's order
     * @throws NullPointerException if a part is null
     */
    public OverlappingOffering(
        String first,
        String second,
        boolean sameId,
        Collection<? extends ValueKind> commonValueKinds,
        Collection<? extends String> commonBeneficiaries) {
      this(
          first,
          second,
          sameId,
          ImmutableSet.copyOf(commonValueKinds),
          ImmutableSet.copyOf(commonBeneficiaries));
    }
  }

  /**
   * Returns a short description for logs: the two models and how many shared segments,
   * complementary resources and overlapping offerings.
   */
  @Override
  public String toString() {
    return "BusinessModelIntersection["
        + first
        + " and "
        + second
        + ": "
        + Sentences.count(sharedSegments.size(), "shared segment")
        + ", "
        + Sentences.count(complementaryResources.size(), "complementary resource")
        + ", "
        + Sentences.count(overlappingOfferings.size(), "overlapping offering")
        + "]";
  }
}
