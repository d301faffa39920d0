package org.nnl.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnl.lang.Session;

/** The highlighter checks an entry on every redraw; its imports come from the session's cache. */
class HighlighterImportsTest {
  private static final FileTime BEFORE = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);

  @Test
  void redrawsReadAnImportOnlyWhenItChanged(@TempDir Path dir) throws Exception {
    Path lib = dir.resolve("lib.nnl");
    Files.writeString(lib, "let w = 512\n");
    Files.setLastModifiedTime(lib, BEFORE);
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
    SyntaxHighlighter h = SyntaxHighlighter.of(new Session(quiet));
    String entry = "import \"" + lib.toString().replace("\\", "\\\\") + "\"\nprint w - 1";
    int minus = entry.lastIndexOf('-');
    assertEquals(List.of(), h.errorSpans(entry));
    // In place, same size and time: were the file read on a redraw, w would be a string and '-' wrong.
    Files.writeString(lib, "let w = \"a\"\n");
    Files.setLastModifiedTime(lib, BEFORE);
    for (int i = 0; i < 20; i++) assertEquals(List.of(), h.errorSpans(entry));
    // The edit as an editor makes it (a new time): seen on the next redraw.
    Files.setLastModifiedTime(lib, FileTime.fromMillis(BEFORE.toMillis() + 1000));
    List<int[]> spans = h.errorSpans(entry);
    assertEquals(1, spans.size());
    assertEquals(minus, spans.get(0)[0]);
    assertEquals(List.of(), h.errorSpans("print w -"), "an incomplete entry is not checked");
  }
}
