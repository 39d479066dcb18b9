package org.bmi4j.process;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bmi4j.process.internal.Kernel;
import org.jspecify.annotations.Nullable;

/**
 * An immutable run of a process: its state, context, cycle number and history.
 *
 * <p>Guarantees:
 *
 * <ul>
 *   <li>{@link #apply} never throws for a business rejection: it returns {@link Outcome.Rejected}
 *       with this same instance and every violated condition, or {@link Outcome.Accepted} with a
 *       new instance whose history has exactly one more step.
 *   <li>Terminal states absorb every event; the cycle number never decreases.
 *   <li>An accepted event costs the same whatever the history's length: the history is shared, not
 *       copied; the transition lookup is O(1); guards that pass allocate no violation.
 *   <li>Time comes from the clock given at {@link ProcessDefinition#start}, read once per accepted
 *       event ({@link Clock#millis()}, so steps are stamped to the millisecond) and never for a
 *       rejected one; replaying the history from the start instance reproduces this instance
 *       exactly, recorded instants finer than a millisecond included.
 *   <li>Equality covers definition, state, context, cycle and history, not the clock. Immutable and
 *       thread-safe as long as the context is.
 * </ul>
 *
 * <p>The library's own processes hand back named subtypes ({@code AllianceInstance}, {@code
 * FirmInstance}, {@code SstInstance}) whose {@code apply} returns the named type; code over any
 * process uses this class. Only the library's named instances subclass it.
 *
 * @param <S> the state type
 * @param <E> the event type
 * @param <C> the context type
 */
public class ProcessInstance<S extends Enum<S>, E, C> {
  // the state and cycle are the last step's (the run's start state and 1 before the first), so
  // that each accepted event allocates a smaller instance
  private final Run<S, E, C> run;
  private final C context;
  // the history is the chain of steps ending here (null before the first): shared, never copied
  private final @Nullable Step<S, E> last;

  static {
    Kernel.install(
        new Kernel.Access() {
          @Override
          public <S extends Enum<S>, E, C> @Nullable ProcessInstance<S, E, C> applyAt(
              ProcessInstance<S, E, C> instance,
              E event,
              long epochMilli,
              @Nullable List<Violation> violations) {
            Object next = instance.next(event, true, epochMilli, 0);
            if (next instanceof Outcome.Rejected<?> rejected) {
              if (violations != null) {
                violations.addAll(rejected.violations());
              }
              return null;
            }
            @SuppressWarnings("unchecked") // next() returns an instance of this run or a rejection
            ProcessInstance<S, E, C> accepted = (ProcessInstance<S, E, C>) next;
            return accepted;
          }
        });
  }

  ProcessInstance(ProcessDefinition<S, E, C> definition, S state, C start, Clock clock) {
    this(new Run<>(definition, start, clock, state), start, null);
  }

  private ProcessInstance(Run<S, E, C> run, C context, @Nullable Step<S, E> last) {
    this.run = run;
    this.context = context;
    this.last = last;
  }

  /**
   * A named instance equal to {@code instance}: the same run, state, context, cycle and history.
   *
   * @param instance the instance to name
   * @throws NullPointerException if {@code instance} is null
   */
  protected ProcessInstance(ProcessInstance<S, E, C> instance) {
    this(instance.run, instance.context, instance.last);
  }

  /**
   * A named instance started from {@code context} in {@code definition}'s initial state, cycle 1,
   * with an empty history: equal to {@code definition.start(context, clock)}, in one object. A
   * named subtype's start calls this, so that starting allocates no plain instance first.
   *
   * @param definition the definition to run
   * @param context the start context
   * @param clock the clock stamping each accepted event
   * @throws IllegalArgumentException if the definition's start check rejects {@code context}
   * @throws NullPointerException if an argument is null
   */
  protected ProcessInstance(ProcessDefinition<S, E, C> definition, C context, Clock clock) {
    this(
        new Run<>(
            definition,
            context,
            clock,
            checkNotNull(definition, "definition").checkedStart(context, clock)),
        context,
        null);
  }

