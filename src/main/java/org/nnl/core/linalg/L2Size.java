package org.nnl.core.linalg;

import java.nio.file.Files;
import java.nio.file.Path;

/** The L2 cache size per core from Linux's sysfs (e.g. "1024K"); 1 MiB when unreadable. */
final class L2Size {
  private L2Size() {}

  static long bytes() {
    try {
      String s = Files.readString(Path.of("/sys/devices/system/cpu/cpu0/cache/index2/size")).trim().toUpperCase();
      long mult = s.endsWith("K") ? 1024 : s.endsWith("M") ? 1 << 20 : 1;
      long v = Long.parseLong(s.replaceAll("[KM]$", "")) * mult;
      return v >= 64 * 1024 ? v : 1 << 20;
    } catch (java.io.IOException | RuntimeException e) {
      return 1 << 20;
    }
  }
}
