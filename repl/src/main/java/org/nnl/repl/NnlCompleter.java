package org.nnl.repl;

import java.util.List;
import java.util.Map;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.nnl.core.Estimate;
import org.nnl.core.Table;
import org.nnl.core.act.Activations;
import org.nnl.lang.Session;
import org.nnl.lang.library.Builtin;
import org.nnl.lang.library.Param;

/**
 * Tab completion from the text left of the cursor ({@link CompletionContext}): REPL commands
 * and their file or topic arguments; file names inside a string after {@code import},
 * {@code save}, {@code plot} or {@code csv(}; a table's columns or a record's fields after
 * {@code name.}; activation names after {@code activation}; otherwise keywords, built-ins,
 * built-in activations, bound names and — inside a call — the named arguments of the function
 * being called that are not given yet (only those while nothing is typed, so that Tab after
 * {@code draw(A, } lists {@code seed:}). JLine filters the candidates by the word typed so far.
 */
final class NnlCompleter implements Completer {
  private final Session session;
  private final Map<String, List<Builtin>> builtins;
  private final FileCandidates files;

  NnlCompleter(Session session, Map<String, List<Builtin>> builtins, FileCandidates files) {
    this.session = session;
    this.builtins = builtins;
    this.files = files;
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> out) {
    complete(line.line().substring(0, line.cursor()), out);
  }

  void complete(String before, List<Candidate> out) {
    CompletionContext c = CompletionContext.of(before);
    switch (c.kind()) {
      case COMMAND -> Commands.NAMES.forEach(n -> out.add(plain(n, "commands", Commands.summary(n), true)));
      case HELP_TOPIC -> {
        builtins.keySet().forEach(n -> out.add(plain(n, "built-ins", null, true)));
        Help.STATEMENTS.keySet().forEach(n -> out.add(plain(n, "statements", null, true)));
      }
      case SCRIPT_FILE -> files.complete(c.word(), true, out);
      case ANY_FILE -> files.complete(c.word(), false, out);
      case FIELD -> fields(c.owner(), out);
      case ACTIVATION -> {
        Activations.names().forEach(n -> out.add(plain(n, "activations", "built-in activation", false)));
        out.add(plain("leaky", "activations", "leaky(alpha): max(alpha·x, x)", false));
      }
      case CODE -> code(c, out);
      case NONE -> { }
    }
  }

  private void code(CompletionContext c, List<Candidate> out) {
    java.util.Set<String> offered = new java.util.HashSet<>();
    for (Builtin overload : c.callee() == null ? List.<Builtin>of() : builtins.getOrDefault(c.callee(), List.of())) {
      List<Param> params = overload.params();
      for (Param p : params.subList(Math.min(c.positionalGiven(), params.size()), params.size())) {
        if (!c.namedGiven().contains(p.name()) && offered.add(p.name())) {
          out.add(plain(p.name() + ":", "arguments of " + c.callee(), p.kind().name().toLowerCase(), true));
        }
      }
    }
    if (!offered.isEmpty() && c.word().isEmpty()) return;
    for (String k : org.nnl.lang.syntax.Syntax.keywords()) out.add(plain(k, "keywords", null, true));
    for (List<Builtin> overloads : builtins.values()) {
      Builtin b = overloads.get(0);
      out.add(plain(b.name(), "built-ins", firstSentence(b.doc()), false));
    }
    for (String a : Activations.names()) out.add(plain(a, "activations", "built-in activation", false));
    for (Map.Entry<String, Object> e : session.bindings().entrySet()) {
      out.add(plain(e.getKey(), "names", Summaries.kindOf(e.getValue()), false));
    }
  }

  private void fields(String owner, List<Candidate> out) {
    Object v = session.names().contains(owner) ? session.get(owner) : null;
    if (v instanceof Table t) t.columns().forEach(col -> out.add(plain(col, "columns", null, false)));
    else if (v instanceof Estimate) List.of("mean", "stderr").forEach(f -> out.add(plain(f, "fields", null, false)));
    else if (v instanceof Map<?, ?> m) m.keySet().forEach(k -> out.add(plain(String.valueOf(k), "fields", null, false)));
  }

  static Candidate plain(String value, String group, String descr, boolean complete) {
    return new Candidate(value, value, group, descr, null, null, complete);
  }

  static String firstSentence(String doc) {
    if (doc == null) return null;
    int dash = doc.indexOf(" — ");
    String s = dash > 0 ? doc.substring(dash + 3) : doc;
    int cut = s.indexOf(". ");
    s = cut > 0 ? s.substring(0, cut + 1) : s;
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }
}
