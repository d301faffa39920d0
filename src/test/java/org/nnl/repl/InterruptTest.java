package org.nnl.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import org.nnl.lang.Session;

/** Ctrl-C (SIGINT on the terminal) stops a long entry; the prompt returns with the session intact. */
class InterruptTest {
  @Test
  void ctrlCInterruptsALongEntryAndKeepsTheSession() throws Exception {
    String input = "let a = 5\nprint \"started\"; for i in 1..100000 { for j in 1..100000 { let y = j } }\nprint a + 1\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Terminal t = TerminalBuilder.builder().system(false).type(Terminal.TYPE_DUMB).encoding(StandardCharsets.UTF_8)
        .streams(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out).build()) {
      Thread ctrlC = new Thread(() -> {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!out.toString(StandardCharsets.UTF_8).contains("started\r\n") && System.nanoTime() < deadline) {
          try {
            Thread.sleep(5);
          } catch (InterruptedException e) {
            return;
          }
        }
        t.raise(Terminal.Signal.INT);
      });
      ctrlC.start();
      long start = System.nanoTime();
      assertEquals(0, TerminalRepl.run(new Session(), t, null));
      ctrlC.join();
      // 10^10 iterations cannot finish in a minute: returning at all means the interrupt stopped the loop.
      assertTrue(System.nanoTime() - start < 60_000_000_000L, "the loop was stopped, not run to its end");
    }
    String text = out.toString(StandardCharsets.UTF_8).replace("\r", "");
    assertTrue(text.contains("started\nInterrupted. The session keeps its state.\n"), text);
    assertTrue(text.contains("\n6\n"), "a is still bound after the interrupt: " + text);
  }
}
