package org.bmi4j.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A resource that value creation draws on, and the actor that provides it. */
@Value.Immutable
@JsonSerialize(as = Resource.class)
@JsonDeserialize(as = Resource.class)
abstract class AbstractResource {
  /**
   * The resource's id, unique among the model's resources.
   *
   * @return the resource's id, unique among the model's resources
   */
  @Value.Parameter
  public abstract String id();

  /**
   * A human-readable name.
   *
   * @return a human-readable name
   */
  @Value.Parameter
  public abstract String name();

  /**
   * The kind of resource.
   *
   * @return the kind of resource
   */
  @Value.Parameter
  public abstract ResourceKind kind();

  /**
   * The id of the actor providing the resource.
   *
   * @return the id of the actor providing the resource
   */
  @Value.Parameter
  public abstract String provider();

  /**
   * The field of know-how or capability the resource is in, if the encoder names one, such as
   * {@code battery chemistry} or {@code fleet operations}; non-blank in a built model.
   *
   * <p>It lets two resources of the same {@link ResourceKind kind} be told apart: two firms'
   * different know-how, both {@link ResourceKind#INTELLECTUAL}, can complement each other. How
   * domains are compared is the library's formalisation; see {@code BusinessModelIntersection}.
   *
   * @return the field of know-how or capability the resource is in, if the encoder names one, such
   *     as {@code battery chemistry} or {@code fleet operations}
   */
  public abstract Optional<String> domain();
}
