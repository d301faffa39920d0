package org.nnl.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.nnl.lang.Session;

/** Ctrl-C (SIGINT on the terminal) stops a long entry; the prompt returns with the session intact. */
class InterruptTest {
  @Test
  @Timeout(300)
  void ctrlCInterruptsALongEntryAndKeepsTheSession() throws Exception {
    String input = "let a = 5\nprint \"started\"; for i in 1..100000 { for j in 1..100000 { let y = j } }\nprint a + 1\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Terminal t = TerminalBuilder.builder().system(false).type(Terminal.TYPE_DUMB).encoding(StandardCharsets.UTF_8)
        .streams(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out).build()) {
      // Ctrl-C once "started" is on the terminal, again every 200 ms until the REPL says it was
      // interrupted (a signal that lands before the entry's handler is installed is lost).
      Thread ctrlC = new Thread(() -> {
        long deadline = System.nanoTime() + 120_000_000_000L;
        try {
          while (!out.toString(StandardCharsets.UTF_8).contains("started\r\n") && System.nanoTime() < deadline) Thread.sleep(5);
          while (!out.toString(StandardCharsets.UTF_8).contains("Interrupted.") && System.nanoTime() < deadline) {
            t.raise(Terminal.Signal.INT);
            Thread.sleep(200);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      ctrlC.start();
      long start = System.nanoTime();
      assertEquals(0, TerminalRepl.run(new Session(), t, null));
      ctrlC.join();
      // 10^10 iterations cannot finish in minutes: returning at all means the interrupt stopped the loop.
      assertTrue(System.nanoTime() - start < 150_000_000_000L, "the loop was stopped, not run to its end");
    }
    String text = out.toString(StandardCharsets.UTF_8).replace("\r", "");
    assertTrue(text.contains("started\nInterrupted. The session keeps its state.\n"), text);
    assertTrue(text.contains("\n6\n"), "a is still bound after the interrupt: " + text);
  }
}
