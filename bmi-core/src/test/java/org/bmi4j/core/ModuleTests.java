package org.bmi4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.TreeSet;
import org.bmi4j.core.model.BusinessModel;
import org.junit.jupiter.api.Test;

/** bmi-core is a named module that exports its API packages only. */
class ModuleTests {
  private final Module module = BusinessModel.class.getModule();

  @Test
  void theCoreIsTheNamedModuleOrgBmi4jCore() {
    assertTrue(module.isNamed(), "tests run on the module path");
    assertEquals("org.bmi4j.core", module.getName());
  }

  @Test
  void onlyApiPackagesAreExportedToEveryone() {
    Set<String> unqualified = new TreeSet<>();
    for (ModuleDescriptor.Exports export : module.getDescriptor().exports()) {
      if (!export.isQualified()) {
        unqualified.add(export.source());
      }
    }
    assertEquals(
        Set.of(
            "org.bmi4j.core.alliance",
            "org.bmi4j.core.analysis",
            "org.bmi4j.core.canvas",
            "org.bmi4j.core.csv",
            "org.bmi4j.core.dual",
            "org.bmi4j.core.ecosystem",
            "org.bmi4j.core.json",
            "org.bmi4j.core.model",
            "org.bmi4j.core.valueflow"),
        unqualified);
  }

  @Test
  void internalsAreExportedOnlyToTheProcessModule() {
    ModuleDescriptor.Exports internal =
        module.getDescriptor().exports().stream()
            .filter(e -> e.source().equals("org.bmi4j.core.internal"))
            .findFirst()
            .orElseThrow();
    assertEquals(Set.of("org.bmi4j.process"), internal.targets());
  }
}
