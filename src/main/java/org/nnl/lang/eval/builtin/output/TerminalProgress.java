package org.nnl.lang.eval.builtin.output;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;
import org.nnl.core.Progress;

/**
 * A one-line progress bar for a terminal: {@code gap  [########------------]  42%  21/50}. It
 * redraws in place with a carriage return (no other control characters), at most every 100 ms,
 * and erases itself when the outermost work finishes. Nested work (a sweep over gap calls) shows
 * the outer label and count before the inner bar. Installed only when a console is present
 * ({@link #forConsole}); output to a file or a pipe stays silent.
 */
public final class TerminalProgress implements Progress {
  static final int BAR = 24;
  static final long REDRAW_NANOS = 100_000_000L;

  private record Work(String label, long total, long done) {}

  private final PrintStream err;
  private final LongSupplier clock;
  private final Deque<Work> stack = new ArrayDeque<>();
  private long lastDraw = Long.MIN_VALUE;
  private int drawn;

  public TerminalProgress(PrintStream err) {
    this(err, System::nanoTime);
  }

  TerminalProgress(PrintStream err, LongSupplier clock) {
    this.err = err;
    this.clock = clock;
  }

  /** A bar on {@code err} when the JVM has a console, otherwise {@link Progress#SILENT}. */
  public static Progress forConsole(PrintStream err) {
    return System.console() != null ? new TerminalProgress(err) : Progress.SILENT;
  }

  @Override
  public synchronized void start(String label, long total) {
    stack.push(new Work(label == null ? "" : label, Math.max(0, total), 0));
    draw(true);
  }

  @Override
  public synchronized void advance(long done) {
    Work w = stack.poll();
    if (w == null) return;
    stack.push(new Work(w.label, w.total, Math.max(0, Math.min(done, w.total > 0 ? w.total : done))));
    draw(false);
  }

  @Override
  public synchronized void finish() {
    if (stack.poll() == null) return;
    if (stack.isEmpty()) {
      erase();
    } else {
      draw(true);
    }
  }

  private void draw(boolean force) {
    long now = clock.getAsLong();
    if (!force && lastDraw != Long.MIN_VALUE && now - lastDraw < REDRAW_NANOS) return;
    lastDraw = now;
    String line = line();
    StringBuilder sb = new StringBuilder("\r").append(line);
    if (drawn > line.length()) sb.append(" ".repeat(drawn - line.length())).append('\r').append(line);
    drawn = line.length();
    err.print(sb);
    err.flush();
  }

  private void erase() {
    if (drawn > 0) {
      err.print("\r" + " ".repeat(drawn) + "\r");
      err.flush();
    }
    drawn = 0;
    lastDraw = Long.MIN_VALUE;
  }

  /** The text of the bar: outer works as {@code label i/n ·}, the innermost as a bar. */
  String line() {
    StringBuilder sb = new StringBuilder();
    Work[] works = stack.toArray(new Work[0]);
    for (int i = works.length - 1; i > 0; i--) {
      Work w = works[i];
      sb.append(w.label).append(' ').append(w.done).append('/').append(w.total).append(" · ");
    }
    Work w = works[0];
    sb.append(w.label);
    if (w.total > 0) {
      int fill = (int) (BAR * w.done / w.total);
      sb.append("  [").append("#".repeat(fill)).append("-".repeat(BAR - fill)).append("]  ")
          .append(100 * w.done / w.total).append("%  ").append(w.done).append('/').append(w.total);
    } else {
      sb.append("  ").append(w.done);
    }
    return sb.toString();
  }
}
