package org.nnl.lang.library;

import java.util.List;
import java.util.Set;

/** What the checker and the interpreter know of the built-ins: functions by name and activation names. */
public interface Library {
  /** The overloads of built-in function {@code name}; empty when there is none. */
  List<Builtin> lookup(String name);

  /** Every built-in function name. */
  Set<String> functionNames();

  /** The built-in activation names (relu, erf, ...), predefined as values. */
  Set<String> activationNames();
}
