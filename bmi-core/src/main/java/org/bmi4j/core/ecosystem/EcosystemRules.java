package org.bmi4j.core.ecosystem;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.bmi4j.core.internal.Sentences;
import org.bmi4j.core.model.ValueKind;

/** The rules {@link EcosystemAssessment} documents; the library's formalisation. */
final class EcosystemRules {
  private final Ecosystem ecosystem;
  private final EcosystemPolicy policy;
  private final List<EcosystemActor> members;

  EcosystemRules(Ecosystem ecosystem, EcosystemPolicy policy) {
    this.ecosystem = ecosystem;
    this.policy = policy;
    this.members = ecosystem.actors().stream().filter(a -> ecosystem.isMember(a.id())).toList();
  }

  static boolean sustainabilityDriven(EcosystemActor actor) {
    return actor.primaryDriver() != ValueKind.ECONOMIC;
  }

  static boolean economyDriven(EcosystemActor actor) {
    return actor.primaryDriver() == ValueKind.ECONOMIC;
  }

  PatternVerdict verdict() {
    ImmutableList.Builder<String> facts = ImmutableList.builder();
    CommonGoal goal = ecosystem.commonGoal().orElse(null);
    if (goal == null) {
      facts.add("no clear common goal is recorded");
    } else if (goal.integratesSustainability()) {
      facts.add(
          "the common goal \""
              + goal.statement()
              + "\" integrates sustainability objectives: "
              + String.join("; ", goal.sustainabilityObjectives()));
    } else {
      facts.add(
          "the common goal \"" + goal.statement() + "\" integrates no sustainability objective");
    }
    List<EcosystemActor> founders =
        ecosystem.actors().stream().filter(a -> ecosystem.isFounder(a.id())).toList();
    List<EcosystemActor> driven =
        founders.stream().filter(EcosystemRules::sustainabilityDriven).toList();
    facts.add(
        driven.size()
            + " of "
            + Sentences.count(founders.size(), "founding member")
            + " "
            + Sentences.agree(driven.size(), "puts", "put")
            + " social or environmental value first among "
            + Sentences.agree(driven.size(), "its", "their")
            + " value drivers"
            + (driven.isEmpty() ? "" : ": " + ids(driven)));
    boolean majority = 2 * driven.size() > founders.size();

    EcosystemPattern pattern;
    if (goal != null && goal.integratesSustainability()) {
      pattern = EcosystemPattern.COLLECTIVE_ORCHESTRATION;
      facts.add(
          "a clear common goal with integrated sustainability objectives starts collective"
              + " orchestration");
    } else if (goal == null && majority) {
      pattern = EcosystemPattern.CONTINUOUS_SEARCH;
      facts.add(
          "no clear common goal and more than half of the founding members primarily driven"
              + " by social or environmental value start continuous search");
    } else {
      pattern = EcosystemPattern.UNDETERMINED;
      facts.add(
          goal != null
              ? "a clear common goal without integrated sustainability objectives starts neither"
                  + " pattern"
              : "without a clear common goal, continuous search needs more than half of the founding"
                  + " members primarily driven by social or environmental value");
    }
    return new PatternVerdict(
        pattern, facts.build(), ImmutableList.of(membership(pattern), propositions(pattern)));
  }

  private HistoryEvidence membership(EcosystemPattern pattern) {
    long joins =
        ecosystem.membership().stream().filter(e -> e.change() == MembershipChange.JOIN).count();
    long leaves = ecosystem.membership().size() - joins;
    int actors = ecosystem.actors().size();
    double churn = rate(ecosystem.membership().size(), actors);
    boolean stable = churn <= policy.maxStableChurn();
    String fact =
        count(ecosystem.membership().size(), "membership change")
            + " ("
            + count(joins, "join")
            + ", "
            + count(leaves, "leave")
            + ") among "
            + count(actors, "actor")
            + ": churn "
            + decimal(churn)
            + (stable ? ", within" : ", above")
            + " the stable limit "
            + decimal(policy.maxStableChurn());
    return new HistoryEvidence(HistoryAspect.MEMBERSHIP, stable, bearing(pattern, stable), fact);
  }

  private HistoryEvidence propositions(EcosystemPattern pattern) {
    int actors = ecosystem.actors().size();
    double rate = rate(ecosystem.redesigns().size(), actors);
    boolean stable = rate <= policy.maxStableRedesignRate();
    String fact =
        count(ecosystem.redesigns().size(), "value-proposition redesign")
            + " among "
            + count(actors, "actor")
            + ": rate "
            + decimal(rate)
            + (stable ? ", within" : ", above")
            + " the stable limit "
            + decimal(policy.maxStableRedesignRate());
    return new HistoryEvidence(
        HistoryAspect.VALUE_PROPOSITIONS, stable, bearing(pattern, stable), fact);
  }

