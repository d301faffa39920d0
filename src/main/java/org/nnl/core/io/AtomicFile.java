package org.nnl.core.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.nnl.core.InvalidRequestException;

/**
 * Writes a file all at once or not at all: the content goes to a temporary file in the same
 * directory, which is then moved over the target (atomically where the file system allows).
 * If writing fails, the temporary file is deleted and an existing target is left untouched.
 * A symbolic link is written through: the file it points at is replaced, the link stays. An
 * existing target that is not a regular file (a device such as /dev/null, a pipe, a socket) is
 * refused, never replaced.
 */
public final class AtomicFile {
  private AtomicFile() {}

  /** What writes the content. */
  @FunctionalInterface
  public interface ContentWriter {
    void write(OutputStream out) throws IOException;
  }

  public static void write(Path target, ContentWriter writer) {
    Path file = throughLinks(target.toAbsolutePath().normalize(), target);
    Path dir = file.getParent();
    InvalidRequestException.require(dir != null && Files.isDirectory(dir),
        "Cannot write %s: the folder %s does not exist.", target, dir);
    InvalidRequestException.require(!Files.isDirectory(file), "Cannot write %s: it is a folder.", target);
    InvalidRequestException.require(!Files.exists(file, LinkOption.NOFOLLOW_LINKS) || Files.isRegularFile(file),
        "Cannot write %s: it is not a regular file (a device, pipe or socket); save and plot write regular files only.",
        target);
    Path tmp = null;
    try {
      tmp = Files.createTempFile(dir, "." + file.getFileName(), ".part");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
        writer.write(out);
      }
      readableLikeAnyFile(tmp, file);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
    } catch (IOException e) {
      throw new InvalidRequestException("Cannot write " + target + ": " + reason(e) + ".");
    } catch (InvalidRequestException | VirtualMachineError e) {
      throw e;
    } catch (RuntimeException | Error e) {
      // A writer (e.g. a chart encoder) failing midway: nothing is written, and the reason is named.
      throw new InvalidRequestException("Cannot write " + target + ": " + e + "; nothing was written.");
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the temporary file is hidden and named .NAME…part; nothing more can be done here
        }
      }
    }
  }

  /**
   * The file a chain of symbolic links ends at (at most 40 links, like the kernel); a path that is
   * no link is itself. A link to a missing file ends at that file's path, so the file is created.
   */
  public static Path throughLinks(Path file, Path shown) {
    Path p = file;
    for (int hops = 0; Files.isSymbolicLink(p); hops++) {
      InvalidRequestException.require(hops < 40, "Cannot write %s: too many symbolic links (a loop?).", shown);
      try {
        Path next = Files.readSymbolicLink(p);
        p = (p.getParent() == null ? next : p.getParent().resolve(next)).normalize();
      } catch (IOException e) {
        throw new InvalidRequestException("Cannot write " + shown + ": its symbolic link cannot be read.");
      }
    }
    return p;
  }

  /** Temporary files are private (rw-------); the result gets the target's permissions, or rw-r--r--. */
  private static void readableLikeAnyFile(Path tmp, Path file) throws IOException {
    if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) return;
    Set<PosixFilePermission> perms = Files.exists(file) ? Files.getPosixFilePermissions(file)
        : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(tmp, perms);
  }

  private static String reason(IOException e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase()
        + (m == null ? "" : " (" + m + ")");
  }
}