  /**
   * The instance an accepted event leads from {@code previous} to: its run, {@code context}, and
   * its history continued by {@code step}. A named subtype's {@link #successor} calls this, so that
   * an accepted event allocates one instance of that type.
   *
   * @param previous the instance the event was applied to
   * @param context the context after the event
   * @param step the step recording the event, continuing {@code previous}'s history
   * @throws IllegalArgumentException if {@code step} does not continue {@code previous}'s history
   *     (another number, another starting state, or chained to another history)
   * @throws NullPointerException if an argument is null
   */
  protected ProcessInstance(ProcessInstance<S, E, C> previous, C context, Step<S, E> step) {
    this(previous.run, checkNotNull(context, "context"), continuing(previous, step));
  }

  private static <S extends Enum<S>, E> Step<S, E> continuing(
      ProcessInstance<S, E, ?> previous, Step<S, E> step) {
    checkArgument(
        step.previous() == previous.last
            && step.sequence() == previous.sequence() + 1
            && step.from() == previous.state(),
        "step %s does not continue the history of %s",
        step,
        previous);
    return step;
  }

  /**
   * Returns the instance an accepted event leads to: {@code context} with the history continued by
   * {@code step}. A named subtype overrides this to return {@code new Named(this, context, step)}
   * (through {@link #ProcessInstance(ProcessInstance, Object, Step)}), so that every instance after
   * it has its type too and each accepted event allocates one instance.
   *
   * @param context the context after the event
   * @param step the step recording the event
   * @return the instance after the event, as this instance's type
   */
  protected ProcessInstance<S, E, C> successor(C context, Step<S, E> step) {
    return new ProcessInstance<>(run, context, step);
  }

  /**
   * What every instance of one run shares, from its start on: kept apart so that each accepted
   * event allocates a smaller instance. It also keeps the instant last given to an update, so that
   * the steps of one millisecond (every step of a multi-level operation, the events of a fast
   * caller) share one {@link Instant} instead of making one each.
   */
  private static final class Run<S extends Enum<S>, E, C> {
    final ProcessDefinition<S, E, C> definition;
    final C start;
    final Clock clock;
    final S startState;
    // racy by design: an Instant is immutable with final fields, so any thread sees a whole one,
    // and a stale or lost one only costs making it again
    private @Nullable Instant instant;

    Run(ProcessDefinition<S, E, C> definition, C start, Clock clock, S startState) {
      this.definition = definition;
      this.start = start;
      this.clock = clock;
      this.startState = startState;
    }

    /** Returns the instant of {@code millis} plus {@code nanos} (0 to 999,999), shared if equal. */
    Instant instant(long millis, int nanos) {
      Instant last = instant;
      if (last != null
          && last.getEpochSecond() == Math.floorDiv(millis, 1000L)
          && last.getNano() == Math.floorMod(millis, 1000L) * 1_000_000 + nanos) {
        return last;
      }
      Instant at = Instant.ofEpochMilli(millis);
      if (nanos != 0) {
        at = at.plusNanos(nanos);
      }
      instant = at;
      return at;
    }
  }

  /**
   * Returns the definition this instance runs.
   *
   * @return the definition this instance runs
   */
  public ProcessDefinition<S, E, C> definition() {
    return run.definition;
  }

  /**
   * Returns the current state.
   *
   * @return the current state
   */
  public S state() {
    return last == null ? run.startState : last.to();
  }

  /**
   * Returns the context the instance started with; replaying the history from it gives this.
   *
   * @return the context the instance started with
   */
  public C start() {
    return run.start;
  }

  /**
   * Returns the current context.
   *
   * @return the current context
   */
  public C context() {
    return context;
  }

  /**
   * Returns the cycle number, from 1.
   *
   * @return the cycle number, from 1
   */
  public int cycle() {
    return last == null ? 1 : last.cycle();
  }

