package org.bmi4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.List;
import org.bmi4j.core.model.Money;
import org.bmi4j.core.valueflow.Investment;
import org.bmi4j.core.valueflow.Need;
import org.bmi4j.core.valueflow.Path;
import org.bmi4j.core.valueflow.SegmentSize;
import org.junit.jupiter.api.Test;

/**
 * Records that are values a user changes one part of have a {@code withX} copy per component: a
 * copy with the same value equals the original, and with another value changes that part only.
 */
class RecordCopiesTests {
  private static final Money TEN = Money.of("10.00", "EUR");
  private static final Money FIVE_USD = Money.of("5", "USD");

  /** One sample of each value record, and a second that differs from it in every component. */
  private static final List<List<Object>> PAIRS =
      List.of(
          List.of(TEN, FIVE_USD),
          List.of(new Investment("shop", "fit-out", TEN), new Investment("bank", "loan", FIVE_USD)),
          List.of(
              new Need("n1", "locals", BigDecimal.ONE, Path.of("sell")),
              new Need("n2", "tourists", BigDecimal.TEN, Path.of("sell", "deliver"))),
          List.of(SegmentSize.of("locals", 100), SegmentSize.of("tourists", 7)));

  @Test
  void everyComponentOfAValueRecordHasAWithCopyThatChangesOnlyIt() throws Exception {
    for (List<Object> pair : PAIRS) {
      Object first = pair.get(0);
      Object second = pair.get(1);
      Class<?> type = first.getClass();
      for (RecordComponent component : type.getRecordComponents()) {
        String name = component.getName();
        Method with =
            type.getMethod(
                "with" + Character.toUpperCase(name.charAt(0)) + name.substring(1),
                component.getType());
        Object same = component.getAccessor().invoke(first);
        Object other = component.getAccessor().invoke(second);
        assertEquals(first, with.invoke(first, same), type.getSimpleName() + "." + name);
        Object changed = with.invoke(first, other);
        assertNotEquals(first, changed, type.getSimpleName() + "." + name);
        for (RecordComponent part : type.getRecordComponents()) {
          Object expected = part.getName().equals(name) ? second : first;
          assertEquals(
              part.getAccessor().invoke(expected),
              part.getAccessor().invoke(changed),
              type.getSimpleName() + "." + name + " changed " + part.getName());
        }
      }
    }
  }
}
