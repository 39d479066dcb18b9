package org.bmi4j.process;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.bmi4j.core.csv.CsvTable;

/**
 * One step of an instance's history as a CSV row for researchers: {@code
 * ProcessDiagrams.TIMELINE.write(TimelineRow.of(instance))}.
 *
 * @param process the definition's name
 * @param sequence the step's number, from 1
 * @param at when it was accepted, ISO-8601
 * @param from the state before
 * @param to the state after
 * @param event the event's type name
 * @param cycle the cycle number after the step
 * @param detail the event as text
 */
public record TimelineRow(
    String process,
    long sequence,
    String at,
    String from,
    String to,
    String event,
    int cycle,
    String detail) {
  /**
   * @param cycle the cycle number after the step
   * @param sequence the step's number, from 1
   * @param process the definition's name
   * @param at when it was accepted, ISO-8601
   * @param from the state before
   * @param to the state after
   * @param event the event's type name
   * @param detail the event as text
   * @throws NullPointerException if a component is null
   */
  public TimelineRow {
    checkNotNull(process, "process");
    checkNotNull(at, "at");
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkNotNull(event, "event");
    checkNotNull(detail, "detail");
  }

  /**
   * Returns the rows of an instance's history, oldest first.
   *
   * @param instance the process instance
   * @return the rows of an instance's history, oldest first
   */
  public static ImmutableList<TimelineRow> of(ProcessInstance<?, ?, ?> instance) {
    ImmutableList.Builder<TimelineRow> rows = ImmutableList.builder();
    for (Step<?, ?> step : instance.history()) {
      rows.add(
          new TimelineRow(
              instance.definition().name(),
              step.sequence(),
              step.at().toString(),
              step.from().name(),
              step.to().name(),
              step.event().getClass().getSimpleName(),
              step.cycle(),
              step.event().toString()));
    }
    return rows.build();
  }

  /** The CSV table of timelines: columns in component order, with a header. */
  public static final CsvTable<TimelineRow> TABLE = CsvTable.of(TimelineRow.class);
}
