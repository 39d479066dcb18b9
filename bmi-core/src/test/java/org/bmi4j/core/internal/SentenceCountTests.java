package org.bmi4j.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Sentences with counts read right for none, one and many. */
class SentenceCountTests {
  @Test
  void aCountTakesTheSingularForOneAndThePluralOtherwise() {
    assertEquals("0 committed partners", Sentences.count(0, "committed partner"));
    assertEquals("1 committed partner", Sentences.count(1, "committed partner"));
    assertEquals("2 committed partners", Sentences.count(2, "committed partner"));
    assertEquals("1 child", Sentences.count(1, "child", "children"));
    assertEquals("3 children", Sentences.count(3, "child", "children"));
  }

  @Test
  void aVerbAgreesWithOneOrMany() {
    assertEquals("puts", Sentences.agree(1, "puts", "put"));
    assertEquals("put", Sentences.agree(0, "puts", "put"));
    assertEquals("put", Sentences.agree(2, "puts", "put"));
  }
}
