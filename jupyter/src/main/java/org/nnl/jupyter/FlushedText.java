package org.nnl.jupyter;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * An output stream that gathers bytes until a flush and hands their text (UTF-8) to
 * {@link #accept} in one piece; a PrintStream over it flushes after each line or frame, so a
 * character is never split between two pieces.
 */
abstract class FlushedText extends OutputStream {
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

  /** The text written since the last flush (never empty). */
  abstract void accept(String text);

  @Override
  public synchronized void write(int b) {
    buffer.write(b);
  }

  @Override
  public synchronized void write(byte[] b, int off, int len) {
    buffer.write(b, off, len);
  }

  @Override
  public synchronized void flush() {
    if (buffer.size() == 0) return;
    String text = buffer.toString(StandardCharsets.UTF_8);
    buffer.reset();
    accept(text);
  }
}
