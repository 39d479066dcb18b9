/**
 * CSV exports for researchers: tables with a header, a stable column order and UTF-8, one row per
 * element, written and read by {@code jackson-dataformat-csv} (never by hand-made quoting), so that
 * R and pandas read them directly.
 *
 * <p>{@link org.bmi4j.core.csv.CsvTable} turns any record type into a table whose columns are the
 * record's components in declaration order; {@link org.bmi4j.core.csv.BmiCsv} holds bmi4j's own
 * tables, starting with the elements of business models.
 */
@NullMarked
package org.bmi4j.core.csv;

import org.jspecify.annotations.NullMarked;
