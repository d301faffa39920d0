package org.nnl.embed;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nnl.core.Table;
import org.nnl.lang.Session;

/**
 * A Groovy extension module (META-INF/groovy/org.codehaus.groovy.runtime.ExtensionModule) that
 * makes NNL values Groovy-friendly: a table iterates as rows that are maps column → cell
 * ({@code t.each { it.gap }}, {@code t.collect { it.n }}), {@code t['gap']} is a column,
 * {@code t[0]} a row, {@code t as List} the list of row maps; a session reads and binds names
 * with {@code s['x']} and {@code s['act'] = { x -> ... }} (a closure becomes an activation) and
 * runs code with {@code s.eval(code)}.
 */
public final class NnlGroovyMethods {
  private NnlGroovyMethods() {}

  /** Row {@code i} as a map column → cell, in column order. */
  public static Map<String, Object> getAt(Table self, int i) {
    Map<String, Object> row = new LinkedHashMap<>();
    List<Object> cells = self.row(i);
    for (int k = 0; k < cells.size(); k++) row.put(self.columns().get(k), cells.get(k));
    return row;
  }

  /** Column {@code name}, top to bottom. */
  public static List<Object> getAt(Table self, String name) {
    return self.column(name);
  }

  /** The rows as maps column → cell. */
  public static List<Map<String, Object>> toRows(Table self) {
    List<Map<String, Object>> out = new ArrayList<>(self.rowCount());
    for (int i = 0; i < self.rowCount(); i++) out.add(getAt(self, i));
    return out;
  }

  public static Iterator<Map<String, Object>> iterator(Table self) {
    return toRows(self).iterator();
  }

  public static int size(Table self) {
    return self.rowCount();
  }

  /** {@code t as List} gives the rows as maps; other types as Groovy would convert them. */
  @SuppressWarnings("unchecked")
  public static <T> T asType(Table self, Class<T> type) {
    if (type.isAssignableFrom(List.class)) return (T) toRows(self);
    return (T) org.codehaus.groovy.runtime.DefaultGroovyMethods.asType((Object) self, type);
  }

  /** The value bound to {@code name} (a core object), or null. */
  public static Object getAt(Session self, String name) {
    return self.get(name);
  }

  /** Binds {@code value} converted by {@link HostValues}: a closure becomes an activation. */
  public static void putAt(Session self, String name, Object value) {
    self.set(name, HostValues.toNnl(value));
  }

  /** Runs NNL code (source name {@code <groovy>}); returns a trailing expression's value or null. */
  public static Object eval(Session self, String code) {
    return self.eval(code, "<groovy>");
  }
}
