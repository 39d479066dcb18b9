package org.bmi4j.process;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bmi4j.core.model.Ids;
import org.jspecify.annotations.Nullable;

/**
 * An immutable, validated transition table over enum states and event types, shared by every
 * instance of the process.
 *
 * <p>Guarantees:
 *
 * <ul>
 *   <li>Validated when built: every state reachable from the initial one, terminal states without
 *       exits, non-terminal states with at least one exit, at most one transition per (state, event
 *       type) pair, event types concrete subtypes of the process's event type. A broken definition
 *       fails with a {@link ProcessDefinitionException} listing every problem.
 *   <li>Lookup of the transition for a (state, event) pair costs the same however many transitions
 *       there are: a table per state (by ordinal), built once, of the few event types it takes.
 *   <li>Immutable and thread-safe; orderings (permitted events, transitions) follow declaration.
 * </ul>
 *
 * @param <S> the state type
 * @param <E> the event type, typically a sealed interface of records
 * @param <C> the context type: the domain data the guards read
 */
public final class ProcessDefinition<S extends Enum<S>, E, C> {
  private final String name;
  private final Class<S> stateType;
  private final Class<E> eventType;
  private final Class<C> contextType;
  private final S initial;
  private final java.util.function.Consumer<? super C> startCheck;
  private final ImmutableSet<S> terminal;
  private final boolean[] terminalByOrdinal;
  private final ImmutableList<Transition<S>> transitions;
  // per state (by ordinal), its event types and their rules in declaration order: a state takes
  // few event types, so a scan of its types by identity finds the rule faster than a hash lookup
  private final Class<?>[][] typesByState;
  private final Rule<S, E, C>[][] rulesByState;
  private final Map<S, Map<Class<?>, Guard<Object, Object>>> refusals;
  private final IdentityHashMap<Class<?>, ViolationCode> notPermittedCodes;

  private ProcessDefinition(Builder<S, E, C> builder) {
    this.name = builder.name;
    this.stateType = builder.stateType;
    this.eventType = builder.eventType;
    this.contextType = builder.contextType;
    this.initial = checkNotNull(builder.initial, "initial"); // build() checked it
    this.startCheck = builder.startCheck;
    this.terminal = Sets.immutableEnumSet(builder.terminal);
    this.terminalByOrdinal = new boolean[stateType.getEnumConstants().length];
    for (S state : terminal) {
      terminalByOrdinal[state.ordinal()] = true;
    }
    ImmutableList.Builder<Transition<S>> list = ImmutableList.builder();
    for (Rule<S, E, C> rule : builder.rules) {
      list.add(rule.transition);
    }
    this.transitions = list.build();
    @SuppressWarnings("unchecked")
    Rule<S, E, C>[][] byState = (Rule<S, E, C>[][]) new Rule<?, ?, ?>[terminalByOrdinal.length][];
    Class<?>[][] types = new Class<?>[terminalByOrdinal.length][];
    for (S state : stateType.getEnumConstants()) {
      List<Rule<S, E, C>> rules = new ArrayList<>();
      for (Rule<S, E, C> rule : builder.rules) {
        if (rule.transition.from() == state) {
          rules.add(rule);
        }
      }
      @SuppressWarnings("unchecked")
      Rule<S, E, C>[] array = (Rule<S, E, C>[]) rules.toArray(new Rule<?, ?, ?>[0]);
      byState[state.ordinal()] = array;
      types[state.ordinal()] = new Class<?>[array.length];
      for (int i = 0; i < array.length; i++) {
        types[state.ordinal()][i] = array[i].eventType;
      }
    }
    this.rulesByState = byState;
    this.typesByState = types;
    java.util.EnumMap<S, Map<Class<?>, Guard<Object, Object>>> copied =
        new java.util.EnumMap<>(stateType);
    builder.refusals.forEach((state, byType) -> copied.put(state, Map.copyOf(byType)));
    this.refusals = java.util.Collections.unmodifiableMap(copied);
    this.notPermittedCodes = new IdentityHashMap<>(builder.notPermittedCodes);
  }

  /**
   * Returns a builder for a definition of the given name over the given state, event and context
   * types.
   *
   * @param <S> the state type, an enum
   * @param <E> the event type
   * @param <C> the context type
   * @param name the definition's name, following {@link Ids#PATTERN}
   * @param stateType the class of the states
   * @param eventType the class of the events
   * @param contextType the class of the context
   * @return a builder for a definition of the given name over the given state, event and context
   *     types
   * @throws IllegalArgumentException if {@code name} does not match {@link Ids#PATTERN}
   */
  public static <S extends Enum<S>, E, C> Builder<S, E, C> builder(
      String name, Class<S> stateType, Class<E> eventType, Class<C> contextType) {
    return new Builder<>(name, stateType, eventType, contextType);
  }

