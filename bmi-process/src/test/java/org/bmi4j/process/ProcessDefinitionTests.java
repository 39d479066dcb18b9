package org.bmi4j.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import org.bmi4j.core.testing.Messages;
import org.bmi4j.process.DefinitionProblem.Code;
import org.bmi4j.process.Toy.Context;
import org.bmi4j.process.Toy.Decide;
import org.bmi4j.process.Toy.Event;
import org.bmi4j.process.Toy.State;
import org.bmi4j.process.Toy.Submit;
import org.bmi4j.process.Toy.Withdraw;
import org.bmi4j.process.Toy.Write;
import org.junit.jupiter.api.Test;

class ProcessDefinitionTests {
  private static ProcessDefinition.Builder<State, Event, Context> builder() {
    return ProcessDefinition.<State, Event, Context>builder(
        "toy", State.class, Event.class, Context.class);
  }

  private static List<DefinitionProblem> problems(ProcessDefinition.Builder<?, ?, ?> builder) {
    List<DefinitionProblem> problems =
        assertThrows(ProcessDefinitionException.class, builder::build).problems();
    Messages.check(problems);
    return problems;
  }

  @Test
  void aValidDefinitionExposesItsTable() {
    ProcessDefinition<State, Event, Context> d = Toy.DEFINITION;
    assertEquals("toy", d.name());
    assertEquals(State.DRAFT, d.initial());
    assertEquals(List.of(State.ACCEPTED, State.WITHDRAWN), d.terminalStates().asList());
    assertEquals(6, d.transitions().size());
    assertEquals(
        List.of(Decide.class, Toy.Revise.class, Withdraw.class), d.permittedEvents(State.REVIEW));
    assertEquals(List.of(), d.permittedEvents(State.ACCEPTED));
  }

