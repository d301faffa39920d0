package org.nnl.core.linalg;

/**
 * Run by {@link KernelFallbackTest} in a JVM started without jdk.incubator.vector: prints the
 * active kernel's name and a checksum of the bits of a fixed product.
 */
public final class KernelProbe {
  private KernelProbe() {}

  static long checksum() {
    Mat a = LinalgProductsTest.random(61, 300, 41), b = LinalgProductsTest.random(300, 37, 42);
    long h = 17;
    for (double v : Linalg.mult(a, b).data) h = 31 * h + Double.doubleToLongBits(v);
    return h;
  }

  public static void main(String[] args) {
    System.out.println(Linalg.kernelName());
    System.out.println(checksum());
  }
}
