package org.bmi4j.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A link of the activity system's structure [Zott &amp; Amit 2010]: something flows from one
 * activity to another. A link never connects an activity to itself.
 */
@Value.Immutable
@JsonSerialize(as = ActivityLink.class)
@JsonDeserialize(as = ActivityLink.class)
abstract class AbstractActivityLink {
  /**
   * The id of the activity the flow leaves.
   *
   * @return the id of the activity the flow leaves
   */
  @Value.Parameter
  public abstract String from();

  /**
   * The id of the activity the flow reaches.
   *
   * @return the id of the activity the flow reaches
   */
  @Value.Parameter
  public abstract String to();

  /**
   * What flows.
   *
   * @return what flows
   */
  @Value.Parameter
  public abstract Flow flow();
}
