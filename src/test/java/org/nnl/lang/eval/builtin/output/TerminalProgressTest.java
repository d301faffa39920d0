package org.nnl.lang.eval.builtin.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
  @Test
  void drawsABarInPlaceAndErasesItAtTheEnd() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    long[] now = {0};
    TerminalProgress p = new TerminalProgress(new PrintStream(buf, true, StandardCharsets.UTF_8), () -> now[0]);
    p.start("sweep", 4);
    p.advance(1);
    now[0] += TerminalProgress.REDRAW_NANOS;
    p.start("gap", 50);
    now[0] += TerminalProgress.REDRAW_NANOS;
    p.advance(25);
    assertEquals("sweep 1/4 · gap  [############------------]  50%  25/50", p.line());
    p.finish();
    p.advance(2);
    now[0] += TerminalProgress.REDRAW_NANOS;
    p.advance(3);
    assertEquals("sweep  [##################------]  75%  3/4", p.line());
    p.finish();
    String out = buf.toString(StandardCharsets.UTF_8);
    assertTrue(out.endsWith("\r"), out);
    assertFalse(out.contains("\u001b"), "no escape codes");
  }
}
