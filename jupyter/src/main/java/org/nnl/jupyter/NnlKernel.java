package org.nnl.jupyter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.publish.PublishError;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteInput;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteResult;
import org.dflib.jjava.jupyter.messages.reply.ErrorReply;
import org.dflib.jjava.jupyter.messages.reply.ExecuteReply;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;
import org.nnl.core.Progress;
import org.nnl.lang.Nnl;
import org.nnl.lang.Session;
import org.nnl.lang.diag.NnlException;
import org.nnl.repl.Assist;

/**
 * The NNL kernel: one {@link Session} for the kernel's life, one cell an entry. A cell runs on
 * the kernel's worker thread so that interrupt_request (on the control channel) can interrupt it;
 * the session then keeps its state as before the cell. Prints go to stdout, warnings to stderr,
 * a trailing expression's value is the execute_result (text/plain, and HTML for a table), a
 * plot is display_data (PNG and SVG), progress one display updated in place. An error is an
 * error reply whose traceback is NNL's diagnostic (line and column in the cell, source line,
 * caret), never a Java stack trace. Completion, inspection and colon commands are the REPL's.
 *
 * <p>jjava's BaseKernel.handleExecuteRequest is replaced: its error reply carries the Java stack
 * trace of the exception, and it runs the cell on the shell thread, where an interrupt would
 * stop jjava's polling loop instead of the cell.
 */
