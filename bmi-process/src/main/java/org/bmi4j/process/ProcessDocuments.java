package org.bmi4j.process;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.time.Clock;
import java.util.List;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.core.json.DocumentType;

/**
 * JSON documents of process instances, read and written through {@link BmiJson}.
 *
 * <p>A stored instance is its definition's name, its start context and its history (type name
 * {@code process-instance}). Reading replays the history from the start context, so a document
 * whose steps do not follow the definition, or whose recorded states and cycles do not match the
 * replay, is rejected as bad input ({@code BmiJsonException}); what is read is always an instance
 * the definition could have produced. The event type must bind to JSON with explicit type names,
 * and the context type must bind as well.
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
   * Returns the document type of instances of {@code definition}; instances read get {@code
   * clock}.
   */
  public static <S extends Enum<S>, E, C> DocumentType<ProcessInstance<S, E, C>> instance(
      ProcessDefinition<S, E, C> definition, Clock clock) {
    checkNotNull(definition, "definition");
    checkNotNull(clock, "clock");
    TypeFactory types = TypeFactory.defaultInstance();
    JavaType step = types.constructParametricType(Step.class, definition.stateType(),
        definition.eventType());
    JavaType stored = types.constructParametricType(StoredInstance.class,
        types.constructType(definition.contextType()), step);
    return DocumentType.<ProcessInstance<S, E, C>, StoredInstance<C, Step<S, E>>>mapped(
        INSTANCE, stored,
        s -> restore(definition, clock, s),
        i -> new StoredInstance<>(i.definition().name(), i.start(), i.history()));
  }

  private static <S extends Enum<S>, E, C> ProcessInstance<S, E, C> restore(
      ProcessDefinition<S, E, C> definition, Clock clock, StoredInstance<C, Step<S, E>> stored) {
    checkArgument(definition.name().equals(stored.definition()),
        "the document holds an instance of '%s', not of '%s'", stored.definition(),
        definition.name());
    return definition.start(stored.start(), clock).replay(stored.history());
  }

  /** The stored form: definition name, start context, history. */
  record StoredInstance<C, T>(String definition, C start, List<T> history) {
    StoredInstance {
      checkNotNull(definition, "definition");
      checkNotNull(start, "start");
      checkNotNull(history, "history");
    }
  }
}
