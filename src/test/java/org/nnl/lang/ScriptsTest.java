package org.nnl.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.nnl.cli.Main;

/**
 * Runs every {@code scripts/**.nnl} through the command line's code ({@link Main#run}, in
 * process) on a copy of the scripts folder (so that saved files and plots land in a temporary
 * directory), and checks the script's {@code # expect} comments: the {@code # expect:} lines, in
 * order, are the script's whole standard output, line by line (a trailing {@code ...} makes a
 * line a prefix, for numbers); {@code # expect error:} lines are exactly the compile diagnostics (exit 65);
 * {@code # expect runtime error:} is the runtime diagnostic (exit 70); otherwise exit 0 and a
 * silent stderr. {@code # nontest} scripts are only checked (parsed and checked, not run).
 */
class ScriptsTest {
  static final Path SCRIPTS = Path.of("scripts");

  @TempDir
  static Path work;

  @TestFactory
  Stream<DynamicTest> scripts() throws IOException {
    assertTrue(Files.isDirectory(SCRIPTS), "scripts/ is missing");
    copy(SCRIPTS, work);
    List<Path> files;
    try (Stream<Path> s = Files.walk(work)) {
      files = s.filter(p -> p.toString().endsWith(".nnl")).sorted().toList();
    }
    assertFalse(files.isEmpty(), "no scripts under scripts/");
    return files.stream().map(f -> DynamicTest.dynamicTest(work.relativize(f).toString(), () -> run(f)));
  }

  private static void run(Path file) throws IOException {
    ScriptExpectations want = ScriptExpectations.parse(Files.readString(file));
    if (want.nontest()) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code = Main.run(new String[] {"check", file.toString()}, InputStream.nullInputStream(),
          new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
      assertEquals(0, code, "a nontest script must still check cleanly:\n" + err.toString(StandardCharsets.UTF_8));
      return;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new String[] {file.toString()}, InputStream.nullInputStream(),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    String stdout = out.toString(StandardCharsets.UTF_8);
    String stderr = err.toString(StandardCharsets.UTF_8);
    String context = "\n--- stdout ---\n" + stdout + "--- stderr ---\n" + stderr;
    assertEquals(want.exitCode(), code, "exit code" + context);
    List<String> diags = ScriptExpectations.diagnostics(stderr);
    if (!want.compileErrors().isEmpty()) {
      assertEquals(want.compileErrors(), diags, "compile diagnostics" + context);
    } else if (want.runtimeError() != null) {
      assertEquals(List.of(want.runtimeError()), diags, "runtime diagnostic" + context);
    } else {
      assertTrue(diags.isEmpty(), "unexpected diagnostics" + context);
    }
    checkOutput(want.output(), stdout.lines().toList(), context);
  }

  /**
   * The expectations, in order, are the whole output, line by line: the same number of lines,
   * each equal to its expectation (or starting with it when it ends with "...").
   */
  static void checkOutput(List<String> expected, List<String> lines, String context) {
    int n = Math.min(expected.size(), lines.size());
    for (int i = 0; i < n; i++) {
      if (!ScriptExpectations.matches(expected.get(i), lines.get(i))) {
        fail("output line " + (i + 1) + " is '" + lines.get(i) + "', expected '" + expected.get(i) + "'" + context);
      }
    }
    if (lines.size() > n) fail("unexpected output line " + (n + 1) + ": '" + lines.get(n) + "'" + context);
    if (expected.size() > n) fail("missing output line " + (n + 1) + ": expected '" + expected.get(n) + "'" + context);
  }

  private static void copy(Path from, Path to) throws IOException {
    List<Path> all;
    try (Stream<Path> s = Files.walk(from)) {
      all = new ArrayList<>(s.toList());
    }
    for (Path p : all) {
      Path target = to.resolve(from.relativize(p).toString());
      if (Files.isDirectory(p)) Files.createDirectories(target);
      else Files.copy(p, target);
    }
  }
}
