package org.nnl.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.EOFError;
import org.jline.reader.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnl.lang.Session;

/** The REPL over the real language, without a terminal: echoes, errors, continuation, commands. */
class ReplSessionTest {
  @TempDir Path dir;

  @Test
  void declarationsEchoSummariesExpressionsEchoValuesErrorsKeepState() {
    CommandsTest.Run r = CommandsTest.piped(new Session(), String.join("\n",
        "architecture A = dense(4 -> 16 -> 1, act: relu)",
        "let n = 2",
        "eps(relu, n)",
        "let x = undefined_name",
        "print n +",
        "  1, [n,",
        "  5]",
        ":vars",
        ""));
    assertEquals(List.of(
        "A: architecture = dense(4 -> 16 -> 1, act: relu)",
        "n: number = 2",
        "0.0225352",
        "3  [2, 5]",
        "A  architecture  dense(4 -> 16 -> 1, act: relu)",
        "n  number        2"), r.out().lines().toList());
    assertTrue(r.err().startsWith("<stdin>:4:9: error: Unknown name 'undefined_name'"), r.err());
    assertEquals(65, r.code());
  }

  @Test
  void loadResetAndSaveReplay() throws IOException {
    Path lib = dir.resolve("lib.nnl");
    Files.writeString(lib, "let base = 10\n");
    Path saved = dir.resolve("out.nnl");
    CommandsTest.Run r = CommandsTest.piped(new Session(), ":load " + lib + "\nbase + 1\n:save " + saved
        + "\n:reset\n:vars\n");
    assertEquals(List.of("base: number = 10", "11", "Saved 2 entries to " + saved + ".",
        "Session reset: no bindings, seed 1, digits 6.", "No names are bound."), r.out().lines().toList());
    CommandsTest.Run replay = CommandsTest.piped(new Session(), ":load " + saved + "\n");
    assertEquals(List.of("11", "base: number = 10"), replay.out().lines().toList());
  }

  @Test
  void theParserAsksForMoreWhileTheLanguageSaysIncomplete() {
    InputParser p = new InputParser(new Session());
    for (String open : List.of("print 1 +", "let t = sweep n in 1..3 {", "f(1,", "[1, 2")) {
      assertThrows(EOFError.class, () -> p.parse(open, open.length(), Parser.ParseContext.ACCEPT_LINE), open);
    }
    for (String done : List.of("print 1 + 2", "let t = [1,\n 2]", ":help", "# it's a comment", "")) {
      assertEquals(done, p.parse(done, done.length(), Parser.ParseContext.ACCEPT_LINE).line());
    }
  }

  @Test
  void completionAndHighlightingSeeTheSessionAndTheCatalog() {
    Session s = new Session();
    s.eval("let t = sweep n in 1..2 { e: eps(relu, n) }\nlet rec = {gap: 1, width: 2}", "test");
    List<Candidate> out = new ArrayList<>();
    NnlCompleter c = new NnlCompleter(s, s.builtins(), new FileCandidates(dir));
    c.complete("print t.", out);
    assertEquals(List.of("n", "e"), out.stream().map(Candidate::value).toList());
    out.clear();
    c.complete("print rec.", out);
    assertEquals(List.of("gap", "width"), out.stream().map(Candidate::value).toList());
    out.clear();
    c.complete("let g = draw(", out);
    assertEquals(List.of("arch:", "seed:"), out.stream().map(Candidate::value).toList(), "draw's named arguments");
    out.clear();
    c.complete("let g = draw(r", out);
    assertTrue(out.stream().anyMatch(x -> x.value().equals("rec")), "bound names");
    assertTrue(out.stream().anyMatch(x -> x.value().equals("relu")), "activations");
    assertTrue(out.stream().anyMatch(x -> x.value().equals("raw")), "built-ins");
    String text = "print eps(relu, 2) + nosuch";
    assertEquals(SyntaxHighlighter.ERROR, SyntaxHighlighter.of(s).highlight(text).styleAt(text.indexOf("nosuch")));
    for (String name : s.builtins().keySet()) {
      String help = new Help(s.builtins()).topic(name);
      assertTrue(help.startsWith(name + "("), help);
      assertTrue(help.contains("Example"), "every built-in documents an example: " + help);
    }
  }
}
