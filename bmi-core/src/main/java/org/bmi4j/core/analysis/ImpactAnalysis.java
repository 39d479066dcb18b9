package org.bmi4j.core.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import com.google.common.graph.GraphBuilder;
import com.google.common.graph.Graphs;
import com.google.common.graph.ImmutableGraph;
import java.util.EnumSet;
import java.util.Set;
import org.bmi4j.core.model.ValueFunction;

/**
 * Answers "I changed these value functions; which others must be reviewed?" as the closure over a
 * dependency relation between the functions.
 *
 * <p>De Silva et al. (2019), after Richardson (2008) and Zott et al. (2011): "VP directs VC, VC
 * affects VE, and VCa depends on all the others", and the functions "interact differently across
 * organizations". {@link #standard()} encodes that sentence as the relation PROPOSITION &rarr;
 * CREATION &rarr; EXCHANGE and {PROPOSITION, CREATION, EXCHANGE} &rarr; CAPTURE; {@link #builder()}
 * lets an organisation supply its own. {@link #impact} gives the whole set to review (the changed
 * functions and those they reach) and the rest; {@link #toReview} only the reached ones.
 *
 * <p>Immutable and thread-safe.
 */
public final class ImpactAnalysis {
  private static final ImpactAnalysis STANDARD =
      builder()
          .affects(ValueFunction.PROPOSITION, ValueFunction.CREATION)
          .affects(ValueFunction.CREATION, ValueFunction.EXCHANGE)
          .affects(ValueFunction.PROPOSITION, ValueFunction.CAPTURE)
          .affects(ValueFunction.CREATION, ValueFunction.CAPTURE)
          .affects(ValueFunction.EXCHANGE, ValueFunction.CAPTURE)
          .build();

  private final ImmutableGraph<ValueFunction> dependencies;

  private ImpactAnalysis(ImmutableGraph<ValueFunction> dependencies) {
    this.dependencies = dependencies;
  }

  /**
   * Returns the analysis over the relation of De Silva et al. (2019).
   *
   * @return the analysis over the relation of De Silva et al. (2019)
   */
  public static ImpactAnalysis standard() {
    return STANDARD;
  }

  /**
   * Returns a builder for an organisation's own relation, starting with no dependency.
   *
   * @return a builder for an organisation's own relation, starting with no dependency
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the dependency relation: an edge from A to B says a change to A must be reviewed in B.
   *
   * @return the dependency relation
   */
  public ImmutableGraph<ValueFunction> dependencies() {
    return dependencies;
  }

  /**
   * Returns the functions to review after {@code changed} changed: every function reachable from a
   * changed one, less the changed ones themselves, in declaration order.
   *
   * @param changed the functions that changed
   * @return the functions to review after {@code changed} changed
   * @throws NullPointerException if {@code changed} or an element is null
   */
  public ImmutableSet<ValueFunction> toReview(Iterable<ValueFunction> changed) {
    Set<ValueFunction> changedSet = changedSet(changed);
    return Sets.immutableEnumSet(reached(changedSet));
  }

  /**
   * Returns the whole picture after {@code changed} changed: the set to review (the changed
   * functions plus every function reachable from them) and the rest, which nothing changed reaches.
   *
   * @param changed the functions that changed
   * @return the whole picture after {@code changed} changed
   * @throws NullPointerException if {@code changed} or an element is null
   */
  public Impact impact(Iterable<ValueFunction> changed) {
    Set<ValueFunction> changedSet = changedSet(changed);
    Set<ValueFunction> reached = reached(changedSet);
    Set<ValueFunction> review = EnumSet.copyOf(reached);
    review.addAll(changedSet);
    return new Impact(
        Sets.immutableEnumSet(changedSet),
        Sets.immutableEnumSet(reached),
        Sets.immutableEnumSet(review),
        Sets.immutableEnumSet(EnumSet.complementOf(EnumSet.copyOf(review))));
  }

  private static Set<ValueFunction> changedSet(Iterable<ValueFunction> changed) {
    Set<ValueFunction> changedSet = EnumSet.noneOf(ValueFunction.class);
    for (ValueFunction function : checkNotNull(changed, "changed")) {
      changedSet.add(checkNotNull(function, "changed must not contain null"));
    }
    return changedSet;
  }

  private Set<ValueFunction> reached(Set<ValueFunction> changedSet) {
    Set<ValueFunction> reached = EnumSet.noneOf(ValueFunction.class);
    for (ValueFunction function : changedSet) {
      reached.addAll(Graphs.reachableNodes(dependencies, function));
    }
    reached.removeAll(changedSet);
    return reached;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImpactAnalysis other && dependencies.equals(other.dependencies);
  }

  @Override
  public int hashCode() {
    return dependencies.hashCode();
  }

  @Override
  public String toString() {
    return "ImpactAnalysis" + dependencies.edges();
  }

  /** Builds an {@link ImpactAnalysis}; not thread-safe. */
  public static final class Builder {
    private final ImmutableGraph.Builder<ValueFunction> graph =
        GraphBuilder.directed().allowsSelfLoops(false).<ValueFunction>immutable();

    private Builder() {
      for (ValueFunction function : ValueFunction.values()) {
        graph.addNode(function);
      }
    }

    /**
     * Records that a change to {@code from} must be reviewed in {@code to}.
     *
     * @param from the function whose change must be reviewed elsewhere
     * @param to the function to review when {@code from} changes
     * @return this builder
     * @throws IllegalArgumentException if {@code from} equals {@code to}
     */
    public Builder affects(ValueFunction from, ValueFunction to) {
      checkNotNull(from, "from");
      checkNotNull(to, "to");
      checkArgument(
          from != to,
          "value function %s cannot affect itself; an impact"
              + " links two different value functions",
          from);
      graph.putEdge(from, to);
      return this;
    }

    /**
     * Returns the analysis.
     *
     * @return the analysis
     */
    public ImpactAnalysis build() {
      return new ImpactAnalysis(graph.build());
    }
  }
}
