package org.nnl.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnl.lang.diag.NnlException;

/**
 * A session with a display (a notebook) shows charts inline: {@code plot} without {@code to:}
 * draws there only; with {@code to:} it writes the file and draws too. Without a display
 * {@code to:} stays required.
 */
class InlinePlotTest {
  record Chart(byte[] png, String svg) {}

  @Test
  void withADisplayPlotNeedsNoFileAndShowsPngAndSvg(@TempDir Path dir) throws Exception {
    List<Chart> shown = new ArrayList<>();
    Session s = new Session(new PrintStream(new ByteArrayOutputStream()));
    s.setDisplay((png, svg) -> shown.add(new Chart(png, svg)));
    s.eval("let t = sweep n in 1..3 { sq: n * n }\nplot t, x: n, y: sq", "cell");
    assertEquals(1, shown.size());
    byte[] png = shown.get(0).png();
    assertEquals(0x89504E47, ByteBuffer.wrap(png, 0, 4).getInt(), "PNG signature");
    assertTrue(shown.get(0).svg().contains("<svg"));

    Path file = dir.resolve("sq.svg");
    s.eval("plot t, x: n, y: sq, to: \"" + file.toString().replace("\\", "/") + "\"", "cell");
    assertEquals(2, shown.size(), "with to: the chart is shown too");
    assertTrue(Files.readString(file).contains("<svg"), "and written");
  }

  @Test
  void withoutADisplayToIsStillRequired() {
    Session s = new Session(new PrintStream(new ByteArrayOutputStream()));
    NnlException e = assertThrows(NnlException.class,
        () -> s.eval("let t = sweep n in 1..3 { sq: n * n }\nplot t, x: n, y: sq", "cell"));
    assertEquals(NnlException.Kind.COMPILE, e.kind());
    assertEquals("'plot' needs 'to:'.", e.diagnostics().get(0).message());
  }
}
