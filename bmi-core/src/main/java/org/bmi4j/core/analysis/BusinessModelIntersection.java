package org.bmi4j.core.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 *   <li>A <b>complementary resource</b> is a resource of one model whose {@link ResourceKind kind}
 *       the other model has no resource of, while the other model has at least one activity
 *       (activities that could draw on it). A model without activities lacks nothing a resource
 *       could complement.
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
 * @param complementaryResources resources one model has and the other lacks
 * @param overlappingOfferings pairs of offerings that may conflict
 */
public record BusinessModelIntersection(
    String first,
    String second,
    ImmutableList<SharedSegment> sharedSegments,
    ImmutableList<ComplementaryResource> complementaryResources,
    ImmutableList<OverlappingOffering> overlappingOfferings) {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public BusinessModelIntersection {
    checkNotNull(first, "first");
    checkNotNull(second, "second");
    checkNotNull(sharedSegments, "sharedSegments");
    checkNotNull(complementaryResources, "complementaryResources");
    checkNotNull(overlappingOfferings, "overlappingOfferings");
  }

  /**
   * Returns the intersection of {@code first} and {@code second}.
   *
   * @throws NullPointerException if a model is null
   */
  public static BusinessModelIntersection of(BusinessModel first, BusinessModel second) {
    checkNotNull(first, "first");
    checkNotNull(second, "second");
    ImmutableList.Builder<ComplementaryResource> complementary = ImmutableList.builder();
    addComplementary(first, second, complementary);
    addComplementary(second, first, complementary);
    return new BusinessModelIntersection(
        first.id(),
        second.id(),
        sharedSegments(first, second),
        complementary.build(),
        overlaps(first, second));
  }

  /**
   * Returns whether the two models have a synergy: at least one complementary resource or shared
   * segment. Overlapping offerings are conflicts and do not count [Spieth et al.; the rule is the
   * library's formalisation of the firm-level consolidation phase].
   */
  public boolean hasSynergy() {
    return !complementaryResources.isEmpty() || !sharedSegments.isEmpty();
  }

  private static ImmutableList<SharedSegment> sharedSegments(BusinessModel a, BusinessModel b) {
    Set<String> inB = segments(b);
    Map<String, ImmutableList<String>> offeringsOfA = null;
    Map<String, ImmutableList<String>> offeringsOfB = null;
    ImmutableList.Builder<SharedSegment> shared = ImmutableList.builder();
    for (String segment : segments(a)) {
      if (inB.contains(segment)) {
        if (offeringsOfA == null) {
          offeringsOfA = offeringsByBeneficiary(a);
          offeringsOfB = offeringsByBeneficiary(b);
        }
        shared.add(
            new SharedSegment(
                segment,
                offeringsOfA.getOrDefault(segment, ImmutableList.of()),
                offeringsOfB.getOrDefault(segment, ImmutableList.of())));
      }
    }
    return shared.build();
  }

  private static Set<String> segments(BusinessModel model) {
    Set<String> segments = new LinkedHashSet<>();
    for (Actor actor : model.actors()) {
      if (actor.role() == ActorRole.CUSTOMER_SEGMENT || actor.role() == ActorRole.BENEFICIARY) {
        segments.add(actor.id());
      }
    }
    for (Offering offering : model.proposition().offerings()) {
      segments.addAll(offering.beneficiaries());
    }
    return segments;
  }

  /** The ids of the offerings naming each beneficiary, in model order; one pass over the model. */
  private static Map<String, ImmutableList<String>> offeringsByBeneficiary(BusinessModel model) {
    Map<String, ImmutableList.Builder<String>> builders = new HashMap<>();
    for (Offering offering : model.proposition().offerings()) {
      for (String beneficiary : offering.beneficiaries()) {
        builders.computeIfAbsent(beneficiary, k -> ImmutableList.builder()).add(offering.id());
      }
    }
    Map<String, ImmutableList<String>> offerings = new HashMap<>();
    builders.forEach((beneficiary, ids) -> offerings.put(beneficiary, ids.build()));
    return offerings;
  }

  private static void addComplementary(
      BusinessModel holder,
      BusinessModel lacking,
      ImmutableList.Builder<ComplementaryResource> found) {
    if (lacking.activities().isEmpty()) {
      return;
    }
    Set<ResourceKind> kinds = EnumSet.noneOf(ResourceKind.class);
    for (Resource resource : lacking.creation().resources()) {
      kinds.add(resource.kind());
    }
    ImmutableList<String> activities = null;
    for (Resource resource : holder.creation().resources()) {
      if (!kinds.contains(resource.kind())) {
        if (activities == null) {
          activities =
              lacking.activities().stream()
                  .map(Activity::id)
                  .collect(ImmutableList.toImmutableList());
        }
        found.add(new ComplementaryResource(holder.id(), resource, lacking.id(), activities));
      }
    }
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
    BitSet candidates = new BitSet(second.size());
    for (Offering x : a.proposition().offerings()) {
      candidates.clear();
      Integer same = byId.get(x.id());
      if (same != null) {
        candidates.set(same);
      }
      for (String beneficiary : x.beneficiaries()) {
        for (int i : byBeneficiary.getOrDefault(beneficiary, List.of())) {
          candidates.set(i);
        }
      }
      for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
        Offering y = second.get(i);
        ImmutableSet<ValueKind> kinds =
            Sets.immutableEnumSet(Sets.intersection(x.valueKinds(), y.valueKinds()));
        ImmutableSet<String> beneficiaries =
            Sets.intersection(x.beneficiaries(), y.beneficiaries()).immutableCopy();
        boolean sameId = x.id().equals(y.id());
        if (sameId || (!kinds.isEmpty() && !beneficiaries.isEmpty())) {
          overlaps.add(new OverlappingOffering(x.id(), y.id(), sameId, kinds, beneficiaries));
        }
      }
    }
    return overlaps.build();
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
     * @throws NullPointerException if a part is null
     */
    public SharedSegment {
      checkNotNull(actor, "actor");
      checkNotNull(firstOfferings, "firstOfferings");
      checkNotNull(secondOfferings, "secondOfferings");
    }
  }

  /**
   * A resource one model has and the other lacks: the other model has no resource of its kind.
   *
   * @param holder the id of the model that has the resource
   * @param resource the resource
   * @param lacking the id of the model that lacks its kind
   * @param activities the lacking model's activities, in model order, none of which can draw on a
   *     resource of that kind
   */
  public record ComplementaryResource(
      String holder, Resource resource, String lacking, ImmutableList<String> activities) {
    /**
     * @throws NullPointerException if a part is null
     */
    public ComplementaryResource {
      checkNotNull(holder, "holder");
      checkNotNull(resource, "resource");
      checkNotNull(lacking, "lacking");
      checkNotNull(activities, "activities");
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
     * @throws NullPointerException if a part is null
     */
    public OverlappingOffering {
      checkNotNull(first, "first");
      checkNotNull(second, "second");
      checkNotNull(commonValueKinds, "commonValueKinds");
      checkNotNull(commonBeneficiaries, "commonBeneficiaries");
    }
  }
}
