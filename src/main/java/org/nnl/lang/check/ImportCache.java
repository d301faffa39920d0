package org.nnl.lang.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nnl.core.io.TextFiles;
import org.nnl.lang.syntax.Syntax;

/**
 * The imported files of one session, each read and parsed once: keyed by the resolved path
 * (absolute, normalized), an entry holds the file's parse (or why its text is not UTF-8) and
 * the file's stamp when it was read (modification time, size, file identity). A later import of
 * the same path costs one {@code stat} and no read while the stamp is unchanged, so the REPL's
 * highlighter reads nothing per keystroke yet sees an edit.
 *
 * <p>Racy entries: file times are coarse (a few milliseconds on Linux, seconds elsewhere), so a
 * file rewritten with the same size within one tick keeps its stamp. As git does for its index,
 * an entry whose file was modified less than {@link #RACY_MILLIS} before it was read is not
 * trusted: it is read again next time, until its file is older than that.
 *
 * <p>Bounded: at most {@link #MAX_FILES} files and {@link #MAX_CHARS} characters of text are
 * kept, the least recently used going first. Reading failures other than bad text (a missing
 * file, a folder, too large) are not kept. Thread-safe.
 */
public final class ImportCache {
  /** How long after its modification a file's stamp is trusted (see the class comment). */
  static final long RACY_MILLIS = 2000;
  static final int MAX_FILES = 64;
  static final long MAX_CHARS = TextFiles.MAX_SCRIPT_BYTES;

  /** When a file was read, what its stamp was then, and what it held. */
  private record Entry(Stamp stamp, boolean racy, Syntax.Result parsed, TextFiles.BadText badText, long chars) {}

  private record Stamp(FileTime modified, long size, Object key) {}

  private final LinkedHashMap<Path, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
  private long chars;
  private long reads;

  /**
   * The parse of {@code file} (absolute and normalized; its parse names it {@code file.toString()}),
   * read now only if it is not cached or changed since. {@code shown} names the file in messages.
   *
   * @throws TextFiles.BadText when the file is not UTF-8 text
   * @throws org.nnl.core.InvalidRequestException when it cannot be read (missing, a folder, too large)
   */
  public synchronized Syntax.Result load(Path file, String shown) {
    Stamp stamp = stamp(file);
    Entry e = entries.get(file);
    if (e != null && stamp != null && !e.racy() && e.stamp().equals(stamp)) {
      if (e.badText() != null) throw e.badText();
      return e.parsed();
    }
    forget(file);
    long readAt = System.currentTimeMillis();
    reads++;
    String text;
    try {
      text = TextFiles.read(file, shown, TextFiles.MAX_SCRIPT_BYTES);
    } catch (TextFiles.BadText bad) {
      keep(file, stamp, readAt, null, bad, 0);
      throw bad;
    }
    Syntax.Result parsed = Syntax.parse(text, file.toString());
    keep(file, stamp, readAt, parsed, null, text.length());
    return parsed;
  }

  /** How many times a file was read (and parsed) since this cache was made. */
  public synchronized long reads() {
    return reads;
  }

  /** The number of files kept now. */
  public synchronized int size() {
    return entries.size();
  }

  private void keep(Path file, Stamp stamp, long readAt, Syntax.Result parsed, TextFiles.BadText bad, long length) {
    if (stamp == null || length > MAX_CHARS) return;
    boolean racy = stamp.modified().toMillis() > readAt - RACY_MILLIS;
    entries.put(file, new Entry(stamp, racy, parsed, bad, length));
    chars += length;
    Iterator<Map.Entry<Path, Entry>> it = entries.entrySet().iterator();
    while ((entries.size() > MAX_FILES || chars > MAX_CHARS) && it.hasNext()) {
      chars -= it.next().getValue().chars();
      it.remove();
    }
  }

  private void forget(Path file) {
    Entry old = entries.remove(file);
    if (old != null) chars -= old.chars();
  }

  /** The stamp of a regular file, or null (a missing file, a folder: never kept). */
  private static Stamp stamp(Path file) {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      return a.isRegularFile() ? new Stamp(a.lastModifiedTime(), a.size(), a.fileKey()) : null;
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return null;
    }
  }
}
