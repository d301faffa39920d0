package org.nnl.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

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

  @Test
  void reportsErrorsWithTheirPosition() throws Exception {
    Result r = jrunscript("let x = 1\nlet y = nosuch");
    assertTrue(r.out().contains("Unknown name 'nosuch'. in <string> at line number 2 at column number 9"), r.out());
    assertNotEquals(0, r.code());
  }
}
