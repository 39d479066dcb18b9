package org.bmi4j.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.testing.ModelArbitraries;
import org.junit.jupiter.api.Test;

/** What the library writes, it reads: the writer refuses what reading would reject. */
class WrittenDocumentsReadProperties {
  @Provide
  Arbitrary<BusinessModel> models() {
    return ModelArbitraries.businessModels();
  }

  @Provide
  Arbitrary<Integer> nameLengths() {
    return Arbitraries.of(
        1,
        BmiJson.MAX_STRING_LENGTH - 1,
        BmiJson.MAX_STRING_LENGTH,
        BmiJson.MAX_STRING_LENGTH + 1,
        3 * BmiJson.MAX_STRING_LENGTH);
  }

  @Property(tries = 50)
  void aWrittenDocumentIsReadBackOrRefusedByTheWriterNamingTheBound(
      @ForAll("models") BusinessModel model, @ForAll("nameLengths") int length) {
    BusinessModel named = BusinessModel.builder().from(model).name("n".repeat(length)).build();
    String json;
    try {
      json = BmiJson.write(DocumentType.BUSINESS_MODEL, named);
    } catch (IllegalArgumentException refused) {
      assertTrue(length > BmiJson.MAX_STRING_LENGTH, refused.getMessage());
      assertTrue(refused.getMessage().contains("name"), refused.getMessage());
      assertTrue(refused.getMessage().contains("100,000"), refused.getMessage());
      return;
    }
    assertEquals(named, BmiJson.read(DocumentType.BUSINESS_MODEL, json));
  }

  @Test
  void aDocumentLongerThanReadAcceptsIsRefusedByTheWriter() {
    // 170 strings of 99,000 characters: each within the string bound, 16.8 million in all
    List<String> texts = Collections.nCopies(170, "x".repeat(99_000));
    DocumentType<List<String>> type =
        DocumentType.of("texts", new TypeReference<List<String>>() {});
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> BmiJson.write(type, texts));
    assertTrue(refused.getMessage().contains("16,000,000"), refused.getMessage());
    assertTrue(refused.getMessage().startsWith("the texts document"), refused.getMessage());
    assertEquals(
        texts.subList(0, 100), BmiJson.read(type, BmiJson.write(type, texts.subList(0, 100))));
  }
}
