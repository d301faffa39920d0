/**
 * Sweeps as Spark tasks: {@link org.nnl.spark.SparkSweeps} is the session's
 * {@link org.nnl.lang.eval.SweepRunner} on Spark (cells travel as plain data, one NNL session
 * per partition, plain values back, rows in sweep order); {@link org.nnl.spark.SparkMain} is
 * the entry of {@code spark-submit}; {@link org.nnl.spark.LocalCluster} starts and stops a
 * real standalone cluster on 127.0.0.1 from the Maven-resolved jars. This package lives only in
 * target/nnl-spark.jar and may import Spark; nothing else in NNL imports it (the command line
 * finds it by name when {@code --spark} is given).
 */
package org.nnl.spark;
