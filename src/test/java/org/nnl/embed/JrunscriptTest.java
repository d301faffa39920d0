package org.nnl.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.nnl.lang.Session;

/**
 * The JDK's own host, {@code jrunscript -cp CLASSPATH -l nnl -e CODE}: it finds the engine
 * through META-INF/services and runs without {@code --add-modules jdk.incubator.vector}.
 */
class JrunscriptTest {
  record Result(String out, int code) {}

  static Result jrunscript(String code) throws IOException, InterruptedException {
    String tool = Path.of(System.getProperty("java.home"), "bin", "jrunscript").toString();
    Process p = new ProcessBuilder(List.of(tool, "-cp", System.getProperty("java.class.path"), "-l", "nnl", "-e", code))
        .redirectErrorStream(true).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "jrunscript finished");
    return new Result(out, p.exitValue());
  }

  @Test
  void runsNnlThroughTheEngineRegistry() throws Exception {
    Result r = jrunscript("let w = 4 -> 8 -> 1\nprint w, 2 ^ 10");
    assertEquals("[4, 8, 1]  1024\n", r.out().replace("\r", "").replaceAll("(?m)^WARNING:.*\n", ""));
    assertEquals(0, r.code());
  }

  /** Networks evaluated by the scalar fallback of the matrix kernels print what the vector path prints. */
  @Test
  void networksRunWithoutTheVectorModule() throws Exception {
    String code = "let f = draw(dense(4 -> 256 -> 256 -> 1, act: tanh), seed: 3)\n"
        + "print f([[1, 0, 0, 0], [0, 2, 0, 0], [0.5, -1, 1.5, 0], [0, 0, 0, -2]])";
    ByteArrayOutputStream here = new ByteArrayOutputStream();
    new Session(new PrintStream(here, true, StandardCharsets.UTF_8)).eval(code, "here");
    Result r = jrunscript(code);
    assertEquals(0, r.code(), r.out());
    String printed = here.toString(StandardCharsets.UTF_8).replace("\r", "");
    assertTrue(printed.startsWith("[") && printed.split(",").length == 4, printed);
    assertEquals(printed, r.out().replace("\r", "").replaceAll("(?m)^WARNING:.*\n", ""));
  }

  @Test
  void reportsErrorsWithTheirPosition() throws Exception {
    Result r = jrunscript("let x = 1\nlet y = nosuch");
    assertTrue(r.out().contains("Unknown name 'nosuch'. in <string> at line number 2 at column number 9"), r.out());
    assertNotEquals(0, r.code());
  }
}
