package org.bmi4j.process.alliance;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import org.bmi4j.process.EventRejectedException;
import org.bmi4j.process.Outcome;
import org.bmi4j.process.ProcessInstance;
import org.bmi4j.process.Step;

/**
 * A run of the alliance-level BMI process ({@link AllianceProcess}): an immutable {@link
 * ProcessInstance} over {@link AlliancePhase}, {@link AllianceEvent} and {@link AllianceContext}.
 *
 * <p>Every instance an accepted event leads to is a {@code AllianceInstance} too; code over any
 * process holds it as a {@link ProcessInstance}.
 */
public final class AllianceInstance
    extends ProcessInstance<AlliancePhase, AllianceEvent, AllianceContext> {
  private AllianceInstance(
      ProcessInstance<AlliancePhase, AllianceEvent, AllianceContext> instance) {
    super(instance);
  }

  /**
   * Returns {@code instance} as an {@code AllianceInstance}: itself if it is one, else an equal
   * one.
   *
   * @param instance an instance of {@link AllianceProcess#DEFINITION}
   * @return {@code instance} as an {@code AllianceInstance}
   * @throws IllegalArgumentException if {@code instance} runs another definition
   * @throws NullPointerException if {@code instance} is null
   */
  public static AllianceInstance of(
      ProcessInstance<AlliancePhase, AllianceEvent, AllianceContext> instance) {
    if (instance instanceof AllianceInstance named) {
      return named;
    }
    if (instance.definition() != AllianceProcess.DEFINITION) {
      throw new IllegalArgumentException(
          "an instance of '"
              + instance.definition().name()
              + "' is not an AllianceInstance; only instances of '"
              + AllianceProcess.NAME
              + "' are");
    }
    return new AllianceInstance(instance);
  }

  /**
   * Starts an instance from {@code context}, as {@link AllianceProcess#DEFINITION} does.
   *
   * @param context the start context
   * @param clock the clock stamping each accepted event
   * @return the new instance, in the initial state
   * @throws IllegalArgumentException if the definition's start check rejects {@code context}
   * @throws NullPointerException if an argument is null
   */
  static AllianceInstance start(AllianceContext context, Clock clock) {
    return new AllianceInstance(context, clock);
  }

  /** A started instance, in one object. */
  private AllianceInstance(AllianceContext context, Clock clock) {
    super(AllianceProcess.DEFINITION, context, clock);
  }

  /** The instance an accepted event leads from {@code previous} to, in one object. */
  private AllianceInstance(
      AllianceInstance previous, AllianceContext context, Step<AlliancePhase, AllianceEvent> step) {
    super(previous, context, step);
  }

  @Override
  protected AllianceInstance successor(
      AllianceContext context, Step<AlliancePhase, AllianceEvent> step) {
    return new AllianceInstance(this, context, step);
  }

  /**
   * Applies {@code event}: accepted with a new {@code AllianceInstance}, or rejected with every
   * violation.
   *
   * @param event the event
   * @return accepted with the new instance, or rejected with this one and every violation
   * @throws NullPointerException if {@code event} is null
   */
  @Override
  @SuppressWarnings(
      "unchecked") // successor() makes every instance after this one a AllianceInstance
  public Outcome<AllianceInstance> apply(AllianceEvent event) {
    return (Outcome<AllianceInstance>) super.apply(event);
  }

  /**
   * Applies {@code event} and returns the new instance.
   *
   * @param event the event
   * @return the new instance
   * @throws EventRejectedException listing every violation, if the event is rejected
   */
  @Override
  public AllianceInstance applyOrThrow(AllianceEvent event) {
    return (AllianceInstance) super.applyOrThrow(event);
  }

  /**
   * Replays {@code steps} from this instance, each at its recorded instant.
   *
   * @param steps the steps, oldest first
   * @return the instance after the last step; this instance if there is none
   * @throws IllegalArgumentException if a step does not start where the previous ended, is
   *     rejected, or leads elsewhere than recorded
   */
  @Override
  public AllianceInstance replay(Iterable<Step<AlliancePhase, AllianceEvent>> steps) {
    return (AllianceInstance) super.replay(steps);
  }

  /**
   * Applies {@code events} in order and returns the instance after the last.
   *
   * @param events the events, in order
   * @return the instance after the last event; this instance if there is none
   * @throws EventRejectedException listing every violation of the first event rejected
   */
  public AllianceInstance applyAll(Iterable<? extends AllianceEvent> events) {
    AllianceInstance current = this;
    for (AllianceEvent event : ImmutableList.<AllianceEvent>copyOf(events)) {
      current = current.applyOrThrow(event);
    }
    return current;
  }
}
