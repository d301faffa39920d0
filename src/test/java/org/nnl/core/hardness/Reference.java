package org.nnl.core.hardness;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the CSV files of src/test/resources/reference/hardness (made by make_reference.py). */
final class Reference {
  private Reference() {}

  /** The rows of a resource, split at commas; {@code header} lines are skipped. */
  static List<String[]> rows(String name, boolean header) throws IOException {
    try (InputStream in = Reference.class.getResourceAsStream("/reference/hardness/" + name)) {
      if (in == null) throw new IOException("missing reference file " + name);
      List<String[]> out = new ArrayList<>();
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      for (int i = header ? 1 : 0; i < lines.size(); i++) if (!lines.get(i).isBlank()) out.add(lines.get(i).split(",", -1));
      return out;
    }
  }
}
