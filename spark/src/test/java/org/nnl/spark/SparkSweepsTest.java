package org.nnl.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nnl.lang.Session;
import org.nnl.lang.diag.NnlException;

/**
 * Sweeps on Spark local[2] (real Spark, in this JVM) give byte for byte what the same
 * sources give without Spark: the paper scripts (output, warnings and saved files), any
 * number of partitions, declared objects remade on the executors, failing cells; values set
 * from the host are refused with a message; an interrupt cancels the job.
 */
class SparkSweepsTest {
  private static SparkSweeps spark;

  @BeforeAll
  static void start() {
    spark = SparkSweeps.open("local[2]");
  }

  @AfterAll
  static void stop() {
    if (spark != null) spark.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"theorem.nnl", "hermite.nnl", "hardness.nnl", "tour.nnl", "learning.nnl"})
  void paperScriptsAreByteIdentical(String name, @TempDir Path tmp) throws IOException {
    Path here = Files.createDirectories(tmp.resolve("local"));
    Path there = Files.createDirectories(tmp.resolve("spark"));
    Files.copy(Path.of("scripts", name), here.resolve(name));
    Files.copy(Path.of("scripts", name), there.resolve(name));
    SparkRuns.Run local = SparkRuns.file(here.resolve(name), null);
    int before = spark.sweepsRun();
    SparkRuns.Run remote = SparkRuns.file(there.resolve(name), spark);
    assertEquals("", local.error(), "the script runs without error");
    assertTrue(spark.sweepsRun() > before, "its sweeps ran on Spark");
    assertEquals(local.out(), remote.out());
    assertEquals(local.err(), remote.err());
    assertEquals(SparkRuns.files(here), SparkRuns.files(there), "saved files and plots");
  }

  /** A 16-cell sweep of Monte Carlo gaps (unseeded: the session seed) over 1, 3 and 16 slices. */
  @Test
  void partitionsDoNotChangeTheTable() {
    String src = """
        activation relu
        architecture A = dense(8 -> 32 -> 1, act: relu)
        distribution S = sphere(8)
        print sweep n in 1..4, w in [1, 2, 3, 4] { sq: n * n + w, g: gap(A, S, degree: n, networks: 2, samples: 30) }
        """;
    SparkRuns.Run local = SparkRuns.text(src, null);
    assertTrue(local.out().contains("\n4  4  20  "), "n*n + w = 20 for n = 4, w = 4:\n" + local.out());
    for (String slices : new String[] {"1", "3", "16"}) {
      System.setProperty(SparkSweeps.PARTITIONS, slices);
      try {
        assertEquals(local, SparkRuns.text(src, spark), slices + " slices");
      } finally {
        System.clearProperty(SparkSweeps.PARTITIONS);
      }
    }
  }

  /** User activations, drawn networks, data sets, loop variables and nested sweeps are remade on the executors. */
  @Test
  void declaredObjectsTravel() {
    String src = """
        activation relu
        activation lk(x) = max(0.1 * x, x)
        let c = 3
        architecture A = dense(4 -> 16 -> 1, act: lk)
        distribution S = gaussian(4)
        let net = draw(A, seed: 5)
        let data = sample(S, 40, seed: 2, label: net)
        for k in [1, 2] {
          let inner = k * c
          print sweep a in [relu, lk, tanh], n in 1..2 {
            m: mse(net, data) + inner, e: eps(a, n), t: sweep j in 1..n { s: j * k }
          }
        }
        """;
    SparkRuns.Run local = SparkRuns.text(src, null);
    assertEquals("", local.error());
    assertEquals(local, SparkRuns.text(src, spark));
  }

  /** A failing cell: the local diagnostic (with the cell's variables) and exit code 70. */
  @Test
  void failingCellGivesTheLocalDiagnostic() {
    String src = "let t = sweep n in 1..4 { v: n, r: 1..(3 - n) }\nprint t\n";
    SparkRuns.Run local = SparkRuns.text(src, null);
    // n = 3 is the first cell whose range 1..(3 - n) is empty
    assertTrue(local.error().startsWith("exit 70\ncells.nnl:1:36: error: The range 1..0 is empty; a range counts up."
        + " Sweep cell: n = 3.\n"), local.error());
    assertEquals(local, SparkRuns.text(src, spark));
  }

  @Test
  void valuesFromTheHostAreRefused() {
    Session s = new Session(new PrintStream(OutputStream.nullOutputStream()));
    s.set("g", (DoubleUnaryOperator) Math::sin);
    s.setSweepRunner(spark);
    NnlException e = assertThrows(NnlException.class, () -> s.eval("print sweep n in 1..2 { e: eps(g, n) }", "host.nnl"));
    assertEquals(70, e.exitCode());
    assertTrue(e.render().contains("'g' is a value set from the host program"), e.render());
  }

  /** The REPL's :spark shows, switches off and refuses a second context (Spark allows one per JVM) with a message. */
  @Test
  void replSparkCommand() {
    SparkSweeps shared = SparkSweeps.over(spark.context());
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    PrintStream o = new PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8);
    Session s = new Session(o);
    s.setErr(e);
    s.setSweepRunner(shared);
    String input = ":spark\nprint sweep n in 1..3 { sq: n * n }\n:spark off\n:spark\n:spark local[3]\n";
    int code = org.nnl.repl.Repl.run(s, new java.io.ByteArrayInputStream(input.getBytes(java.nio.charset.StandardCharsets.UTF_8)), o, e);
    String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(text.contains("Sweeps run on Spark local[2].\n"), text);
    assertTrue(text.contains("n  sq\n1   1\n2   4\n3   9\n"), "1², 2², 3²:\n" + text + err);
    assertEquals(1, shared.sweepsRun(), "the sweep ran on Spark");
    assertTrue(text.contains("Sweeps run here.\nSweeps run here (:spark MASTER sends them to Spark).\n"), text);
    assertTrue(err.toString(java.nio.charset.StandardCharsets.UTF_8).contains("Spark did not start on 'local[3]'"), err.toString());
    assertEquals(64, code);
    assertEquals(null, s.sweepRunner());
  }

  /** An interrupt of the waiting thread (Ctrl-C in the REPL) cancels the Spark job at once. */
  @Test
  void interruptCancelsTheJob() throws InterruptedException {
    Session s = new Session(new PrintStream(OutputStream.nullOutputStream()));
    s.setSweepRunner(spark);
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread t = new Thread(() -> {
      try {
        s.eval("""
            activation relu
            architecture A = dense(16 -> 512 -> 512 -> 1, act: relu)
            print sweep n in 1..4 { g: gap(A, sphere(16), degree: 3, networks: 100000, samples: 100) }
            """, "long.nnl");
      } catch (Throwable e) {
        thrown.set(e);
      }
    });
    t.start();
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (!spark.running() && t.isAlive() && System.nanoTime() < deadline) Thread.sleep(20);
    assertTrue(spark.running(), "the job started: " + thrown.get());
    Thread.sleep(300);
    t.interrupt();
    t.join(30_000);
    assertFalse(t.isAlive(), "the sweep stopped");
    assertTrue(thrown.get() instanceof CancellationException, "cancelled: " + thrown.get());
    var tracker = spark.context().statusTracker();
    Set<Integer> active = new HashSet<>();
    do {
      active.clear();
      for (int id : tracker.getJobIdsForGroup(spark.lastGroup())) {
        var info = tracker.getJobInfo(id);
        if (info != null && info.status() == org.apache.spark.JobExecutionStatus.RUNNING) active.add(id);
      }
      if (!active.isEmpty()) Thread.sleep(50);
    } while (!active.isEmpty() && System.nanoTime() < deadline);
    assertEquals(Set.of(), active, "no Spark job runs any more");
  }
}
