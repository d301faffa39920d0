package org.nnl.core.learn;

import java.util.Locale;

/**
 * Chooses the {@link HiddenBlock} kernel of {@link FusedSgd} as the products choose theirs
 * (org.nnl.core.linalg.Kernels): the system property {@code nnl.kernel} = scalar, 128, 256,
 * 512 or auto (the default: the CPU's preferred vector width); the scalar kernel where the
 * Vector API module is absent. An unknown name means auto (Kernels already says so once). All
 * give the same bits.
 */
final class HiddenBlocks {
  private HiddenBlocks() {}

  private static final HiddenBlock CHOSEN = pickOnce();

  /** The kernel for this JVM (chosen once). */
  static HiddenBlock pick() {
    return CHOSEN;
  }

  /** The kernel named {@code choice} (scalar, 128, 256, 512, auto); LinkageError without the vector module. */
  static HiddenBlock of(String choice) {
    return switch (choice) {
      case "scalar" -> new HiddenBlock();
      case "128" -> new HiddenBlockVector.W128();
      case "256" -> new HiddenBlockVector.W256();
      case "512" -> new HiddenBlockVector.W512();
      default -> {
        int bits = jdk.incubator.vector.DoubleVector.SPECIES_PREFERRED.vectorBitSize();
        yield bits >= 512 ? new HiddenBlockVector.W512() : bits >= 256 ? new HiddenBlockVector.W256()
            : bits >= 128 ? new HiddenBlockVector.W128() : new HiddenBlock();
      }
    };
  }

  private static HiddenBlock pickOnce() {
    try {
      return of(System.getProperty("nnl.kernel", "auto").trim().toLowerCase(Locale.ROOT));
    } catch (LinkageError e) {
      return new HiddenBlock();
    }
  }
}