  private static Corroboration bearing(EcosystemPattern pattern, boolean stable) {
    return switch (pattern) {
      case COLLECTIVE_ORCHESTRATION ->
          stable ? Corroboration.CORROBORATES : Corroboration.CONTRADICTS;
      case CONTINUOUS_SEARCH -> stable ? Corroboration.CONTRADICTS : Corroboration.CORROBORATES;
      case UNDETERMINED -> Corroboration.NOT_APPLICABLE;
    };
  }

  ImmutableList<Tension> tensions() {
    ImmutableList.Builder<Tension> tensions = ImmutableList.builder();
    List<EcosystemActor> economic = members(EcosystemRules::economyDriven);
    List<EcosystemActor> sustainable = members(EcosystemRules::sustainabilityDriven);
    ecosystem
        .commonGoal()
        .ifPresent(
            goal -> {
              if (!economic.isEmpty()) {
                tensions.add(
                    new Tension(
                        TensionKind.JOINT_VS_INDIVIDUAL_VALUE,
                        idList(economic),
                        "the common goal \""
                            + goal.statement()
                            + "\" asks for joint value while "
                            + ids(economic)
                            + verb(economic, " puts", " put")
                            + " economic value first"));
              }
            });
    List<EcosystemActor> social = members(a -> a.primaryDriver() == ValueKind.SOCIAL);
    List<EcosystemActor> environmental = members(a -> a.primaryDriver() == ValueKind.ENVIRONMENTAL);
    if (!social.isEmpty() && !environmental.isEmpty()) {
      tensions.add(
          new Tension(
              TensionKind.BETWEEN_SUSTAINABILITY_GOALS,
              union(social, environmental),
              ids(social)
                  + verb(social, " puts", " put")
                  + " social value first while "
                  + ids(environmental)
                  + verb(environmental, " puts", " put")
                  + " environmental value first"));
    }
    List<EcosystemActor> longTerm = members(a -> a.horizon() == TimeHorizon.LONG);
    List<EcosystemActor> shortTerm = members(a -> a.horizon() == TimeHorizon.SHORT);
    if (!longTerm.isEmpty() && !shortTerm.isEmpty()) {
      tensions.add(
          new Tension(
              TensionKind.TIME_HORIZON,
              union(longTerm, shortTerm),
              ids(longTerm)
                  + verb(longTerm, " expects", " expect")
                  + " value in the long term while "
                  + ids(shortTerm)
                  + verb(shortTerm, " expects", " expect")
                  + " it in the short term"));
    }
    if (!economic.isEmpty() && !sustainable.isEmpty()) {
      tensions.add(
          new Tension(
              TensionKind.ECONOMIC_VS_SUSTAINABILITY,
              union(economic, sustainable),
              ids(economic)
                  + verb(economic, " puts", " put")
                  + " economic value first while "
                  + ids(sustainable)
                  + verb(sustainable, " puts", " put")
                  + " social or environmental value first"));
    }
    return tensions.build();
  }

  ImmutableList<NoValueFinding> noValue() {
    Set<String> receivers = new HashSet<>();
    for (ValueFlow flow : ecosystem.valueFlows()) {
      receivers.add(flow.recipient());
    }
    ImmutableList.Builder<NoValueFinding> findings = ImmutableList.builder();
    for (EcosystemActor member : members) {
      if (!receivers.contains(member.id())) {
        findings.add(
            new NoValueFinding(
                member.id(),
                "member '"
                    + member.id()
                    + "' ("
                    + member.name()
                    + ") receives no value: no value flow reaches it, and consciously"
                    + " creating value for all actors is a condition for the ecosystem's survival"));
      }
    }
    return findings.build();
  }

  private List<EcosystemActor> members(Predicate<EcosystemActor> test) {
    return members.stream().filter(test).toList();
  }

  /** The ids of both groups in the ecosystem's actor order (the groups are disjoint or not). */
  private ImmutableList<String> union(List<EcosystemActor> a, List<EcosystemActor> b) {
    Set<String> involved = new HashSet<>();
    a.forEach(actor -> involved.add(actor.id()));
    b.forEach(actor -> involved.add(actor.id()));
    return members.stream()
        .map(EcosystemActor::id)
        .filter(involved::contains)
        .collect(ImmutableList.toImmutableList());
  }

  private static ImmutableList<String> idList(List<EcosystemActor> actors) {
    return actors.stream().map(EcosystemActor::id).collect(ImmutableList.toImmutableList());
  }

  private static String ids(List<EcosystemActor> actors) {
    return actors.stream().map(a -> "'" + a.id() + "'").collect(Collectors.joining(", "));
  }

  private static double rate(long count, int actors) {
    return actors == 0 ? 0 : (double) count / actors;
  }

  /** The verb form agreeing with the actors as its subject: one actor or several. */
  private static String verb(List<EcosystemActor> actors, String one, String many) {
    return Sentences.agree(actors.size(), one, many);
  }

  private static String count(long n, String noun) {
    return Sentences.count(n, noun);
  }

  private static String decimal(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
