package org.nnl.lang;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnl.lang.ast.Program;
import org.nnl.lang.check.Checker;
import org.nnl.lang.check.TestLibrary;
import org.nnl.lang.diag.Diagnostic;
import org.nnl.lang.syntax.Syntax;

/**
 * Thousands of random token soups and mutations of valid programs go through the parser and the
 * checker: the only outcome allowed is a list of diagnostics (each with a position inside the
 * text); no exception, no hang. Seeded, so a failure is reproducible.
 */
class FuzzTest {
  private static final String[] TOKENS = {
      "activation", "architecture", "distribution", "learner", "let", "print", "for", "in", "seed", "digits",
      "save", "to", "plot", "import", "sweep", "true", "false", "and", "or", "not", "x", "relu", "eps", "gap",
      "polyreg", "A", "D", "n", "1", "0.5", "1e-6", "\"s\"", "\"a.nnl\"", "(", ")", "[", "]", "{", "}", ",", ":",
      ";", "=", "==", "!=", "<", "<=", ">", ">=", "+", "-", "*", "/", "^", "..", "->", ".", "\n", "#c\n", "@", "\""};

  private static final List<String> SEEDS = List.of(
      "activation relu\nlet e = eps(relu, 4)\nprint e, e * 2",
      "let t = sweep n in 1..6, m in [1, 2] {\n  a: n + m, b: eps(relu, n)\n}\nprint t.a",
      "activation f(x) = max(0.1 * x, x)\nfor i in 1..3 { print i ^ 2 }",
      "let g = gap(A, D, degree: 2, networks: 3)\nprint g.mean, g.stderr\nplot t, x: n, y: [a, b], log: \"y\", to: \"p.png\"",
      "let r = {n: 4, gap: 0.01}\nprint r.gap, not (1 < 2) or true\nlet w = 32 -> 512 -> 1\nsave r to \"r.csv\"");

