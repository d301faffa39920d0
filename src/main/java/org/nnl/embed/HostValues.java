package org.nnl.embed;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Host (Java, Groovy) values converted to the language's values before they are bound:
 * every number becomes a Double; arrays and collections become lists; maps become records
 * (String keys, order kept); a Groovy closure becomes a DoubleUnaryOperator, which the session
 * binds as an activation; a CharSequence (e.g. a GString) becomes a String. Core objects
 * (activations, networks, tables, data sets, ...) and DoubleUnaryOperators pass unchanged.
 */
public final class HostValues {
  private HostValues() {}

  public static Object toNnl(Object v) {
    if (v == null || v instanceof Double || v instanceof Boolean || v instanceof String) return v;
    if (v instanceof Number n) return n.doubleValue();
    if (v instanceof CharSequence cs) return cs.toString();
    if (GroovySupport.isClosure(v)) return GroovySupport.function(v);
    if (v.getClass().isArray()) {
      int n = Array.getLength(v);
      List<Object> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) out.add(toNnl(Array.get(v, i)));
      return out;
    }
    if (v instanceof Collection<?> c) {
      List<Object> out = new ArrayList<>(c.size());
      for (Object o : c) out.add(toNnl(o));
      return out;
    }
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) out.put(String.valueOf(e.getKey()), toNnl(e.getValue()));
      return out;
    }
    return v;
  }

  /** Whether {@code name} can name an NNL binding: an identifier that is not reserved. */
  public static boolean isBindableName(String name) {
    if (name == null || name.isEmpty() || !(Character.isLetter(name.charAt(0)) || name.charAt(0) == '_')) return false;
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '_') return false;
    }
    return true;
  }
}
