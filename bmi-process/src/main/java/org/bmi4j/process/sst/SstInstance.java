package org.bmi4j.process.sst;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import org.bmi4j.process.EventRejectedException;
import org.bmi4j.process.Outcome;
import org.bmi4j.process.ProcessInstance;
import org.bmi4j.process.Step;

/**
 * A run of the sense-seize-transform cycle ({@link SenseSeizeTransform}): an immutable {@link
 * ProcessInstance} over {@link SstStage}, {@link SstEvent} and {@link SstContext}.
 *
 * <p>Every instance an accepted event leads to is a {@code SstInstance} too; code over any process
 * holds it as a {@link ProcessInstance}.
 */
public final class SstInstance extends ProcessInstance<SstStage, SstEvent, SstContext> {
  private SstInstance(ProcessInstance<SstStage, SstEvent, SstContext> instance) {
    super(instance);
  }

  /**
   * Returns {@code instance} as an {@code SstInstance}: itself if it is one, else an equal one.
   *
   * @param instance an instance of {@link SenseSeizeTransform#DEFINITION}
   * @return {@code instance} as an {@code SstInstance}
   * @throws IllegalArgumentException if {@code instance} runs another definition
   * @throws NullPointerException if {@code instance} is null
   */
  public static SstInstance of(ProcessInstance<SstStage, SstEvent, SstContext> instance) {
    if (instance instanceof SstInstance named) {
      return named;
    }
    if (instance.definition() != SenseSeizeTransform.DEFINITION) {
      throw new IllegalArgumentException(
          "an instance of '"
              + instance.definition().name()
              + "' is not an SstInstance; only instances of '"
              + SenseSeizeTransform.NAME
              + "' are");
    }
    return new SstInstance(instance);
  }

  /**
   * Starts an instance from {@code context}, as {@link SenseSeizeTransform#DEFINITION} does.
   *
   * @param context the start context
   * @param clock the clock stamping each accepted event
   * @return the new instance, in the initial state
   * @throws IllegalArgumentException if the definition's start check rejects {@code context}
   * @throws NullPointerException if an argument is null
   */
  static SstInstance start(SstContext context, Clock clock) {
    return new SstInstance(SenseSeizeTransform.DEFINITION.start(context, clock));
  }

  /** The instance an accepted event leads from {@code previous} to, in one object. */
  private SstInstance(SstInstance previous, SstContext context, Step<SstStage, SstEvent> step) {
    super(previous, context, step);
  }

  @Override
  protected SstInstance successor(SstContext context, Step<SstStage, SstEvent> step) {
    return new SstInstance(this, context, step);
  }

  /**
   * Applies {@code event}: accepted with a new {@code SstInstance}, or rejected with every
   * violation.
   *
   * @param event the event
   * @return accepted with the new instance, or rejected with this one and every violation
   * @throws NullPointerException if {@code event} is null
   */
  @Override
  @SuppressWarnings("unchecked") // successor() makes every instance after this one a SstInstance
  public Outcome<SstInstance> apply(SstEvent event) {
    return (Outcome<SstInstance>) super.apply(event);
  }

  /**
   * Applies {@code event} and returns the new instance.
   *
   * @param event the event
   * @return the new instance
   * @throws EventRejectedException listing every violation, if the event is rejected
   */
  @Override
  public SstInstance applyOrThrow(SstEvent event) {
    return (SstInstance) super.applyOrThrow(event);
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
  public SstInstance replay(Iterable<Step<SstStage, SstEvent>> steps) {
    return (SstInstance) super.replay(steps);
  }

  /**
   * Applies {@code events} in order and returns the instance after the last.
   *
   * @param events the events, in order
   * @return the instance after the last event; this instance if there is none
   * @throws EventRejectedException listing every violation of the first event rejected
   */
  public SstInstance applyAll(Iterable<? extends SstEvent> events) {
    SstInstance current = this;
    for (SstEvent event : ImmutableList.<SstEvent>copyOf(events)) {
      current = current.applyOrThrow(event);
    }
    return current;
  }
}