  @Test
  void aTransitionToOneOfNoTargetsIsRejectedNamingIt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                builder()
                    .on(State.REVIEW, Decide.class)
                    .toOneOf(java.util.EnumSet.noneOf(State.class), (c, event) -> State.ACCEPTED));
    assertEquals(
        "the targets of the transition from REVIEW on Decide are empty; name every"
            + " state the selector may choose",
        e.getMessage());
  }

  @Test
  void aMissingInitialStateIsAProblem() {
    List<DefinitionProblem> problems =
        problems(
            builder()
                .terminal(State.ACCEPTED, State.WITHDRAWN, State.REVIEW)
                .on(State.DRAFT, Submit.class)
                .to(State.REVIEW));
    assertEquals(
        new DefinitionProblem(
            Code.MISSING_INITIAL,
            "no initial state; call initial(...) with one of [DRAFT, REVIEW, ACCEPTED, WITHDRAWN]",
            ImmutableMap.of("states", List.of(State.values()))),
        problems.get(0));
  }

  @Test
  void everyUnreachableStateIsNamed() {
    List<DefinitionProblem> problems =
        problems(
            builder()
                .initial(State.DRAFT)
                .terminal(State.ACCEPTED, State.WITHDRAWN, State.REVIEW)
                .on(State.DRAFT, Submit.class)
                .to(State.REVIEW));
    assertEquals(
        List.of(
            new DefinitionProblem(
                Code.UNREACHABLE_STATE,
                "state ACCEPTED cannot be reached from the initial state DRAFT; add a transition"
                    + " leading to it",
                ImmutableMap.of("state", State.ACCEPTED, "initial", State.DRAFT)),
            new DefinitionProblem(
                Code.UNREACHABLE_STATE,
                "state WITHDRAWN cannot be reached from the initial state DRAFT; add a transition"
                    + " leading to it",
                ImmutableMap.of("state", State.WITHDRAWN, "initial", State.DRAFT))),
        problems);
  }

  @Test
  void aTerminalStateWithAnExitIsAProblem() {
    List<DefinitionProblem> problems =
        problems(
            builder()
                .initial(State.DRAFT)
                .terminal(State.ACCEPTED, State.WITHDRAWN, State.REVIEW)
                .on(State.DRAFT, Submit.class)
                .to(State.REVIEW)
                .on(State.DRAFT, Withdraw.class)
                .to(State.WITHDRAWN)
                .on(State.REVIEW, Decide.class)
                .to(State.ACCEPTED));
    assertEquals(
        List.of(
            new DefinitionProblem(
                Code.TERMINAL_WITH_EXIT,
                "terminal state REVIEW has a transition on Decide; terminal states absorb every event,"
                    + " so remove the transition or do not mark the state terminal",
                ImmutableMap.of("state", State.REVIEW, "event", "Decide"))),
        problems);
  }

  @Test
  void aNonTerminalStateWithOnlySelfLoopsIsADeadEnd() {
    List<DefinitionProblem> problems =
        problems(
            builder()
                .initial(State.DRAFT)
                .terminal(State.ACCEPTED, State.WITHDRAWN)
                .on(State.DRAFT, Submit.class)
                .to(State.REVIEW)
                .on(State.DRAFT, Withdraw.class)
                .to(State.WITHDRAWN)
                .on(State.DRAFT, Decide.class)
                .to(State.ACCEPTED)
                .on(State.REVIEW, Write.class)
                .stay());
    assertEquals(
        List.of(
            new DefinitionProblem(
                Code.DEAD_END,
                "non-terminal state REVIEW has no transition to another state; add one or mark it"
                    + " terminal",
                ImmutableMap.of("state", State.REVIEW))),
        problems);
  }

  @Test
  void twoTransitionsOnTheSamePairAreAmbiguous() {
    List<DefinitionProblem> problems =
        problems(
            builder()
                .initial(State.DRAFT)
                .terminal(State.ACCEPTED, State.WITHDRAWN)
                .on(State.DRAFT, Submit.class)
                .to(State.REVIEW)
                .on(State.DRAFT, Submit.class)
                .to(State.ACCEPTED)
                .on(State.REVIEW, Withdraw.class)
                .to(State.WITHDRAWN));
    assertEquals(
        List.of(
            new DefinitionProblem(
                Code.AMBIGUOUS_TRANSITION,
                "state DRAFT has two transitions on Submit; keep one per state and event type",
                ImmutableMap.of("state", State.DRAFT, "event", "Submit"))),
        problems);
  }

  private static ProcessDefinition.Builder<State, Event, Context> refusingWriteInReview() {
    return builder()
        .initial(State.DRAFT)
        .terminal(State.ACCEPTED, State.WITHDRAWN)
        .on(State.DRAFT, Submit.class)
        .to(State.REVIEW)
        .on(State.REVIEW, Withdraw.class)
        .to(State.WITHDRAWN)
        .on(State.REVIEW, Decide.class)
        .to(State.ACCEPTED)
        .refusing(
            State.REVIEW,
            Write.class,
            (c, e, v) -> {
              if (!e.text().isEmpty()) {
                v.add(Toy.Code.NO_TEXT, "the text is frozen in REVIEW; write it in DRAFT");
              }
            });
  }

  @Test
  void aRefusalRejectsWithItsOwnCodeAndIsNoTransition() {
    ProcessDefinition<State, Event, Context> d = refusingWriteInReview().build();
    ProcessInstance<State, Event, Context> review =
        d.start(Context.EMPTY, java.time.Clock.systemUTC()).applyOrThrow(new Submit());
    Outcome<? extends ProcessInstance<State, Event, Context>> refused =
        review.apply(new Write("more"));
    assertEquals(
        List.of(
            new Violation(Toy.Code.NO_TEXT, "", "the text is frozen in REVIEW; write it in DRAFT")),
        ((Outcome.Rejected<?>) refused).violations());
    assertEquals(
        KernelViolation.EVENT_NOT_PERMITTED,
        ((Outcome.Rejected<?>) review.apply(new Write(""))).violations().get(0).code(),
        "a refusal reporting nothing leaves the generic rejection");
    assertEquals(List.of(Withdraw.class, Decide.class), review.permittedEvents());
    assertEquals(3, d.transitions().size(), "a refusal is no transition");
  }

  @Test
  void aRefusalOnAPairWithATransitionIsAmbiguous() {
    List<DefinitionProblem> problems =
        problems(refusingWriteInReview().on(State.REVIEW, Write.class).stay());
    assertEquals(
        List.of(
            new DefinitionProblem(
                Code.AMBIGUOUS_TRANSITION,
                "state REVIEW has two transitions on Write; keep one per state and event type",
                ImmutableMap.of("state", State.REVIEW, "event", "Write"))),
        problems);
  }

  @Test
  void anAbstractEventTypeIsAProblem() {
    List<DefinitionProblem> problems =
        problems(
            builder()
                .initial(State.DRAFT)
                .terminal(State.ACCEPTED, State.WITHDRAWN, State.REVIEW)
                .on(State.DRAFT, Event.class)
                .to(State.REVIEW)
                .on(State.DRAFT, Withdraw.class)
                .to(State.WITHDRAWN)
                .on(State.DRAFT, Decide.class)
                .to(State.ACCEPTED));
    assertEquals(
        List.of(
            new DefinitionProblem(
                Code.BAD_EVENT_TYPE,
                "event type org.bmi4j.process.Toy$Event is not a concrete subtype of"
                    + " org.bmi4j.process.Toy$Event; declare transitions on concrete event classes",
                ImmutableMap.of(
                    "eventType", "org.bmi4j.process.Toy$Event",
                    "processEventType", "org.bmi4j.process.Toy$Event"))),
        problems);
  }

  @Test
  void everyProblemIsReportedAtOnceInCodeOrder() {
    ProcessDefinitionException e =
        assertThrows(
            ProcessDefinitionException.class,
            () ->
                builder()
                    .terminal(State.WITHDRAWN)
                    .on(State.WITHDRAWN, Submit.class)
                    .to(State.REVIEW)
                    .on(State.WITHDRAWN, Submit.class)
                    .to(State.DRAFT)
                    .build());
    assertEquals(
        List.of(
            Code.MISSING_INITIAL,
            Code.TERMINAL_WITH_EXIT,
            Code.TERMINAL_WITH_EXIT,
            Code.DEAD_END,
            Code.DEAD_END,
            Code.DEAD_END,
            Code.AMBIGUOUS_TRANSITION),
        e.problems().stream().map(DefinitionProblem::code).sorted().toList());
    assertEquals(
        e.problems().stream().map(DefinitionProblem::code).sorted().toList(),
        e.problems().stream().map(DefinitionProblem::code).toList());
    assertEquals(
        "process definition 'toy' has 7 problems:",
        e.getMessage().lines().findFirst().orElseThrow());
  }

  @Test
  void aDefinitionNameFollowsTheIdPattern() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ProcessDefinition.builder("Toy Process", State.class, Event.class, Context.class));
    assertEquals(
        "definition name must match [a-z0-9][a-z0-9._-]{0,63}, was 'Toy Process'", e.getMessage());
  }

  @Test
  void anUpdateIsSetOnce() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                builder()
                    .on(State.DRAFT, Write.class)
                    .updating((c, ev, at) -> c)
                    .updating((c, ev, at) -> c));
    assertEquals("the update of DRAFT on Write is set already", e.getMessage());
  }

  /** A code that says where an event belongs. */
  private enum Elsewhere implements ViolationCode {
    ONLY_THERE;

    @Override
    public String sentence() {
      return "%s is not permitted in %s; it belongs in %s";
    }
  }

  @Test
  void anEventWithoutTransitionMayBeRejectedWithACodeNamingWhereItBelongs() {
    ProcessDefinition<State, Event, Context> d =
        builder()
            .initial(State.DRAFT)
            .terminal(State.WITHDRAWN)
            .notPermittedAs(Decide.class, Elsewhere.ONLY_THERE)
            .on(State.DRAFT, Submit.class)
            .to(State.REVIEW)
            .on(State.REVIEW, Decide.class)
            .to(State.DRAFT)
            .on(State.REVIEW, Withdraw.class)
            .to(State.WITHDRAWN)
            .on(State.ACCEPTED, Withdraw.class)
            .to(State.WITHDRAWN)
            .on(State.DRAFT, Write.class)
            .to(State.ACCEPTED)
            .build();
    assertEquals(List.of(State.REVIEW), d.statesPermitting(Decide.class));
    ProcessInstance<State, Event, Context> draft =
        d.start(Context.EMPTY, java.time.Clock.systemUTC());
    Outcome.Rejected<?> decide =
        org.junit.jupiter.api.Assertions.assertInstanceOf(
            Outcome.Rejected.class, draft.apply(new Decide(true)));
    assertEquals(
        List.of(
            new Violation(
                Elsewhere.ONLY_THERE,
                "",
                "Decide is not permitted in DRAFT; it belongs in [REVIEW]")),
        decide.violations());
    Outcome.Rejected<?> withdraw =
        org.junit.jupiter.api.Assertions.assertInstanceOf(
            Outcome.Rejected.class, draft.apply(new Withdraw()));
    assertEquals(KernelViolation.EVENT_NOT_PERMITTED, withdraw.violations().get(0).code());
    ProcessInstance<State, Event, Context> withdrawn =
        draft.applyOrThrow(new Submit()).applyOrThrow(new Withdraw());
    Outcome.Rejected<?> ended =
        org.junit.jupiter.api.Assertions.assertInstanceOf(
            Outcome.Rejected.class, withdrawn.apply(new Decide(true)));
    assertEquals(KernelViolation.PROCESS_ENDED, ended.violations().get(0).code());
  }
}
