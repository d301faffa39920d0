package org.nnl.lang.eval.builtin.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
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
 */
public final class AtomicFile {
  private AtomicFile() {}

  /** What writes the content. */
  @FunctionalInterface
  public interface Writer {
    void write(OutputStream out) throws IOException;
  }

  public static void write(Path target, Writer writer) {
    Path file = target.toAbsolutePath().normalize();
    Path dir = file.getParent();
    InvalidRequestException.require(dir != null && Files.isDirectory(dir),
        "Cannot write %s: the folder %s does not exist.", target, dir);
    InvalidRequestException.require(!Files.isDirectory(file), "Cannot write %s: it is a folder.", target);
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
