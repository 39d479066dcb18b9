package org.bmi4j.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;

/**
 * An activity of the activity system's content [Zott &amp; Amit 2010], with the resources it uses.
 */
@Value.Immutable
@JsonSerialize(as = Activity.class)
@JsonDeserialize(as = Activity.class)
abstract class AbstractActivity {
  /**
   * The activity's id, unique among the model's activities.
   *
   * @return the activity's id, unique among the model's activities
   */
  public abstract String id();

  /**
   * A human-readable name.
   *
   * @return a human-readable name
   */
  public abstract String name();

  /**
   * The kind of activity.
   *
   * @return the kind of activity
   */
  public abstract ActivityKind kind();

  /**
   * The ids of the resources (of {@link ValueCreation#resources()}) it uses.
   *
   * @return the ids of the resources (of {@link ValueCreation#resources()}) it uses
   */
  public abstract ImmutableSet<String> resources();
}