  /**
   * Returns the number of accepted events so far.
   *
   * @return the number of accepted events so far
   */
  public long sequence() {
    return last == null ? 0 : last.sequence();
  }

  /**
   * Returns the history, oldest step first; O(n) in its length.
   *
   * @return the history, oldest step first
   */
  public ImmutableList<Step<S, E>> history() {
    int size = (int) sequence();
    @SuppressWarnings({"unchecked", "rawtypes"})
    Step<S, E>[] steps = new Step[size];
    Step<S, E> step = last;
    for (int i = size - 1; i >= 0 && step != null; i--) {
      steps[i] = step;
      step = step.previous();
    }
    return ImmutableList.copyOf(steps);
  }

  /**
   * Returns the last step, if any; O(1).
   *
   * @return the last step, if any
   */
  public Optional<Step<S, E>> lastStep() {
    return Optional.ofNullable(last);
  }

  /**
   * Returns the stored form of this instance: definition name, start context, history.
   *
   * @return the stored form of this instance
   */
  public InstanceRecord<S, E, C> toRecord() {
    return new InstanceRecord<>(run.definition.name(), run.start, history());
  }

  /**
   * Returns the clock stamping accepted events.
   *
   * @return the clock stamping accepted events
   */
  public Clock clock() {
    return run.clock;
  }

  /**
   * Returns whether the instance is in a terminal state.
   *
   * @return whether the instance is in a terminal state
   */
  public boolean isEnded() {
    return run.definition.isTerminal(state());
  }

  /**
   * Returns the event types permitted in the current state, in declaration order.
   *
   * @return the event types permitted in the current state, in declaration order
   */
  public ImmutableList<Class<?>> permittedEvents() {
    return isEnded() ? ImmutableList.of() : run.definition.permittedEvents(state());
  }

  /**
   * Applies {@code event}: accepted with a new instance, or rejected with every violation.
   *
   * @param event the event
   * @return accepted with the new instance, or rejected with every violation; this instance is
   *     unchanged either way
   * @throws NullPointerException if {@code event} is null
   */
  public Outcome<? extends ProcessInstance<S, E, C>> apply(E event) {
    return apply(event, false, 0, 0);
  }

  /**
   * Applies {@code event} and returns the new instance.
   *
   * @param event the event
   * @return the new instance
   * @throws EventRejectedException listing every violation, if the event is rejected
   */
  public ProcessInstance<S, E, C> applyOrThrow(E event) {
    Outcome<? extends ProcessInstance<S, E, C>> outcome = apply(event);
    if (outcome instanceof Outcome.Rejected<? extends ProcessInstance<S, E, C>> rejected) {
      throw new EventRejectedException(
          run.definition.name(), state(), event, rejected.violations());
    }
    return outcome.instance();
  }

  /**
   * Replays {@code steps} from this instance, each at its recorded instant, and returns the result.
   * Replaying an instance's history from its start instance reproduces it exactly.
   *
   * @param steps the steps, oldest first
   * @return the instance after the last step; this instance if there is none
   * @throws IllegalArgumentException if a step does not start where the previous ended, is
   *     rejected, or leads elsewhere than recorded
   */
  public ProcessInstance<S, E, C> replay(Iterable<Step<S, E>> steps) {
    ProcessInstance<S, E, C> current = this;
    for (Step<S, E> step : steps) {
      checkArgument(
          step.sequence() == current.sequence() + 1,
          "step %s follows step %s; steps are numbered 1, 2, 3, ...",
          step.sequence(),
          current.sequence());
      checkArgument(
          step.from() == current.state(),
          "step %s starts in %s but the instance is in %s",
          step.sequence(),
          step.from(),
          current.state());
      Outcome<? extends ProcessInstance<S, E, C>> outcome =
          current.apply(step.event(), true, step.epochMilli(), step.nanoOfMilli());
      if (outcome instanceof Outcome.Rejected<? extends ProcessInstance<S, E, C>> rejected) {
        throw new IllegalArgumentException(
            "step "
                + step.sequence()
                + " ("
                + step.event()
                + ") is rejected on replay: "
                + rejected.violations());
      }
      current = outcome.instance();
      checkArgument(
          current.state() == step.to() && current.cycle() == step.cycle(),
          "step %s led to %s in cycle %s on replay, recorded %s in cycle %s",
          step.sequence(),
          current.state(),
          current.cycle(),
          step.to(),
          step.cycle());
    }
    return current;
  }

