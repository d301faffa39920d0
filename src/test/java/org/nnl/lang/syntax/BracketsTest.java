package org.nnl.lang.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one bracket-depth counter: ( and [ nest expressions, { and } blocks; stray closes are ignored. */
class BracketsTest {
  /** Steps through the one-character tokens of {@code text}, remembering each position. */
  private static Brackets<Integer> scan(String text) {
    Brackets<Integer> b = new Brackets<>();
    for (int i = 0; i < text.length(); i++) b.step(String.valueOf(text.charAt(i)), i);
    return b;
  }

  @Test
  void depthCountsEveryKindAndExpressionDepthOnlyRoundAndSquare() {
    Brackets<Integer> b = scan("f([{(");
    assertEquals(4, b.depth());
    assertEquals(3, b.expressionDepth());
    assertEquals(4, b.innermost(), "the last '(' at index 4");
    b.step(")", -1);
    assertEquals(3, b.depth());
    assertEquals(2, b.expressionDepth());
    assertEquals(3, b.innermost(), "the '{' at index 3");
    b.step("}", -1);
    assertEquals(2, b.expressionDepth(), "a brace closed: '(' and '[' still open");
    assertEquals(2, b.innermost());
  }

  @Test
  void balancedTextEndsAtDepthZeroAndStrayClosesAreIgnored() {
    Brackets<Integer> b = scan("sweep n in [1, 2] { f: g(n) }");
    assertEquals(0, b.depth());
    assertNull(b.innermost());
    b = scan(")]}(");
    assertEquals(1, b.depth(), "closes with nothing open do not go negative");
    assertEquals(3, b.innermost());
  }

  @Test
  void stepSaysWhetherATokenIsABracket() {
    Brackets<String> b = new Brackets<>();
    assertTrue(b.step("[", "a"));
    assertFalse(b.step("x", "b"));
    assertFalse(b.step("((", "c"), "only single-character tokens are brackets");
    assertTrue(b.step("]", "d"));
    assertTrue(Brackets.opens("{") && Brackets.closes("}") && !Brackets.opens(")"));
  }
}
