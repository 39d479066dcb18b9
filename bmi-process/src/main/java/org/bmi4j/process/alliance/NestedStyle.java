package org.bmi4j.process.alliance;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.immutables.value.Value.Style.ImplementationVisibility;

/**
 * The Immutables style of the alliance context's package-private parts (its logs, terms and future)
 * and of its JSON form: {@code BmiStyle}'s (see there why each setting), but with the generated
 * type as visible as its abstract one, so that the parts stay inside this package.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = ImplementationVisibility.SAME,
    unsafeDefaultAndDerived = true,
    allowedClasspathAnnotations = {Override.class})
@interface NestedStyle {}
