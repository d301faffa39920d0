package org.nnl.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnl.cli.Main;

/**
 * Issue 15, groups 3, 4, 5 (and the sweep rule of 10): generated hostile programs run through the
 * command line's entry point in-process, each in a temporary folder. Allowed outcomes: success,
 * or a diagnostic (exit 65 or 70) with position, a message that names the limit or the size, and
 * never "internal error", never "Out of memory", never a hang (each program has a deadline).
 * Seeded, so a failure is reproducible; the counts of programs tried are asserted.
 */
class RuntimeFuzzTest {
  /** Whole numbers too large for what they count: each must be told the limit, not "must be a whole number". */
  private static final String[] HUGE = {"1e10", "1e12", "1e15", "1e20", "2147483648", "9007199254740993", "1e300"};

  /** Slots where a count, a seed or a size goes; {N} is replaced by a huge whole number. */
  private static final String[] SLOTS = {
      "let d = sample(S, {N}, label: f)",
      "let d = sample(S, 10, seed: {N}, label: f)",
      "print gap(f, f, S, samples: {N})",
      "print gap(A, S, degree: 2, networks: {N}, samples: 10)",
      "print gap(A, S, degree: {N}, networks: 2, samples: 10)",
      "architecture B = dense(4 -> {N} -> 1, act: relu)",
      "print eps(relu, {N})",
      "seed {N}",
      "digits {N}",
      "let r = 1..{N}",
      "print moments(f, S, samples: {N})",
      "let t = sweep a in 1..{N} { x: a }",
  };

  private static final String PRELUDE = "activation relu\narchitecture A = dense(4 -> 8 -> 1, act: relu)\n"
      + "distribution S = sphere(4)\nlet f = draw(A, seed: 1)\n";

  record Outcome(int code, String out, String err) {}

