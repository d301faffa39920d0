package org.nnl.lang;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;
import org.nnl.core.act.Activations;
import org.nnl.lang.syntax.Syntax;

/**
 * The one conversion of host (Java, Groovy, ...) values into NNL values before they are bound:
 * every number becomes a Double; arrays and collections become lists; maps become records
 * (String keys, order kept); a CharSequence (e.g. a GString) becomes a String; a
 * DoubleUnaryOperator that is not already an activation becomes a user activation named after
 * the binding. Core objects (activations, networks, tables, data sets, ...) pass unchanged.
 * Names are checked against the grammar ({@link Syntax#isName}).
 */
public final class JavaValues {
  private JavaValues() {}

  static String checkName(String name) {
    if (!Syntax.isName(name)) {
      throw new IllegalArgumentException("'" + name + "' is not a valid NNL name (letters, digits, _; not a keyword).");
    }
    return name;
  }

  /** The value bound as {@code name}: {@link #convert} with functions becoming activations named {@code name}. */
  static Object fromJava(String name, Object v) {
    return convert(v, x -> x instanceof DoubleUnaryOperator f && !(x instanceof org.nnl.core.act.Activation)
        ? Activations.user(name, f, new double[0]) : x);
  }

  /**
   * The structural conversion: {@code leaf} is applied first to every value (the value itself,
   * items, record fields), then numbers, strings, arrays, collections and maps are converted;
   * anything else passes unchanged.
   */
  public static Object convert(Object value, UnaryOperator<Object> leaf) {
    Object v = leaf.apply(value);
    if (v == null || v instanceof Double || v instanceof Boolean || v instanceof String) return v;
    if (v instanceof Number n) return n.doubleValue();
    if (v instanceof CharSequence cs) return cs.toString();
    if (v.getClass().isArray()) {
      int n = Array.getLength(v);
      List<Object> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) out.add(convert(Array.get(v, i), leaf));
      return out;
    }
    if (v instanceof Collection<?> c) {
      List<Object> out = new ArrayList<>(c.size());
      for (Object x : c) out.add(convert(x, leaf));
      return out;
    }
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put(String.valueOf(k), convert(x, leaf)));
      return out;
    }
    return v;
  }
}
