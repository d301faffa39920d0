package org.nnl.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real standalone Spark cluster on this machine, from the jars the build resolved (no Spark
 * download): one Master and N Workers (one core, 1 GiB each), each its own JVM, all bound to
 * 127.0.0.1. Executors need SPARK_HOME: {@code DIR/home/jars} holds links to the jars. Logs
 * go to DIR/*.log; DIR/cluster.pids and DIR/master-url describe a running cluster, so a later
 * {@code stop} finds it. {@link #close} stops everything it started (executors first).
 */
public final class LocalCluster implements AutoCloseable {
  private static final Pattern ALIVE = Pattern.compile("\"aliveworkers\"\\s*:\\s*(\\d+)");
  private final Path dir;
  private final String url;
  private final List<Process> processes;

  private LocalCluster(Path dir, String url, List<Process> processes) {
    this.dir = dir;
    this.url = url;
    this.processes = processes;
  }

  /** Starts a Master and {@code workers} Workers over {@code jars}; returns once every Worker is registered. */
  public static LocalCluster start(int workers, Path dir, List<Path> jars) throws IOException, InterruptedException {
    if (workers < 1) throw new IllegalArgumentException("a cluster needs at least one worker, not " + workers);
    Files.createDirectories(dir.resolve("home/jars"));
    for (Path j : jars) {
      Path link = dir.resolve("home/jars").resolve(j.getFileName());
      if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) Files.createSymbolicLink(link, j.toAbsolutePath());
    }
    // A wildcard class path keeps the command lines short: ProcessHandle reads only their first page.
    String cp = dir.resolve("home/jars").toAbsolutePath() + "/*";
    int port = freePort();
    int ui = freePort();
    String url = "spark://127.0.0.1:" + port;
    List<Process> ps = new ArrayList<>();
    LocalCluster cluster = new LocalCluster(dir, url, ps);
    try {
      ps.add(launch(dir, cp, "master", "org.apache.spark.deploy.master.Master",
          "--host", "127.0.0.1", "--port", String.valueOf(port), "--webui-port", String.valueOf(ui)));
      for (int i = 1; i <= workers; i++) {
        Files.createDirectories(dir.resolve("work-" + i));
        ps.add(launch(dir, cp, "worker-" + i, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
            "--cores", "1", "--memory", "1g", "--webui-port", String.valueOf(freePort()),
            "--work-dir", dir.resolve("work-" + i).toString(), url));
      }
      Files.writeString(dir.resolve("master-url"), url + "\n");
      List<String> pids = new ArrayList<>();
      for (Process p : ps) pids.add(String.valueOf(p.pid()));
      Files.write(dir.resolve("cluster.pids"), pids);
      cluster.awaitWorkers(ui, workers);
      return cluster;
    } catch (IOException | InterruptedException | RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  public String masterUrl() {
    return url;
  }

  /** The executor JVMs the Workers run now (children of the Worker processes). */
  public List<ProcessHandle> executors() {
    List<ProcessHandle> out = new ArrayList<>();
    for (Process p : processes) {
      p.toHandle().descendants().filter(h -> h.info().commandLine().orElse("").contains("CoarseGrainedExecutorBackend"))
          .forEach(out::add);
    }
    return out;
  }

  /** Stops every JVM of the cluster: executors, Workers, then the Master. */
  @Override
  public void close() {
    List<ProcessHandle> all = new ArrayList<>();
    for (Process p : processes) p.toHandle().descendants().forEach(all::add);
    for (int i = processes.size() - 1; i >= 0; i--) all.add(processes.get(i).toHandle());
    stopAll(all);
    try {
      // the links to the jars go too (the jars stay)
      try (var links = Files.list(dir.resolve("home/jars"))) {
        for (Path l : (Iterable<Path>) links::iterator) if (Files.isSymbolicLink(l)) Files.delete(l);
      }
      Files.deleteIfExists(dir.resolve("cluster.pids"));
      Files.deleteIfExists(dir.resolve("master-url"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void stopAll(List<ProcessHandle> all) {
    for (ProcessHandle h : all) h.destroy();
    long deadline = System.nanoTime() + 10_000_000_000L;
    for (ProcessHandle h : all) {
      while (h.isAlive() && System.nanoTime() < deadline) {
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      if (h.isAlive()) h.destroyForcibly();
    }
  }

  private void awaitWorkers(int ui, int workers) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ui + "/json/")).timeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + 90_000_000_000L;
    while (System.nanoTime() < deadline) {
      for (int i = 0; i < processes.size(); i++) {
        Process p = processes.get(i);
        if (!p.isAlive()) {
          Path log = dir.resolve(i == 0 ? "master.log" : "worker-" + i + ".log");
          List<String> lines = Files.readAllLines(log);
          throw new IOException("the cluster's " + (i == 0 ? "master" : "worker " + i) + " exited with code "
              + p.exitValue() + "; the end of " + log + ":\n"
              + String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size())));
        }
      }
      try {
        Matcher m = ALIVE.matcher(http.send(req, HttpResponse.BodyHandlers.ofString()).body());
        if (m.find() && Integer.parseInt(m.group(1)) >= workers) return;
      } catch (IOException e) {
        // the master is not up yet
      }
      Thread.sleep(200);
    }
    throw new IOException("the workers did not register with " + url + " within 90 s; see " + dir + "/*.log");
  }

  private static Process launch(Path dir, String cp, String name, String main, String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-Dspark.master.rest.enabled=false", "-cp", cp, main));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(dir.resolve(name + ".log").toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    pb.environment().put("SPARK_HOME", dir.resolve("home").toAbsolutePath().toString());
    pb.environment().put("SPARK_SCALA_VERSION", "2.13");
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    return pb.start();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return s.getLocalPort();
    }
  }

