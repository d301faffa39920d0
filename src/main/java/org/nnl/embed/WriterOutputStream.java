package org.nnl.embed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Bytes written as UTF-8 (by a PrintStream) passed on to a {@link Writer} at each flush, so
 * that a session's {@code print} output reaches a JSR-223 context's writer. A PrintStream
 * encodes whole strings before flushing, so no character is split across flushes.
 */
final class WriterOutputStream extends OutputStream {
  private final Writer writer;
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

  WriterOutputStream(Writer writer) {
    this.writer = writer;
  }

  @Override
  public void write(int b) {
    pending.write(b);
  }

  @Override
  public void write(byte[] b, int off, int len) {
    pending.write(b, off, len);
  }

  @Override
  public void flush() throws IOException {
    if (pending.size() > 0) {
      writer.write(pending.toString(StandardCharsets.UTF_8));
      pending.reset();
    }
    writer.flush();
  }
}
