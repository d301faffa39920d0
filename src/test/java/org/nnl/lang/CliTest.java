package org.nnl.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real command line in a separate JVM: exit codes, stdout, diagnostics with carets, no stack traces. */
class CliTest {
  record Result(int code, String out, String err) {}

  private static Result nnl(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "org.nnl.cli.Main"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void exitCodesAndDiagnostics(@TempDir Path dir) throws Exception {
    Result ok = nnl("-e", "print 1 + 2");
    assertEquals(new Result(0, "3\n", ""), ok);

    Path bad = dir.resolve("bad.nnl");
    Files.writeString(bad, "let a = 1\nprint a + nope\n");
    Result compile = nnl(bad.toString());
    assertEquals(65, compile.code());
    assertEquals(bad + ":2:11: error: Unknown name 'nope'.\nprint a + nope\n          ^^^^\n", compile.err());
    assertEquals(65, nnl("check", bad.toString()).code());

    Result runtime = nnl("-e", "let z = 0\nprint 1 / z");
    assertEquals(70, runtime.code());
    assertTrue(runtime.err().startsWith("<-e>:2:9: error: Division by zero."), runtime.err());
    assertFalse(runtime.err().contains("at org."), runtime.err());

    assertEquals(64, nnl("--frobnicate").code());
    assertEquals(64, nnl(dir.resolve("missing.nnl").toString()).code());
    Result version = nnl("--version");
    assertEquals(0, version.code());
    assertTrue(version.out().startsWith("nnl "));
  }
}