  private static Outcome run(Path dir, String program) throws Exception {
    Path file = dir.resolve("fuzz.nnl");
    Files.writeString(file, program);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new String[] {file.toString()}, InputStream.nullInputStream(),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The contract for every outcome: no bug, no raw out-of-memory; a failure is a positioned diagnostic. */
  private static void honest(Outcome o, String program) {
    String context = "program:\n" + program + "\nstderr:\n" + o.err;
    assertFalse(o.err.toLowerCase().contains("internal error"), context);
    assertFalse(o.err.contains("Out of memory"), context);
    assertFalse(o.err.contains("Exception") || o.err.contains("\tat "), context);
    if (o.code != 0) {
      assertTrue(o.code == 65 || o.code == 70, "exit " + o.code + " " + context);
      assertTrue(o.err.matches("(?s).*fuzz\\.nnl:\\d+:\\d+: error: .*"), context);
    }
  }

  @Test
  void hugeWholeNumbersAreToldTheLimit(@TempDir Path dir) {
    int[] tried = {0};
    assertTimeoutPreemptively(Duration.ofSeconds(40), () -> {
      for (String slot : SLOTS) {
        for (String n : HUGE) {
          // A seed may be any whole number up to 2^53 − 1: only larger ones are refused.
          if (slot.contains("seed") && Double.parseDouble(n) <= 9007199254740991.0) continue;
          String program = PRELUDE + slot.replace("{N}", n) + "\n";
          Outcome o = run(dir, program);
          tried[0]++;
          honest(o, program);
          assertEquals(70, o.code, "a huge count must be refused:\n" + program + "\n" + o.err);
          assertFalse(o.err.contains("must be a whole number") || o.err.contains("needs a whole number, not"),
              "a whole number is not told it is not one:\n" + program + "\n" + o.err);
          assertTrue(o.err.matches("(?s).*(at most|allowed|would take|limit|from 0 to|too large|between).*"),
              "the message names the limit:\n" + program + "\n" + o.err);
        }
      }
    });
    assertEquals((SLOTS.length - 2) * HUGE.length + 2 * 3, tried[0]);
  }

  /** Requests far beyond the test JVM's heap: refused before allocating, with the size and a way out. */
  @Test
  void memoryRequestsAreRefusedBeforeAllocating(@TempDir Path dir) {
    List<String> programs = new ArrayList<>();
    for (int w : new int[] {40000, 60000, 200000}) programs.add("let g = draw(dense(20 -> " + w + " -> " + w + " -> 1, act: relu))");
    for (String n : new String[] {"100000000", "500000000", "2000000000"}) {
      programs.add("let d = sample(sphere(20), " + n + ", label: draw(dense(20 -> 1, act: relu)))");
    }
    programs.add("let x = 1\nlet s = \"" + "ab".repeat(64) + "\"\n" + "let s = s + s\n".repeat(40) + "print len(s)");
    programs.add("print fit(polyreg(degree: 12), sample(sphere(40), 1000, seed: 1, label: draw(dense(40 -> 1, act: relu))))");
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      for (String p : programs) {
        Outcome o = run(dir, p);
        honest(o, p);
        assertEquals(70, o.code, p + "\n" + o.err);
        assertTrue(o.err.matches("(?s).*\\d+(\\.\\d)? (GiB|MiB).*") || o.err.contains("at most"), "the size is named:\n" + o.err);
      }
    });
    assertEquals(8, programs.size());
  }

  /** Sweeps whose product of ranges passes 10^7 cells: refused up front, with the sizes. */
  @Test
  void sweepsTooLargeAreRefusedUpFront(@TempDir Path dir) {
    SplittableRandom rng = new SplittableRandom(15);
    int[] tried = {0};
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      for (int i = 0; i < 40; i++) {
        int vars = 2 + rng.nextInt(3);
        StringBuilder head = new StringBuilder("let t = sweep ");
        double cells = 1;
        for (int v = 0; v < vars; v++) {
          int n = 1000 + rng.nextInt(9_999_000);
          cells *= n;
          head.append(v > 0 ? ", " : "").append("v").append(v).append(" in 1..").append(n);
        }
        String program = head + " { x: v0 }\n";
        if (cells <= 1e7) continue;
        Outcome o = run(dir, program);
        tried[0]++;
        honest(o, program);
        assertEquals(70, o.code, program);
        assertTrue(o.err.contains("cells (") && o.err.contains("at most 10000000"), o.err);
      }
    });
    assertTrue(tried[0] >= 35, "tried " + tried[0]);
  }

  /** Oscillating activations: the Hermite analysis bounds its work and says why it refuses. */
  @Test
  void fastOscillationsAreRefusedInBoundedTime(@TempDir Path dir) {
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      for (String k : new String[] {"1e4", "1e6", "1e9", "1e15"}) {
        for (String f : new String[] {"sin(" + k + " * x)", "cos(" + k + " * x) * x", "max(0, sin(" + k + " * x))"}) {
          String program = "activation f(x) = " + f + "\nprint eps(f, 2)\n";
          Outcome o = run(dir, program);
          honest(o, program);
          assertEquals(70, o.code, program + o.out);
          assertTrue(o.err.contains("cannot be integrated to the promised accuracy"), o.err);
        }
      }
      // A moderate oscillation stays within reach: E sin(100X)² = (1 − e^{−20000})/2 = ½, so ε_f(2) = 1 − 0 = 1.
      Outcome o = run(dir, "activation f(x) = sin(100 * x)\nprint eps(f, 2)\n");
      assertEquals(0, o.code, o.err);
      assertEquals("1", o.out.strip());
    });
  }

  /** Messages that used to be false: 0/0 truncations, one-draw errors, empty file names, NaN gaps. */
  @Test
  void falseMessagesAreNowTrue(@TempDir Path dir) {
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      for (String a : new String[] {"identity", "tanh", "erf"}) {
        Outcome o = run(dir, "print truncate(" + a + ", 0)(0.5)\n");
        honest(o, a);
        assertTrue(o.err.contains("truncate(" + a + ", 0) has no value: a_0 = 0") && o.err.contains("0/0")
            && o.err.contains("at least 1"), o.err);
      }
      Outcome odd = run(dir, "activation q(x) = x^3 - 3 * x\nprint truncate(q, 2)\n");
      assertTrue(odd.err.contains("a_0 = … = a_2 = 0") && odd.err.contains("at least 3"), odd.err);
      Outcome one = run(dir, PRELUDE + "print gap(A, S, degree: 2, networks: 1, samples: 20)\n");
      assertEquals(0, one.code, one.err);
      assertTrue(one.out.contains("(one draw: no standard error)") && one.err.contains("no standard error can be estimated"),
          one.out + one.err);
      Outcome empty = run(dir, "save {a: 1} to \"\"\n");
      assertTrue(empty.err.contains("1:16: error: The file name is empty."), empty.err);
      StringBuilder deep = new StringBuilder("architecture D = dense([8");
      for (int i = 0; i < 1000; i++) deep.append(", 8");
      deep.append(", 1], act: relu)\nlet g = draw(D, seed: 1)\nprint gap(g, shadow(g, degree: 3), sphere(8), samples: 50)\n");
      Outcome nan = run(dir, deep.toString());
      honest(nan, "deep");
      assertTrue(nan.err.contains("The gap is not a number at") && nan.err.contains("double precision"), nan.err);
    });
  }

  /** A 10000-layer architecture is declared, drawn and evaluated in linear time. */
  @Test
  void deepArchitecturesAreCheap(@TempDir Path dir) {
    StringBuilder p = new StringBuilder("architecture D = dense([20");
    for (int i = 0; i < 10000; i++) p.append(", 8");
    p.append(", 1], act: tanh)\nlet g = draw(D, seed: 3)\nprint D.depth\n");
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      Outcome o = run(dir, p.toString());
      assertEquals(0, o.code, o.err);
      assertEquals("10001", o.out.strip());
    });
  }

  /**
   * Live data counts: in a child JVM with a 192 MiB heap, two 48 MiB data sets fit, and the third
   * request, which would fit an empty heap, is refused naming what the heap holds.
   */
  @Test
  void liveDataCountsAgainstTheHeap(@TempDir Path dir) throws Exception {
    String script = "let l = draw(dense(20 -> 1, act: relu), seed: 1)\n"
        + "let a = sample(sphere(20), 300000, seed: 1, label: l)\n"
        + "let b = sample(sphere(20), 300000, seed: 2, label: l)\n"
        + "let c = sample(sphere(20), 300000, seed: 3, label: l)\n"
        + "let e = sample(sphere(20), 300000, seed: 4, label: l)\n"
        + "print \"all four\"\n";
    Path file = dir.resolve("live.nnl");
    Files.writeString(file, script);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder pb = new ProcessBuilder(java.toString(), "-Xmx192m", "-XX:+UseSerialGC", "-cp",
        System.getProperty("java.class.path"), "org.nnl.cli.Main", file.toString());
    pb.redirectErrorStream(false);
    Process proc = pb.start();
    try {
      assertTrue(proc.waitFor(60, TimeUnit.SECONDS), "the child JVM did not finish");
      String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String err = new String(proc.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(70, proc.exitValue(), out + err);
      assertFalse(err.contains("Out of memory") || err.contains("Exception"), err);
      assertTrue(err.matches("(?s).*live\\.nnl:[345]:9: error: 300000 samples of sphere\\(20\\) would take \\d+ MiB, more than the"
          + " \\d+ MiB this JVM has free now \\(\\d+ MiB of its \\d+ MiB heap hold the values computed so far\\).*"), err);
    } finally {
      proc.destroyForcibly();
    }
  }
}
