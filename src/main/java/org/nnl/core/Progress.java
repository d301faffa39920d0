package org.nnl.core;

/**
 * Progress of long work (gap over many networks, fits, SGD epochs, sweeps). The core reports
 * to {@link #current()}; a front end installs a listener with {@link #install} (a terminal bar
 * when a terminal is present, nothing otherwise). The default listener is silent.
 * Long loops also call {@link #checkInterrupted()} so that Ctrl-C in the REPL stops them.
 */
public interface Progress {
  /** Work named {@code label} with {@code total} units starts. */
  void start(String label, long total);

  /** {@code done} units of the current work are finished. */
  void advance(long done);

  /** The current work has ended (normally or not). */
  void finish();

  Progress SILENT = new Progress() {
    public void start(String label, long total) {}
    public void advance(long done) {}
    public void finish() {}
  };

  /** The listener of the calling thread (silent unless a front end installed one). */
  static Progress current() {
    return Holder.CURRENT.get();
  }

  /** Installs {@code p} for the calling thread and returns the previous one. */
  static Progress install(Progress p) {
    Progress old = Holder.CURRENT.get();
    Holder.CURRENT.set(p == null ? SILENT : p);
    return old;
  }

  /** Throws {@link java.util.concurrent.CancellationException} if the thread was interrupted. */
  static void checkInterrupted() {
    if (Thread.currentThread().isInterrupted()) {
      throw new java.util.concurrent.CancellationException("Interrupted.");
    }
  }

  /** Holds the per-thread listener. */
  final class Holder {
    private Holder() {}
    static final ThreadLocal<Progress> CURRENT = ThreadLocal.withInitial(() -> SILENT);
  }
}
