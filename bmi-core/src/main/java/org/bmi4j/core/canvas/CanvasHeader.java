package org.bmi4j.core.canvas;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ValueKind;

/**
 * What a canvas shows above its blocks: which model and version it is, its owners, missions and
 * goals, and the owners' group (their parents and units, which are no key partners).
 *
 * @param model the model's id
 * @param version the model's version
 * @param owners the model's owners
 * @param missions the kinds of value the model is for
 * @param goals the model's goals
 * @param group the actors of the owners' group: the owners' parents and units
 */
public record CanvasHeader(
    String model,
    int version,
    ImmutableList<Actor> owners,
    ImmutableSet<ValueKind> missions,
    ImmutableList<String> goals,
    ImmutableList<Actor> group) {
  /**
   * Checks the components.
   *
   * @param model the model's id
   * @param version the model's version
   * @param owners the model's owners
   * @param missions the kinds of value the model is for
   * @param goals the model's goals
   * @param group the actors of the owners' group: the owners' parents and units
   * @throws NullPointerException if a component is null
   */
  public CanvasHeader {
    checkNotNull(model, "model");
    checkNotNull(owners, "owners");
    checkNotNull(missions, "missions");
    checkNotNull(goals, "goals");
    checkNotNull(group, "group");
  }

  /**
   * Copies the given collections, of any kind, into immutable ones.
   *
   * @param model the model's id
   * @param version the model's version
   * @param owners the model's owners
   * @param missions the kinds of value the model is for
   * @param goals the model's goals
   * @param group the actors of the owners' group: the owners' parents and units
   * @throws NullPointerException if a component is null
   */
  public CanvasHeader(
      String model,
      int version,
      Collection<? extends Actor> owners,
      Set<ValueKind> missions,
      Collection<String> goals,
      Collection<? extends Actor> group) {
    this(
        model,
        version,
        ImmutableList.copyOf(owners),
        ImmutableSet.copyOf(missions),
        ImmutableList.copyOf(goals),
        ImmutableList.copyOf(group));
  }

  /**
   * The lines the views print under the title: the model and version, then the owners, missions,
   * goals and group that are not empty, each after its label.
   */
  ImmutableList<String> lines() {
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    lines.add("Model " + model + ", version " + version);
    if (!owners.isEmpty()) {
      lines.add("Owners: " + names(owners));
    }
    if (!missions.isEmpty()) {
      lines.add(
          "Missions: "
              + missions.stream().map(CanvasMapping::words).collect(Collectors.joining(", ")));
    }
    if (!goals.isEmpty()) {
      lines.add("Goals: " + String.join("; ", goals));
    }
    if (!group.isEmpty()) {
      lines.add("Group: " + names(group));
    }
    return lines.build();
  }

  private static String names(Collection<Actor> actors) {
    return actors.stream().map(Actor::name).collect(Collectors.joining(", "));
  }
}
