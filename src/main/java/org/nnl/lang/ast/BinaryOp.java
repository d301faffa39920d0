package org.nnl.lang.ast;

import java.util.HashMap;
import java.util.Map;

/** The binary operators of NNL, each with its source symbol and its family. */
public enum BinaryOp {
  ADD("+", Family.ARITHMETIC),
  SUBTRACT("-", Family.ARITHMETIC),
  MULTIPLY("*", Family.ARITHMETIC),
  DIVIDE("/", Family.ARITHMETIC),
  POWER("^", Family.ARITHMETIC),
  EQUAL("==", Family.EQUALITY),
  NOT_EQUAL("!=", Family.EQUALITY),
  LESS("<", Family.ORDER),
  LESS_EQUAL("<=", Family.ORDER),
  GREATER(">", Family.ORDER),
  GREATER_EQUAL(">=", Family.ORDER),
  AND("and", Family.LOGICAL),
  OR("or", Family.LOGICAL);

  /**
   * What an operator does: ARITHMETIC {@code + - * / ^} on numbers (and {@code +} on strings),
   * EQUALITY {@code == !=} on any two values, ORDER {@code < <= > >=} on numbers or strings,
   * LOGICAL {@code and or} on booleans (the right operand runs only when the left does not decide).
   */
  public enum Family { ARITHMETIC, EQUALITY, ORDER, LOGICAL }

  private static final Map<String, BinaryOp> BY_SYMBOL = new HashMap<>();

  static {
    for (BinaryOp op : values()) BY_SYMBOL.put(op.symbol, op);
  }

  private final String symbol;
  private final Family family;

  BinaryOp(String symbol, Family family) {
    this.symbol = symbol;
    this.family = family;
  }

  /** The operator as written in source, e.g. {@code +} or {@code and}; messages quote it. */
  public String symbol() {
    return symbol;
  }

  public Family family() {
    return family;
  }

  /** The operator written {@code symbol}; the parser's tokens are the only source of symbols. */
  public static BinaryOp of(String symbol) {
    BinaryOp op = BY_SYMBOL.get(symbol);
    if (op == null) throw new IllegalArgumentException("not a binary operator: " + symbol);
    return op;
  }
}
