package org.bmi4j.core.ecosystem;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.bmi4j.core.internal.Sentences;

/**
 * What an ecosystem's starting conditions, history and value flows say about how it values value
 * [Oskam, Bossink &amp; de Man 2021]: its pattern, the tensions between its actors, and the members
 * that receive no value.
 *
 * <p>The rules below are the library's formalisation of the source's qualitative findings:
 *
 * <ol>
 *   <li><b>Primarily driven.</b> An actor is primarily driven by social or environmental value when
 *       its first value driver is {@code SOCIAL} or {@code ENVIRONMENTAL}, and by economic value
 *       when it is {@code ECONOMIC}.
 *   <li><b>Pattern, from the starting conditions.</b> {@code COLLECTIVE_ORCHESTRATION} when a clear
 *       common goal is recorded and integrates at least one sustainability objective; else {@code
 *       CONTINUOUS_SEARCH} when no common goal is recorded and more than half of the founding
 *       members (the actors whose first membership event is not a join) are primarily driven by
 *       social or environmental value; else {@code UNDETERMINED}.
 *   <li><b>History.</b> Membership and value propositions are each stable or not by the {@link
 *       EcosystemPolicy}; stability corroborates orchestration and contradicts search, instability
 *       (churn, redesigns) corroborates search and contradicts orchestration; neither bears on
 *       {@code UNDETERMINED}.
 *   <li><b>Tensions</b>, among the members at the end of the history, in {@link TensionKind} order,
 *       each naming its actors in the ecosystem's actor order: {@code JOINT_VS_INDIVIDUAL_VALUE}
 *       when a common goal is recorded and some members are primarily driven by economic value
 *       (those members); {@code BETWEEN_SUSTAINABILITY_GOALS} when some members are primarily
 *       driven by social and others by environmental value (both groups); {@code TIME_HORIZON} when
 *       some members have a long and others a short horizon (both groups); {@code
 *       ECONOMIC_VS_SUSTAINABILITY} when some members are primarily driven by economic and others
 *       by social or environmental value (both groups).
 *   <li><b>No value.</b> A member at the end of the history that no value flow reaches is a
 *       finding, in the ecosystem's actor order; former members are not.
 * </ol>
 *
 * @param verdict the pattern and the facts behind it
 * @param tensions the tensions found, in {@link TensionKind} order
 * @param noValue the members receiving no value, in the ecosystem's actor order
 */
public record EcosystemAssessment(
    PatternVerdict verdict,
    ImmutableList<Tension> tensions,
    ImmutableList<NoValueFinding> noValue) {
  /**
   * @param verdict the pattern and the facts behind it
   * @param tensions the tensions found, in {@link TensionKind} order
   * @param noValue the members receiving no value, in the ecosystem's actor order
   * @throws NullPointerException if a component is null
   */
  public EcosystemAssessment {
    checkNotNull(verdict, "verdict");
    checkNotNull(tensions, "tensions");
    checkNotNull(noValue, "noValue");
  }

  /**
   * Copies the given collections, of any kind, into immutable ones.
   *
   * @param verdict the pattern and the facts behind it
   * @param tensions the tensions found, in {@link TensionKind} order
   * @param noValue the members receiving no value, in the ecosystem's actor order
   * @throws NullPointerException if a component is null
   */
  public EcosystemAssessment(
      PatternVerdict verdict,
      List<? extends Tension> tensions,
      List<? extends NoValueFinding> noValue) {
    this(verdict, ImmutableList.copyOf(tensions), ImmutableList.copyOf(noValue));
  }

  /**
   * Assesses an ecosystem with the {@linkplain EcosystemPolicy#DEFAULTS default} stability limits.
   *
   * @param ecosystem the ecosystem to assess
   * @return the assessment: its tensions, the pattern verdict and the findings
   * @throws NullPointerException if {@code ecosystem} is null
   */
  public static EcosystemAssessment of(Ecosystem ecosystem) {
    return of(ecosystem, EcosystemPolicy.DEFAULTS);
  }

  /**
   * Assesses an ecosystem with the given stability limits.
   *
   * @param ecosystem the ecosystem to assess
   * @param policy the stability limits
   * @return the assessment: its tensions, the pattern verdict and the findings
   * @throws NullPointerException if an argument is null
   */
  public static EcosystemAssessment of(Ecosystem ecosystem, EcosystemPolicy policy) {
    checkNotNull(ecosystem, "ecosystem");
    checkNotNull(policy, "policy");
    EcosystemRules rules = new EcosystemRules(ecosystem, policy);
    return new EcosystemAssessment(rules.verdict(), rules.tensions(), rules.noValue());
  }

  /**
   * Returns the tension of the given kind, if one was found.
   *
   * @param kind the kind of tension
   * @return the tension of the given kind, if one was found
   */
  public Optional<Tension> tension(TensionKind kind) {
    return tensions.stream().filter(t -> t.kind() == kind).findFirst();
  }

  /**
   * Returns a short description for logs: the pattern and how many tensions and no-value findings.
   */
  @Override
  public String toString() {
    return "EcosystemAssessment["
        + verdict.pattern()
        + ": "
        + Sentences.count(tensions.size(), "tension")
        + ", "
        + Sentences.count(noValue.size(), "no-value finding")
        + "]";
  }
}