  /** Applies {@code event} as {@link #next} does, the instance it leads to wrapped as accepted. */
  @SuppressWarnings("unchecked") // next() returns an instance of this run or a rejection
  private Outcome<? extends ProcessInstance<S, E, C>> apply(
      E event, boolean fixed, long epochMilli, int nanoOfMilli) {
    Object next = next(event, fixed, epochMilli, nanoOfMilli);
    return next instanceof ProcessInstance<?, ?, ?> accepted
        ? new Outcome.Accepted<>((ProcessInstance<S, E, C>) accepted)
        : (Outcome<? extends ProcessInstance<S, E, C>>) next;
  }

  /**
   * Applies {@code event}; an accepted event is stamped with the given time if {@code fixed}, else
   * with one read of the clock's {@link Clock#millis()}. Returns the instance an accepted event
   * leads to, or the {@link Outcome.Rejected} of a rejected one, so that the kernel's own callers
   * (a multi-level operation) allocate no outcome for an accepted step. Only the accepted path is
   * here, so that the method stays small enough for the JIT to inline into its callers; every other
   * path is a method of its own.
   */
  private Object next(E event, boolean fixed, long epochMilli, int nanoOfMilli) {
    Class<?> type = checkNotNull(event, "event").getClass();
    Rule<S, E, C> rule = run.definition.rule(state(), type);
    if (rule == null) {
      return notTaken(event);
    }
    Guard<Object, Object>[] guards = rule.guards;
    if (guards.length > 0) {
      // the guards report to the rule's shared probe first, which keeps nothing; only if a report
      // was counted meanwhile (here or on another thread) do they run again against a collector
      // of this apply's own, and that run decides
      Violations probe = rule.probe;
      int reports = probe.reports();
      try {
        for (Guard<Object, Object> guard : guards) {
          guard.check(context, event, probe);
        }
      } catch (RuntimeException e) {
        // a guard may rely on an earlier report (computing only while the collector is empty),
        // which the probe does not show: once a report was counted, the run against the event's
        // own collector decides, and throws if a guard throws there
        if (probe.reports() == reports) {
          throw e;
        }
      }
      if (probe.reports() != reports) {
        Outcome<ProcessInstance<S, E, C>> rejected = checked(guards, event);
        if (rejected != null) {
          return rejected;
        }
      }
    }
    return accepted(rule, event, fixed, epochMilli, nanoOfMilli);
  }

  /** Returns the instance {@code event} leads to, which {@code rule}'s guards accept. */
  private ProcessInstance<S, E, C> accepted(
      Rule<S, E, C> rule, E event, boolean fixed, long epochMilli, int nanoOfMilli) {
    S target = rule.target != null ? rule.target : select(rule, event);
    long millis = fixed ? epochMilli : run.clock.millis();
    int nanos = fixed ? nanoOfMilli : 0;
    C next = rule.update == null ? context : updated(rule.update, event, millis, nanos);
    Step<S, E> previous = last;
    S from;
    int cycle;
    int sequence;
    if (previous == null) {
      from = run.startState;
      cycle = 1;
      sequence = 1;
    } else {
      from = previous.to();
      cycle = previous.cycle();
      sequence = (int) previous.sequence() + 1;
      if (sequence < 1) {
        throw full();
      }
    }
    Step<S, E> step =
        new Step<>(
            previous,
            sequence,
            from,
            target,
            event,
            millis,
            nanos,
            rule.startsCycle ? cycle + 1 : cycle);
    return successor(next, step);
  }

