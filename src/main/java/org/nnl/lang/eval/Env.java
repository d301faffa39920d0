package org.nnl.lang.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * Variables: the session's globals at the root, one child per block, loop body or sweep row.
 * Beside each value a declaration bound, the {@link Origin} that can remake it elsewhere (for
 * sweep cells that run on other machines); an origin counts only while its value is still the
 * one bound (identity), so values set from Java or restored after Ctrl-C have none.
 */
final class Env {
  private final Env parent;
  private final Map<String, Object> vars;
  private final Map<String, Origin> origins;

  Env(Map<String, Object> globals) {
    this(globals, new HashMap<>());
  }

  Env(Map<String, Object> globals, Map<String, Origin> globalOrigins) {
    this.parent = null;
    this.vars = globals;
    this.origins = globalOrigins;
  }

  Env(Env parent) {
    this.parent = parent;
    this.vars = new HashMap<>();
    this.origins = new HashMap<>();
  }

  void define(String name, Object value) {
    vars.put(name, value);
    origins.remove(name);
  }

  /**
   * A binding statement ({@code let}, {@code activation}, ...): rebinds {@code name} where it is
   * already bound (this block or an enclosing one, up to the session), so that a {@code let} in a
   * loop body carries to the next iteration and past the loop; a name bound nowhere yet is bound
   * here (in a loop body: for the rest of that iteration only).
   */
  void bind(String name, Object value) {
    bind(name, value, null);
  }

  /** {@link #bind(String, Object)}, remembering how the value was made ({@code origin}; null: unknown). */
  void bind(String name, Object value, Origin origin) {
    Env at = this;
    for (Env e = this; e != null; e = e.parent) {
      if (e.vars.containsKey(name)) {
        at = e;
        break;
      }
    }
    at.vars.put(name, value);
    if (origin == null) at.origins.remove(name);
    else at.origins.put(name, origin);
  }

  boolean has(String name) {
    for (Env e = this; e != null; e = e.parent) if (e.vars.containsKey(name)) return true;
    return false;
  }

  Object get(String name) {
    for (Env e = this; e != null; e = e.parent) {
      if (e.vars.containsKey(name)) return e.vars.get(name);
    }
    return null;
  }

  /** How the value bound to {@code name} was made; null if not by a declaration (or unbound). */
  Origin origin(String name) {
    for (Env e = this; e != null; e = e.parent) {
      if (e.vars.containsKey(name)) {
        Origin o = e.origins.get(name);
        return o != null && o.value() == e.vars.get(name) ? o : null;
      }
    }
    return null;
  }
}
