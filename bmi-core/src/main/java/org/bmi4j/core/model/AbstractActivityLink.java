package org.bmi4j.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A link of the activity system's structure [Zott &amp; Amit 2010] as the model's {@link
 * BusinessModel#links()} view gives it: something flows from an upstream activity to a downstream
 * one. It is declared in the upstream activity as a {@link Link}.
 */
@Value.Immutable
@JsonSerialize(as = ActivityLink.class)
@JsonDeserialize(as = ActivityLink.class)
abstract class AbstractActivityLink {
  /**
   * The id of the activity the flow leaves, which declares the link.
   *
   * @return the id of the activity the flow leaves
   */
  @Value.Parameter
  public abstract String upstream();

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
