package org.nnl.repl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nnl.lang.syntax.Brackets;

/**
 * What the text left of the cursor asks to complete: its kind, the partial word, and for code
 * the enclosing call's function ({@code callee}) with the named arguments already given, or
 * the {@code owner} of a field access {@code owner.word}.
 */
record CompletionContext(Kind kind, String word, String callee, Set<String> namedGiven, int positionalGiven,
                         String owner) {

  /** The kinds of completion. */
  enum Kind { COMMAND, HELP_TOPIC, SCRIPT_FILE, ANY_FILE, FIELD, ACTIVATION, CODE, NONE }

  static CompletionContext of(String before) {
    String trimmed = before.stripLeading();
    if (trimmed.startsWith(":")) return command(trimmed);
    List<Lexeme> all = Lexemes.scan(before);
    if (all.isEmpty()) return simple(Kind.CODE, "");
    Lexeme last = all.get(all.size() - 1);
    if (last.type() == Lexeme.Type.COMMENT) return simple(Kind.NONE, "");
    if (last.type() == Lexeme.Type.STRING) {
      if (!last.unterminated()) return simple(Kind.NONE, "");
      return simple(fileKind(statement(all.subList(0, all.size() - 1))), last.text().substring(1));
    }
    String word = "";
    List<Lexeme> rest = all;
    if (last.type() == Lexeme.Type.NAME || last.type() == Lexeme.Type.KEYWORD) {
      word = last.text();
      rest = all.subList(0, all.size() - 1);
    }
    List<Lexeme> sig = significant(rest);
    int n = sig.size();
    if (n >= 2 && sig.get(n - 1).text().equals(".") && sig.get(n - 2).type() == Lexeme.Type.NAME) {
      return new CompletionContext(Kind.FIELD, word, null, Set.of(), 0, sig.get(n - 2).text());
    }
    List<Lexeme> stmt = significant(statement(rest));
    if (!stmt.isEmpty() && stmt.get(0).text().equals("activation") && stmt.get(stmt.size() - 1).text().equals("=")) {
      return simple(Kind.ACTIVATION, word);
    }
    return call(word, sig);
  }

  private static CompletionContext command(String trimmed) {
    int sp = trimmed.indexOf(' ');
    if (sp < 0) return simple(Kind.COMMAND, trimmed);
    String arg = trimmed.substring(sp + 1).stripLeading();
    return switch (trimmed.substring(0, sp)) {
      case ":load" -> simple(Kind.SCRIPT_FILE, arg);
      case ":save" -> simple(Kind.ANY_FILE, arg);
      case ":help" -> simple(Kind.HELP_TOPIC, arg);
      default -> simple(Kind.NONE, arg);
    };
  }

  /** File names after {@code import} (scripts), after {@code save}/{@code plot}/{@code csv(} (any file). */
  private static Kind fileKind(List<Lexeme> statement) {
    List<Lexeme> sig = significant(statement);
    if (sig.isEmpty()) return Kind.NONE;
    String first = sig.get(0).text();
    if (first.equals("import")) return Kind.SCRIPT_FILE;
    if (first.equals("save") || first.equals("plot")) return Kind.ANY_FILE;
    int n = sig.size();
    if (n >= 2 && sig.get(n - 1).text().equals("(") && sig.get(n - 2).text().equals("csv")) return Kind.ANY_FILE;
    return Kind.NONE;
  }

  /** The innermost unclosed {@code (} preceded by a name gives the callee; its named arguments so far. */
  private static CompletionContext call(String word, List<Lexeme> sig) {
    Brackets<Integer> nesting = new Brackets<>();
    for (int i = 0; i < sig.size(); i++) nesting.step(sig.get(i).text(), i);
    Integer i = nesting.innermost();
    if (i == null || !sig.get(i).text().equals("(") || i == 0 || sig.get(i - 1).type() != Lexeme.Type.NAME) {
      return simple(Kind.CODE, word);
    }
    return new CompletionContext(Kind.CODE, word, sig.get(i - 1).text(), namedAfter(sig, i + 1),
        positionalAfter(sig, i + 1), null);
  }

  private static Set<String> namedAfter(List<Lexeme> sig, int from) {
    Set<String> named = new HashSet<>();
    Brackets<Lexeme> nesting = new Brackets<>();
    for (int i = from; i < sig.size(); i++) {
      String t = sig.get(i).text();
      if (nesting.step(t, sig.get(i))) continue;
      if (nesting.depth() == 0 && t.equals(":") && i > from && sig.get(i - 1).type() != Lexeme.Type.SYMBOL) {
        named.add(sig.get(i - 1).text());
      }
    }
    return named;
  }

  /** The number of finished arguments (followed by a comma) without a {@code name:}. */
  private static int positionalAfter(List<Lexeme> sig, int from) {
    int count = 0;
    Brackets<Lexeme> nesting = new Brackets<>();
    boolean named = false;
    for (int i = from; i < sig.size(); i++) {
      String t = sig.get(i).text();
      if (nesting.step(t, sig.get(i)) || nesting.depth() > 0) continue;
      if (t.equals(":")) named = true;
      else if (t.equals(",")) {
        if (!named) count++;
        named = false;
      }
    }
    return count;
  }

  /** The tokens of the current statement: after the last {@code ;}, brace, or newline outside brackets. */
  private static List<Lexeme> statement(List<Lexeme> tokens) {
    int start = 0;
    Brackets<Lexeme> nesting = new Brackets<>();
    for (int i = 0; i < tokens.size(); i++) {
      Lexeme t = tokens.get(i);
      String s = t.text();
      boolean bracket = nesting.step(s, t);
      if (s.equals(";") || s.equals("{") || s.equals("}")
          || (!bracket && nesting.expressionDepth() == 0 && t.type() == Lexeme.Type.SPACE && s.contains("\n"))) {
        start = i + 1;
      }
    }
    return tokens.subList(start, tokens.size());
  }

  private static List<Lexeme> significant(List<Lexeme> tokens) {
    List<Lexeme> out = new ArrayList<>();
    for (Lexeme t : tokens) {
      if (t.type() != Lexeme.Type.SPACE && t.type() != Lexeme.Type.COMMENT) out.add(t);
    }
    return out;
  }

  private static CompletionContext simple(Kind kind, String word) {
    return new CompletionContext(kind, word, null, Set.of(), 0, null);
  }
}
