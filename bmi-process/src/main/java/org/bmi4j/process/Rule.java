package org.bmi4j.process;

/** A transition with its guards, update and target choice: what {@code apply} runs. */
final class Rule<S extends Enum<S>, E, C> {
  final Transition<S> transition;
  final Guard<Object, Object>[] guards;
  final Update<C, Object> update;
  final S target;
  final Selector<S, Object, Object> selector;

  Rule(
      Transition<S> transition,
      Guard<Object, Object>[] guards,
      Update<C, Object> update,
      S target,
      Selector<S, Object, Object> selector) {
    this.transition = transition;
    this.guards = guards;
    this.update = update;
    this.target = target;
    this.selector = selector;
  }
}
