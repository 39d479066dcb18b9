package org.bmi4j.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * CSV injection: text cells a spreadsheet would evaluate are neutralised by default, as OWASP
 * recommends, and still read back as written; the raw table writes them as they are.
 */
class CsvFormulaCellsTests {
  /** A row of text and a number, as a user's own table might have. */
  public record Note(String text, int count) {}

  private static final CsvTable<Note> NOTES = CsvTable.of(Note.class);

  @Test
  void formulaLeadingCellsWereWrittenAsTheyWereSoASpreadsheetEvaluatedThem() {
    List<Note> rows =
        List.of(
            new Note("=HYPERLINK(\"http://x\",\"click\")", 1),
            new Note("=cmd|' /C calc'!A0", 2),
            new Note("+1+1", 3),
            new Note("-2+3", 4),
            new Note("@SUM(A1)", 5),
            new Note("\t=1+1", 6),
            new Note("\r=1+1", 7));
    String csv = NOTES.write(rows);
    assertEquals(
        "text,count\n"
            + "\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\",1\n"
            + "\"'=cmd|' /C calc'!A0\",2\n"
            + "\"'+1+1\",3\n"
            + "\"'-2+3\",4\n"
            + "\"'@SUM(A1)\",5\n"
            + "\"'\t=1+1\",6\n"
            + "\"'\r=1+1\",7\n",
        csv);
    assertEquals(rows, NOTES.read(csv));
  }

  @Test
  void plainNegativeNumbersInTextCellsStayNumbers() {
    List<Note> rows = List.of(new Note("-5", -5), new Note("-0.25", 0), new Note("12", 1));
    String csv = NOTES.write(rows);
    assertEquals("text,count\n-5,-5\n-0.25,0\n12,1\n", csv);
    assertEquals(rows, NOTES.read(csv));
  }

  @Test
  void aTextBeginningWithAQuoteGetsOneMoreAndReadsBackAsWritten() {
    List<Note> rows = List.of(new Note("'=1", 1), new Note("'quoted'", 2), new Note("'", 3));
    String csv = NOTES.write(rows);
    assertEquals("text,count\n\"''=1\",1\n\"''quoted'\",2\n\"''\",3\n", csv);
    assertEquals(rows, NOTES.read(csv));
  }

  @Test
  void theRawTableWritesEveryCellAsItIs() {
    CsvTable<Note> raw = NOTES.raw();
    assertTrue(raw.isRaw());
    assertFalse(NOTES.isRaw());
    List<Note> rows = List.of(new Note("=1+1", 1), new Note("'x", 2));
    String csv = raw.write(rows);
    assertEquals("text,count\n\"=1+1\",1\n\"'x\",2\n", csv);
    assertEquals(rows, raw.read(csv));
  }

  @Property
  void everyTextReadsBackAsWrittenAndNoCellStartsAFormula(@ForAll String text) {
    List<Note> rows = List.of(new Note(text, 1));
    String csv = NOTES.write(rows);
    assertEquals(rows, NOTES.read(csv));
    String cell = FormulaCells.escape(text);
    if (!cell.isEmpty()) {
      char first = cell.charAt(0);
      assertTrue(
          "=+@\t\r".indexOf(first) < 0 && (first != '-' || cell.matches("-?[0-9]+(\\.[0-9]+)?")),
          cell);
    }
  }
}
