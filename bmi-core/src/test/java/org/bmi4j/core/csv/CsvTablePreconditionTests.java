package org.bmi4j.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.bmi4j.core.csv.CsvTests.Score;
import org.bmi4j.core.model.Sector;
import org.junit.jupiter.api.Test;

/** The checks of {@link CsvTable} on its row type, and what it tells about itself. */
class CsvTablePreconditionTests {
  /** A row whose second component Jackson ignores. */
  public record Ignoring(String kept, @JsonIgnore String ignored) {}

  /** A row with a property that is not a component. */
  public record Extra(String kept) {
    public String getExtra() {
      return "extra";
    }
  }

  @Test
  void anIgnoredComponentIsRejected() {
    assertEquals(
        "record "
            + Ignoring.class.getName()
            + " component 'ignored' is not a CSV"
            + " column; a CSV row record has no ignored components",
        assertThrows(IllegalArgumentException.class, () -> CsvTable.of(Ignoring.class))
            .getMessage());
  }

  @Test
  void aPropertyThatIsNoComponentIsRejected() {
    assertEquals(
        "record "
            + Extra.class.getName()
            + " has CSV columns [kept, extra] but"
            + " components [kept]; a CSV row record has only its components as properties",
        assertThrows(IllegalArgumentException.class, () -> CsvTable.of(Extra.class)).getMessage());
  }

  @Test
  void aTableKnowsItsRowTypeAndNamesItsColumns() {
    CsvTable<Score> scores = CsvTable.of(Score.class);
    assertEquals(Score.class, scores.rowType());
    assertEquals("CsvTable[firm, round, sector, value] of Score", scores.toString());
  }

  @Test
  void writingFlushesTheWriter() {
    List<String> flushed = new java.util.ArrayList<>();
    Writer out =
        new Writer() {
          private final StringBuilder text = new StringBuilder();

          @Override
          public void write(char[] buffer, int offset, int length) {
            text.append(buffer, offset, length);
          }

          @Override
          public void flush() {
            flushed.add(text.toString());
          }

          @Override
          public void close() throws IOException {
            throw new IOException("the table must not close the caller's writer");
          }
        };
    CsvTable.of(Score.class).write(List.of(new Score("a", 1, Sector.PRIVATE, 2.5)), out);
    assertTrue(
        !flushed.isEmpty()
            && flushed.get(flushed.size() - 1).equals("firm,round,sector,value\na,1,PRIVATE,2.5\n"),
        flushed::toString);
  }
}
