package org.nnl.core.measure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The rows of reference/theory.csv (mpmath, make_theory.py): quantity, activation, depth, outputs, n, value. */
record TheoryReference(String quantity, String activation, int depth, int outputs, int n, double value) {
  static List<TheoryReference> all() {
    try (InputStream in = TheoryReference.class.getResourceAsStream("/reference/theory.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).map(l -> {
        String[] f = l.split(",", -1);
        return new TheoryReference(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]),
            Double.parseDouble(f[5]));
      }).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<TheoryReference> of(String quantity) {
    return all().stream().filter(r -> r.quantity.equals(quantity)).toList();
  }
}
