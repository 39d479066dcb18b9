package org.bmi4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import org.bmi4j.core.dual.BoundaryElement;
import org.bmi4j.core.dual.BusinessFunction;
import org.bmi4j.core.dual.CustomerChoice;
import org.bmi4j.core.dual.DualBusinessModel;
import org.bmi4j.core.dual.OfferingChoice;
import org.bmi4j.core.dual.TeamMember;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Offering;
import org.bmi4j.core.testing.EcosystemArbitraries;
import org.bmi4j.core.testing.LedgerArbitraries;
import org.bmi4j.core.testing.ModelArbitraries;
import org.bmi4j.core.valueflow.ScenarioArbitraries;
import org.junit.jupiter.api.Test;

/**
 * Every Immutables value type of bmi-core, found by scanning the compiled classes (not a hand
 * list), has a copy builder that rebuilds a sample equal to it, and a {@code withX} copy for every
 * attribute.
 */
class CopyBuilderTests {
  private static final int SAMPLES_PER_ROOT = 60;

  /** Every generated value type: a class {@code X} extending its {@code AbstractX}. */
  static Set<Class<?>> valueTypes() throws IOException, URISyntaxException {
    Path classes =
        Path.of(BusinessModel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<Class<?>> types = new java.util.TreeSet<>(java.util.Comparator.comparing(Class::getName));
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String relative = classes.relativize(file).toString();
        if (!relative.endsWith(".class") || relative.contains("$")) {
          continue;
        }
        String name = relative.substring(0, relative.length() - 6).replace('/', '.');
        Class<?> type;
        try {
          type = Class.forName(name, false, CopyBuilderTests.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
          continue;
        }
        Class<?> parent = type.getSuperclass();
        if (parent != null
            && parent.getSimpleName().equals("Abstract" + type.getSimpleName())
            && Modifier.isPublic(type.getModifiers())) {
          types.add(type);
        }
      }
    }
    return types;
  }

  /** Samples of every value type reached from generated models, ecosystems, ledgers, scenarios. */
  private static Map<Class<?>, List<Object>> samples() {
    Map<Class<?>, List<Object>> found = new LinkedHashMap<>();
    List<Arbitrary<?>> roots =
        List.of(
            ModelArbitraries.businessModels(),
            ModelArbitraries.completeBusinessModels(),
            EcosystemArbitraries.ecosystems(),
            LedgerArbitraries.ledgers(),
            ScenarioArbitraries.any(),
            ModelArbitraries.businessModels().map(CopyBuilderTests::dual));
    for (Arbitrary<?> root : roots) {
      root.sampleStream().limit(SAMPLES_PER_ROOT).forEach(sample -> walk(sample, found));
    }
    return found;
  }

  private static DualBusinessModel dual(BusinessModel generated) {
    Actor firm = generated.actors().get(0);
    BusinessModel market =
        BusinessModel.builder()
            .id(generated.id() + ".market")
            .name("Market")
            .addOwner(firm.id())
            .addActor(firm)
            .build();
    DualBusinessModel dual =
        DualBusinessModel.builder()
            .firm(firm.id())
            .collaborative(BusinessModel.builder().from(generated).addOwner(firm.id()).build())
            .market(market)
            .boundary(
                BoundaryElement.builder()
                    .name("IMT")
                    .addMember(TeamMember.of("Ann", BusinessFunction.SALES))
                    .addMember(TeamMember.of("Bo", BusinessFunction.R_AND_D))
                    .build())
            .build();
    for (Offering offering : generated.proposition().offerings()) {
      if (!offering.beneficiaries().isEmpty()) {
        return dual.withChoice(
            OfferingChoice.of(
                offering.id(), offering.beneficiaries().iterator().next(), CustomerChoice.SHARED));
      }
    }
    return dual;
  }

