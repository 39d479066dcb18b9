package org.bmi4j.core.ecosystem;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.bmi4j.core.internal.Sentences;

/**
 * A tension between actors of an ecosystem [Oskam et al. 2021], naming the actors involved.
 *
 * @param kind the kind of tension
 * @param actors the ids of the actors involved, in the ecosystem's actor order
 * @param explanation why the tension was found, as a sentence naming the actors
 */
public record Tension(TensionKind kind, ImmutableList<String> actors, String explanation) {
  /**
   * @param kind the kind of tension
   * @param actors the ids of the actors involved, in the ecosystem's actor order
   * @param explanation why the tension was found, as a sentence naming the actors
   * @throws NullPointerException if a component is null
   */
  public Tension {
    checkNotNull(kind, "kind");
    checkNotNull(actors, "actors");
    checkNotNull(explanation, "explanation");
  }

  /**
   * Copies the given collections, of any kind, into immutable ones.
   *
   * @param kind the kind of tension
   * @param actors the ids of the actors involved, in the ecosystem's actor order
   * @param explanation why the tension was found, as a sentence naming the actors
   * @throws NullPointerException if a component is null
   */
  public Tension(TensionKind kind, List<? extends String> actors, String explanation) {
    this(kind, ImmutableList.copyOf(actors), explanation);
  }

  /** Returns a short description for logs: the kind and how many actors; never the explanation. */
  @Override
  public String toString() {
    return "Tension[" + kind + ", " + Sentences.count(actors.size(), "actor") + "]";
  }
}
