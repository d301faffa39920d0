package org.nnl.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import groovy.lang.Binding;
import groovy.lang.GroovyShell;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's embedding guide runs as written: its Java example is compiled and run, its
 * Groovy example evaluated, and each prints exactly the output the README shows after it.
 */
class ReadmeExamplesTest {
  @TempDir Path dir;

  /** The code of the first {@code ```lang} block and the {@code ```text} block that follows it. */
  static List<String> example(String lang) throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    Matcher m = Pattern.compile("```" + lang + "\\n(.*?)```\\s*\\nprints\\n```text\\n(.*?)```", Pattern.DOTALL)
        .matcher(readme);
    assertTrue(m.find(), "README.md has a " + lang + " example followed by its output");
    return List.of(m.group(1), m.group(2));
  }

  @Test
  void theJavaExampleCompilesAndPrintsWhatTheReadmeShows() throws Exception {
    List<String> ex = example("java");
    Path src = dir.resolve("EmbedExample.java");
    Files.writeString(src, ex.get(0));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int rc = javac.run(null, null, diagnostics, "-cp", System.getProperty("java.class.path"), "-d", dir.toString(),
        src.toString());
    assertEquals(0, rc, diagnostics.toString(StandardCharsets.UTF_8));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream previous = System.out;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      loader.loadClass("EmbedExample").getMethod("main", String[].class).invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(previous);
    }
    assertEquals(ex.get(1), out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
  }

  @Test
  void theGroovyExamplePrintsWhatTheReadmeShows() throws Exception {
    List<String> ex = example("groovy");
    StringWriter out = new StringWriter();
    Binding binding = new Binding();
    binding.setProperty("out", new PrintWriter(out, true));
    new GroovyShell(getClass().getClassLoader(), binding).evaluate(ex.get(0));
    assertEquals(ex.get(1), out.toString().replace(System.lineSeparator(), "\n"));
  }
}
