package org.nnl.lang.syntax;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.nnl.lang.ast.Span;
import org.nnl.lang.ast.Program;
import org.nnl.lang.ast.SourceLines;
import org.nnl.lang.diag.Diagnostic;

/** Parses NNL text into a {@link Program}, collecting every syntax error as a diagnostic. */
public final class Syntax {
  private Syntax() {}

  /** The reserved words, read from the grammar's vocabulary: every literal token made of letters. */
  private static final Set<String> KEYWORDS = keywordsOfGrammar();

  private static Set<String> keywordsOfGrammar() {
    Set<String> out = new TreeSet<>();
    Vocabulary v = NnlLexer.VOCABULARY;
    for (int t = 0; t <= v.getMaxTokenType(); t++) {
      String lit = v.getLiteralName(t);
      if (lit != null && lit.matches("'[A-Za-z_]+'")) out.add(lit.substring(1, lit.length() - 1));
    }
    return Collections.unmodifiableSet(out);
  }

  /** The language's keywords (activation, let, for, true, and, ...), sorted. */
  public static Set<String> keywords() {
    return KEYWORDS;
  }

  /** Whether {@code name} can name a binding: an identifier as the lexer reads one (ASCII letters, digits, _), not a keyword. */
  public static boolean isName(String name) {
    return name != null && name.matches("[A-Za-z_][A-Za-z_0-9]*") && !KEYWORDS.contains(name);
  }

  /**
   * The result of parsing: the program (null when there are errors), the diagnostics, and
   * whether an error happened at the very end of the input (the input is then incomplete).
   */
  public record Result(Program program, List<Diagnostic> diagnostics, boolean incomplete) {
    public boolean ok() {
      return diagnostics.isEmpty();
    }
  }

  public static Result parse(String text, String sourceName) {
    return parse(text, sourceName, 1);
  }

  /** Parses {@code text} whose first line is line {@code firstLine} of a larger input (spans count from there). */
  public static Result parse(String text, String sourceName, int firstLine) {
    SyntaxErrors errors = new SyntaxErrors();
    NnlLexer lexer = new NnlLexer(CharStreams.fromString(text, sourceName));
    lexer.setLine(firstLine);
    lexer.removeErrorListeners();
    List<Token> tokens = Newlines.filter(lexer.getAllTokens());
    Token last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
    if (last == null || last.getType() != Token.EOF) {
      tokens = new ArrayList<>(tokens);
      tokens.add(lexer.getTokenFactory().create(Token.EOF, "<EOF>"));
    }
    // Position the EOF token at the end of the text (for "ends too early" diagnostics).
    List<Token> positioned = eofAtEnd(tokens, text);
    errors.unclosed = unclosed(tokens);
    for (Token t : tokens) if (t.getType() != Token.EOF && t.getType() != NnlLexer.NL) errors.last = t;
    NnlParser.ProgramContext tree;
    try {
      tree = twoStage(positioned, errors);
    } catch (DepthLimitedParser.TooDeep e) {
      Span at = AstBuilder.span(e.at);
      return new Result(null, List.of(new Diagnostic(sourceName, at.line(), at.col(), at.length(),
          Diagnostic.Severity.ERROR, "Nested too deeply: more than " + DepthLimitedParser.MAX_DEPTH
              + " levels of brackets, blocks or operators here; split the expression with let.",
          SourceLines.line(text, at.line() - firstLine + 1))), false);
    }
    List<Diagnostic> diags = new ArrayList<>();
    for (SyntaxErrors.Entry e : errors.errors) {
      diags.add(new Diagnostic(sourceName, e.span().line(), e.span().col(), e.span().length(),
          Diagnostic.Severity.ERROR, e.message(), SourceLines.line(text, e.span().line() - firstLine + 1)));
    }
    if (!diags.isEmpty()) return new Result(null, diags, errors.atEnd);
    Program program = new Program(sourceName, text, new AstBuilder().statements(tree.statement()), firstLine);
    return new Result(program, List.of(), false);
  }

  /**
   * Parses with SLL prediction first (linear for NNL's grammar) and only when that fails again
   * with full LL prediction, which then reports the errors. The first stage reports nothing.
   */
  private static NnlParser.ProgramContext twoStage(List<Token> tokens, SyntaxErrors errors) {
    DepthLimitedParser parser = new DepthLimitedParser(new CommonTokenStream(new ListTokenSource(tokens)));
    parser.removeErrorListeners();
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setErrorHandler(new BailErrorStrategy());
    try {
      return parser.program();
    } catch (ParseCancellationException e) {
      parser = new DepthLimitedParser(new CommonTokenStream(new ListTokenSource(tokens)));
      parser.removeErrorListeners();
      parser.addErrorListener(errors);
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      return parser.program();
    }
  }

  /** The innermost opening bracket or brace without its closing partner, or null. */
  private static Token unclosed(List<Token> tokens) {
    Brackets<Token> nesting = new Brackets<>();
    for (Token t : tokens) nesting.step(t.getText(), t);
    return nesting.innermost();
  }

  /** Places the EOF token just after the last real token, so "ends too early" points at the unfinished line. */
  private static List<Token> eofAtEnd(List<Token> tokens, String text) {
    int line = 1;
    int col = 0;
    for (Token t : tokens) {
      if (t.getType() != Token.EOF && t.getType() != NnlLexer.NL) {
        line = t.getLine();
        col = t.getCharPositionInLine() + t.getText().length();
      }
    }
    List<Token> out = new ArrayList<>(tokens);
    Token eof = out.remove(out.size() - 1);
    org.antlr.v4.runtime.CommonToken t = new org.antlr.v4.runtime.CommonToken(eof);
    t.setLine(line);
    t.setCharPositionInLine(col);
    out.add(t);
    return out;
  }
}
