package org.nnl.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.nnl.core.InvalidRequestException;

/**
 * Reads text files as UTF-8, refusing what is not text with the place and the reason. A file
 * must be a regular file (not a device such as /dev/zero, a pipe or a folder) of at most a given
 * size, checked before reading; a UTF-8 byte order mark is dropped; invalid UTF-8 (RFC 3629:
 * stray continuation bytes, bytes C0, C1, F5-FF, cut-short, overlong or surrogate sequences) and
 * NUL bytes (a binary file) are refused with {@link BadText}, naming the byte offset, the line
 * and column (1-based, counting characters) and the reason.
 */
public final class TextFiles {
  private TextFiles() {}

  /** Bytes of a script (NNL source) read at most; parsing costs a few hundred bytes of heap per byte. */
  public static final long MAX_SCRIPT_BYTES = 4L << 20;

  /** Invalid text at a place in a file. */
  public static final class BadText extends InvalidRequestException {
    public final long offset;
    public final int line;
    public final int col;
    /** The line up to the bad byte, decoded (for showing under the diagnostic). */
    public final String linePrefix;
    public final String reason;

    BadText(String shown, long offset, int line, int col, String linePrefix, String reason) {
      super(shown + ":" + line + ":" + col + ": invalid text at byte offset " + offset + ": " + reason + ".");
      this.offset = offset;
      this.line = line;
      this.col = col;
      this.linePrefix = linePrefix;
      this.reason = reason;
    }

    /** The diagnostic's message: {@code Invalid UTF-8 at byte offset 17: byte 0xFF never appears in UTF-8 text.} */
    public String shortMessage() {
      return "Cannot read this file as UTF-8 text: at byte offset " + offset + ", " + reason + ".";
    }
  }

  /** Refuses a missing file, a folder, and anything that is not a regular file (devices, pipes, sockets). */
  public static void requireRegular(Path file, String shown) {
    if (Files.isRegularFile(file)) return;
    if (!Files.exists(file)) throw new InvalidRequestException("Cannot read '" + shown + "': no such file.");
    if (Files.isDirectory(file)) throw new InvalidRequestException("Cannot read '" + shown + "': it is a folder.");
    throw new InvalidRequestException("Cannot read '" + shown
        + "': it is not a regular file (a device, pipe or socket), so its size is unknown.");
  }

  /** The text of {@code file}, at most {@code maxBytes} long; {@code shown} names it in messages. */
  public static String read(Path file, String shown, long maxBytes) {
    requireRegular(file, shown);
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
    } catch (NoSuchFileException e) {
      throw new InvalidRequestException("Cannot read '" + shown + "': no such file.");
    } catch (IOException e) {
      throw new InvalidRequestException("Cannot read '" + shown + "': " + e.getMessage() + ".");
    }
    if (bytes.length > maxBytes) {
      throw new InvalidRequestException(String.format("Cannot read '%s': it is larger than the %.0f MiB a script may have.",
          shown, maxBytes / 1048576.0));
    }
    return decode(bytes, shown);
  }

  /** {@code bytes} as UTF-8 text without a leading byte order mark; refuses invalid text with {@link BadText}. */
  public static String decode(byte[] bytes, String shown) {
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
        ? 3 : 0;
    if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
        || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
      throw bad(bytes, 0, 0, shown, "the file starts with a UTF-16 byte order mark; save it as UTF-8");
    }
    int line = 1;
    int lineStart = start;
    int i = start;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        if (b == 0) throw bad(bytes, i, lineStart, shown, "a NUL byte (0x00): this looks like a binary file, not text");
        if (b == '\n') {
          line++;
          lineStart = i + 1;
        }
        i++;
        continue;
      }
      int need;
      int lo = 0x80;
      int hi = 0xBF;
      if (b >= 0xC2 && b <= 0xDF) {
        need = 1;
      } else if (b >= 0xE0 && b <= 0xEF) {
        need = 2;
        if (b == 0xE0) lo = 0xA0;
        if (b == 0xED) hi = 0x9F;
      } else if (b >= 0xF0 && b <= 0xF4) {
        need = 3;
        if (b == 0xF0) lo = 0x90;
        if (b == 0xF4) hi = 0x8F;
      } else if (b >= 0x80 && b <= 0xBF) {
        throw bad(bytes, i, lineStart, shown, String.format("byte 0x%02X continues a character that never started", b));
      } else {
        throw bad(bytes, i, lineStart, shown, String.format("byte 0x%02X never appears in UTF-8 text", b));
      }
      for (int k = 1; k <= need; k++) {
        if (i + k >= bytes.length) {
          throw bad(bytes, i, lineStart, shown, String.format("the character starting with byte 0x%02X is cut short by the end of the file", b));
        }
        int c = bytes[i + k] & 0xFF;
        int min = k == 1 ? lo : 0x80;
        int max = k == 1 ? hi : 0xBF;
        if (c < min || c > max) {
          throw bad(bytes, i, lineStart, shown, String.format(
              "the bytes 0x%02X 0x%02X do not form a UTF-8 character (cut short, overlong or a surrogate)", b, c));
        }
      }
      i += need + 1;
    }
    return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
  }

  private static BadText bad(byte[] bytes, int at, int lineStart, String shown, String reason) {
    int line = 1;
    for (int i = 0; i < lineStart; i++) if (bytes[i] == '\n') line++;
    String prefix = new String(bytes, lineStart, Math.max(0, at - lineStart), StandardCharsets.UTF_8);
    int col = prefix.codePointCount(0, prefix.length()) + 1;
    return new BadText(shown, at, line, col, prefix, reason);
  }
}
