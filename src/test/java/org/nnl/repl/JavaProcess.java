package org.nnl.repl;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a command (a JVM on this test class path) with piped input; output, errors and exit code. */
final class JavaProcess {
  record Result(String out, String err, int code) {}

  private JavaProcess() {}

  /** The test JVM's class path: target/classes, test classes and every dependency. */
  static String classPath() {
    return System.getProperty("java.class.path");
  }

  static String javaBin(String tool) {
    return Path.of(System.getProperty("java.home"), "bin", tool).toString();
  }

  /** {@code java --add-modules jdk.incubator.vector -cp CP mainClass args...}. */
  static Result java(String stdin, String mainClass, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(javaBin("java"), "--add-modules", "jdk.incubator.vector",
        "-Djava.awt.headless=true", "-cp", classPath(), mainClass));
    cmd.addAll(List.of(args));
    return run(cmd, stdin);
  }

  static Result run(List<String> cmd, String stdin) throws IOException, InterruptedException {
    Path out = Files.createTempFile("nnl-out", ".txt");
    Path err = Files.createTempFile("nnl-err", ".txt");
    try {
      Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      try (OutputStream in = p.getOutputStream()) {
        in.write(stdin.getBytes(StandardCharsets.UTF_8));
      }
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("timed out: " + String.join(" ", cmd));
      }
      return new Result(Files.readString(out), Files.readString(err), p.exitValue());
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  static String pathSeparator() {
    return File.pathSeparator;
  }
}
