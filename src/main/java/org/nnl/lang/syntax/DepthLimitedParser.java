package org.nnl.lang.syntax;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/**
 * The generated parser with a bound on nesting: every entry into {@code expr} (a bracket, a
 * prefix operator, the right side of {@code ^}, an argument, a field value) and into a
 * {@code block} is one level; more than {@link #MAX_DEPTH} levels stop the parse with
 * {@link TooDeep} at the token where the limit is hit. Left-associative chains
 * ({@code 1 + 1 + ... + 1}, {@code 20 -> 2 -> ... -> 2}) are loops in the generated parser and
 * add no level, so long flat input is not limited.
 */
final class DepthLimitedParser extends NnlParser {
  /**
   * Levels of nesting allowed: beyond what a person writes (Python's parser stops at 200 nested
   * brackets), and parse, check and run of that depth take about 250 KiB of stack, so a host's
   * thread with the JVM's default 1 MiB stack has a margin of four.
   */
  static final int MAX_DEPTH = 256;

  private int depth;

  DepthLimitedParser(TokenStream input) {
    super(input);
  }

  /** Thrown when the nesting limit is hit; carries the token where it happened. */
  static final class TooDeep extends RuntimeException {
    final transient Token at;

    TooDeep(Token at) {
      super("nesting deeper than " + MAX_DEPTH, null, false, false);
      this.at = at;
    }
  }

  @Override
  public void enterRule(ParserRuleContext localctx, int state, int ruleIndex) {
    super.enterRule(localctx, state, ruleIndex);
    if (ruleIndex == RULE_block) deeper();
  }

  @Override
  public void exitRule() {
    if (getContext() != null && getContext().getRuleIndex() == RULE_block) depth--;
    super.exitRule();
  }

  @Override
  public void enterRecursionRule(ParserRuleContext localctx, int state, int ruleIndex, int precedence) {
    super.enterRecursionRule(localctx, state, ruleIndex, precedence);
    deeper();
  }

  @Override
  public void unrollRecursionContexts(ParserRuleContext parentctx) {
    depth--;
    super.unrollRecursionContexts(parentctx);
  }

  private void deeper() {
    if (++depth > MAX_DEPTH) throw new TooDeep(getCurrentToken());
  }

  @Override
  public void reset() {
    super.reset();
    depth = 0;
  }
}
