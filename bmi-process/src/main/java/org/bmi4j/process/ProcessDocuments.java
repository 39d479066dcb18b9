package org.bmi4j.process;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.time.Clock;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.DocumentType;

/**
 * JSON documents of process instances, read and written through {@link BmiJson}.
 *
 * <p>A stored instance is its definition's name, its start context and its history (type name
 * {@code process-instance}). Reading replays the history from the start context, so a document
 * whose steps do not follow the definition, or whose recorded states and cycles do not match the
 * replay, is rejected as bad input ({@code BmiJsonException}); what is read is always an instance
 * the definition could have produced. Replaying a step of the bmi4j processes costs the same
 * however long the history is, except {@code ReviseOpportunity}, {@code SelectOpportunity} and a
 * new sense-seize-transform cycle (linear in the number of opportunities), so reading costs time
 * and memory linear in the document's length. The event type must bind to JSON with explicit type
 * names, and the context type must bind as well.
 *
 * <pre>{@code
 * String json = BmiJson.write(ProcessDocuments.instance(definition, clock), instance);
 * ProcessInstance<...> read = BmiJson.read(ProcessDocuments.instance(definition, clock), json);
 * }</pre>
 */
public final class ProcessDocuments {
  /** The document type name of a process instance. */
  public static final String INSTANCE = "process-instance";

  private ProcessDocuments() {}

  /**
   * Returns the document type of instances of {@code definition}; instances read get {@code clock}.
   *
   * @param <S> the state type
   * @param <E> the event type
   * @param <C> the context type
   * @param definition the definition the instances follow
   * @param clock the clock of each instance read
   * @return the document type of instances of {@code definition}
   */
  public static <S extends Enum<S>, E, C> DocumentType<ProcessInstance<S, E, C>> instance(
      ProcessDefinition<S, E, C> definition, Clock clock) {
    return instance(definition, clock, i -> i);
  }

  /**
   * Returns the document type of instances of {@code definition} held as a named instance type;
   * instances read get {@code clock} and are named by {@code named}.
   *
   * @param <S> the state type
   * @param <E> the event type
   * @param <C> the context type
   * @param <I> the named instance type
   * @param definition the definition the instances follow
   * @param clock the clock of each instance read
   * @param named turns an instance read into the named type
   * @return the document type of instances of {@code definition}, as the named type
   */
  public static <S extends Enum<S>, E, C, I extends ProcessInstance<S, E, C>>
      DocumentType<I> instance(
          ProcessDefinition<S, E, C> definition,
          Clock clock,
          java.util.function.Function<ProcessInstance<S, E, C>, I> named) {
    checkNotNull(named, "named");
    checkNotNull(definition, "definition");
    checkNotNull(clock, "clock");
    TypeFactory types = TypeFactory.defaultInstance();
    JavaType stored =
        types.constructParametricType(
            InstanceRecord.class,
            definition.stateType(),
            definition.eventType(),
            definition.contextType());
    return DocumentType.<I, InstanceRecord<S, E, C>>mapped(
        INSTANCE,
        stored,
        r -> named.apply(definition.restore(r, clock)),
        ProcessInstance::toRecord);
  }
}