  /**
   * Returns the definition's name, such as {@code alliance-bmi}.
   *
   * @return the definition's name, such as {@code alliance-bmi}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the state type.
   *
   * @return the state type
   */
  public Class<S> stateType() {
    return stateType;
  }

  /**
   * Returns the event type.
   *
   * @return the event type
   */
  public Class<E> eventType() {
    return eventType;
  }

  /**
   * Returns the context type.
   *
   * @return the context type
   */
  public Class<C> contextType() {
    return contextType;
  }

  /**
   * Returns the initial state.
   *
   * @return the initial state
   */
  public S initial() {
    return initial;
  }

  /**
   * Returns the terminal states, in declaration order.
   *
   * @return the terminal states, in declaration order
   */
  public ImmutableSet<S> terminalStates() {
    return terminal;
  }

  /**
   * Returns whether {@code state} is terminal.
   *
   * @param state the state, possibly null (not terminal)
   * @return whether {@code state} is terminal
   */
  public boolean isTerminal(S state) {
    return state != null && terminalByOrdinal[state.ordinal()];
  }

  /**
   * Returns every transition, in declaration order.
   *
   * @return every transition, in declaration order
   */
  public ImmutableList<Transition<S>> transitions() {
    return transitions;
  }

  /**
   * Returns the event types permitted in {@code state}, in declaration order.
   *
   * @param state the state
   * @return the event types permitted in {@code state}, in declaration order
   */
  public ImmutableList<Class<?>> permittedEvents(S state) {
    checkNotNull(state, "state");
    ImmutableList.Builder<Class<?>> permitted = ImmutableList.builder();
    for (Transition<S> transition : transitions) {
      if (transition.from() == state) {
        permitted.add(transition.eventType());
      }
    }
    return permitted.build();
  }

  /**
   * Returns the states with a transition on events of {@code type}, in state order.
   *
   * @param type the event type
   * @return the states with a transition on events of {@code type}, in state order
   */
  public ImmutableList<S> statesPermitting(Class<?> type) {
    checkNotNull(type, "type");
    ImmutableList.Builder<S> states = ImmutableList.builder();
    for (S state : stateType.getEnumConstants()) {
      if (rule(state, type) != null) {
        states.add(state);
      }
    }
    return states.build();
  }

  /**
   * Returns the code an event of {@code type} is rejected with in a state without a transition for
   * it: the one set with {@link Builder#notPermittedAs}, or {@link
   * KernelViolation#EVENT_NOT_PERMITTED}.
   */
  ViolationCode notPermittedCode(Class<?> type) {
    ViolationCode code = notPermittedCodes.get(type);
    return code == null ? KernelViolation.EVENT_NOT_PERMITTED : code;
  }

  /**
   * Starts an instance in the initial state, cycle 1, with an empty history.
   *
   * @param context the initial context
   * @param clock the clock stamping each accepted event
   * @return the new instance, in the initial state
   * @throws IllegalArgumentException if the definition's start check ({@link Builder#checkStart})
   *     rejects {@code context}: a context no instance can start from
   */
  public ProcessInstance<S, E, C> start(C context, Clock clock) {
    return new ProcessInstance<>(this, checkedStart(context, clock), context, clock);
  }

  /**
   * Checks a start as {@link #start} does and returns the initial state: the start of a plain
   * instance and of a named one alike.
   */
  S checkedStart(C context, Clock clock) {
    checkNotNull(context, "context");
    checkNotNull(clock, "clock");
    startCheck.accept(context);
    return initial;
  }

  /**
   * Restores an instance from its record by replaying the history from the start context.
   *
   * @param record the record: the definition's name, the start context and the history
   * @param clock the clock stamping each event accepted after the restore
   * @return the instance the record describes
   * @throws IllegalArgumentException if the record belongs to another definition, or a step is
   *     rejected or leads elsewhere than recorded
   */
  public ProcessInstance<S, E, C> restore(InstanceRecord<S, E, C> record, Clock clock) {
    checkNotNull(record, "record");
    checkArgument(
        name.equals(record.definition()),
        "the record holds an instance of '%s', not of '%s'; restore it with the definition of"
            + " '%s'",
        record.definition(),
        name,
        record.definition());
    return start(record.start(), clock).replay(record.history());
  }

