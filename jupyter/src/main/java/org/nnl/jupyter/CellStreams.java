package org.nnl.jupyter;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.messages.publish.PublishDisplayData;
import org.dflib.jjava.jupyter.messages.publish.PublishUpdateDisplayData;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/**
 * The kernel's output: stdout and stderr as Jupyter stream messages of the cell that is running
 * (the request {@link #attach}ed), display data beside them. Text is sent at each flush (print
 * flushes at each line), so the order of prints, warnings and charts is kept. With no cell
 * attached, text goes to the process's own standard error (Jupyter's log).
 */
final class CellStreams {
  private final PrintStream fallback;
  private volatile ShellReplyEnvironment env;
  final PrintStream out;
  final PrintStream err;

  CellStreams(PrintStream fallback) {
    this.fallback = fallback;
    this.out = new PrintStream(new Forward(ShellReplyEnvironment::writeToStdOut), true, StandardCharsets.UTF_8);
    this.err = new PrintStream(new Forward(ShellReplyEnvironment::writeToStdErr), true, StandardCharsets.UTF_8);
  }

  void attach(ShellReplyEnvironment env) {
    this.env = env;
  }

  void detach() {
    flush();
    this.env = null;
  }

  void flush() {
    out.flush();
    err.flush();
  }

  /** Shows {@code data} (after the text printed so far); an update when it carries a display id already shown. */
  void display(DisplayData data, boolean update) {
    flush();
    ShellReplyEnvironment e = env;
    if (e == null) return;
    if (update) e.publish(new PublishUpdateDisplayData(data));
    else e.publish(new PublishDisplayData(data));
  }

  /** Bytes until a flush, then one stream message with their text (UTF-8). */
  private final class Forward extends OutputStream {
    private final BiConsumer<ShellReplyEnvironment, String> send;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    Forward(BiConsumer<ShellReplyEnvironment, String> send) {
      this.send = send;
    }

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
      ShellReplyEnvironment e = env;
      if (e != null) send.accept(e, text);
      else {
        fallback.print(text);
        fallback.flush();
      }
    }
  }
}
