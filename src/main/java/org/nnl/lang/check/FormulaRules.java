package org.nnl.lang.check;

import java.util.Map;

/**
 * The functions allowed in the formula of a user activation {@code activation f(x) = ...}, with
 * their arities. Activations in scope may be applied too ({@code relu(x - 1)}).
 */
public final class FormulaRules {
  private FormulaRules() {}

  /** Name to number of arguments. */
  public static final Map<String, Integer> FUNCTIONS = Map.ofEntries(
      Map.entry("max", 2), Map.entry("min", 2), Map.entry("abs", 1), Map.entry("clip", 3),
      Map.entry("exp", 1), Map.entry("log", 1), Map.entry("sqrt", 1), Map.entry("sin", 1),
      Map.entry("cos", 1), Map.entry("tanh", 1));

  /** The list for messages. */
  public static final String KNOWN = "max, min, abs, clip, exp, log, sqrt, sin, cos, tanh";
}
