package org.nnl.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real standalone cluster of separate JVMs (a Master and two Workers on 127.0.0.1, started
 * from the build's Spark jars and always stopped) runs sweeps sent by target/nnl-spark.jar
 * (the cluster jar, ANTLR relocated) as ./nnl --spark runs it: the table is byte for byte the
 * local one, its 16 cells ran in two executor processes, a killed executor changes nothing, a
 * failing cell gives the local diagnostic and exit 70, and nothing listens beyond 127.0.0.1.
 */
class SparkClusterIT {
  @TempDir
  static Path tmp;
  private static LocalCluster cluster;
  private static String classpath;

  @BeforeAll
  static void start() throws IOException, InterruptedException {
    String cp = Files.readString(Path.of("target/spark.classpath")).strip();
    List<Path> jars = new ArrayList<>();
    for (String j : cp.split(java.io.File.pathSeparator)) jars.add(Path.of(j));
    classpath = Path.of("target/nnl-spark.jar").toAbsolutePath() + java.io.File.pathSeparator + cp;
    cluster = LocalCluster.start(2, tmp.resolve("cluster"), jars);
  }

  @AfterAll
  static void stop() {
    if (cluster != null) cluster.close();
  }

  /** Exit code, standard output and standard error of the nnl command line with --spark on the cluster. */
  record Proc(int code, String out, String err) {}

  private static Process launch(Path provenance, String... files) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--add-modules", "jdk.incubator.vector", "-Xss8m", "-Xmx512m", "-Djava.awt.headless=true",
        "-D" + SparkSweeps.PROVENANCE + "=" + provenance,
        // wait for both executors before the first task, so that both get cells
        "-Dspark.cores.max=2", "-Dspark.scheduler.minRegisteredResourcesRatio=1.0",
        "-Dspark.executor.memory=512m", "-cp", classpath, "org.nnl.cli.Main", "--spark", cluster.masterUrl()));
    for (String f : files) cmd.add(tmp.resolve(f).toString());
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    return pb.start();
  }

  private static Proc finish(Process p, CompletableFuture<String> out, CompletableFuture<String> err) throws Exception {
    if (!p.waitFor(240, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      throw new AssertionError("the driver did not finish within 240 s");
    }
    return new Proc(p.exitValue(), out.get(), err.get());
  }

  private static CompletableFuture<String> drain(java.io.InputStream in) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  private static Set<Long> pids(List<String> provenance) {
    Set<Long> out = new HashSet<>();
    for (String line : provenance) {
      int i = line.indexOf(", pid ");
      out.add(Long.parseLong(line.substring(i + 6, line.indexOf(' ', i + 6))));
    }
    return out;
  }

  @Test
  void sixteenCellsOnTwoExecutorsThenAFailingCell() throws Exception {
    Files.writeString(tmp.resolve("ok.nnl"), """
        activation relu
        architecture A = dense(8 -> 32 -> 1, act: relu)
        distribution S = sphere(8)
        print sweep n in 1..4, w in [1, 2, 3, 4] { sq: n * n + w, g: gap(A, S, degree: n, networks: 4, samples: 50) }
        """);
    Files.writeString(tmp.resolve("bad.nnl"), "let t = sweep n in 1..4 { v: n, r: 1..(3 - n) }\nprint t\n");
    SparkRuns.Run ok = SparkRuns.file(tmp.resolve("ok.nnl"), null);
    SparkRuns.Run bad = SparkRuns.file(tmp.resolve("bad.nnl"), null);
    assertTrue(ok.out().contains("\n4  4  20  "), "n*n + w = 20 for n = w = 4:\n" + ok.out());
    assertTrue(bad.error().startsWith("exit 70\n"), bad.error());
    Path prov = tmp.resolve("ok.provenance");
    Process p = launch(prov, "ok.nnl", "bad.nnl");
    CompletableFuture<String> out = drain(p.getInputStream());
    CompletableFuture<String> err = drain(p.getErrorStream());
    // while the driver runs: every socket of every JVM of the cluster and of the driver is on 127.0.0.1
    Set<Long> all = new HashSet<>();
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (cluster.executors().size() < 2 && p.isAlive() && System.nanoTime() < deadline) Thread.sleep(100);
    all.add(p.pid());
    p.descendants().forEach(h -> all.add(h.pid()));
    ProcessHandle.current().descendants().forEach(h -> all.add(h.pid()));
    all.remove(ProcessHandle.current().pid());
    int[] total = new int[1];
    List<String> exposed = Listening.nonLoopback(all, total);
    Proc r = finish(p, out, err);
    assertEquals(70, r.code(), r.err());
    assertEquals(ok.out(), r.out(), "the table of the 16-cell sweep, then nothing of the failing script");
    String diagnostic = bad.error().substring("exit 70\n".length());
    assertTrue(r.err().contains(diagnostic), "the local diagnostic:\n" + diagnostic + "\nin:\n" + r.err());
    List<String> cells = Files.readAllLines(prov).subList(0, 16);
    assertEquals(2, pids(cells).size(), "two executor processes:\n" + String.join("\n", cells));
    assertFalse(pids(cells).contains(p.pid()), "cells ran in executors, not in the driver");
    assertTrue(total[0] >= 4, "the master, the workers and the driver listen: " + total[0]);
    assertEquals(List.of(), exposed, "sockets listening beyond 127.0.0.1");
  }

  @Test
  void killingAnExecutorMidSweepChangesNothing() throws Exception {
    Files.writeString(tmp.resolve("slow.nnl"), """
        activation relu
        architecture A = dense(16 -> 256 -> 256 -> 1, act: relu)
        distribution S = sphere(16)
        print sweep n in 1..4, k in 1..4 { g: gap(A, S, degree: n, networks: 12, samples: 100) }
        """);
    SparkRuns.Run local = SparkRuns.file(tmp.resolve("slow.nnl"), null);
    assertEquals("", local.error());
    Path prov = tmp.resolve("slow.provenance");
    Process p = launch(prov, "slow.nnl");
    CompletableFuture<String> out = drain(p.getInputStream());
    AtomicLong killed = new AtomicLong(-1);
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> {
      StringBuilder sb = new StringBuilder();
      try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = in.readLine()) != null; ) {
          sb.append(line).append('\n');
          // the first progress line with a finished cell: the sweep is under way; kill one executor
          if (killed.get() < 0 && line.matches("spark: sweep at .*: ([1-9]|1[0-5])/16 cells done")) {
            List<ProcessHandle> ex = cluster.executors();
            if (!ex.isEmpty()) {
              killed.set(ex.get(0).pid());
              ex.get(0).destroyForcibly();
            }
          }
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return sb.toString();
    });
    Proc r = finish(p, out, err);
    assertEquals(0, r.code(), r.err());
    assertTrue(killed.get() > 0, "an executor was killed mid-sweep:\n" + r.err());
    assertFalse(ProcessHandle.of(killed.get()).map(ProcessHandle::isAlive).orElse(false), "it is dead");
    assertEquals(local.out(), r.out(), "the same table as without Spark");
    assertEquals(16, Files.readAllLines(prov).size());
  }
}
