package org.nnl.bench;

import org.nnl.core.act.Activations;
import org.nnl.core.dist.DataSet;
import org.nnl.core.dist.Sphere;
import org.nnl.core.learn.Metrics;
import org.nnl.core.learn.PolyReg;
import org.nnl.core.learn.Schedule;
import org.nnl.core.learn.Sgd;
import org.nnl.core.learn.SgdModel;
import org.nnl.core.linalg.Mat;
import org.nnl.core.net.Dense;
import org.nnl.core.net.DenseNetwork;

/**
 * The full-size claim of issue 4 (too slow for the unit tests): on a random
 * dense(20 -> 256 -> 256 -> 1, act: relu) target, 20000 training and 5000 test points on
 * sphere(20), SGD on dense(20 -> 1024 -> 1, act: relu) reaches at least 0.9 of the test R² of
 * polyreg(degree: 3). Usage: SgdVsPolyreg [EPOCHS [RATE [HIDDEN_LAYERS]]] (default 120 epochs, rate
 * 0.004, one hidden layer of width 1024). Prints both R² and the ratio.
 */
public final class SgdVsPolyreg {
  private SgdVsPolyreg() {}

  public static void main(String[] args) {
    int epochs = args.length > 0 ? Integer.parseInt(args[0]) : 120;
    double rate = args.length > 1 ? Double.parseDouble(args[1]) : 0.004;
    int hidden = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    int[] widths = new int[hidden + 2];
    java.util.Arrays.fill(widths, 1024);
    widths[0] = 20;
    widths[hidden + 1] = 1;
    DenseNetwork f = new Dense(Activations.builtin("relu"), 20, 256, 256, 1).draw(7);
    Sphere s = new Sphere(20);
    Mat x = s.sample(20000, 1);
    Mat xt = s.sample(5000, 2);
    DataSet train = new DataSet(x, f.predict(x));
    DataSet test = new DataSet(xt, f.predict(xt));
    double poly = Metrics.r2(new PolyReg(3).fit(train), test);
    System.out.printf("polyreg(degree: 3) test R2 %.4f%n", poly);
    Sgd sgd = new Sgd(new Dense(Activations.builtin("relu"), widths), epochs, rate, 32, 3, 0, Schedule.COSINE,
        Runtime.getRuntime().availableProcessors());
    long t0 = System.nanoTime();
    SgdModel m = sgd.fit(train);
    double r2 = Metrics.r2(m, test);
    System.out.printf("%s test R2 %.4f (%.0f s)%n", sgd, r2, (System.nanoTime() - t0) / 1e9);
    System.out.printf("ratio sgd/polyreg %.3f (claim: >= 0.9)%n", r2 / poly);
  }
}
