package org.bmi4j.process;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One accepted event in an instance's history: an immutable value.
 *
 * <p>A step holds its time as a primitive (milliseconds since the epoch and the nanoseconds within
 * that millisecond) and makes the {@link Instant} on demand, so that an instance's history costs
 * one small object per step. The steps of an instance are chained: each knows the step before it,
 * which is how the history is shared between successive instances without copying. A step kept
 * alone therefore keeps the steps before it.
 *
 * <p>Equality covers sequence, states, event, instant and cycle, as for a record.
 *
 * @param <S> the state type
 * @param <E> the event type
 */
@JsonPropertyOrder({"sequence", "from", "to", "event", "at", "cycle"})
public final class Step<S extends Enum<S>, E> {
  private static final long NANOS_PER_MILLI = 1_000_000L;

  private final @Nullable Step<S, E> previous;
  private final S from;
  private final S to;
  private final E event;
  private final long epochMilli;
  private final int nanoOfMilli;
  private final int sequence;
  private final int cycle;

  /**
   * Creates a step on its own, not chained to a history.
   *
   * @param sequence the step's number, from 1
   * @param from the state before the event
   * @param to the state after the event; equal to {@code from} for an event that stays
   * @param event the accepted event
   * @param at when it was accepted, from the instance's clock
   * @param cycle the cycle number after the event, from 1
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code sequence} is not between 1 and {@link
   *     Integer#MAX_VALUE}, or {@code at} is too far from the epoch to count in milliseconds (about
   *     292 million years)
   */
  @JsonCreator
  public Step(
      @JsonProperty("sequence") long sequence,
      @JsonProperty("from") S from,
      @JsonProperty("to") S to,
      @JsonProperty("event") E event,
      @JsonProperty("at") Instant at,
      @JsonProperty("cycle") int cycle) {
    this(
        null,
        checkedSequence(sequence),
        from,
        to,
        event,
        epochMilli(Objects.requireNonNull(at, "at"), sequence),
        at.getNano() % (int) NANOS_PER_MILLI,
        cycle);
  }

  Step(
      @Nullable Step<S, E> previous,
      int sequence,
      S from,
      S to,
      E event,
      long epochMilli,
      int nanos,
      int cycle) {
    this.previous = previous;
    this.sequence = sequence;
    this.from = Objects.requireNonNull(from, "from");
    this.to = Objects.requireNonNull(to, "to");
    this.event = Objects.requireNonNull(event, "event");
    this.epochMilli = epochMilli;
    this.nanoOfMilli = nanos;
    this.cycle = cycle;
  }

  private static int checkedSequence(long sequence) {
    if (sequence < 1 || sequence > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "step sequence " + sequence + " is out of range; steps are numbered 1, 2, 3, ...");
    }
    return (int) sequence;
  }

  private static long epochMilli(Instant at, long sequence) {
    try {
      return at.toEpochMilli();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "step "
              + sequence
              + " was accepted at "
              + at
              + ", too far from 1970 to count in milliseconds; give an instant within about 292"
              + " million years of it",
          e);
    }
  }

  /**
   * Returns the step's number, from 1.
   *
   * @return the step's number, from 1
   */
  @JsonProperty("sequence")
  public long sequence() {
    return sequence;
  }

  /**
   * Returns the state before the event.
   *
   * @return the state before the event
   */
  @JsonProperty("from")
  public S from() {
    return from;
  }

  /**
   * Returns the state after the event; equal to {@link #from} for an event that stays.
   *
   * @return the state after the event
   */
  @JsonProperty("to")
  public S to() {
    return to;
  }

  /**
   * Returns the accepted event.
   *
   * @return the accepted event
   */
  @JsonProperty("event")
  public E event() {
    return event;
  }

  /**
   * Returns when the event was accepted, from the instance's clock; made on each call.
   *
   * @return when the event was accepted, from the instance's clock
   */
  @JsonProperty("at")
  public Instant at() {
    return nanoOfMilli == 0
        ? Instant.ofEpochMilli(epochMilli)
        : Instant.ofEpochMilli(epochMilli).plusNanos(nanoOfMilli);
  }

  /**
   * Returns the cycle number after the event, from 1.
   *
   * @return the cycle number after the event, from 1
   */
  @JsonProperty("cycle")
  public int cycle() {
    return cycle;
  }

  /**
   * The step before this one in its instance's history; null for the first or an unchained step.
   */
  @Nullable Step<S, E> previous() {
    return previous;
  }

  /** Milliseconds since the epoch of {@link #at}. */
  long epochMilli() {
    return epochMilli;
  }

  /** Nanoseconds within the millisecond of {@link #at}. */
  int nanoOfMilli() {
    return nanoOfMilli;
  }

  /** Returns whether this step holds the same as {@code other}, ignoring the chain. */
  boolean sameAs(Step<?, ?> other) {
    return sequence == other.sequence
        && epochMilli == other.epochMilli
        && nanoOfMilli == other.nanoOfMilli
        && cycle == other.cycle
        && from == other.from
        && to == other.to
        && event.equals(other.event);
  }

  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof Step<?, ?> other && sameAs(other));
  }

  @Override
  public int hashCode() {
    return Objects.hash((long) sequence, from, to, event, at(), cycle);
  }

  /**
   * Returns the step's numbers, states, instant and the event's type, never the event's payload
   * (which may hold whole models).
   *
   * @return a short description of this step
   */
  @Override
  public String toString() {
    return "Step[sequence="
        + sequence
        + ", from="
        + from
        + ", to="
        + to
        + ", event="
        + event.getClass().getSimpleName()
        + ", at="
        + at()
        + ", cycle="
        + cycle
        + "]";
  }
}
