package org.nnl.bench;

import org.nnl.core.linalg.Linalg;

/** Prints the micro-kernel NNL chose on this machine (for the benchmark tables). */
public final class KernelName {
  private KernelName() {}

  public static void main(String[] args) {
    System.out.println(Linalg.kernelName());
  }
}
