package org.nnl.repl;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nnl.core.io.AtomicFile;
import org.nnl.lang.syntax.Brackets;

/**
 * The successful entries of a REPL session, as a script that replays it: a bare expression
 * that the REPL echoed becomes {@code print EXPR} so that the script prints the same values;
 * {@code :seed N} becomes {@code seed N}; {@code :load F} becomes {@code import "F"} (absolute);
 * {@code :reset} starts over. Failed entries are not kept.
 */
final class Transcript {
  private final List<String> entries = new ArrayList<>();

  /** Records a successful code entry; {@code echoed} tells whether the REPL printed its value. */
  void code(String entry, boolean echoed) {
    String text = entry.strip();
    entries.add(echoed && isSingleStatement(text) ? "print " + text : text);
  }

  void seed(long seed) {
    entries.add("seed " + seed);
  }

  void load(Path file) {
    entries.add("import \"" + file.toAbsolutePath().normalize().toString().replace("\\", "/") + "\"");
  }

  void clear() {
    entries.clear();
  }

  List<String> entries() {
    return List.copyOf(entries);
  }

  String script() {
    StringBuilder sb = new StringBuilder("# Saved from the NNL REPL: the successful entries, in order.\n");
    for (String e : entries) sb.append(e).append('\n');
    return sb.toString();
  }

  /** Writes the script whole or not at all ({@link AtomicFile}); refusals are InvalidRequestException. */
  void save(Path file) {
    byte[] bytes = script().getBytes(StandardCharsets.UTF_8);
    AtomicFile.write(file, out -> out.write(bytes));
  }

  /** No {@code ;} and no line break outside brackets and braces, comments aside. */
  static boolean isSingleStatement(String text) {
    Brackets<Lexeme> nesting = new Brackets<>();
    for (Lexeme t : Lexemes.scan(text)) {
      String s = t.text();
      if (t.type() == Lexeme.Type.COMMENT || t.type() == Lexeme.Type.STRING || nesting.step(s, t)) continue;
      if (nesting.depth() == 0 && (s.equals(";") || (t.type() == Lexeme.Type.SPACE && s.contains("\n")))) return false;
    }
    return true;
  }
}
