package org.nnl.lang.eval;

import org.nnl.core.text.Messages;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nnl.core.Estimate;
import org.nnl.core.SeedStream;
import org.nnl.core.Table;
import org.nnl.core.act.Activation;
import org.nnl.core.dist.Distribution;
import org.nnl.core.learn.Model;
import org.nnl.lang.ast.Span;
import org.nnl.lang.library.Kinds;

/** Conversions and field access on runtime values (Double, String, Boolean, List, Map, core objects). */
final class Values {
  private Values() {}

  /** Numbers are Doubles in NNL: other Number types coming from the core are converted. */
  static Object normalize(Object v) {
    if (v instanceof Number n && !(v instanceof Double)) return n.doubleValue();
    return v;
  }

  static double number(Object v, Span span, String what) {
    if (v instanceof Number n) return n.doubleValue();
    throw new EvalError(span, what + " needs a number, not " + Kinds.describe(v) + ".");
  }

  static boolean bool(Object v, Span span, String what) {
    if (v instanceof Boolean b) return b;
    throw new EvalError(span, what + " needs a boolean, not " + Kinds.describe(v) + ".");
  }

  /** A whole number (a width, a degree, a range end); refused otherwise. */
  static long whole(Object v, Span span, String what) {
    double d = number(v, span, what);
    if (d != Math.rint(d)) throw new EvalError(span, what + " needs a whole number, not " + d + ".");
    if (Math.abs(d) > SeedStream.MAX_SEED) {
      throw new EvalError(span, what + " needs a whole number of size at most " + SeedStream.MAX_SEED + " (2^53 − 1), not " + d + ".");
    }
    return (long) d;
  }

  /** A table row as a record: column name to cell. */
  static Map<String, Object> row(Table t, int i) {
    Map<String, Object> r = new LinkedHashMap<>();
    for (int k = 0; k < t.columns().size(); k++) r.put(t.columns().get(k), normalize(t.row(i).get(k)));
    return r;
  }

  /** {@code target.name}: a record field, a table column, or a component of a core record (Estimate.mean). */
  static Object field(Object target, String name, Span span) {
    if (target instanceof Map<?, ?> m) {
      if (m.containsKey(name)) return m.get(name);
      throw new EvalError(span, "The record has no field '" + name + "'. Fields: " + keys(m) + ".");
    }
    if (target instanceof Table t) {
      if (!t.columns().contains(name)) {
        throw new EvalError(span, "The table has no column '" + name + "'. Columns: " + String.join(", ", t.columns()) + ".");
      }
      List<Object> out = new ArrayList<>();
      for (Object c : t.column(name)) out.add(normalize(c));
      return out;
    }
    // A result record (Estimate, GapEstimate, ...) shows its components. Activations, distributions and
    // models are read through their interface alone, whether or not a Java record implements them.
    boolean viaInterface = target instanceof Activation || target instanceof Distribution || target instanceof Model;
    if (target != null && target.getClass().isRecord() && !viaInterface) {
      List<String> names = new ArrayList<>();
      for (RecordComponent rc : target.getClass().getRecordComponents()) {
        names.add(rc.getName());
        if (rc.getName().equals(name)) {
          try {
            return normalize(rc.getAccessor().invoke(target));
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
          }
        }
      }
      Object property = property(target, name);
      if (property != null) return property;
      String what = target instanceof Estimate ? "An estimate" : Messages.capitalized(Kinds.describe(target));
      throw new EvalError(span, what + " has no field '" + name + "'. Fields: " + String.join(", ", names) + ".");
    }
    Object property = property(target, name);
    if (property != null) return property;
    throw new EvalError(span, Messages.capitalized(Kinds.describe(target)) + " has no field '" + name + "'.");
  }

  /**
   * A public no-argument method of a core object's public interface read as a field
   * ({@code A.depth}, {@code D.dim}, {@code data.size}, {@code model.summary}); null when there is none.
   * Only core types are read this way, and only values NNL can hold come back.
   */
  private static Object property(Object target, String name) {
    if (target == null || !target.getClass().getName().startsWith("org.nnl.core.")) return null;
    for (Class<?> type : publicTypes(target.getClass())) {
      try {
        java.lang.reflect.Method m = type.getMethod(name);
        if (java.lang.reflect.Modifier.isStatic(m.getModifiers())) continue;
        Class<?> r = m.getReturnType();
        if (r == void.class || r.isArray()) return null;
        Object v = normalize(m.invoke(target));
        if (v instanceof Double || v instanceof String || v instanceof Boolean
            || Kinds.of(v) != org.nnl.lang.library.Kind.ANY) return v;
        return null;
      } catch (NoSuchMethodException e) {
        // not on this type; try the next
      } catch (ReflectiveOperationException e) {
        return null;
      }
    }
    return null;
  }

  private static List<Class<?>> publicTypes(Class<?> c) {
    List<Class<?>> out = new ArrayList<>();
    for (Class<?> k = c; k != null; k = k.getSuperclass()) {
      if (java.lang.reflect.Modifier.isPublic(k.getModifiers())) out.add(k);
      for (Class<?> i : k.getInterfaces()) if (java.lang.reflect.Modifier.isPublic(i.getModifiers())) out.add(i);
    }
    return out;
  }

  private static String keys(Map<?, ?> m) {
    List<String> ks = new ArrayList<>();
    for (Object k : m.keySet()) ks.add(String.valueOf(k));
    return String.join(", ", ks);
  }
}
