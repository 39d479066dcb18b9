package org.bmi4j.process.firm;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import org.bmi4j.process.EventRejectedException;
import org.bmi4j.process.Outcome;
import org.bmi4j.process.ProcessInstance;
import org.bmi4j.process.Step;

/**
 * A run of the firm-level BMI process ({@link FirmProcess}): an immutable {@link ProcessInstance}
 * over {@link FirmPhase}, {@link FirmEvent} and {@link FirmContext}.
 *
 * <p>Every instance an accepted event leads to is a {@code FirmInstance} too; code over any process
 * holds it as a {@link ProcessInstance}.
 */
public final class FirmInstance extends ProcessInstance<FirmPhase, FirmEvent, FirmContext> {
  private FirmInstance(ProcessInstance<FirmPhase, FirmEvent, FirmContext> instance) {
    super(instance);
  }

  /**
   * Returns {@code instance} as a {@code FirmInstance}: itself if it is one, else an equal one.
   *
   * @param instance an instance of {@link FirmProcess#DEFINITION}
   * @return {@code instance} as a {@code FirmInstance}
   * @throws IllegalArgumentException if {@code instance} runs another definition
   * @throws NullPointerException if {@code instance} is null
   */
  public static FirmInstance of(ProcessInstance<FirmPhase, FirmEvent, FirmContext> instance) {
    if (instance instanceof FirmInstance named) {
      return named;
    }
    if (instance.definition() != FirmProcess.DEFINITION) {
      throw new IllegalArgumentException(
          "an instance of '"
              + instance.definition().name()
              + "' is not a FirmInstance; only instances of '"
              + FirmProcess.NAME
              + "' are");
    }
    return new FirmInstance(instance);
  }

  /**
   * Starts an instance from {@code context}, as {@link FirmProcess#DEFINITION} does.
   *
   * @param context the start context
   * @param clock the clock stamping each accepted event
   * @return the new instance, in the initial state
   * @throws IllegalArgumentException if the definition's start check rejects {@code context}
   * @throws NullPointerException if an argument is null
   */
  static FirmInstance start(FirmContext context, Clock clock) {
    return new FirmInstance(context, clock);
  }

  /** A started instance, in one object. */
  private FirmInstance(FirmContext context, Clock clock) {
    super(FirmProcess.DEFINITION, context, clock);
  }

  /** The instance an accepted event leads from {@code previous} to, in one object. */
  private FirmInstance(
      FirmInstance previous, FirmContext context, Step<FirmPhase, FirmEvent> step) {
    super(previous, context, step);
  }

  @Override
  protected FirmInstance successor(FirmContext context, Step<FirmPhase, FirmEvent> step) {
    return new FirmInstance(this, context, step);
  }

  /**
   * Applies {@code event}: accepted with a new {@code FirmInstance}, or rejected with every
   * violation.
   *
   * @param event the event
   * @return accepted with the new instance, or rejected with this one and every violation
   * @throws NullPointerException if {@code event} is null
   */
  @Override
  @SuppressWarnings("unchecked") // successor() makes every instance after this one a FirmInstance
  public Outcome<FirmInstance> apply(FirmEvent event) {
    return (Outcome<FirmInstance>) super.apply(event);
  }

  /**
   * Applies {@code event} and returns the new instance.
   *
   * @param event the event
   * @return the new instance
   * @throws EventRejectedException listing every violation, if the event is rejected
   */
  @Override
  public FirmInstance applyOrThrow(FirmEvent event) {
    return (FirmInstance) super.applyOrThrow(event);
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
  public FirmInstance replay(Iterable<Step<FirmPhase, FirmEvent>> steps) {
    return (FirmInstance) super.replay(steps);
  }

  /**
   * Applies {@code events} in order and returns the instance after the last.
   *
   * @param events the events, in order
   * @return the instance after the last event; this instance if there is none
   * @throws EventRejectedException listing every violation of the first event rejected
   */
  public FirmInstance applyAll(Iterable<? extends FirmEvent> events) {
    FirmInstance current = this;
    for (FirmEvent event : ImmutableList.<FirmEvent>copyOf(events)) {
      current = current.applyOrThrow(event);
    }
    return current;
  }
}
