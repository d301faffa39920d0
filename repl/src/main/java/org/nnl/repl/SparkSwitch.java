package org.nnl.repl;

import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.util.function.Consumer;
import org.nnl.lang.eval.SweepRunner;

/**
 * {@code --spark MASTER} and {@code :spark MASTER}: the Spark sweep runner, found by name
 * (org.nnl.spark.SparkSweeps, in target/nnl-spark.jar only), so that without the switch
 * nothing of Spark is loaded and the everyday jar needs none of it.
 */
public final class SparkSwitch {
  static final String RUNNER = "org.nnl.spark.SparkSweeps";

  private SparkSwitch() {}

  /**
   * The runner on {@code master}, or null after telling {@code problem} why (Spark is not on the
   * class path, or did not start). Off a terminal its progress goes to {@code err} as plain lines.
   */
  public static SweepRunner open(String master, PrintStream err, Consumer<String> problem) {
    try {
      Class<?> type = Class.forName(RUNNER);
      Object runner = type.getMethod("open", String.class).invoke(null, master);
      // off a terminal, progress as plain lines
      if (System.console() == null) type.getMethod("progressLines", PrintStream.class).invoke(runner, err);
      return (SweepRunner) runner;
    } catch (ClassNotFoundException | NoClassDefFoundError e) {
      problem.accept("Spark is not on the class path; start with ./nnl --spark MASTER"
          + " (it runs target/nnl-spark.jar beside Spark's jars).");
    } catch (InvocationTargetException e) {
      Throwable c = e.getCause() == null ? e : e.getCause();
      problem.accept("Spark did not start on '" + master + "': "
          + String.valueOf(c.getMessage()).lines().findFirst().orElse(c.toString()));
    } catch (ReflectiveOperationException e) {
      problem.accept("The Spark runner is broken in this build: " + e);
    }
    return null;
  }
}
