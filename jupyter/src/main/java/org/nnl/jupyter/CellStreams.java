package org.nnl.jupyter;

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

  /** Text up to a flush as one stream message of the attached cell. */
  private final class Forward extends FlushedText {
    private final BiConsumer<ShellReplyEnvironment, String> send;

    Forward(BiConsumer<ShellReplyEnvironment, String> send) {
      this.send = send;
    }

    @Override
    void accept(String text) {
      ShellReplyEnvironment e = env;
      if (e != null) send.accept(e, text);
      else {
        fallback.print(text);
        fallback.flush();
      }
    }
  }
}
