package org.nnl.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.nnl.core.InvalidRequestException;

/**
 * The one rule for file paths named by a script ({@code save}, {@code plot}, {@code csv(...)},
 * {@code import}, {@code :load}): a relative name resolves against the folder of the script
 * that names it, or against the working folder when there is none (the REPL, {@code -e}).
 *
 * <p>Three policies: {@link #open()} (the command line's default: any path), {@link #confinedTo}
 * (every path, after {@code ..} and symbolic links, must lie inside a base folder, which also
 * replaces the working folder) and {@link #none()} (no file access at all). A refusal is an
 * {@link InvalidRequestException} whose message names the path and the rule.
 */
public final class FileAccess {
  private final Path base;
  private final boolean allowed;

  private FileAccess(Path base, boolean allowed) {
    this.base = base;
    this.allowed = allowed;
  }

  private static final FileAccess OPEN = new FileAccess(null, true);
  private static final FileAccess NONE = new FileAccess(null, false);

  /** Any path; relative names against the script's folder or the working folder. */
  public static FileAccess open() {
    return OPEN;
  }

  /** No file may be read or written. */
  public static FileAccess none() {
    return NONE;
  }

  /** Only paths inside {@code base} (an existing folder), checked after {@code ..} and symbolic links. */
  public static FileAccess confinedTo(Path base) {
    InvalidRequestException.require(Files.isDirectory(base), "Cannot confine files to %s: it is not a folder.", base);
    try {
      return new FileAccess(base.toRealPath(), true);
    } catch (IOException e) {
      throw new InvalidRequestException("Cannot confine files to " + base + ": " + e.getMessage() + ".");
    }
  }

  /** The confining folder, or null when paths are not confined. */
  public Path base() {
    return base;
  }

  /** Whether files may be used at all. */
  public boolean allowed() {
    return allowed;
  }

  /**
   * {@code name} resolved against {@code dir} (the naming script's folder; null for none, then
   * the base folder or the working folder). Refuses when file access is off, and, when confined,
   * when the path or what its symbolic links point at leaves the base folder.
   */
  public Path resolve(Path dir, String name) {
    if (!allowed) {
      throw new InvalidRequestException("File access is turned off in this session; '" + name + "' cannot be used.");
    }
    InvalidRequestException.require(!name.isEmpty(), "The file name is empty.");
    InvalidRequestException.require(name.indexOf('\0') < 0, "The file name '%s' contains a NUL character.",
        name.replace('\0', '?'));
    Path p;
    try {
      Path from = dir != null ? dir : base != null ? base : Path.of("");
      p = from.resolve(name);
    } catch (java.nio.file.InvalidPathException e) {
      throw new InvalidRequestException("'" + name + "' is not a valid file name.");
    }
    if (base == null) return p;
    Path abs = p.toAbsolutePath().normalize();
    if (!abs.startsWith(base) || !real(abs).startsWith(base)) {
      throw new InvalidRequestException("'" + name + "' is outside the folder this session is confined to; "
          + "use a path inside it.");
    }
    return abs;
  }

  /**
   * Where {@code abs} really is: the real path of its longest existing prefix (symbolic links
   * followed) with the rest appended; a link at the end is followed to its target.
   */
  private static Path real(Path abs) {
    Path p = AtomicFile.throughLinks(abs, abs);
    Path existing = p;
    Path rest = null;
    while (existing != null && !Files.exists(existing)) {
      Path leaf = existing.getFileName();
      rest = rest == null ? leaf : leaf.resolve(rest);
      existing = existing.getParent();
    }
    if (existing == null) return p;
    try {
      Path r = existing.toRealPath();
      return rest == null ? r : r.resolve(rest).normalize();
    } catch (IOException e) {
      return p;
    }
  }
}
