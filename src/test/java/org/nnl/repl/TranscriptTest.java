package org.nnl.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranscriptTest {
  @TempDir Path dir;

  @Test
  void echoedExpressionsBecomePrintStatements() {
    Transcript t = new Transcript();
    t.code("architecture A = dense(4 -> 8 -> 1, act: relu)\n", false);
    t.code("eps(relu, 2)", true);
    t.code("sweep n in 1..3 {\n  e: eps(relu, n)\n}", true);
    t.code("let a = 1; a + 1", true);
    t.seed(7);
    assertEquals(List.of("architecture A = dense(4 -> 8 -> 1, act: relu)", "print eps(relu, 2)",
        "print sweep n in 1..3 {\n  e: eps(relu, n)\n}", "let a = 1; a + 1", "seed 7"), t.entries());
  }

  @Test
  void singleStatementsIgnoreSeparatorsInsideBracketsStringsAndComments() {
    assertTrue(Transcript.isSingleStatement("f(a,\n b)"));
    assertTrue(Transcript.isSingleStatement("print \"a; b\" # c; d"));
    assertFalse(Transcript.isSingleStatement("let a = 1\na"));
  }

  @Test
  void savesAtomicallyAndResets() throws IOException {
    Transcript t = new Transcript();
    t.code("print 1", false);
    Path file = dir.resolve("s.nnl");
    Files.writeString(file, "old content that must be replaced entirely, not appended to");
    t.save(file);
    assertEquals("# Saved from the NNL REPL: the successful entries, in order.\nprint 1\n", Files.readString(file));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
    }
    t.clear();
    assertEquals(List.of(), t.entries());
  }
}
