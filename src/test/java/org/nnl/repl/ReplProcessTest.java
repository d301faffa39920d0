package org.nnl.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real REPL process (the CLI's main class, no arguments, input piped): define an
 * architecture, draw, fit, see the numbers, :save the session, and run the saved script to the
 * same numbers.
 */
class ReplProcessTest {
  @TempDir Path dir;

  @Test
  void anExperimentTypedIntoTheReplReplaysFromItsSavedScript() throws Exception {
    Path saved = dir.resolve("session.nnl");
    String input = String.join("\n",
        "architecture A = dense(4 -> 32 -> 1, act: relu)",
        "distribution S = sphere(4)",
        "learner p2 = polyreg(degree: 2, ridge: 1e-6)",
        "let f = draw(A, seed: 7)",
        "let train = sample(S, 400, seed: 1, label: f)",
        "let test = sample(S, 200, seed: 2, label: f)",
        "let m = fit(p2, train)",
        "let oops = fit(p2, missing_data)",
        "r2(m, test)",
        "print mse(m, test),",
        "  mse(f, test)",
        ":save " + saved,
        "");
    JavaProcess.Result repl = JavaProcess.java(input, "org.nnl.cli.Main");
    assertTrue(repl.err().contains("<stdin>:8:20: error:"), repl.err());
    assertTrue(repl.err().contains("missing_data"), repl.err());
    assertEquals(65, repl.code(), "the piped REPL reports its first failure");
    List<String> lines = repl.out().lines().toList();
    assertTrue(lines.contains("A: architecture = dense(4 -> 32 -> 1, act: relu)"), repl.out());
    assertFalse(repl.out().contains("\u001b"), "no escape codes without a terminal");
    String r2 = lines.get(lines.size() - 3);
    String mse = lines.get(lines.size() - 2);
    assertEquals("Saved 9 entries to " + saved + ".", lines.get(lines.size() - 1));
    double r2Value = Double.parseDouble(r2);
    assertTrue(r2Value > 0 && r2Value <= 1, "a degree-2 fit of a random relu network explains part of it: " + r2);
    assertTrue(mse.endsWith("  0"), "the network fits itself exactly: " + mse);

    assertFalse(Files.readString(saved).contains("oops"), "failed entries are not saved");
    JavaProcess.Result script = JavaProcess.java("", "org.nnl.cli.Main", saved.toString());
    assertEquals("", script.err().replaceAll("(?m)^WARNING: Using incubator modules.*\n", ""));
    assertEquals(0, script.code());
    assertEquals(List.of(r2, mse), script.out().lines().toList());
  }
}
