package org.nnl.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnl.lang.Session;

/** The colon commands without a terminal (piped input) and on JLine's dumb terminal. */
class CommandsTest {
  @TempDir Path dir;

  /** Output, error text and exit code of the piped REPL on {@code input}. */
  record Run(String out, String err, int code) {}

  static Run piped(Session session, String input) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Repl.runPiped(session, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), code);
  }

  @Test
  void commandsWithoutATerminal() throws IOException {
    Path saved = dir.resolve("saved.nnl");
    Run r = piped(new Session(), ":seed 42\n:time\n:time\n:help :vars\n:save " + saved + "\n:quit\n:seed 1\n");
    assertEquals("Seed 42.\nTiming on.\nTiming off.\n:vars — " + Commands.summary(":vars") + "\nSaved 1 entries to "
        + saved + ".\n", r.out());
    assertEquals("", r.err());
    assertEquals(0, r.code());
    assertTrue(Files.readString(saved).endsWith("\nseed 42\n"));
    assertFalse(r.out().contains("\u001b"), "no escape codes without a terminal");
  }

  @Test
  void badCommandsSayWhatExistsAndFailTheExitCode() {
    Run r = piped(new Session(), ":frobnicate\n:seed many\n:load /no/such/file.nnl\n:seed -1\n:seed 1e30\n:seed 2.5\n");
    assertEquals("Unknown command ':frobnicate'. Commands: " + String.join(", ", Commands.NAMES) + ".\n"
        + "Usage: :seed N, with N a whole number from 0 to 9007199254740991, not 'many'.\n"
        + "Cannot load '/no/such/file.nnl': no such file.\n"
        + "Usage: :seed N, with N a whole number from 0 to 9007199254740991, not '-1'.\n"
        + "Usage: :seed N, with N a whole number from 0 to 9007199254740991, not '1e30'.\n"
        + "Usage: :seed N, with N a whole number from 0 to 9007199254740991, not '2.5'.\n", r.err());
    assertEquals(64, r.code());
  }

  @Test
  void helpOverviewListsCommandsAndStatements() {
    Run r = piped(new Session(), ":help\n:help nosuchtopic\n");
    for (String c : Commands.NAMES) assertTrue(r.out().contains(c), c);
    assertTrue(r.out().contains("Statements: activation, architecture"));
    assertTrue(r.out().contains("No help for 'nosuchtopic'."));
    assertEquals(0, r.code());
  }

  @Test
  void historyIsKeptAcrossSessions() throws IOException {
    Path history = dir.resolve(".nnl/history");
    for (String input : List.of(":seed 5\n:time\n", ":seed 6\n")) {
      try (Terminal t = TerminalBuilder.builder().system(false).type(Terminal.TYPE_DUMB).encoding(StandardCharsets.UTF_8)
          .streams(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream()).build()) {
        TerminalRepl.run(new Session(), t, history);
      }
    }
    List<String> lines = Files.readAllLines(history);
    assertEquals(3, lines.size(), lines.toString());
    assertTrue(lines.get(0).endsWith(":seed 5") && lines.get(2).endsWith(":seed 6"), lines.toString());
  }

  @Test
  void dumbTerminalShowsTheBannerAndRunsCommands() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayInputStream in = new ByteArrayInputStream(":seed 5\n:quit\n".getBytes(StandardCharsets.UTF_8));
    try (Terminal t = TerminalBuilder.builder().system(false).streams(in, out).type(Terminal.TYPE_DUMB)
        .encoding(StandardCharsets.UTF_8).build()) {
      assertEquals(0, TerminalRepl.run(new Session(), t, null));
    }
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains(TerminalRepl.BANNER), text);
    assertTrue(text.contains("Seed 5."), text);
  }
}
