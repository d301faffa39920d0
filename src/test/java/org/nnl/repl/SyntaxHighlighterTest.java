package org.nnl.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;
import org.nnl.lang.diag.Diagnostic;

class SyntaxHighlighterTest {
  private static final String TEXT = "let x = 1e-6 + 2 # note\nprint \"gaps.csv\", 1..8";

  private static AttributedStyle at(AttributedString s, String text, String piece) {
    return s.styleAt(text.indexOf(piece));
  }

  @Test
  void coloursKeywordsNumbersStringsAndComments() {
    AttributedString s = new SyntaxHighlighter(b -> List.of()).highlight(TEXT);
    assertEquals(TEXT, s.toString());
    assertEquals(SyntaxHighlighter.KEYWORD, at(s, TEXT, "let"));
    assertEquals(SyntaxHighlighter.KEYWORD, at(s, TEXT, "print"));
    assertEquals(SyntaxHighlighter.NUMBER, at(s, TEXT, "1e-6"));
    assertEquals(SyntaxHighlighter.NUMBER, s.styleAt(TEXT.indexOf("1e-6") + 3), "the exponent belongs to the number");
    assertEquals(SyntaxHighlighter.NUMBER, at(s, TEXT, "8"));
    assertEquals(AttributedStyle.DEFAULT, s.styleAt(TEXT.indexOf("..")), "a range's dots are not a fraction");
    assertEquals(SyntaxHighlighter.STRING, at(s, TEXT, "gaps.csv"));
    assertEquals(SyntaxHighlighter.COMMENT, at(s, TEXT, "note"));
    assertEquals(AttributedStyle.DEFAULT, at(s, TEXT, "x"));
  }

  @Test
  void marksTheSpanOfEachDiagnostic() {
    String text = "let a = 1\nlet b = undefined_name + 1";
    Diagnostic d = new Diagnostic("<input>", 2, 9, "undefined_name".length(), Diagnostic.Severity.ERROR,
        "Unknown name 'undefined_name'.", "let b = undefined_name + 1");
    AttributedString s = new SyntaxHighlighter(b -> List.of(d)).highlight(text);
    int start = text.indexOf("undefined_name");
    assertEquals(SyntaxHighlighter.ERROR, s.styleAt(start));
    assertEquals(SyntaxHighlighter.ERROR, s.styleAt(start + 13));
    assertNotEquals(SyntaxHighlighter.ERROR, s.styleAt(start + 14));
    assertEquals(SyntaxHighlighter.KEYWORD, s.styleAt(text.indexOf("let b")), "the rest keeps its colours");
    AttributedString typing = new SyntaxHighlighter(b -> List.of(d)).highlight(text, start + 5);
    assertEquals(AttributedStyle.DEFAULT, typing.styleAt(start), "not while the cursor is in the span");
  }

  @Test
  void toleratesHalfTypedInputAndFailingCheckers() {
    String text = "save t to \"unfinished";
    AttributedString s = new SyntaxHighlighter(b -> {
      throw new IllegalStateException("checker failure");
    }).highlight(text);
    assertEquals(text, s.toString());
    assertEquals(SyntaxHighlighter.STRING, at(s, text, "unfinished"));
  }

  @Test
  void spansConvertLinesAndColumnsToOffsets() {
    assertEquals(0, Spans.offset("ab\ncd", 1, 1));
    assertEquals(4, Spans.offset("ab\ncd", 2, 2));
    assertEquals(-1, Spans.offset("ab\ncd", 3, 1));
    assertEquals(-1, Spans.offset("ab\ncd", 1, 5));
  }
}
