package org.nnl.jupyter;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.nnl.core.Progress;
import org.nnl.lang.eval.builtin.output.TerminalProgress;

/**
 * Progress of a cell, shown in the cell and updated in place: the REPL's one-line bar
 * ({@link TerminalProgress}, redrawn at most every 100 ms) whose frames become one display_data
 * message and then update_display_data messages with the same display id. Work that ends within
 * {@link #QUIET_NANOS} of its first frame shows nothing; longer work's bar is erased (an empty
 * text) when it ends, as on a terminal.
 */
final class NotebookProgress extends FlushedText {
  private final CellStreams streams;
  private final String displayId;
  private boolean shown;
  private long firstFrame = Long.MIN_VALUE;

  /**
   * Frames within this time of the first one are not shown (short work stays quiet): 300 ms, or
   * the system property nnl.kernel.progressQuietMillis (tests set 0 to see every bar).
   */
  static final long QUIET_NANOS = Long.getLong("nnl.kernel.progressQuietMillis", 300L) * 1_000_000L;

  private NotebookProgress(CellStreams streams, String displayId) {
    this.streams = streams;
    this.displayId = displayId;
  }

  /** A progress listener for one cell; {@code displayId} must be unique in the kernel. */
  static Progress forCell(CellStreams streams, String displayId) {
    return new TerminalProgress(new PrintStream(new NotebookProgress(streams, displayId), false, StandardCharsets.UTF_8));
  }

  /** One frame: "\r" + line (possibly padded and redrawn), or "\r   \r" to erase. */
  @Override
  void accept(String text) {
    String line = "";
    for (String segment : text.split("\r")) {
      if (!segment.isBlank()) line = segment;
    }
    if (!shown) {
      long now = System.nanoTime();
      if (firstFrame == Long.MIN_VALUE) firstFrame = now;
      if (line.isEmpty()) {
        firstFrame = Long.MIN_VALUE;
        return;
      }
      if (now - firstFrame < QUIET_NANOS) return;
    }
    DisplayData d = new DisplayData(line);
    d.setDisplayId(displayId);
    streams.display(d, shown);
    shown = true;
  }
}
