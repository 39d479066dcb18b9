package org.bmi4j.process;

import org.jspecify.annotations.Nullable;

/** A transition with its guards, update and target choice: what {@code apply} runs. */
final class Rule<S extends Enum<S>, E, C> {
  final Transition<S> transition;
  // the transition's, kept here so that apply reads them without going through the transition
  final Class<?> eventType;
  final boolean startsCycle;
  final Guard<Object, Object>[] guards;
  final @Nullable Update<C, Object> update;
  final @Nullable S target;
  final @Nullable Selector<S, Object, Object> selector;
  // what the guards report to first: shared by every apply of this rule, so that passing guards
  // cost no collector (see Violations#probe)
  final Violations probe = Violations.probe();

  Rule(
      Transition<S> transition,
      Guard<Object, Object>[] guards,
      @Nullable Update<C, Object> update,
      @Nullable S target,
      @Nullable Selector<S, Object, Object> selector) {
    this.transition = transition;
    this.eventType = transition.eventType();
    this.startsCycle = transition.startsCycle();
    this.guards = guards;
    this.update = update;
    this.target = target;
    this.selector = selector;
  }
}
