package org.bmi4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableMultimap;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bmi4j.core.model.BusinessModel;
import org.junit.jupiter.api.Test;

/**
 * Reflection guard: a public constructor or static factory of bmi-core that takes a Guava immutable
 * collection has a twin taking the JDK interface ({@code Collection}, {@code List}, {@code Set},
 * {@code Map}) or Guava's {@code Multimap} in its place, which copies the argument.
 */
class CollectionTwinGuardTests {

  /** Every public class of bmi-core's compiled output, nested ones included. */
  static List<Class<?>> publicClasses() throws Exception {
    Path classes =
        Path.of(BusinessModel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String relative = classes.relativize(file).toString();
        if (!relative.endsWith(".class") || relative.contains("module-info")) {
          continue;
        }
        String name = relative.substring(0, relative.length() - 6).replace('/', '.');
        Class<?> type;
        try {
          type = Class.forName(name, false, CollectionTwinGuardTests.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
          continue;
        }
        if (isVisible(type) && !type.getSimpleName().equals("Builder")) {
          types.add(type);
        }
      }
    }
    return types;
  }

  private static boolean isVisible(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass()) {
        return false;
      }
    }
    return !type.getPackageName().contains(".internal");
  }

  private static boolean isGuavaCollection(Class<?> parameter) {
    return ImmutableCollection.class.isAssignableFrom(parameter)
        || ImmutableMap.class.isAssignableFrom(parameter)
        || ImmutableMultimap.class.isAssignableFrom(parameter);
  }

  /** The public constructors and the public static methods returning their own type. */
  private static List<Executable> creators(Class<?> type) {
    List<Executable> creators = new ArrayList<>();
    for (Constructor<?> constructor : type.getConstructors()) {
      creators.add(constructor);
    }
    for (Method method : type.getDeclaredMethods()) {
      if (Modifier.isPublic(method.getModifiers())
          && Modifier.isStatic(method.getModifiers())
          && method.getReturnType().equals(type)) {
        creators.add(method);
      }
    }
    return creators;
  }

  /** A twin has the same name and arity, the JDK interface where this one takes Guava. */
  private static boolean hasTwin(Executable guava, List<Executable> creators) {
    Class<?>[] wanted = guava.getParameterTypes();
    for (Executable other : creators) {
      Class<?>[] got = other.getParameterTypes();
      if (other == guava
          || !other.getName().equals(guava.getName())
          || got.length != wanted.length) {
        continue;
      }
      boolean twin = true;
      for (int i = 0; i < wanted.length && twin; i++) {
        twin =
            isGuavaCollection(wanted[i])
                ? !isGuavaCollection(got[i]) && isJdkInterfaceFor(got[i], wanted[i])
                : got[i].equals(wanted[i]);
      }
      if (twin) {
        return true;
      }
    }
    return false;
  }

  private static boolean isJdkInterfaceFor(Class<?> jdk, Class<?> guava) {
    return jdk.isInterface()
        && jdk.isAssignableFrom(guava)
        && (Collection.class.isAssignableFrom(jdk)
            || Iterable.class.equals(jdk)
            || Map.class.isAssignableFrom(jdk)
            || jdk.getSimpleName().endsWith("Multimap"));
  }

  @Test
  void everyCreatorTakingAGuavaCollectionHasAJdkTwin() throws Exception {
    List<String> missing = new ArrayList<>();
    int guarded = 0;
    for (Class<?> type : publicClasses()) {
      List<Executable> creators = creators(type);
      for (Executable creator : creators) {
        if (Arrays.stream(creator.getParameterTypes())
            .anyMatch(CollectionTwinGuardTests::isGuavaCollection)) {
          guarded++;
          if (!hasTwin(creator, creators)) {
            missing.add(creator.toGenericString());
          }
        }
      }
    }
    assertEquals(List.of(), missing, "creators taking a Guava collection without a JDK twin");
    assertTrue(
        guarded >= 22, "the scan found only " + guarded + " creators taking Guava collections");
  }
}
