package org.nnl.lang.ast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The left spine of a binary expression. {@code a + b + c + d} is the left-nested
 * {@code ((a + b) + c) + d}: as deep as it is long. Walkers that must handle a sum of 100000
 * terms take the spine with a loop and fold over it, so their stack depth stays the nesting depth
 * of brackets (bounded by the parser), not the length of the chain.
 */
public final class Spine {
  private Spine() {}

  /**
   * The binary nodes from the innermost (whose {@code left()} is not a binary node) to {@code top},
   * in evaluation order: fold {@code v = innermost.left(); for (b : spine) v = b.op(v, b.right())}.
   */
  public static List<Expr.Binary> of(Expr.Binary top) {
    List<Expr.Binary> out = new ArrayList<>();
    Expr e = top;
    while (e instanceof Expr.Binary b) {
      out.add(b);
      e = b.left();
    }
    Collections.reverse(out);
    return out;
  }
}
