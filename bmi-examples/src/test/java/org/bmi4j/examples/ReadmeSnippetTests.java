package org.bmi4j.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's JShell snippet is {@code readme-snippet.jsh}, word for word; it was run by hand in
 * jshell on a fresh clone (see the README for the command and the printed classification).
 */
class ReadmeSnippetTests {
  @Test
  void theReadmeShowsTheJshellSnippetAndTheCommandsToStartJshell() throws IOException {
    String snippet;
    try (InputStream in = ReadmeSnippetTests.class.getResourceAsStream("/readme-snippet.jsh")) {
      snippet = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String readme = Files.readString(Path.of("..", "README.md"));
    assertTrue(readme.contains("```java\n" + snippet + "```\n"), "README holds the snippet");
    assertTrue(
        readme.contains(
            "\nmvn -B -q -DskipTests -pl bmi-core -am package"
                + " dependency:build-classpath -Dmdep.outputFile=target/cp.txt\n"));
    assertTrue(
        readme.contains(
            "\njshell --class-path"
                + " \"bmi-core/target/bmi-core-0.1.0-SNAPSHOT.jar:$(cat bmi-core/target/cp.txt)\"\n"));
    assertTrue(readme.contains("EXTENSION by rule ADDITIONS_KEEPING_OFFERINGS, major: false"));
  }
}
