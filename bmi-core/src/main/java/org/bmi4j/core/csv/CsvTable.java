package org.bmi4j.core.csv;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV table whose rows are records of one type: its columns are the record's components in
 * declaration order, named in snake case ({@code modelVersion} becomes {@code model_version}).
 *
 * <p>Guarantees:
 *
 * <ul>
 *   <li>Every table has a header row, also when it has no rows; columns keep their order; lines end
 *       with {@code \n}; files are UTF-8 without a byte order mark.
 *   <li>Quoting and escaping are jackson-dataformat-csv's: a value with commas, quotes or line
 *       breaks is quoted, so it reads back unchanged.
 *   <li>Rows without null components read back equal to the rows written. A null component is
 *       written as an empty cell (which reads back as an empty string, or null for a number).
 *   <li>Safe for spreadsheets by default: a text cell beginning with {@code =}, {@code +}, {@code
 *       -}, {@code @}, a tab or a carriage return is written with a single quote before it, so that
 *       Excel, LibreOffice or Google Sheets show it as text instead of evaluating a formula (CSV
 *       injection, as OWASP recommends). A text cell that is a plain decimal number, such as {@code
 *       -5} or {@code -0.25}, is left as it is: a spreadsheet reads it as a number, not a formula,
 *       and R and pandas read it as the same number. Number components are numbers in any case. A
 *       text beginning with a single quote gets one more. {@link #read} strips exactly the quote
 *       {@code write} added, so rows still read back equal. {@link #raw()} gives the table that
 *       writes and reads every cell as it is, for programs that never evaluate formulas.
 *   <li>Immutable and thread-safe.
 * </ul>
 *
 * <p>To add a table, declare a public record with components of types Jackson writes as scalars
 * (strings, numbers, booleans, enums) and make its package open to {@code
 * com.fasterxml.jackson.databind}; then {@code CsvTable.of(MyRow.class)}.
 *
 * @param <R> the record type of the rows
 */
public final class CsvTable<R extends Record> {
  private static final CsvMapper MAPPER =
      CsvMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .build();
  private static final CsvMapper SAFE_MAPPER =
      CsvMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .addModule(FormulaCells.module())
          .build();

  private final Class<R> rowType;
  private final boolean raw;
  private final ImmutableList<String> columns;
  private final ObjectWriter writer;
  private final ObjectReader reader;

  private CsvTable(Class<R> rowType, boolean raw) {
    this.rowType = rowType;
    this.raw = raw;
    BeanDescription description =
        MAPPER.getSerializationConfig().introspect(MAPPER.constructType(rowType));
    Map<String, String> names = new LinkedHashMap<>();
    for (BeanPropertyDefinition property : description.findProperties()) {
      names.put(property.getInternalName(), property.getName());
    }
    ImmutableList.Builder<String> columns = ImmutableList.builder();
    for (RecordComponent component : rowType.getRecordComponents()) {
      String name = names.get(component.getName());
      checkArgument(
          name != null,
          "record %s component '%s' is not a CSV column; a CSV row"
              + " record has no ignored components",
          rowType.getName(),
          component.getName());
      columns.add(name);
    }
    this.columns = columns.build();
    CsvSchema schema =
        MAPPER
            .schemaFor(rowType)
            .sortedBy(this.columns.toArray(new String[0]))
            .withHeader()
            .withStrictHeaders(true);
    checkArgument(
        schema.size() == this.columns.size(),
        "record %s has CSV columns %s but"
            + " components %s; a CSV row record has only its components as properties",
        rowType.getName(),
        schema.getColumnNames(),
        this.columns);
    CsvMapper mapper = raw ? MAPPER : SAFE_MAPPER;
    this.writer = mapper.writerFor(rowType).with(schema);
    this.reader = mapper.readerFor(rowType).with(schema);
  }

  /**
   * Returns the table of the given record type.
   *
   * @param <R> the row type, a record
   * @param rowType the class of the row record, whose components are the columns in order
   * @return the table of the given record type
   * @throws NullPointerException if {@code rowType} is null
   * @throws IllegalArgumentException if Jackson sees properties other than the record's components
   */
  public static <R extends Record> CsvTable<R> of(Class<R> rowType) {
    return new CsvTable<>(checkNotNull(rowType, "rowType"), false);
  }

  /**
   * Returns this table writing and reading every cell as it is, formula-leading text included: for
   * R, pandas or other programs that never evaluate formulas. Never open its output in a
   * spreadsheet when the text may come from someone else.
   *
   * @return this table writing and reading every cell as it is, formula-leading text included
   */
  public CsvTable<R> raw() {
    return raw ? this : new CsvTable<>(rowType, true);
  }

  /**
   * Returns whether this table writes cells as they are, without neutralising formulas.
   *
   * @return whether this table writes cells as they are, without neutralising formulas
   */
  public boolean isRaw() {
    return raw;
  }

  /**
   * Returns the record type of the rows.
   *
   * @return the record type of the rows
   */
  public Class<R> rowType() {
    return rowType;
  }

  /**
   * Returns the column names, in order, as the header row names them.
   *
   * @return the column names, in order, as the header row names them
   */
  public ImmutableList<String> columns() {
    return columns;
  }

  /**
   * Returns the rows as CSV text, header first.
   *
   * @param rows the rows, in output order
   * @return the rows as CSV text, header first
   * @throws NullPointerException if {@code rows} or a row is null
   */
  public String write(Iterable<? extends R> rows) {
    StringWriter out = new StringWriter();
    write(rows, out);
    return out.toString();
  }

  /**
   * Writes the rows as CSV to {@code out}, header first; {@code out} stays open.
   *
   * @param rows the rows, in output order
   * @param out where the CSV goes
   * @throws NullPointerException if an argument or a row is null
   * @throws UncheckedIOException if writing fails
   */
  public void write(Iterable<? extends R> rows, Writer out) {
    checkNotNull(rows, "rows");
    checkNotNull(out, "out");
    List<R> list = ImmutableList.copyOf(rows);
    try {
      try (SequenceWriter sequence = writer.writeValues(out)) {
        sequence.writeAll(list);
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the rows as a UTF-8 CSV file, header first, replacing the file if it exists.
   *
   * @param rows the rows, in output order
   * @param file the file to write
   * @throws NullPointerException if an argument or a row is null
   * @throws UncheckedIOException if writing fails
   */
  public void write(Iterable<? extends R> rows, Path file) {
    checkNotNull(file, "file");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(rows, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads rows from CSV text whose header names exactly this table's columns, in order.
   *
   * @param csv the CSV text, header first
   * @return the rows, in input order; empty if the text has a header only
   * @throws IllegalArgumentException if the text is not such a table, naming the line and reason
   * @throws NullPointerException if {@code csv} is null
   */
  public ImmutableList<R> read(String csv) {
    return read(new StringReader(checkNotNull(csv, "csv")));
  }

  /**
   * Reads rows from CSV whose header names exactly this table's columns, in order; {@code in} stays
   * open.
   *
   * @param in the CSV input, header first
   * @return the rows, in input order; empty if the input has a header only
   * @throws IllegalArgumentException if the input is not such a table, naming the line and reason
   * @throws UncheckedIOException if reading fails
   * @throws NullPointerException if {@code in} is null
   */
  public ImmutableList<R> read(Reader in) {
    checkNotNull(in, "in");
    try (MappingIterator<R> rows =
        reader
            .without(com.fasterxml.jackson.core.JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .readValues(in)) {
      return ImmutableList.copyOf(rows.readAll());
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new IllegalArgumentException(
          "CSV "
              + rowType.getSimpleName()
              + " table, line "
              + (at == null ? "?" : at.getLineNr())
              + ": "
              + e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads rows from a UTF-8 CSV file whose header names exactly this table's columns, in order.
   *
   * @param file the CSV file, header first
   * @return the rows, in file order; empty if the file has a header only
   * @throws IllegalArgumentException if the file is not such a table, naming the line and reason
   * @throws UncheckedIOException if reading fails
   * @throws NullPointerException if {@code file} is null
   */
  public ImmutableList<R> read(Path file) {
    checkNotNull(file, "file");
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "CsvTable" + columns + " of " + rowType.getSimpleName() + (raw ? ", raw" : "");
  }
}
