package org.bmi4j.core.ecosystem;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.bmi4j.core.internal.Sentences;

/**
 * The pattern of an ecosystem, classified from its starting conditions, with the facts that decided
 * it and what its history says about it.
 *
 * @param pattern the classified pattern
 * @param facts the starting conditions that decided it, as sentences in a fixed order: the common
 *     goal, then the actors' value drivers
 * @param evidence what membership and value-proposition history say, in {@link HistoryAspect} order
 */
public record PatternVerdict(
    EcosystemPattern pattern,
    ImmutableList<String> facts,
    ImmutableList<HistoryEvidence> evidence) {
  /**
   * @param pattern the classified pattern
   * @param facts the starting conditions that decided it, as sentences in a fixed order: the common
   *     goal, then the actors' value drivers
   * @param evidence what membership and value-proposition history say, in {@link HistoryAspect}
   *     order
   * @throws NullPointerException if a component is null
   */
  public PatternVerdict {
    checkNotNull(pattern, "pattern");
    checkNotNull(facts, "facts");
    checkNotNull(evidence, "evidence");
  }

  /**
   * Copies the given collections, of any kind, into immutable ones.
   *
   * @param pattern the classified pattern
   * @param facts the starting conditions that decided it, as sentences in a fixed order: the common
   *     goal, then the actors' value drivers
   * @param evidence what membership and value-proposition history say, in {@link HistoryAspect}
   *     order
   * @throws NullPointerException if a component is null
   */
  public PatternVerdict(
      EcosystemPattern pattern,
      List<? extends String> facts,
      List<? extends HistoryEvidence> evidence) {
    this(pattern, ImmutableList.copyOf(facts), ImmutableList.copyOf(evidence));
  }

  /**
   * Returns the evidence of one aspect of the history.
   *
   * @param aspect the aspect of the history
   * @return the evidence of one aspect of the history
   */
  public HistoryEvidence evidence(HistoryAspect aspect) {
    return evidence.stream().filter(e -> e.aspect() == aspect).findFirst().orElseThrow();
  }

  /**
   * Returns a short description for logs: the pattern and how many facts and pieces of evidence.
   */
  @Override
  public String toString() {
    return "PatternVerdict["
        + pattern
        + ": "
        + Sentences.count(facts.size(), "fact")
        + ", "
        + evidence.size()
        + " evidence]";
  }
}
