package org.bmi4j.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class IdsProperties {
  @Property
  void isValidAgreesWithThePattern(@ForAll("idLike") String id) {
    assertEquals(Ids.PATTERN.matcher(id).matches(), Ids.isValid(id), id);
  }

  @Property
  void isValidAgreesWithThePatternOnAnyText(@ForAll String text) {
    assertEquals(Ids.PATTERN.matcher(text).matches(), Ids.isValid(text), text);
  }

  @Example
  void edgesOfThePattern() {
    assertTrue(Ids.isValid("a"));
    assertTrue(Ids.isValid("0-a.b_c"));
    assertTrue(Ids.isValid("a".repeat(64)));
    assertFalse(Ids.isValid("a".repeat(65)));
    assertFalse(Ids.isValid(""));
    assertFalse(Ids.isValid(null));
    assertFalse(Ids.isValid("-a"));
    assertFalse(Ids.isValid(".a"));
    assertFalse(Ids.isValid("A"));
    assertFalse(Ids.isValid("a b"));
  }

  /** Strings of 0 to 70 characters drawn mostly from the id alphabet and its neighbours. */
  @Provide
  Arbitrary<String> idLike() {
    return Arbitraries.strings()
        .withChars("abcxyz0189._-A Z/:`{@")
        .withCharRange('\u00e0', '\u00e2')
        .ofMinLength(0)
        .ofMaxLength(70);
  }
}
