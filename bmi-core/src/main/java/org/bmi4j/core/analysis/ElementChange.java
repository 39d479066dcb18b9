package org.bmi4j.core.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import java.util.Optional;
import org.bmi4j.core.model.DesignElement;
import org.bmi4j.core.model.ValueFunction;

/**
 * One element that differs between two business models: added (only an {@link #after()} value),
 * removed (only a {@link #before()} value) or changed (both, and they differ).
 *
 * <p>The type of the values depends on the {@linkplain ElementKey#kind() kind}, as {@link
 * ElementKind} lists; the functions and design elements touched follow the same table.
 *
 * @param key the element's key
 * @param before the element in the earlier model; empty when it was added
 * @param after the element in the later model; empty when it was removed
 * @param functions the value functions the element touches, in declaration order
 * @param designElements the activity-system design elements it touches, in declaration order
 */
public record ElementChange(
    ElementKey key,
    Optional<Object> before,
    Optional<Object> after,
    ImmutableSet<ValueFunction> functions,
    ImmutableSet<DesignElement> designElements) {

  // package-private: a diff hands these sets over, which the constructor then keeps as they are
  static final EnumSubsets<ValueFunction> FUNCTIONS = new EnumSubsets<>(ValueFunction.class);
  static final EnumSubsets<DesignElement> DESIGN_ELEMENTS = new EnumSubsets<>(DesignElement.class);

  /**
   * Checks the components.
   *
   * @param designElements the activity-system design elements it touches, in declaration order
   * @param functions the value functions the element touches, in declaration order
   * @param key the element's key
   * @param before the element in the earlier model; empty when it was added
   * @param after the element in the later model; empty when it was removed
   * @throws NullPointerException if any component is null
   * @throws IllegalArgumentException if neither value is present, or both are present and equal
   */
  public ElementChange {
    checkNotNull(key, "key");
    checkNotNull(before, "before");
    checkNotNull(after, "after");
    checkArgument(
        before.isPresent() || after.isPresent(),
        "a change of %s needs a before or an after value, had neither",
        key);
    checkArgument(
        !before.equals(after),
        "a change of %s needs different before and after values, both were %s",
        key,
        before);
    functions = FUNCTIONS.of(functions, "functions");
    designElements = DESIGN_ELEMENTS.of(designElements, "designElements");
  }

  /**
   * Copies the given collections, of any kind, into immutable ones.
   *
   * @param designElements the activity-system design elements it touches, in declaration order
   * @param functions the value functions the element touches, in declaration order
   * @param key the element's key
   * @param before the element in the earlier model; empty when it was added
   * @param after the element in the later model; empty when it was removed
   * @throws NullPointerException if any component is null
   * @throws IllegalArgumentException if neither value is present, or both are present and equal
   */
  public ElementChange(
      ElementKey key,
      Optional<Object> before,
      Optional<Object> after,
      Collection<? extends ValueFunction> functions,
      Collection<? extends DesignElement> designElements) {
    this(
        key,
        before,
        after,
        FUNCTIONS.of(functions, "functions"),
        DESIGN_ELEMENTS.of(designElements, "designElements"));
  }

  /**
   * Returns whether the element exists only in the later model.
   *
   * @return whether the element exists only in the later model
   */
  public boolean isAdded() {
    return before.isEmpty();
  }

  /**
   * Returns whether the element exists only in the earlier model.
   *
   * @return whether the element exists only in the earlier model
   */
  public boolean isRemoved() {
    return after.isEmpty();
  }

  /**
   * Returns whether the element exists in both models with different values.
   *
   * @return whether the element exists in both models with different values
   */
  public boolean isChanged() {
    return before.isPresent() && after.isPresent();
  }

  /**
   * Returns the same change seen from the later model: before and after swapped.
   *
   * @return the same change seen from the later model
   */
  public ElementChange reversed() {
    return new ElementChange(key, after, before, functions, designElements);
  }
}
