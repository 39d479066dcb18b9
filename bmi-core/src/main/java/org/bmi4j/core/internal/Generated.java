package org.bmi4j.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type that Immutables generated, so that mutation testing leaves it out (PIT skips classes
 * annotated with an annotation named {@code Generated}).
 *
 * <p>It replaces Immutables' own {@code org.immutables.value.Generated}: that annotation's class is
 * in a compile-only jar, so every user compiling against bmi4j with {@code -Xlint} was warned that
 * the class file's annotation method {@code from()} could not be found. This one ships in
 * bmi-core's jar and has no elements. {@link GeneratedTypes} puts it on the generated types.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Generated {}
