package org.nnl.core.learn;

import java.util.List;
import org.nnl.core.InvalidRequestException;

/**
 * A learning-rate schedule η_e for epoch e = 0..E−1 from the base rate η:
 * constant: η; inverse: η/(1 + e); cosine: η·(1 + cos(πe/E))/2.
 */
public enum Schedule {
  CONSTANT, INVERSE, COSINE;

  /** The rate of epoch {@code epoch} of {@code epochs}. */
  public double rate(double base, int epoch, int epochs) {
    return switch (this) {
      case CONSTANT -> base;
      case INVERSE -> base / (1 + epoch);
      case COSINE -> base * 0.5 * (1 + Math.cos(Math.PI * epoch / epochs));
    };
  }

  /** The schedule named {@code name} (constant, inverse, cosine). */
  public static Schedule of(String name) {
    for (Schedule s : values()) if (s.toString().equals(name)) return s;
    throw new InvalidRequestException("Unknown learning-rate schedule '" + name + "'. Known: " + String.join(", ", names()) + ".");
  }

  public static List<String> names() {
    return List.of("constant", "inverse", "cosine");
  }

  @Override
  public String toString() {
    return name().toLowerCase();
  }
}
