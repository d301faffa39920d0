package org.nnl.lang.ast;

/** The prefix operators of NNL: {@code -e} on a number or an estimate, {@code not e} on a boolean. */
public enum UnaryOp {
  NEGATE("-"),
  NOT("not");

  private final String symbol;

  UnaryOp(String symbol) {
    this.symbol = symbol;
  }

  /** The operator as written in source; messages quote it. */
  public String symbol() {
    return symbol;
  }
}
