package org.nnl.spark;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where NNL's own jar and the build's list of Spark jars are. */
final class Jars {
  private Jars() {}

  /** The jar this class was loaded from (target/nnl-spark.jar); null when running from a classes folder. */
  static Path nnlJar() {
    try {
      var src = Jars.class.getProtectionDomain().getCodeSource();
      if (src == null) return null;
      Path p = Path.of(src.getLocation().toURI());
      return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? p : null;
    } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
      return null;
    }
  }
}
