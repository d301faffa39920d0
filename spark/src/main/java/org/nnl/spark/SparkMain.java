package org.nnl.spark;

/**
 * The main class of target/nnl-spark.jar, for {@code spark-submit --master M nnl-spark.jar FILE.nnl}:
 * the command line of NNL with every sweep's cells as tasks of the Spark context spark-submit
 * configured. With {@code --spark MASTER} first it is exactly the nnl command line.
 */
public final class SparkMain {
  private SparkMain() {}

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("--spark")) {
      org.nnl.cli.Main.main(args);
      return;
    }
    int code;
    try (SparkSweeps runner = SparkSweeps.open(null).progressLines(System.console() == null ? System.err : null)) {
      code = org.nnl.cli.Main.runWith(runner, args, System.in, System.out, System.err);
    }
    System.out.flush();
    System.err.flush();
    System.exit(code);
  }
}
