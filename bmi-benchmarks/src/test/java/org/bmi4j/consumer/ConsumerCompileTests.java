package org.bmi4j.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user of the library compiles against bmi-core and bmi-process with every lint warning turned
 * into an error, and sees none. This module runs on the class path with what a user's build has:
 * the library jars and their runtime dependencies, but not the compile-only Immutables jars.
 */
class ConsumerCompileTests {
  private static final String CONSUMER =
      """
      import java.time.Clock;
      import java.util.Currency;
      import java.util.Optional;
      import org.bmi4j.core.alliance.ContributionLedger;
      import org.bmi4j.core.model.Actor;
      import org.bmi4j.core.model.ActorRole;
      import org.bmi4j.core.model.BusinessModel;
      import org.bmi4j.core.model.Exchange;
      import org.bmi4j.core.model.Offering;
      import org.bmi4j.core.model.Sector;
      import org.bmi4j.core.model.ValueKind;
      import org.bmi4j.process.alliance.AllianceInstance;
      import org.bmi4j.process.alliance.AllianceContext;
      import org.bmi4j.process.alliance.AllianceEvent;
      import org.bmi4j.process.alliance.AlliancePhase;
      import org.bmi4j.process.alliance.AllianceProcess;
      import org.bmi4j.process.sst.SstContext;

      public class Consumer {
        public static void main(String[] args) {
          Actor shop = Actor.of("shop", "Refill shop", ActorRole.FOCAL_FIRM, Sector.PRIVATE);
          Offering refills = Offering.builder().id("refills").name("Refills")
              .addBeneficiary("shop").addValueKind(ValueKind.ECONOMIC).build();
          BusinessModel model = BusinessModel.builder().id("refill").name("Refill shop")
              .addOwner("shop").addActor(shop).build();
          Exchange.Builder exchange = Exchange.builder().id("sell");
          AllianceInstance alliance =
              AllianceProcess.start("mobility", "Mobility alliance", Optional.of("oem"),
                  Currency.getInstance("EUR"), Clock.systemUTC());
          AllianceContext context = alliance.context();
          ContributionLedger ledger = null;
          SstContext sst = null;
          System.out.println(model.id() + refills.id() + exchange + context + ledger + sst);
        }
      }
      """;

  @Test
  void aUserCompilingAgainstTheJarsWithEveryLintWarningAsAnErrorGetsNone(@TempDir Path dir)
      throws IOException {
    Path source = dir.resolve("Consumer.java");
    Files.writeString(source, CONSUMER, StandardCharsets.UTF_8);
    List<String> classPath =
        List.of(System.getProperty("java.class.path").split(File.pathSeparator));
    assertTrue(
        classPath.stream().noneMatch(entry -> entry.contains("immutables")),
        "the compile-only Immutables jars are not on a user's class path: " + classPath);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    boolean compiled;
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      compiled =
          javac
              .getTask(
                  null,
                  files,
                  diagnostics,
                  List.of(
                      "--release",
                      "17",
                      "-Xlint:all",
                      "-Werror",
                      "-proc:none",
                      "-d",
                      dir.toString(),
                      "-classpath",
                      String.join(File.pathSeparator, classPath)),
                  null,
                  files.getJavaFileObjects(source))
              .call();
    }
    String reported =
        diagnostics.getDiagnostics().stream()
            .map(Diagnostic::toString)
            .collect(Collectors.joining("\n"));
    assertEquals("", reported, "javac -Xlint:all reported");
    assertTrue(compiled, "the consumer did not compile");
  }
}
