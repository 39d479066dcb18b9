package org.bmi4j.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A link leaving an activity, declared in that activity: something flows from it to a downstream
 * activity, the structure of the activity system [Zott &amp; Amit 2010]. A link never leads back to
 * its own activity.
 *
 * <pre>{@code
 * Link.of("print", Flow.GOODS)
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = Link.class)
@JsonDeserialize(as = Link.class)
abstract class AbstractLink {
  /**
   * The id of the activity the flow reaches.
   *
   * @return the id of the activity the flow reaches
   */
  @Value.Parameter
  public abstract String downstream();

  /**
   * What flows.
   *
   * @return what flows
   */
  @Value.Parameter
  public abstract Flow flow();
}
