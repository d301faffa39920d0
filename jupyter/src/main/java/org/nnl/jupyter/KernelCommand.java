package org.nnl.jupyter;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

/**
 * {@code nnl kernel CONNECTION_FILE}: serves Jupyter on the ports of the connection file until a
 * shutdown_request; {@code nnl kernel install [--user | --prefix P]}: writes the kernelspec
 * ({@link KernelSpec}). Returns exit codes as the command line does: 0 ok, 64 usage.
 */
public final class KernelCommand {
  static final String USAGE = """
      Usage:
        nnl kernel install [--user | --prefix P]   register the Jupyter kernel 'nnl'
                                                    (default --user: ~/.local/share/jupyter/kernels/nnl;
                                                    --prefix P: P/share/jupyter/kernels/nnl)
        nnl kernel CONNECTION_FILE                 what Jupyter starts (kernel.json runs it)""";

  private KernelCommand() {}

  public static int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.isEmpty()) return usage(err, "kernel needs 'install' or a connection file.");
    if (args.get(0).equals("install")) return install(args.subList(1, args.size()), out, err);
    if (args.size() != 1 || args.get(0).startsWith("-")) return usage(err, "kernel takes one connection file.");
    return serve(Path.of(args.get(0)), err);
  }

  private static int usage(PrintStream err, String problem) {
    err.println("nnl: " + problem);
    err.println(USAGE);
    return 64;
  }

  private static int install(List<String> opts, PrintStream out, PrintStream err) {
    Path prefix = null;
    if (opts.size() == 2 && opts.get(0).equals("--prefix")) prefix = Path.of(opts.get(1));
    else if (!(opts.isEmpty() || (opts.size() == 1 && opts.get(0).equals("--user")))) {
      return usage(err, "kernel install takes --user or --prefix P, not '" + String.join(" ", opts) + "'.");
    }
    Path dir = KernelSpec.folder(prefix);
    try {
      Files.createDirectories(dir);
      KernelSpec.write(dir);
    } catch (IOException | RuntimeException e) {
      String why = String.valueOf(e.getMessage());
      err.println("nnl: cannot write the kernelspec in " + dir + ": " + (why.endsWith(".") ? why : why + "."));
      return 74;
    }
    out.println("Installed the Jupyter kernel 'nnl' in " + dir + ".");
    out.println(prefix == null ? "Check: jupyter kernelspec list"
        : "Check: JUPYTER_PATH=" + prefix.resolve("share").resolve("jupyter") + " jupyter kernelspec list");
    return 0;
  }

  private static int serve(Path connectionFile, PrintStream err) {
    KernelConnectionProperties props;
    try {
      props = KernelConnectionProperties.parse(Files.readString(connectionFile));
    } catch (IOException e) {
      err.println("nnl: cannot read the connection file '" + connectionFile + "'"
          + (Files.exists(connectionFile) ? "." : ": no such file."));
      return 64;
    } catch (RuntimeException e) {
      err.println("nnl: '" + connectionFile + "' is not a Jupyter connection file (JSON with ports and a key).");
      return 64;
    }
    if (props == null || props.getTransport() == null || props.getIp() == null) {
      err.println("nnl: '" + connectionFile + "' is not a Jupyter connection file (JSON with ports and a key).");
      return 64;
    }
    PrintStream realErr = System.err;
    CellStreams streams = new CellStreams(realErr);
    System.setOut(streams.out);
    System.setErr(streams.err);
    JupyterConnection connection;
    try {
      connection = new JupyterConnection(props);
    } catch (java.security.GeneralSecurityException e) {
      realErr.println("nnl: the connection file's signature scheme or key is not usable: " + e.getMessage() + ".");
      return 64;
    }
    NnlKernel kernel = new NnlKernel(streams);
    interruptOnSigint(kernel);
    kernel.onStartup();
    kernel.becomeHandlerForConnection(connection);
    exitWithParent(realErr);
    connection.connect();
    connection.waitUntilClose();
    return 0;
  }

  /**
   * Ends the kernel when the process that started it ends (Jupyter names it in JPY_PARENT_PID;
   * otherwise the parent process), so that a client that dies leaves no kernel behind.
   */
  private static void exitWithParent(PrintStream log) {
    java.util.Optional<ProcessHandle> parent;
    String named = System.getenv("JPY_PARENT_PID");
    try {
      parent = named != null && !named.isBlank() ? ProcessHandle.of(Long.parseLong(named.strip()))
          : ProcessHandle.current().parent();
    } catch (NumberFormatException e) {
      parent = ProcessHandle.current().parent();
    }
    parent.ifPresent(p -> p.onExit().thenRun(() -> {
      log.println("nnl kernel: the process that started it (" + p.pid() + ") ended; shutting down.");
      Runtime.getRuntime().halt(0);
    }));
  }

  /**
   * Jupyter interrupts this kernel with a message (kernel.json says so); a SIGINT that reaches it
   * anyway (a client in signal mode, Ctrl-C on a terminal that runs it by hand) interrupts the
   * running cell too, instead of ending the JVM, so that the session survives.
   */
  private static void interruptOnSigint(NnlKernel kernel) {
    try {
      sun.misc.Signal.handle(new sun.misc.Signal("INT"), s -> kernel.interrupt());
    } catch (IllegalArgumentException e) {
      // No SIGINT on this platform: nothing to ignore.
    }
  }
}
