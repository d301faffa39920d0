package org.nnl.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.nnl.lang.Session;
import org.nnl.lang.diag.NnlException;
import org.nnl.lang.eval.SweepRunner;

/** Runs NNL sources in a fresh session, with or without a sweep runner, and keeps everything they printed. */
final class SparkRuns {
  private SparkRuns() {}

  /** Standard output, standard error, and the rendered error with its exit code (empty if none). */
  record Run(String out, String err, String error) {}

  static Run file(Path file, SweepRunner runner) {
    return go(runner, s -> s.evalFile(file));
  }

  static Run text(String source, SweepRunner runner) {
    return go(runner, s -> s.eval(source, "cells.nnl"));
  }

  private static Run go(SweepRunner runner, java.util.function.Consumer<Session> body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Session s = new Session(new PrintStream(out, true, StandardCharsets.UTF_8));
    s.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    s.setSweepRunner(runner);
    String error = "";
    try {
      body.accept(s);
    } catch (NnlException e) {
      error = "exit " + e.exitCode() + "\n" + e.render();
    }
    return new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), error);
  }

  /** Every file under {@code dir}: relative name to the SHA-256 of its bytes. */
  static TreeMap<String, String> files(Path dir) throws IOException {
    TreeMap<String, String> out = new TreeMap<>();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
        try {
          byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
          out.put(dir.relativize(p).toString(), java.util.HexFormat.of().formatHex(d));
        } catch (java.security.NoSuchAlgorithmException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return out;
  }
}
