package org.nnl.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnl.lang.check.Checker;
import org.nnl.lang.check.ImportCache;
import org.nnl.lang.eval.Interpreter;
import org.nnl.lang.syntax.Syntax;

/** Imported files are read and parsed once per run; the interpreter runs what the checker checked. */
class ImportOnceTest {
  private static final FileTime BEFORE = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);

  private static void write(Path file, String text, FileTime modified) throws Exception {
    Files.writeString(file, text);
    Files.setLastModifiedTime(file, modified);
  }

  private String output() {
    return out.toString(StandardCharsets.UTF_8).replace("\r", "");
  }

  @Test
  void eachImportedFileIsReadOnceAndTheInterpreterReadsNothing(@TempDir Path dir) throws Exception {
    write(dir.resolve("sub.nnl"), "let k = k + 1\n", BEFORE);
    write(dir.resolve("lib.nnl"), "import \"sub.nnl\"\nimport \"sub.nnl\"\nlet w = 512\n", BEFORE);
    Path main = dir.resolve("main.nnl");
    Files.writeString(main, "let k = 0\nimport \"lib.nnl\"\nimport \"lib.nnl\"\nprint w, k\n");
    TestServices services = new TestServices();
    ImportCache cache = new ImportCache();
    Syntax.Result r = Syntax.parse(Files.readString(main), main.toString());
    Checker checker = new Checker(services, Map.of(), false).imports(cache);
    assertEquals(java.util.List.of(), checker.check(r.program(), main, dir));
    assertEquals(2, cache.reads(), "lib.nnl and sub.nnl, each once although each is imported twice");
    // Edited after the check: the run is the checked text, and nothing is read again.
    write(dir.resolve("lib.nnl"), "let w = 1024\n", FileTime.fromMillis(BEFORE.toMillis() + 1000));
    new Interpreter(services, print, print).run(r.program(), dir, checker.resolution());
    assertEquals("512  4\n", output(), "lib ran twice, sub four times, as the checked text says");
    assertEquals(2, cache.reads());
  }

  @Test
  void aCompiledScriptRunsItsImportsAsTheyWereChecked(@TempDir Path dir) throws Exception {
    Path lib = dir.resolve("lib.nnl");
    write(lib, "let w = 512\n", BEFORE);
    Session s = new Session(new TestServices(), print, print);
    Session.CompiledScript script = s.compile("import \"" + lib.toString().replace("\\", "\\\\") + "\"\nprint w", "<host>");
    script.run(s, null);
    write(lib, "let w = \"a\"\n", FileTime.fromMillis(BEFORE.toMillis() + 1000));
    script.run(s, null);
    assertEquals("512\n512\n", output());
  }

  @Test
  void aSessionReadsAnImportAgainOnlyWhenTheFileChanged(@TempDir Path dir) throws Exception {
    Path lib = dir.resolve("lib.nnl");
    write(lib, "let w = 512\n", BEFORE);
    Session s = new Session(new TestServices(), print, print);
    String entry = "import \"" + lib.toString().replace("\\", "\\\\") + "\"\nprint w";
    s.eval(entry, "<input>");
    // Rewritten in place with the same size and time: the cached parse stands, so it was not read again.
    write(lib, "let w = 256\n", BEFORE);
    s.eval(entry, "<input>");
    assertEquals("512\n512\n", output());
    Files.setLastModifiedTime(lib, FileTime.fromMillis(BEFORE.toMillis() + 1000));
    s.eval(entry, "<input>");
    assertEquals("512\n512\n256\n", output());
    assertTrue(s.checkEntry(entry, "<input>").isEmpty());
  }
}
