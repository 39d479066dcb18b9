package org.bmi4j.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.annotate.InjectAnnotation;
import org.immutables.annotate.InjectAnnotation.Where;

/**
 * On a package beside {@link BmiStyle}: Immutables marks every immutable type it generates there,
 * and its builder, with bmi4j's own {@link Generated}.
 */
@InjectAnnotation(
    type = Generated.class,
    target = {Where.IMMUTABLE_TYPE, Where.BUILDER_TYPE})
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
public @interface GeneratedTypes {}
