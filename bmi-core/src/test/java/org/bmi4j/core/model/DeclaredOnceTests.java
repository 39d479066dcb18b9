package org.bmi4j.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * An activity, its performer, governance mode, links and place in value creation are declared once,
 * in the activity (issue 20, point 5): the model offers views of them, never a second place to
 * write them.
 */
class DeclaredOnceTests {
  private static Set<String> methods(Class<?> type) {
    return Arrays.stream(type.getMethods()).map(Method::getName).collect(Collectors.toSet());
  }

  private static List<String> present(Class<?> type, List<String> names) {
    Set<String> methods = methods(type);
    return names.stream().filter(methods::contains).toList();
  }

  @Test
  void theModelBuilderHasNoListSetterForGovernanceOrLinks() {
    assertEquals(
        List.of(),
        present(
            BusinessModel.Builder.class,
            List.of(
                "addGovernance",
                "addAllGovernance",
                "governance",
                "addLink",
                "addLinks",
                "addAllLinks",
                "links",
                "valueCreatingActivities")));
  }

  @Test
  void theModelHasNoWithCopyForGovernanceOrLinks() {
    assertEquals(
        List.of(),
        present(
            BusinessModel.class,
            List.of("withGovernance", "withLinks", "withValueCreatingActivities")));
  }

  @Test
  void valueCreationNamesNoActivity() {
    assertEquals(
        List.of(),
        present(
            ValueCreation.Builder.class,
            List.of("addActivity", "addActivities", "addAllActivities", "activities")));
    assertEquals(List.of(), present(ValueCreation.class, List.of("activities", "withActivities")));
  }

  @Test
  void theModelsGovernanceLinksAndValueCreationAreViewsOfItsActivities() {
    BusinessModel model = ModelDraft.valid().build();

    assertEquals(
        List.of(ModelDraft.SOURCING.governance().get(), ModelDraft.SELLING.governance().get()),
        model.governance());
    assertEquals(List.of(ActivityLink.of("sourcing", "selling", Flow.GOODS)), model.links());
    assertEquals(List.of("selling"), model.valueCreatingActivities().asList());
  }

  @Test
  void changingAnActivityChangesEveryView() {
    BusinessModel model = ModelDraft.valid().build();
    BusinessModel changed =
        model.withActivities(
            ModelDraft.SOURCING.withLinks().withValueCreating(true),
            ModelDraft.SELLING.withMode(GovernanceMode.PLATFORM));

    assertEquals(List.of(), changed.links());
    assertEquals(List.of("sourcing", "selling"), changed.valueCreatingActivities().asList());
    assertEquals(GovernanceMode.PLATFORM, changed.governance().get(1).mode());
  }
}
