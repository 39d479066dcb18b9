package org.bmi4j.core.ecosystem;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.bmi4j.core.model.ValueKind;
import org.immutables.value.Value;

/**
 * Value of one kind that one actor of the ecosystem creates for another: who gives, who receives
 * [Oskam et al. 2021, "valuing value"].
 */
@Value.Immutable
@JsonSerialize(as = ValueFlow.class)
@JsonDeserialize(as = ValueFlow.class)
abstract class AbstractValueFlow {
  /**
   * The id of the actor creating the value (JSON key {@code provider}; documents with the former
   * key {@code from} still read).
   *
   * @return the id of the actor creating the value
   */
  @Value.Parameter
  @JsonAlias("from")
  public abstract String provider();

  /**
   * The id of the actor receiving the value (JSON key {@code recipient}; documents with the former
   * key {@code to} still read).
   *
   * @return the id of the actor receiving the value
   */
  @Value.Parameter
  @JsonAlias("to")
  public abstract String recipient();

  /**
   * The kind of value.
   *
   * @return the kind of value
   */
  @Value.Parameter
  public abstract ValueKind kind();

  /**
   * What the value is, in the encoder's words.
   *
   * @return what the value is, in the encoder's words
   */
  @Value.Parameter
  public abstract String description();
}
