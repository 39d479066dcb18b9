package org.bmi4j.process;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;

/**
 * The stored form of a process instance: its definition's name, its start context and its history.
 * {@link ProcessDefinition#restore} turns it back into the instance by replaying the history, so a
 * record only ever yields an instance the definition could have produced.
 *
 * <p>In JSON, a history of at most 1,000 steps is an array of its steps; a longer one is written
 * compactly, each distinct move (states, event, whether it starts a cycle) listed once under {@code
 * "moves"} and the steps as strings of up to 1,000 tokens {@code <move>[+millis|-millis][.nanos]}
 * under {@code "steps"}, so that a document the library writes stays within what it reads; both
 * forms read back into the same steps.
 *
 * @param definition the definition's name
 * @param start the context the instance started with
 * @param history the accepted steps, oldest first
 * @param <S> the state type
 * @param <E> the event type
 * @param <C> the context type
 */
public record InstanceRecord<S extends Enum<S>, E, C>(
    String definition,
    C start,
    @JsonSerialize(using = HistoryJson.Writer.class)
        @JsonDeserialize(using = HistoryJson.Reader.class)
        ImmutableList<Step<S, E>> history) {
  /**
   * @param definition the definition's name
   * @param start the context the instance started with
   * @param history the accepted steps, oldest first
   * @throws NullPointerException if a component is null
   */
  public InstanceRecord {
    checkNotNull(definition, "definition");
    checkNotNull(start, "start");
    history = ImmutableList.copyOf(checkNotNull(history, "history"));
  }
}