  /**
   * Returns the refusal declared for the pair ({@link Builder#refusing}), or null; consulted only
   * for an event no transition of the state takes.
   */
  @Nullable Guard<Object, Object> refusal(S state, Class<?> type) {
    Map<Class<?>, Guard<Object, Object>> byType = refusals.get(state);
    return byType == null ? null : byType.get(type);
  }

  /**
   * Returns the rule for the pair, or null; O(1) in the number of transitions, linear only in the
   * few event types {@code state} takes.
   */
  @Nullable Rule<S, E, C> rule(S state, Class<?> type) {
    Class<?>[] types = typesByState[state.ordinal()];
    for (int i = 0; i < types.length; i++) {
      if (types[i] == type) {
        return rulesByState[state.ordinal()][i];
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "ProcessDefinition["
        + name
        + ", "
        + stateType.getSimpleName()
        + ", "
        + transitions.size()
        + " transitions]";
  }

  /**
   * Builds a {@link ProcessDefinition}; not thread-safe.
   *
   * @param <S> the state type
   * @param <E> the event type
   * @param <C> the context type
   */
  public static final class Builder<S extends Enum<S>, E, C> {
    private final String name;
    private final Class<S> stateType;
    private final Class<E> eventType;
    private final Class<C> contextType;
    private @Nullable S initial;
    private final EnumSet<S> terminal;
    private final List<Rule<S, E, C>> rules = new ArrayList<>();
    private final Map<S, Map<Class<?>, Guard<Object, Object>>> refusals = new java.util.HashMap<>();
    private final List<Transition<S>> doubleRefusals = new ArrayList<>();
    private java.util.function.Consumer<? super C> startCheck = context -> {};
    private final IdentityHashMap<Class<?>, ViolationCode> notPermittedCodes =
        new IdentityHashMap<>();

    private Builder(String name, Class<S> stateType, Class<E> eventType, Class<C> contextType) {
      checkArgument(
          Ids.isValid(name),
          "definition name must match %s, was '%s'",
          Ids.PATTERN.pattern(),
          name);
      this.name = name;
      this.stateType = checkNotNull(stateType, "stateType");
      this.eventType = checkNotNull(eventType, "eventType");
      this.contextType = checkNotNull(contextType, "contextType");
      this.terminal = EnumSet.noneOf(stateType);
    }

    /**
     * Sets the initial state.
     *
     * @param state the state every instance starts in
     * @return this builder
     */
    public Builder<S, E, C> initial(S state) {
      this.initial = checkNotNull(state, "state");
      return this;
    }

    /**
     * Sets the check every start context passes, in {@link ProcessDefinition#start} and so in
     * {@link ProcessDefinition#restore}: it throws {@link IllegalArgumentException} naming what is
     * wrong for a context no instance can start from (a cycle other than 1, a flag that only a step
     * can set). By default every context passes.
     *
     * @param check throws {@link IllegalArgumentException} for a context no instance can start from
     * @return this builder
     */
    public Builder<S, E, C> checkStart(java.util.function.Consumer<? super C> check) {
      this.startCheck = checkNotNull(check, "check");
      return this;
    }

    /**
     * Sets the code an event of {@code type} is rejected with in an active state that has no
     * transition for it, instead of {@link KernelViolation#EVENT_NOT_PERMITTED}: a rejection that
     * says where the event belongs. The code's sentence gets three arguments: the event type's
     * simple name, the current state and the states that permit the type ({@link
     * ProcessDefinition#statesPermitting}). A terminal state still rejects with {@link
     * KernelViolation#PROCESS_ENDED}.
     *
     * @param type the event type
     * @param code the code to reject with
     * @return this builder
     */
    public Builder<S, E, C> notPermittedAs(Class<? extends E> type, ViolationCode code) {
      notPermittedCodes.put(checkNotNull(type, "type"), checkNotNull(code, "code"));
      return this;
    }

    /**
     * Marks states as terminal: they absorb every event.
     *
     * @param states the terminal states
     * @return this builder
     */
    @SafeVarargs
    public final Builder<S, E, C> terminal(S... states) {
      for (S state : states) {
        terminal.add(checkNotNull(state, "terminal state"));
      }
      return this;
    }

    /**
     * Starts a transition leaving {@code from} on events of {@code type}.
     *
     * @param <T> the event type of the transition
     * @param from the state the transition leaves
     * @param type the event type
     * @return the transition under declaration, to be ended with {@code to}, {@code stay} or {@code
     *     toOneOf}
     */
    public <T extends E> On<T> on(S from, Class<T> type) {
      return new On<>(checkNotNull(from, "from"), checkNotNull(type, "type"));
    }

    /**
     * Declares a precise rejection of events of {@code type} in {@code state}, where no transition
     * takes them: instead of the generic {@code EVENT_NOT_PERMITTED}, the event is rejected with
     * what {@code refusal} reports, such as a code saying where the event is permitted and why not
     * here. A refusal is no transition: it appears neither in {@link #transitions()} nor in the
     * permitted events or diagrams. If it reports nothing, the event is rejected as without it:
     * with the code set by {@link #notPermittedAs}, or {@code EVENT_NOT_PERMITTED}.
     *
     * <p>Building fails with {@code AMBIGUOUS_TRANSITION} if a transition on the same pair is
     * declared too, or a second refusal.
     *
     * @param <T> the event type refused
     * @param state the state that refuses it
     * @param type the event type
     * @param refusal reports the violations to reject with
     * @return this builder
     */
    @SuppressWarnings("unchecked")
    public <T extends E> Builder<S, E, C> refusing(
        S state, Class<T> type, Guard<? super C, ? super T> refusal) {
      checkNotNull(state, "state");
      checkNotNull(type, "type");
      checkNotNull(refusal, "refusal");
      Map<Class<?>, Guard<Object, Object>> byType =
          refusals.computeIfAbsent(state, s -> new IdentityHashMap<>());
      if (byType.put(type, (Guard<Object, Object>) refusal) != null) {
        doubleRefusals.add(new Transition<>(state, type, ImmutableSet.of(state), false));
      }
      return this;
    }

    /**
     * Builds and validates the definition.
     *
     * @return the definition
     * @throws ProcessDefinitionException listing every problem, if there is any
     */
    public ProcessDefinition<S, E, C> build() {
      S[] states = stateType.getEnumConstants();
      Map<DefinitionProblem.Code, List<DefinitionProblem>> problems =
          new java.util.EnumMap<>(DefinitionProblem.Code.class);
      IdentityHashMap<Class<?>, Integer> index = new IdentityHashMap<>();
      for (Rule<S, E, C> rule : rules) {
        index.putIfAbsent(rule.transition.eventType(), index.size());
      }
      @SuppressWarnings("unchecked")
      Rule<S, E, C>[] table = (Rule<S, E, C>[]) new Rule<?, ?, ?>[states.length * index.size()];
      Set<Class<?>> badTypes = new java.util.LinkedHashSet<>();
      for (Rule<S, E, C> rule : rules) {
        Transition<S> t = rule.transition;
        Class<?> type = t.eventType();
        if (type.isInterface()
            || Modifier.isAbstract(type.getModifiers())
            || !eventType.isAssignableFrom(type)) {
          if (badTypes.add(type)) {
            problem(
                problems,
                DefinitionProblem.Code.BAD_EVENT_TYPE,
                type.getName(),
                eventType.getName());
          }
        }
        int slot = t.from().ordinal() * index.size() + checkNotNull(index.get(type));
        if (table[slot] != null) {
          problem(
              problems,
              DefinitionProblem.Code.AMBIGUOUS_TRANSITION,
              t.from(),
              type.getSimpleName());
        } else {
          table[slot] = rule;
        }
        if (terminal.contains(t.from())) {
          problem(
              problems, DefinitionProblem.Code.TERMINAL_WITH_EXIT, t.from(), type.getSimpleName());
        }
      }
      for (Transition<S> twice : doubleRefusals) {
        problem(
            problems,
            DefinitionProblem.Code.AMBIGUOUS_TRANSITION,
            twice.from(),
            twice.eventType().getSimpleName());
      }
      for (Rule<S, E, C> rule : rules) {
        Transition<S> t = rule.transition;
        Map<Class<?>, Guard<Object, Object>> refused = refusals.get(t.from());
        if (refused != null && refused.containsKey(t.eventType())) {
          problem(
              problems,
              DefinitionProblem.Code.AMBIGUOUS_TRANSITION,
              t.from(),
              t.eventType().getSimpleName());
        }
      }
      if (initial == null) {
        problem(problems, DefinitionProblem.Code.MISSING_INITIAL, List.of(states));
      } else {
        Set<S> reached = EnumSet.of(initial);
        ArrayDeque<S> queue = new ArrayDeque<>(reached);
        while (!queue.isEmpty()) {
          S state = queue.poll();
          for (Rule<S, E, C> rule : rules) {
            if (rule.transition.from() == state) {
              for (S target : rule.transition.targets()) {
                if (reached.add(target)) {
                  queue.add(target);
                }
              }
            }
          }
        }
        for (S state : states) {
          if (!reached.contains(state)) {
            problem(problems, DefinitionProblem.Code.UNREACHABLE_STATE, state, initial);
          }
        }
      }
      for (S state : states) {
        if (terminal.contains(state)) {
          continue;
        }
        boolean exits = false;
        for (Rule<S, E, C> rule : rules) {
          Transition<S> t = rule.transition;
          if (t.from() == state && !t.stays()) {
            exits = true;
            break;
          }
        }
        if (!exits) {
          problem(problems, DefinitionProblem.Code.DEAD_END, state);
        }
      }
      if (!problems.isEmpty()) {
        ImmutableList.Builder<DefinitionProblem> all = ImmutableList.builder();
        problems.values().forEach(all::addAll);
        throw new ProcessDefinitionException(name, all.build());
      }
      return new ProcessDefinition<>(this);
    }

    private static void problem(
        Map<DefinitionProblem.Code, List<DefinitionProblem>> problems,
        DefinitionProblem.Code code,
        Object... arguments) {
      problems
          .computeIfAbsent(code, c -> new ArrayList<>())
          .add(DefinitionProblem.of(code, arguments));
    }

    /**
     * A transition being declared: add guards, an update and whether it starts a cycle, then end
     * with {@link #to}, {@link #stay} or {@link #toOneOf}.
     *
     * @param <T> the event type of the transition
     */
    public final class On<T extends E> {
      private final S from;
      private final Class<T> type;
      private final List<Guard<Object, Object>> guards = new ArrayList<>();
      private @Nullable Update<C, Object> update;
      private boolean startsCycle;

      private On(S from, Class<T> type) {
        this.from = from;
        this.type = type;
      }

      /**
       * Adds a guard; every guard runs, so a rejection lists every violated condition.
       *
       * @param guard the guard
       * @return this transition under declaration
       */
      @SuppressWarnings("unchecked")
      public On<T> when(Guard<? super C, ? super T> guard) {
        guards.add((Guard<Object, Object>) checkNotNull(guard, "guard"));
        return this;
      }

      /**
       * Sets how an accepted event changes the context.
       *
       * @param update the update of the context
       * @return this transition under declaration
       * @throws IllegalStateException if an update was set already
       */
      @SuppressWarnings("unchecked")
      public On<T> updating(Update<C, ? super T> update) {
        com.google.common.base.Preconditions.checkState(
            this.update == null,
            "the update of %s on %s is set already",
            from,
            type.getSimpleName());
        this.update = (Update<C, Object>) checkNotNull(update, "update");
        return this;
      }

      /**
       * Makes the transition start the next cycle (the cycle number rises by one).
       *
       * @return this transition under declaration
       */
      public On<T> startingCycle() {
        this.startsCycle = true;
        return this;
      }

      /**
       * Ends the declaration: the transition leads to {@code target}.
       *
       * @param target the state the transition leads to
       * @return the builder the transition was declared on
       */
      public Builder<S, E, C> to(S target) {
        checkNotNull(target, "target");
        return add(ImmutableSet.of(target), target, null);
      }

      /**
       * Ends the declaration: the transition stays in its state, changing only the context.
       *
       * @return the builder the transition was declared on
       */
      public Builder<S, E, C> stay() {
        return to(from);
      }

      /**
       * Ends the declaration: the transition leads to whichever of {@code targets} the selector
       * chooses.
       *
       * @param targets the states the selector may choose, at least one
       * @param selector chooses the target from the context and event
       * @return the builder the transition was declared on
       * @throws IllegalArgumentException if {@code targets} is empty
       */
      @SuppressWarnings("unchecked")
      public Builder<S, E, C> toOneOf(Set<S> targets, Selector<S, ? super C, ? super T> selector) {
        checkArgument(
            !targets.isEmpty(),
            "the targets of the transition from %s on %s are"
                + " empty; name every state the selector may choose",
            from,
            type.getSimpleName());
        checkNotNull(selector, "selector");
        return add(Sets.immutableEnumSet(targets), null, (Selector<S, Object, Object>) selector);
      }

      @SuppressWarnings({"unchecked", "rawtypes"})
      private Builder<S, E, C> add(
          ImmutableSet<S> targets,
          @Nullable S target,
          @Nullable Selector<S, Object, Object> selector) {
        Transition<S> transition = new Transition<>(from, type, targets, startsCycle);
        rules.add(new Rule<>(transition, guards.toArray(new Guard[0]), update, target, selector));
        return Builder.this;
      }
    }
  }

  static String simpleNames(List<Class<?>> types) {
    StringBuilder text = new StringBuilder();
    for (Class<?> type : types) {
      text.append(text.length() == 0 ? "" : ", ").append(type.getSimpleName());
    }
    return text.length() == 0 ? "none" : text.toString();
  }
}