final class NnlKernel extends BaseKernel {
  private final CellStreams streams;
  private final Session session;
  private final Assist assist;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "nnl-cell");
    t.setDaemon(true);
    return t;
  });
  private final AtomicInteger displays = new AtomicInteger();
  private final Object runningLock = new Object();
  private Thread running;

  NnlKernel(CellStreams streams) {
    super("nnl", Nnl.VERSION,
        new LanguageInfo.Builder("nnl").version(Nnl.VERSION).mimetype("text/x-nnl").fileExtension(".nnl")
            .pygments("text").build(),
        List.of(), null, new JupyterIO(java.nio.charset.StandardCharsets.UTF_8), new CommManager(), new Renderer(),
        null, null, false, new StringStyler.Builder().build());
    this.streams = streams;
    this.session = new Session(streams.out);
    session.setErr(streams.err);
    session.setDisplay((png, svg) -> streams.display(RichOutput.chart(png, svg), false));
    this.assist = new Assist(session, Path.of(""), streams.out, streams.err);
  }

  @Override
  public String getBanner() {
    return "NNL " + Nnl.VERSION + " — a workbench for random neural networks. :help lists commands and built-ins.";
  }

  @Override
  protected synchronized void handleExecuteRequest(ShellReplyEnvironment env, Message<ExecuteRequest> message) {
    commManager.setMessageContext(message);
    ExecuteRequest request = message.getContent();
    // A silent request (a front end's own query) neither counts nor broadcasts its input or result.
    int count = request.isSilent() ? executionCount.get() : executionCount.getAndIncrement();
    env.setBusyDeferIdle();
    if (!request.isSilent()) env.publish(new PublishExecuteInput(request.getCode(), count));
    streams.attach(env);
    try {
      Object value = runCell(request.getCode(), count);
      streams.flush();
      if (value != null && !request.isSilent()) {
        env.publish(new PublishExecuteResult(count, RichOutput.value(session, value)));
      }
      env.defer().reply(new ExecuteReply(count, Collections.emptyMap()));
    } catch (CellFailure f) {
      streams.flush();
      ErrorReply error = new ErrorReply(f.name, f.value, f.traceback);
      error.setExecutionCount(count);
      env.publish(new PublishError(f.name, f.value, f.traceback));
      env.defer().replyError(ExecuteReply.MESSAGE_TYPE.error(), error);
    } finally {
      streams.detach();
    }
  }

  /** Runs one cell on the worker thread and waits; a failure becomes a {@link CellFailure}. */
  private Object runCell(String code, int count) {
    String displayId = "nnl-progress-" + displays.incrementAndGet();
    Future<Object> result = worker.submit(() -> {
      synchronized (runningLock) {
        running = Thread.currentThread();
      }
      Progress previous = Progress.install(NotebookProgress.forCell(streams, displayId));
      try {
        if (Assist.isCommand(code)) {
          for (String line : code.strip().split("\n")) {
            if (!line.isBlank()) command(line, "cell[" + count + "]");
          }
          return null;
        }
        return session.eval(code, "cell[" + count + "]");
      } finally {
        Progress.install(previous);
        synchronized (runningLock) {
          running = null;
          Thread.interrupted();
        }
      }
    });
    try {
      return result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw CellFailure.interrupted();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof NnlException ne) throw CellFailure.of(ne);
      if (cause instanceof CancellationException) throw CellFailure.interrupted();
      throw CellFailure.internal(cause);
    }
  }

  /**
   * A colon command as in the REPL, except those that have no meaning in a notebook: {@code :save}
   * (the notebook is the record of its cells) and {@code :quit} (the notebook's shutdown ends the kernel).
   */
  private void command(String line, String cell) {
    String name = Assist.commandName(line);
    if (":save".equals(name) || ":quit".equals(name)) {
      throw new NnlException(NnlException.Kind.RUNTIME, List.of(new org.nnl.lang.diag.Diagnostic(cell, 1, 1,
          name.length(), org.nnl.lang.diag.Diagnostic.Severity.ERROR, "'" + name + "' is for the REPL; in a notebook, "
          + (name.equals(":save") ? "the notebook itself keeps the cells." : "shut the kernel down from the notebook."),
          line)), null);
    }
    assist.command(line);
  }

  /** interrupt_request: interrupts the running cell (if any); the session keeps its state. */
  @Override
  public void interrupt() {
    synchronized (runningLock) {
      if (running != null) running.interrupt();
    }
  }

  @Override
  public void onShutdown(boolean isRestarting) {
    interrupt();
    worker.shutdownNow();
    super.onShutdown(isRestarting);
  }

  @Override
  public Object evalRaw(String source) {
    return session.eval(source, "cell");
  }

  @Override
  public DisplayData inspect(String code, int at, boolean extraDetail) {
    int cursor = Cursor.toIndex(code, at);
    String text = assist.help(assist.topicAt(code, cursor));
    return text == null ? null : new DisplayData(text);
  }

  @Override
  public ReplacementOptions complete(String code, int at) {
    int cursor = Cursor.toIndex(code, at);
    Assist.Completion c = assist.complete(code.substring(0, cursor));
    return new ReplacementOptions(c.matches(), Cursor.toCodePoints(code, c.start()), at);
  }

  /** "complete", or "incomplete" with an indent while brackets or braces are open or an operator ends the text. */
  @Override
  public String isComplete(String code) {
    if (code.isBlank() || Assist.isCommand(code)) return IS_COMPLETE_YES;
    return session.isComplete(code) ? IS_COMPLETE_YES : "  ";
  }

  /** A failed cell as Jupyter shows it: a name, a one-line value and the traceback lines. */
  static final class CellFailure extends RuntimeException {
    final String name;
    final String value;
    final List<String> traceback;

    private CellFailure(String name, String value, List<String> traceback) {
      super(value, null, false, false);
      this.name = name;
      this.value = value;
      this.traceback = traceback;
    }

    static CellFailure of(NnlException e) {
      String name = switch (e.kind()) {
        case COMPILE -> "CompileError";
        case RUNTIME -> "RuntimeError";
        case INTERNAL -> "InternalError";
      };
      String value = e.diagnostics().isEmpty() ? String.valueOf(e.getMessage()) : e.diagnostics().get(0).message();
      return new CellFailure(name, value, lines(e.render()));
    }

    static CellFailure interrupted() {
      return new CellFailure("Interrupted", "Interrupted.", List.of("Interrupted. The session keeps its state."));
    }

    static CellFailure internal(Throwable t) {
      String message = "Internal error (a bug in NNL, please report it): " + t + ".";
      return new CellFailure("InternalError", message, List.of(message));
    }

    private static List<String> lines(String text) {
      return new ArrayList<>(List.of(text.split("\n", -1)));
    }
  }

  /** Jupyter counts cursor positions in code points; Java strings index UTF-16 units. */
  static final class Cursor {
    private Cursor() {}

    static int toIndex(String code, int codePoints) {
      int cp = Math.max(0, Math.min(codePoints, code.codePointCount(0, code.length())));
      return code.offsetByCodePoints(0, cp);
    }

    static int toCodePoints(String code, int index) {
      return code.codePointCount(0, Math.max(0, Math.min(index, code.length())));
    }
  }
}