  /**
   * {@code start DIR N} with the Spark jars in -Dnnl.spark.classpath (prints the master URL; the JVMs keep running) or
   * {@code stop DIR}: what {@code ./nnl spark-cluster} calls.
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length == 3 && args[0].equals("start")) {
      Path dir = Path.of(args[1]);
      if (Files.exists(dir.resolve("cluster.pids"))) {
        System.err.println("nnl: a test cluster already runs (" + Files.readString(dir.resolve("master-url")).strip()
            + "); stop it first with ./nnl spark-cluster stop");
        System.exit(64);
      }
      int n;
      try {
        n = Integer.parseInt(args[2].isEmpty() ? "2" : args[2]);
      } catch (NumberFormatException e) {
        n = -1;
      }
      if (n < 1 || n > 16) {
        System.err.println("nnl: spark-cluster start takes a number of workers from 1 to 16, not '" + args[2] + "'.");
        System.exit(64);
      }
      List<Path> jars = new ArrayList<>();
      for (String j : System.getProperty("nnl.spark.classpath", "").split(java.io.File.pathSeparator)) {
        if (!j.isBlank()) jars.add(Path.of(j));
      }
      LocalCluster c = start(n, dir, jars);
      System.out.println(c.masterUrl());
      System.exit(0);
    } else if (args.length == 2 && args[0].equals("stop")) {
      Path pids = Path.of(args[1]).resolve("cluster.pids");
      if (!Files.exists(pids)) {
        System.err.println("nnl: no test cluster runs (no " + pids + ").");
        System.exit(0);
      }
      List<ProcessHandle> all = new ArrayList<>();
      List<ProcessHandle> roots = new ArrayList<>();
      for (String line : Files.readAllLines(pids)) {
        ProcessHandle.of(Long.parseLong(line.strip()))
            .filter(h -> h.info().commandLine().orElse("").contains("org.apache.spark.deploy."))
            .ifPresent(roots::add);
      }
      for (ProcessHandle h : roots) h.descendants().forEach(all::add);
      for (int i = roots.size() - 1; i >= 0; i--) all.add(roots.get(i));
      stopAll(all);
      Files.deleteIfExists(pids);
      Files.deleteIfExists(Path.of(args[1]).resolve("master-url"));
      System.out.println("stopped");
      System.exit(0);
    }
    System.err.println("usage: spark-cluster start N | stop");
    System.exit(64);
  }
}
