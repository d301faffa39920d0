package org.nnl.lang.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.io.TextFiles;
import org.nnl.lang.ast.Stmt;
import org.nnl.lang.syntax.Syntax;

class ImportCacheTest {
  /** An hour ago: a file edited a while before it is imported (its stamp is trusted). */
  private static final FileTime BEFORE = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);

  private static Path write(Path file, String text, FileTime modified) throws Exception {
    Files.writeString(file, text);
    Files.setLastModifiedTime(file, modified);
    return file;
  }

  private static String firstName(Syntax.Result r) {
    return ((Stmt.Declaration) r.program().statements().get(0)).name();
  }

  @Test
  void anUnchangedFileIsReadOnceAndItsParseShared(@TempDir Path dir) throws Exception {
    Path lib = write(dir.resolve("lib.nnl"), "let width = 512\n", BEFORE);
    ImportCache cache = new ImportCache();
    Syntax.Result first = cache.load(lib, "lib.nnl");
    for (int i = 0; i < 50; i++) assertSame(first, cache.load(lib, "lib.nnl"));
    assertEquals(1, cache.reads());
    assertEquals(lib.toString(), first.program().sourceName());
    assertEquals("width", firstName(first));
  }

  @Test
  void anEditIsSeenOnce(@TempDir Path dir) throws Exception {
    Path lib = write(dir.resolve("lib.nnl"), "let width = 512\n", BEFORE);
    ImportCache cache = new ImportCache();
    cache.load(lib, "lib.nnl");
    // Same size, another time: only the stamp tells the edit.
    write(lib, "let height = 5\n", FileTime.fromMillis(BEFORE.toMillis() + 1000));
    assertEquals("height", firstName(cache.load(lib, "lib.nnl")));
    assertEquals("height", firstName(cache.load(lib, "lib.nnl")));
    assertEquals(2, cache.reads());
    // Same time, another size.
    write(lib, "let depth = 12345\n", FileTime.fromMillis(BEFORE.toMillis() + 1000));
    assertEquals("depth", firstName(cache.load(lib, "lib.nnl")));
    assertEquals(3, cache.reads());
  }

  @Test
  void aFileModifiedJustBeforeItWasReadIsReadAgain(@TempDir Path dir) throws Exception {
    // Written now: an edit within the same tick of the file clock, same size, would keep the stamp.
    Path lib = dir.resolve("lib.nnl");
    Files.writeString(lib, "let width = 512\n");
    FileTime written = Files.getLastModifiedTime(lib);
    ImportCache cache = new ImportCache();
    cache.load(lib, "lib.nnl");
    Files.writeString(lib, "let height = 5\n");
    Files.setLastModifiedTime(lib, written);
    assertEquals("height", firstName(cache.load(lib, "lib.nnl")));
    assertEquals(2, cache.reads());
  }

  @Test
  void badTextIsKeptMissingFilesAreNot(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.nnl");
    Files.write(bad, new byte[] {'l', 'e', 't', ' ', (byte) 0xFF});
    Files.setLastModifiedTime(bad, BEFORE);
    ImportCache cache = new ImportCache();
    TextFiles.BadText e = assertThrows(TextFiles.BadText.class, () -> cache.load(bad, "bad.nnl"));
    assertSame(e, assertThrows(TextFiles.BadText.class, () -> cache.load(bad, "bad.nnl")));
    assertEquals(1, cache.reads());
    Path missing = dir.resolve("missing.nnl");
    assertThrows(InvalidRequestException.class, () -> cache.load(missing, "missing.nnl"));
    assertEquals(2, cache.reads());
    write(missing, "let a = 1\n", BEFORE);
    assertEquals("a", firstName(cache.load(missing, "missing.nnl")));
    assertEquals(3, cache.reads());
    assertEquals(2, cache.size());
  }

  @Test
  void keepsAtMostMaxFiles(@TempDir Path dir) throws Exception {
    ImportCache cache = new ImportCache();
    for (int i = 0; i <= ImportCache.MAX_FILES; i++) cache.load(write(dir.resolve(i + ".nnl"), "let a = 1\n", BEFORE), "f");
    assertEquals(ImportCache.MAX_FILES, cache.size());
    cache.load(dir.resolve(ImportCache.MAX_FILES + ".nnl"), "f");
    assertEquals(ImportCache.MAX_FILES + 1, cache.reads(), "the newest is kept");
    cache.load(dir.resolve("0.nnl"), "f");
    assertEquals(ImportCache.MAX_FILES + 2, cache.reads(), "the eldest went first");
    assertTrue(cache.size() <= ImportCache.MAX_FILES);
  }
}
