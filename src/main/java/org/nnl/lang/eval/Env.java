package org.nnl.lang.eval;

import java.util.HashMap;
import java.util.Map;

/** Variables: the session's globals at the root, one child per block, loop body or sweep row. */
final class Env {
  private final Env parent;
  private final Map<String, Object> vars;

  Env(Map<String, Object> globals) {
    this.parent = null;
    this.vars = globals;
  }

  Env(Env parent) {
    this.parent = parent;
    this.vars = new HashMap<>();
  }

  void define(String name, Object value) {
    vars.put(name, value);
  }

  /**
   * A binding statement ({@code let}, {@code activation}, ...): rebinds {@code name} where it is
   * already bound (this block or an enclosing one, up to the session), so that a {@code let} in a
   * loop body carries to the next iteration and past the loop; a name bound nowhere yet is bound
   * here (in a loop body: for the rest of that iteration only).
   */
  void bind(String name, Object value) {
    for (Env e = this; e != null; e = e.parent) {
      if (e.vars.containsKey(name)) {
        e.vars.put(name, value);
        return;
      }
    }
    vars.put(name, value);
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
}
