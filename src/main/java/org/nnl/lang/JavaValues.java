package org.nnl.lang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import org.nnl.core.act.Activations;

/** Converts Java values given by an embedding host into NNL values, and checks binding names. */
final class JavaValues {
  private JavaValues() {}

  private static final Set<String> KEYWORDS = Set.of("activation", "architecture", "distribution", "learner", "let",
      "print", "for", "in", "seed", "digits", "save", "to", "plot", "import", "sweep", "true", "false", "and", "or", "not");

  static String checkName(String name) {
    if (name == null || !name.matches("[A-Za-z_][A-Za-z_0-9]*") || KEYWORDS.contains(name)) {
      throw new IllegalArgumentException("'" + name + "' is not a valid NNL name (letters, digits, _; not a keyword).");
    }
    return name;
  }

  static Object fromJava(String name, Object v) {
    if (v instanceof Double) return v;
    if (v instanceof Number n) return n.doubleValue();
    if (v instanceof double[] a) {
      List<Object> out = new ArrayList<>(a.length);
      for (double x : a) out.add(x);
      return out;
    }
    if (v instanceof int[] a) {
      List<Object> out = new ArrayList<>(a.length);
      for (int x : a) out.add((double) x);
      return out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      for (Object x : l) out.add(fromJava(name, x));
      return out;
    }
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put(String.valueOf(k), fromJava(name, x)));
      return out;
    }
    if (v instanceof DoubleUnaryOperator f && !(v instanceof org.nnl.core.act.Activation)) {
      return Activations.user(name, f, new double[0]);
    }
    return v;
  }
}
