package org.nnl.core.linalg;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Chooses the micro-kernel once, at class initialization: the Vector API kernel for the widest
 * vectors the CPU runs natively ({@code DoubleVector.SPECIES_PREFERRED}: 512, 256 or 128 bits,
 * each with its own register block), else the scalar kernel. The system property
 * {@code nnl.kernel} = {@code scalar}, {@code 128}, {@code 256} or {@code 512} forces one (for
 * tests and comparisons; all give the same bits). A vector kernel is wrapped in a {@link WarmKernel}
 * (scalar until compiled). Loading a vector kernel fails with a
 * {@link LinkageError} when {@code jdk.incubator.vector} is absent; then the scalar one is used.
 */
final class Kernels {
  private Kernels() {}

  /** The kernel named by {@code choice} (scalar, 128, 256, 512 or auto); throws LinkageError without the vector module. */
  static MicroKernel of(String choice) {
    return switch (choice) {
      case "scalar" -> new ScalarKernel();
      case "128" -> new VectorKernel128();
      case "256" -> new VectorKernel256();
      case "512" -> new VectorKernel512();
      case "auto" -> {
        int bits = Preferred.bits();
        yield bits >= 512 ? new VectorKernel512() : bits >= 256 ? new VectorKernel256()
            : bits >= 128 ? new VectorKernel128() : new ScalarKernel();
      }
      default -> throw new IllegalArgumentException("Unknown kernel '" + choice + "'. Known: auto, scalar, 128, 256, 512.");
    };
  }

  /**
   * The kernel {@code nnl.kernel} names; an unknown name is said once on stderr (as Backend does)
   * and the automatic choice is used; without the vector module, the scalar kernel.
   */
  static MicroKernel pick() {
    MicroKernel k = pickNamed();
    // A vector kernel runs as a WarmKernel (the scalar kernel until the JIT has compiled it:
    // the same bits); -Dnnl.warmup=false uses it from the first call.
    return k instanceof ScalarKernel || !Boolean.parseBoolean(System.getProperty("nnl.warmup", "true"))
        ? k : warming(new WarmKernel(k));
  }

  private static WarmKernel warming(WarmKernel k) {
    warmUpInBackground();
    return k;
  }

  private static final AtomicBoolean WARMING = new AtomicBoolean();

  /**
   * Starts, once, a daemon thread that initializes the kernel (the Vector API's classes take a
   * while to load) and brings a {@link WarmKernel} to compiled speed; returns at once. Called
   * when the kernel is chosen, and earlier by {@link Linalg#warmUp} so that this happens while
   * a program is still being read.
   */
  static void warmUpInBackground() {
    if (!WARMING.compareAndSet(false, true)) return;
    Thread t = new Thread(() -> {
      if (Gemm.KERNEL instanceof WarmKernel w) w.warmUp();
    }, "nnl-kernel-warm-up");
    t.setDaemon(true);
    t.start();
  }

  private static MicroKernel pickNamed() {
    String choice = System.getProperty("nnl.kernel", "auto").trim().toLowerCase(Locale.ROOT);
    try {
      return of(choice);
    } catch (IllegalArgumentException e) {
      System.err.println("nnl: " + e.getMessage() + " Using the automatic choice.");
      return pickAuto();
    } catch (LinkageError e) {
      return new ScalarKernel();
    }
  }

  private static MicroKernel pickAuto() {
    try {
      return of("auto");
    } catch (LinkageError e) {
      return new ScalarKernel();
    }
  }

  /** Isolates the reference to the vector module (loaded only when asked). */
  private static final class Preferred {
    static int bits() {
      return jdk.incubator.vector.DoubleVector.SPECIES_PREFERRED.vectorBitSize();
    }
  }
}
