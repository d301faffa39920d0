package org.nnl.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The REPL reads its input with the language's lexer: the same tokens as the parser, covering the buffer. */
class LexemesTest {
  private static String kinds(String s) {
    List<Lexeme> all = Lexemes.scan(s);
    assertEquals(s, all.stream().map(Lexeme::text).collect(Collectors.joining()), "the lexemes cover the input");
    return all.stream().filter(l -> l.type() != Lexeme.Type.SPACE).map(l -> l.type() + ":" + l.text())
        .collect(Collectors.joining(" "));
  }

  @Test
  void theGrammarsTokens() {
    assertEquals("KEYWORD:let NAME:x SYMBOL:= NUMBER:.5 SYMBOL:+ NUMBER:1e-3 COMMENT:# c", kinds("let x = .5 + 1e-3  # c"));
    assertEquals("KEYWORD:print STRING:\"a\\\"b\"", kinds("print \"a\\\"b\""));
    assertEquals("NUMBER:1 SYMBOL:.. NUMBER:3 SYMBOL:-> NAME:f_2", kinds("1..3 -> f_2"));
    assertEquals("SYMBOL:é NAME:x", kinds("éx"), "names are ASCII, as in the grammar");
    assertEquals("STRING:\"😀\" SYMBOL:( STRING:\"open", kinds("\"😀\" (\"open"), "code points beyond the BMP");
    assertEquals(true, Lexemes.scan("\"open").get(0).unterminated());
  }
}
