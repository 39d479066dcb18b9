package org.bmi4j.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A document type whose stored form differs from its content. */
class DocumentTypeMappedTests {
  private final DocumentType<Integer> count = count();

  private static DocumentType<Integer> count() {
    return DocumentType.<Integer, String>mapped(
        "count", String.class, Integer::valueOf, String::valueOf);
  }

  @Test
  void aMappedDocumentStoresTheEncodedFormAndReadsBackTheContent() {
    String json = BmiJson.write(count, 42);
    assertEquals(42, BmiJson.read(count, json));
    assertEquals("count", count.name());
  }

  @Test
  void aDocumentTypeShowsItsNameAndStoredType() {
    assertEquals("count (java.lang.String)", count.toString());
  }

  @Test
  void aDocumentMissingSeveralPartsNamesEachInOrder() {
    BmiJsonException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            BmiJsonException.class, () -> BmiJson.read(count, "{}"));
    assertEquals(
        "invalid bmi4j JSON at line 1, column 2: a document needs format, formatVersion,"
            + " type and content; missing format, formatVersion, type, content",
        e.getMessage());
    assertEquals(1, e.line());
    assertEquals(2, e.column());
  }

  @Test
  void aDocumentMissingItsVersionAndTypeNamesBoth() {
    BmiJsonException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            BmiJsonException.class,
            () -> BmiJson.read(count, "{\"format\":\"bmi4j\",\"content\":\"1\"}"));
    assertEquals(
        "a document needs format, formatVersion, type and content; missing"
            + " formatVersion, type",
        e.reason());
  }
}
