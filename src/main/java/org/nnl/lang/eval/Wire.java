package org.nnl.lang.eval;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nnl.core.Table;

/**
 * Plain values as they travel between machines (sweep cells on Spark executors and back): JDK
 * types only, so any serializer carries them and every double keeps its bits. Double, Long,
 * String and Boolean travel as they are; lists and records ({@code Map}) element by element; a
 * Java record of the core whose components are all plain (an Estimate, a GapEstimate) as
 * {@code Object[]{"record", class name, components...}}; a table of plain cells as
 * {@code Object[]{"table", columns, rows}}. Anything else (a network, a model) is not plain.
 */
public final class Wire {
  private static final String RECORD = "record";
  private static final String TABLE = "table";

  private Wire() {}

  /** Whether {@code v} can travel. */
  public static boolean plain(Object v) {
    if (v instanceof Double || v instanceof Long || v instanceof String || v instanceof Boolean) return true;
    if (v instanceof List<?> l) return l.stream().allMatch(Wire::plain);
    if (v instanceof Map<?, ?> m) return m.keySet().stream().allMatch(k -> k instanceof String)
        && m.values().stream().allMatch(Wire::plain);
    if (v instanceof Table t) return t.rows().stream().allMatch(Wire::plain);
    if (v instanceof Record r && r.getClass().getName().startsWith("org.nnl.")) {
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        Object x = component(r, c);
        if (!(c.getType().isPrimitive() || plain(x))) return false;
      }
      return true;
    }
    return false;
  }

  /** The travelling form of a plain value (see {@link #plain}). */
  public static Object encode(Object v) {
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      for (Object x : l) out.add(encode(x));
      return out;
    }
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put((String) k, encode(x)));
      return out;
    }
    if (v instanceof Table t) {
      List<Object> rows = new ArrayList<>();
      for (List<Object> row : t.rows()) rows.add(encode(row));
      return new Object[] {TABLE, new ArrayList<>(t.columns()), rows};
    }
    if (v instanceof Record r) {
      RecordComponent[] cs = r.getClass().getRecordComponents();
      Object[] out = new Object[cs.length + 2];
      out[0] = RECORD;
      out[1] = r.getClass().getName();
      for (int i = 0; i < cs.length; i++) out[i + 2] = encode(component(r, cs[i]));
      return out;
    }
    if (v instanceof Double || v instanceof Long || v instanceof String || v instanceof Boolean) return v;
    if (v instanceof Number n) return v; // boxed primitives of record components (int, float) travel as they are
    throw new IllegalArgumentException("not a plain value: " + v);
  }

  /** The value {@link #encode} was given. */
  public static Object decode(Object w) {
    if (w instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      for (Object x : l) out.add(decode(x));
      return out;
    }
    if (w instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put((String) k, decode(x)));
      return out;
    }
    if (w instanceof Object[] a && TABLE.equals(a[0])) {
      @SuppressWarnings("unchecked")
      Table t = new Table((List<String>) a[1]);
      for (Object row : (List<?>) a[2]) t.addRow((List<?>) decode(row));
      return t;
    }
    if (w instanceof Object[] a && RECORD.equals(a[0])) return record((String) a[1], a);
    return w;
  }

  private static Object record(String className, Object[] a) {
    if (!className.startsWith("org.nnl.")) throw new IllegalArgumentException("not an NNL record: " + className);
    try {
      Class<?> type = Class.forName(className);
      RecordComponent[] cs = type.getRecordComponents();
      Class<?>[] types = new Class<?>[cs.length];
      Object[] args = new Object[cs.length];
      for (int i = 0; i < cs.length; i++) {
        types[i] = cs[i].getType();
        args[i] = decode(a[i + 2]);
      }
      Constructor<?> c = type.getDeclaredConstructor(types);
      c.setAccessible(true);
      return c.newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot rebuild " + className, e);
    }
  }

  private static Object component(Record r, RecordComponent c) {
    try {
      var m = c.getAccessor();
      m.setAccessible(true);
      return m.invoke(r);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + c, e);
    }
  }
}
