package org.nnl.lang.eval.builtin.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnl.core.Estimate;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.Table;

class PlotterTest {
  @TempDir
  Path dir;

  private static Table table() {
    Table t = new Table("n", "gap", "bound");
    for (int n = 1; n <= 5; n++) t.addRow((long) n, new Estimate(1.0 / n, 0.01, 10), 10.0 / n);
    return t;
  }

  @Test
  void pngHasThePngSignature() throws IOException {
    Path f = dir.resolve("g.png");
    Plotter.plot(table(), "n", List.of("gap", "bound"), "y", f);
    byte[] head = Arrays.copyOf(Files.readAllBytes(f), 8);
    assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, head);
  }

  @Test
  void svgIsAnSvgDocument() throws IOException {
    Path f = dir.resolve("g.svg");
    Plotter.plot(table(), "n", List.of("gap"), null, f);
    String s = Files.readString(f);
    assertTrue(s.contains("<svg"), s.substring(0, Math.min(200, s.length())));
  }

  @Test
  void nonPositiveValuesOnALogAxisAreRefusedBeforeWriting() {
    Table t = new Table("n", "y");
    t.addRow(1L, 1.0);
    t.addRow(2L, 0.0);
    Path f = dir.resolve("bad.png");
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> Plotter.plot(t, "n", List.of("y"), "y", f));
    assertTrue(e.getMessage().startsWith("A logarithmic y axis needs positive values; column 'y' is 0 in row 2."), e.getMessage());
    assertFalse(Files.exists(f));
    assertThrows(InvalidRequestException.class, () -> Plotter.plot(t, "n", List.of("zz"), null, f));
    assertThrows(InvalidRequestException.class, () -> Plotter.plot(t, "n", List.of("y"), "z", f));
    assertThrows(InvalidRequestException.class, () -> Plotter.plot(t, "n", List.of("y"), null, dir.resolve("g.pdf")));
  }
}
