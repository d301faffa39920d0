package org.nnl.lang.syntax;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.nnl.lang.ast.BinaryOp;
import org.nnl.lang.ast.UnaryOp;

/**
 * Decides which newlines end statements. A newline is dropped (the statement continues) when it
 * is inside round or square brackets, or when the last token before it cannot end an expression
 * (a binary operator, a comma, an opening bracket, {@code =}, {@code :}, {@code ->}, {@code ..}).
 * Braces do not hide newlines: they delimit blocks whose statements end at newlines.
 * Hand-written because ANTLR grammars without actions cannot track bracket depth ({@link Brackets} does).
 */
final class Newlines {
  private Newlines() {}

  /** Every operator (binary and prefix), and the punctuation after which an expression must go on. */
  static final Set<String> CONTINUES = continues();

  private static Set<String> continues() {
    Set<String> s = new HashSet<>(List.of("->", "..", ",", "=", ":", "(", "[", "."));
    for (BinaryOp op : BinaryOp.values()) s.add(op.symbol());
    for (UnaryOp op : UnaryOp.values()) s.add(op.symbol());
    return Set.copyOf(s);
  }

  static List<Token> filter(List<? extends Token> tokens) {
    List<Token> out = new ArrayList<>(tokens.size());
    Brackets<Token> nesting = new Brackets<>();
    Token last = null;
    for (Token t : tokens) {
      if (t.getType() == NnlLexer.NL) {
        boolean continues = nesting.expressionDepth() > 0 || (last != null && CONTINUES.contains(last.getText()))
            || last == null || last.getType() == NnlLexer.NL;
        if (continues) continue;
      } else if (t.getType() != Token.EOF) {
        nesting.step(t.getText(), t);
      }
      out.add(t);
      last = t;
    }
    return out;
  }
}
