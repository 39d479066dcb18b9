package org.bmi4j.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.bmi4j.core.model.DesignElement;
import org.bmi4j.core.model.ValueFunction;
import org.junit.jupiter.api.Test;

/**
 * An element change's value functions and design elements are immutable sets holding exactly the
 * constants it was given, once each, in declaration order, whatever collection they came in.
 */
class ElementChangeSetsProperties {
  private static ElementChange change(
      Collection<ValueFunction> functions, Collection<DesignElement> designElements) {
    return new ElementChange(
        new ElementKey(ElementKind.ACTIVITY, "a"),
        Optional.of("before"),
        Optional.empty(),
        functions,
        designElements);
  }

  /** The given constants in one of the collection kinds callers pass. */
  private static <E extends Enum<E>> Collection<E> given(List<E> constants, int shape) {
    return switch (shape) {
      case 0 -> constants; // duplicates and any order
      case 1 -> new HashSet<>(constants);
      case 2 -> ImmutableSet.copyOf(constants);
      default -> {
        List<E> reversed = new ArrayList<>(constants);
        java.util.Collections.reverse(reversed);
        yield reversed;
      }
    };
  }

  private static <E extends Enum<E>> List<E> inDeclarationOrder(List<E> constants, Class<E> type) {
    Set<E> set = EnumSet.noneOf(type);
    set.addAll(constants);
    return List.copyOf(set);
  }

  @Property
  void theSetsHoldTheGivenConstantsOnceEachInDeclarationOrder(
      @ForAll List<ValueFunction> functions,
      @ForAll List<DesignElement> designElements,
      @ForAll @IntRange(min = 0, max = 3) int shape) {
    ElementChange change = change(given(functions, shape), given(designElements, shape));

    assertEquals(
        inDeclarationOrder(functions, ValueFunction.class), List.copyOf(change.functions()));
    assertEquals(
        inDeclarationOrder(designElements, DesignElement.class),
        List.copyOf(change.designElements()));
    assertEquals(EnumSet.copyOf(withAll(functions, ValueFunction.class)), change.functions());
    assertEquals(change.functions(), change.reversed().functions());
    assertEquals(change.designElements(), change.reversed().designElements());
    assertThrows(
        UnsupportedOperationException.class, () -> change.functions().add(ValueFunction.CAPTURE));
  }

  /** {@code EnumSet.copyOf} refuses an empty collection that is not an EnumSet. */
  private static <E extends Enum<E>> Collection<E> withAll(List<E> constants, Class<E> type) {
    Set<E> set = EnumSet.noneOf(type);
    set.addAll(constants);
    return set;
  }

  @Test
  void aNullConstantIsRefused() {
    List<ValueFunction> withNull = Arrays.asList(ValueFunction.CAPTURE, null);

    NullPointerException function =
        assertThrows(NullPointerException.class, () -> change(withNull, List.of()));
    NullPointerException designElement =
        assertThrows(
            NullPointerException.class,
            () -> change(List.of(), Arrays.asList((DesignElement) null)));

    assertEquals(
        "functions holds null; each must be one of [PROPOSITION, CREATION, EXCHANGE, CAPTURE]",
        function.getMessage());
    assertEquals(
        "designElements holds null; each must be one of [CONTENT, STRUCTURE, GOVERNANCE]",
        designElement.getMessage());
  }

  /**
   * The set of a mask holds the constants whose ordinals are its bits, and a change given one of
   * these shared sets keeps that very set (a diff hands them over without a copy).
   */
  @Property
  void aMasksSetHoldsItsBitsConstantsAndIsKeptAsGiven(
      @ForAll List<ValueFunction> functions, @ForAll List<DesignElement> designElements) {
    int functionMask = 0;
    for (ValueFunction function : functions) {
      functionMask |= EnumSubsets.bit(function);
    }
    int designMask = 0;
    for (DesignElement designElement : designElements) {
      designMask |= EnumSubsets.bit(designElement);
    }
    ImmutableSet<ValueFunction> functionSet = ElementChange.FUNCTIONS.ofMask(functionMask);
    ImmutableSet<DesignElement> designSet = ElementChange.DESIGN_ELEMENTS.ofMask(designMask);

    assertEquals(inDeclarationOrder(functions, ValueFunction.class), List.copyOf(functionSet));
    assertEquals(inDeclarationOrder(designElements, DesignElement.class), List.copyOf(designSet));
    ElementChange change = change(functionSet, designSet);
    assertSame(functionSet, change.functions());
    assertSame(designSet, change.designElements());
  }
}
