package org.bmi4j.process;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.google.common.collect.ImmutableList;
import java.util.EnumSet;

/** A small process for kernel tests: a proposal drafted, reviewed, revised in cycles, ended. */
final class Toy {
  private Toy() {}

  enum State {
    DRAFT,
    REVIEW,
    ACCEPTED,
    WITHDRAWN
  }

  enum Code implements ViolationCode {
    NO_TEXT,
    TOO_SHORT,
    NO_REASON
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = Write.class, name = "write"),
    @JsonSubTypes.Type(value = Submit.class, name = "submit"),
    @JsonSubTypes.Type(value = Decide.class, name = "decide"),
    @JsonSubTypes.Type(value = Revise.class, name = "revise"),
    @JsonSubTypes.Type(value = Withdraw.class, name = "withdraw")
  })
  sealed interface Event permits Write, Submit, Decide, Revise, Withdraw {}

  record Write(String text) implements Event {}

  record Submit() implements Event {}

  /** Accept (ending) or send back, chosen by the flag. */
  record Decide(boolean accept) implements Event {}

  record Revise(String reason) implements Event {}

  record Withdraw() implements Event {}

  record Context(ImmutableList<String> texts) {
    static final Context EMPTY = new Context(ImmutableList.of());

    Context with(String text) {
      return new Context(ImmutableList.<String>builder().addAll(texts).add(text).build());
    }
  }

  static final ProcessDefinition<State, Event, Context> DEFINITION =
      ProcessDefinition.<State, Event, Context>builder(
              "toy", State.class, Event.class, Context.class)
          .initial(State.DRAFT)
          .terminal(State.ACCEPTED, State.WITHDRAWN)
          .on(State.DRAFT, Write.class)
          .when(
              (c, e, v) -> {
                if (e.text().isBlank()) {
                  v.add(Code.NO_TEXT, "a text must not be blank");
                }
              })
          .updating((c, e, at) -> c.with(e.text()))
          .stay()
          .on(State.DRAFT, Submit.class)
          .when(
              (c, e, v) -> {
                if (c.texts().isEmpty()) {
                  v.add(Code.NO_TEXT, "write a text before submitting");
                }
              })
          .when(
              (c, e, v) -> {
                if (c.texts().size() < 2) {
                  v.add(Code.TOO_SHORT, "author", "two texts at least, have " + c.texts().size());
                }
              })
          .to(State.REVIEW)
          .on(State.REVIEW, Decide.class)
          .toOneOf(
              EnumSet.of(State.ACCEPTED, State.DRAFT),
              (c, e) -> e.accept() ? State.ACCEPTED : State.DRAFT)
          .on(State.REVIEW, Revise.class)
          .when(
              (c, e, v) -> {
                if (e.reason().isBlank()) {
                  v.add(Code.NO_REASON, "a revision needs a reason");
                }
              })
          .startingCycle()
          .to(State.DRAFT)
          .on(State.DRAFT, Withdraw.class)
          .to(State.WITHDRAWN)
          .on(State.REVIEW, Withdraw.class)
          .to(State.WITHDRAWN)
          .build();
}
