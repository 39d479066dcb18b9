package org.bmi4j.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.immutables.value.Value.Style.ImplementationVisibility;

/**
 * The one Immutables style of bmi4j's value types: an abstract {@code AbstractX} yields the public
 * immutable {@code X} with a builder and {@code withX} copies.
 *
 * <p>Builders are not strict, so that {@code X.builder().from(x)} exists: changing several
 * interdependent parts of a model at once (an activity together with its governance) needs it,
 * since every {@code withX} copy of a business model is checked on its own.
 *
 * <p>{@code allowedClasspathAnnotations} keeps the generated code from referring to annotations
 * that Guava brings on the class path (errorprone, jsr305), which a named module does not read. It
 * keeps out Immutables' own {@code @Generated} too, whose class a user of the jars does not have:
 * {@link GeneratedTypes} marks the generated types with bmi4j's {@link Generated} instead, so that
 * mutation testing still leaves them out.
 *
 * <p>{@code unsafeDefaultAndDerived} initialises default and derived attributes in declaration
 * order instead of through an "init shim", an object allocated and written through a volatile field
 * by every constructor, {@code withX} copies included. It is safe as long as no {@code
 * Value.Default} or {@code Value.Derived} method reads another attribute: keep them constants.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = ImplementationVisibility.PUBLIC,
    depluralize = true,
    unsafeDefaultAndDerived = true,
    allowedClasspathAnnotations = {Override.class})
public @interface BmiStyle {}