  private static void walk(Object value, Map<Class<?>, List<Object>> found) {
    if (value instanceof Collection<?> collection) {
      collection.forEach(element -> walk(element, found));
      return;
    }
    if (value instanceof Map<?, ?> map) {
      map.values().forEach(element -> walk(element, found));
      return;
    }
    if (value instanceof Optional<?> optional) {
      optional.ifPresent(element -> walk(element, found));
      return;
    }
    if (value instanceof Tuple) {
      return;
    }
    Class<?> type = value.getClass();
    Class<?> parent = type.getSuperclass();
    if (parent == null || !parent.getSimpleName().equals("Abstract" + type.getSimpleName())) {
      return;
    }
    List<Object> list = found.computeIfAbsent(type, t -> new ArrayList<>());
    if (list.size() < 20) {
      list.add(value);
    }
    for (Method accessor : attributes(type)) {
      walk(invoke(accessor, value), found);
    }
    for (Method view : views(type)) {
      Object viewed = invoke(view, value);
      if (viewed instanceof Collection<?> || viewed instanceof Optional<?>) {
        walk(viewed, found);
      }
    }
  }

  /**
   * The views: public accessors that are not attributes (such as a model's governance, derived from
   * its activities), so value types that exist only in views are sampled too. Only views that
   * return a collection or an optional are walked, which keeps a view that makes a new value of its
   * own type (a normalised copy, say) from recursing without end.
   */
  private static List<Method> views(Class<?> type) {
    List<Method> views = new ArrayList<>();
    for (Method method : type.getSuperclass().getDeclaredMethods()) {
      if (Modifier.isPublic(method.getModifiers())
          && !Modifier.isStatic(method.getModifiers())
          && method.getParameterCount() == 0
          && !implementedBy(type, method)) {
        views.add(method);
      }
    }
    views.sort(Comparator.comparing(Method::getName));
    return views;
  }

  /**
   * The attributes: the public accessors the abstract class declares, the generated class
   * implements and the builder sets (abstract ones and defaults alike).
   */
  private static List<Method> attributes(Class<?> type) {
    List<Method> accessors = new ArrayList<>();
    for (Method method : type.getSuperclass().getDeclaredMethods()) {
      if (Modifier.isPublic(method.getModifiers())
          && !Modifier.isStatic(method.getModifiers())
          && method.getParameterCount() == 0
          && implementedBy(type, method)) {
        accessors.add(method);
      }
    }
    return accessors;
  }

  /** An attribute is what the builder sets: derived values and views are left out. */
  private static boolean implementedBy(Class<?> type, Method method) {
    try {
      type.getDeclaredMethod(method.getName());
      Class<?> builder = type.getMethod("builder").getReturnType();
      return Stream.of(builder.getMethods())
          .anyMatch(m -> m.getName().equals(method.getName()) && m.getParameterCount() == 1);
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static Object invoke(Method method, Object target, Object... arguments) {
    try {
      method.setAccessible(true);
      return method.invoke(target, arguments);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError(method + " failed", e);
    }
  }

  @Test
  void theScanFindsTheValueTypes() throws Exception {
    Set<String> names = new TreeSet<>();
    valueTypes().forEach(type -> names.add(type.getSimpleName()));
    assertTrue(
        names.containsAll(Set.of("BusinessModel", "Exchange", "ValueFlow", "Ecosystem")),
        names.toString());
  }

  @Test
  void everyValueTypeRebuildsEqualThroughItsCopyBuilder() throws Exception {
    Map<Class<?>, List<Object>> samples = samples();
    Set<String> unsampled = new TreeSet<>();
    for (Class<?> type : valueTypes()) {
      List<Object> values = samples.getOrDefault(type, List.of());
      if (values.isEmpty()) {
        unsampled.add(type.getName());
        continue;
      }
      Method builder = type.getMethod("builder");
      for (Object value : values) {
        Object fresh = invoke(builder, null);
        Method from = fresh.getClass().getMethod("from", type);
        Object filled = invoke(from, fresh, value);
        Object rebuilt = invoke(filled.getClass().getMethod("build"), filled);
        assertEquals(value, rebuilt, type.getSimpleName());
      }
    }
    assertEquals(Set.of(), unsampled, "value types the generators never reach");
  }

  @Test
  void everyAttributeOfEveryValueTypeHasAWithCopy() throws Exception {
    Set<String> missing = new TreeSet<>();
    for (Class<?> type : valueTypes()) {
      for (Method accessor : attributes(type)) {
        String name = accessor.getName();
        String with = "with" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        boolean present =
            Stream.of(type.getMethods())
                .anyMatch(m -> m.getName().equals(with) && m.getParameterCount() >= 1);
        if (!present) {
          missing.add(type.getSimpleName() + "." + with);
        }
      }
    }
    assertEquals(Set.of(), missing);
  }
}