  @Test
  void parserAndCheckerOnlyEverReportDiagnostics() {
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      SplittableRandom rng = new SplittableRandom(20261123);
      for (int i = 0; i < 4000; i++) {
        String src = i % 2 == 0 ? soup(rng) : mutate(SEEDS.get(rng.nextInt(SEEDS.size())), rng);
        run(src);
      }
    });
  }

  /**
   * Mutated programs that pass the checker also run (over the test catalog): they may fail only
   * with a compile or runtime diagnostic, never an internal error. A watchdog interrupts long runs;
   * that is a failure unless the program asks for huge work ({@link #mayRunLong}).
   */
  private static final List<String> RUNNABLE = List.of(
      "let a = 3\nlet b = [a, a * 2, 1..4]\nprint a / 2, b, -a ^ 2, \"s\" + a\nlet r = {n: a, m: b}\nprint r.n",
      "let t = sweep n in 1..4, m in [1, 2] {\n  a: twice(n) + m, b: est(n, 0.1) * 2\n}\nprint t.a\nfor row in t { print row.b }",
      "let f = summer(2)\nprint f([1, 2]), f([[1, 2], [3, 4]])\nlet e = est(1, 0.5)\nprint e.mean + e.stderr",
      "seed 3; digits 4\nlet w = 32 -> 64 -> 1\nfor i in w { print i > 10 and not (i == 64) or false }",
      "let x = seedof(seed: 2) + seedof()\nlet y = [x, {a: x}]\nprint y, 1..3");

  @Test
  void checkedProgramsFailOnlyWithDiagnostics(@TempDir Path dir) throws Exception {
    SplittableRandom rng = new SplittableRandom(7);
    java.util.concurrent.ScheduledExecutorService watchdog = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
    Thread me = Thread.currentThread();
    int ran = 0;
    int stopped = 0;
    try {
      for (int i = 0; i < 1500; i++) {
        String src = tweak(RUNNABLE.get(rng.nextInt(RUNNABLE.size())), rng);
        TestServices services = new TestServices();
        Session s = new Session(services, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()),
            new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        s.set("A", 1.0);
        s.set("D", 2.0);
        s.set("t", new org.nnl.core.Table("n", "a", "b"));
        if (!s.check(src, "fuzz").isEmpty()) continue;
        ran++;
        var alarm = watchdog.schedule(me::interrupt, 10, java.util.concurrent.TimeUnit.SECONDS);
        try {
          // From a file in a temporary folder: what a program saves lands there, never in the checkout.
          Path file = dir.resolve("fuzz.nnl");
          Files.writeString(file, src);
          s.evalFile(file);
        } catch (org.nnl.lang.diag.NnlException e) {
          if (e.kind() == org.nnl.lang.diag.NnlException.Kind.INTERNAL) {
            throw new AssertionError("internal error for program:\n" + src + "\n" + e.render(), e.getCause());
          }
        } catch (java.util.concurrent.CancellationException e) {
          // stopped by the watchdog: only a program that asks for huge work may run that long
          if (!mayRunLong(src)) throw new AssertionError("the watchdog stopped a small program:\n" + src);
          stopped++;
        } finally {
          alarm.cancel(false);
          Thread.interrupted();
        }
      }
    } finally {
      watchdog.shutdownNow();
    }
    assertTrue(ran > 500, "too few mutated programs passed the checker: " + ran);
    assertTrue(stopped <= 3, "the watchdog stopped " + stopped + " programs (none did when this was written)");
  }

  /** Whether a tweak made the program ask for huge work (a size or count of 1e9), so that it may run past the watchdog. */
  static boolean mayRunLong(String src) {
    return src.contains("1e9");
  }

  private static void run(String src) {
    try {
      Syntax.Result r = Syntax.parse(src, "fuzz");
      List<Diagnostic> diags = r.diagnostics();
      if (r.ok()) {
        Program p = r.program();
        diags = new Checker(new TestLibrary(), Map.of(), false).check(p, null, null);
      }
      for (Diagnostic d : diags) {
        assertTrue(d.line() >= 1 && d.col() >= 1 && !d.message().isEmpty(), () -> d + " for\n" + src);
        assertTrue(d.message().endsWith(".") || d.message().endsWith("?"), () -> d.message() + " for\n" + src);
      }
    } catch (RuntimeException e) {
      throw new AssertionError("exception for program:\n" + src, e);
    }
  }

  private static final String[] NUMBERS = {"0", "-1", "0.5", "1e9", "3", "1e-300", "2.5", "-0"};
  private static final String[] OPERATORS = {"+", "-", "*", "/", "^", "<", "==", ".."};

  /** One small, mostly well-typed change: a number or an operator replaced by another. */
  private static String tweak(String src, SplittableRandom rng) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+(\\.\\d+)?|[-+*/^<]|==").matcher(src);
    List<int[]> spans = new java.util.ArrayList<>();
    while (m.find()) spans.add(new int[] {m.start(), m.end()});
    int[] at = spans.get(rng.nextInt(spans.size()));
    String old = src.substring(at[0], at[1]);
    String repl = Character.isDigit(old.charAt(0)) ? NUMBERS[rng.nextInt(NUMBERS.length)]
        : OPERATORS[rng.nextInt(OPERATORS.length)];
    return src.substring(0, at[0]) + repl + src.substring(at[1]);
  }

  private static String soup(SplittableRandom rng) {
    StringBuilder sb = new StringBuilder();
    int n = 1 + rng.nextInt(40);
    for (int i = 0; i < n; i++) sb.append(TOKENS[rng.nextInt(TOKENS.length)]).append(rng.nextInt(3) == 0 ? "" : " ");
    return sb.toString();
  }

  private static String mutate(String src, SplittableRandom rng) {
    StringBuilder sb = new StringBuilder(src);
    int edits = 1 + rng.nextInt(4);
    for (int e = 0; e < edits && sb.length() > 0; e++) {
      int at = rng.nextInt(sb.length());
      switch (rng.nextInt(3)) {
        case 0 -> sb.deleteCharAt(at);
        case 1 -> sb.insert(at, TOKENS[rng.nextInt(TOKENS.length)]);
        default -> sb.setCharAt(at, (char) (32 + rng.nextInt(95)));
      }
    }
    return sb.toString();
  }
}
