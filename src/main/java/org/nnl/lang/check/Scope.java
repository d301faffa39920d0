package org.nnl.lang.check;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.nnl.lang.library.Kind;

/** Names visible at one point of a program and their kinds; blocks open child scopes. */
final class Scope {
  private final Scope parent;
  private final Map<String, Kind> names = new LinkedHashMap<>();
  /** Names seen through, not copied (the session's bindings); those defined here take precedence. */
  private final Map<String, Kind> base;

  Scope(Scope parent) {
    this(parent, Map.of());
  }

  Scope(Scope parent, Map<String, Kind> base) {
    this.parent = parent;
    this.base = base;
  }

  void define(String name, Kind kind) {
    names.put(name, kind);
  }

  /**
   * A binding statement, as the interpreter runs it: rebinds {@code name} in the scope that
   * already holds it, else defines it here. From an inner scope (a loop body, which may run any
   * number of times) the outer name keeps its kind only if the new one is the same, else ANY.
   */
  void bind(String name, Kind kind) {
    for (Scope s = this; s != null; s = s.parent) {
      Kind old = s.names.get(name);
      if (old != null) {
        s.names.put(name, s == this || old == kind ? kind : Kind.ANY);
        return;
      }
    }
    names.put(name, kind);
  }

  /** The kind of {@code name}, or null when it is not defined here or in an enclosing scope. */
  Kind lookup(String name) {
    for (Scope s = this; s != null; s = s.parent) {
      Kind k = s.names.get(name);
      if (k == null) k = s.base.get(name);
      if (k != null) return k;
    }
    return null;
  }

  /** Every visible name (innermost last). */
  Set<String> all() {
    Set<String> out = parent == null ? new LinkedHashSet<>() : parent.all();
    out.addAll(base.keySet());
    out.addAll(names.keySet());
    return out;
  }

  /** The visible names of kind {@code kind}. */
  Set<String> ofKind(Kind kind) {
    Set<String> out = new LinkedHashSet<>();
    for (String n : all()) if (lookup(n) == kind) out.add(n);
    return out;
  }
}