  /** Runs {@code guards} against a collector of their own: rejected if they report, else null. */
  private @Nullable Outcome<ProcessInstance<S, E, C>> checked(
      Guard<Object, Object>[] guards, E event) {
    Violations violations = new Violations();
    for (Guard<Object, Object> guard : guards) {
      guard.check(context, event, violations);
    }
    return violations.isEmpty() ? null : new Outcome.Rejected<>(this, violations.toList());
  }

  /** Rejects an event no transition of this state takes. */
  private Outcome<ProcessInstance<S, E, C>> notTaken(E event) {
    ProcessDefinition<S, E, C> definition = run.definition;
    S state = state();
    // a terminal state has no transition (the definition is validated so), and absorbs every
    // event before any refusal is consulted
    if (definition.isTerminal(state)) {
      return rejected(KernelViolation.PROCESS_ENDED, definition.name(), state);
    }
    Guard<Object, Object> refusal = definition.refusal(state, event.getClass());
    if (refusal != null) {
      Violations violations = new Violations();
      refusal.check(context, event, violations);
      if (!violations.isEmpty()) {
        return new Outcome.Rejected<>(this, violations.toList());
      }
    }
    ViolationCode code = definition.notPermittedCode(event.getClass());
    return code == KernelViolation.EVENT_NOT_PERMITTED
        ? rejected(
            code,
            event.getClass().getSimpleName(),
            state,
            ProcessDefinition.simpleNames(definition.permittedEvents(state)))
        : rejected(
            code,
            event.getClass().getSimpleName(),
            state,
            definition.statesPermitting(event.getClass()));
  }

  /** Returns the context after {@code event} accepted at the given time, by {@code update}. */
  private C updated(Update<C, Object> update, E event, long millis, int nanos) {
    C next = update.apply(context, event, run.instant(millis, nanos));
    if (next == null) {
      throw new IllegalStateException(
          "the update of "
              + state()
              + " on "
              + event.getClass().getSimpleName()
              + " in "
              + run.definition.name()
              + " returned null");
    }
    return next;
  }

  private IllegalStateException full() {
    return new IllegalStateException(
        "the history of this " + run.definition.name() + " instance is full (2^31 - 1 steps)");
  }

  private S select(Rule<S, E, C> rule, E event) {
    // a rule without a fixed target has a selector
    S target = checkNotNull(rule.selector).select(context, event);
    if (target == null || !rule.transition.targets().contains(target)) {
      throw new IllegalStateException(
          "the selector of "
              + state()
              + " on "
              + event.getClass().getSimpleName()
              + " in "
              + run.definition.name()
              + " chose "
              + target
              + ", not one of "
              + rule.transition.targets());
    }
    return target;
  }

  private Outcome<ProcessInstance<S, E, C>> rejected(ViolationCode code, Object... arguments) {
    return new Outcome.Rejected<>(this, ImmutableList.of(Violation.of(code, "", arguments)));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProcessInstance<?, ?, ?> other
        && run.definition == other.run.definition
        && state() == other.state()
        && cycle() == other.cycle()
        && run.start.equals(other.run.start)
        && context.equals(other.context)
        && sameHistory(last, other.last);
  }

  @Override
  public int hashCode() {
    return Objects.hash(run.definition.name(), state(), cycle(), context, sequence());
  }

  @Override
  public String toString() {
    return run.definition.name()
        + "["
        + state()
        + ", cycle "
        + cycle()
        + ", "
        + sequence()
        + " steps]";
  }

  private static boolean sameHistory(@Nullable Step<?, ?> a, @Nullable Step<?, ?> b) {
    while (a != b) {
      if (a == null || b == null || !a.sameAs(b)) {
        return false;
      }
      a = a.previous();
      b = b.previous();
    }
    return true; // the same step, or a shared tail, or both empty
  }
}
