package org.nnl.core.hermite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nnl.core.act.Activation;
import org.nnl.core.act.Activations;

/** Rows of the mpmath reference files under src/test/resources/reference (made by make_hermite.py). */
final class Reference {
  private Reference() {}

  /** The activations of the reference files by their file name (clip and leaky0.1 are user functions there). */
  static final Map<String, Activation> ACTIVATIONS = Map.ofEntries(
      Map.entry("relu", Activations.builtin("relu")), Map.entry("erf", Activations.builtin("erf")),
      Map.entry("relulike", Activations.builtin("relulike")), Map.entry("tanh", Activations.builtin("tanh")),
      Map.entry("logistic", Activations.builtin("logistic")), Map.entry("softplus", Activations.builtin("softplus")),
      Map.entry("gelu", Activations.builtin("gelu")), Map.entry("abs", Activations.builtin("abs")),
      Map.entry("identity", Activations.builtin("identity")), Map.entry("leaky0.1", Activations.leaky(0.1)));

  static List<String[]> rows(String file) {
    try (InputStream in = Reference.class.getResourceAsStream("/reference/" + file)) {
      if (in == null) throw new IllegalStateException("missing reference file " + file);
      List<String[]> out = new ArrayList<>();
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
      for (int i = 1; i < lines.length; i++) if (!lines[i].isBlank()) out.add(lines[i].split(","));
      return out;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
