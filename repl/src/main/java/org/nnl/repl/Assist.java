package org.nnl.repl;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jline.reader.Candidate;
import org.nnl.lang.Session;

/**
 * The REPL's help for other front ends (the Jupyter kernel): Tab completion as {@link NnlCompleter}
 * gives it, {@code :help} topics, and the colon commands run by the REPL's {@link Shell}. One
 * instance per session.
 */
public final class Assist {
  private final Session session;
  private final NnlCompleter completer;
  private final Help help;
  private final Shell shell;

  /** Completion and help over {@code session}; commands print to {@code out}, their errors to {@code err}. */
  public Assist(Session session, Path base, PrintStream out, PrintStream err) {
    this.session = session;
    this.completer = new NnlCompleter(session, session.builtins(), new FileCandidates(base));
    this.help = new Help(session.builtins());
    this.shell = new Shell(session, session.builtins(), out, new Messages(err, false),
        java.util.concurrent.Callable::call, "<cell>");
  }

  /**
   * What Tab completes for the text left of the cursor: the candidates that start with the word
   * being typed, in the REPL's order without repeats, and where that word starts in {@code before}
   * (the text from there to the cursor is replaced by the chosen candidate).
   */
  public record Completion(int start, List<String> matches) {}

  public Completion complete(String before) {
    String word = CompletionContext.of(before).word();
    List<Candidate> candidates = new ArrayList<>();
    completer.complete(before, candidates);
    Set<String> matches = new LinkedHashSet<>();
    for (Candidate c : candidates) {
      if (c.value().startsWith(word)) matches.add(c.value());
    }
    return new Completion(before.length() - word.length(), List.copyOf(matches));
  }

  /**
   * The {@code :help} topic at {@code cursor} in {@code code}: the name under or just before the
   * cursor, else the function whose call the cursor is in; null when there is none.
   */
  public String topicAt(String code, int cursor) {
    int at = Math.max(0, Math.min(cursor, code.length()));
    int start = at;
    int end = at;
    while (start > 0 && isNameChar(code.charAt(start - 1))) start--;
    while (end < code.length() && isNameChar(code.charAt(end))) end++;
    if (start < end) return code.substring(start, end);
    return CompletionContext.of(code.substring(0, at)).callee();
  }

  /** The text of {@code :help topic}, or null when NNL has no help for it. */
  public String help(String topic) {
    if (topic == null || topic.isBlank()) return null;
    String text = help.topic(topic);
    return text.startsWith("No help for ") ? null : text;
  }

  /** The text of {@code :help} without a topic. */
  public String overview() {
    return help.overview();
  }

  /** Whether {@code entry} is a colon command such as {@code :help gap}. */
  public static boolean isCommand(String entry) {
    return Commands.isCommand(entry);
  }

  /** The command an entry names ({@code :h gap} names {@code :help}), or null if it is code. */
  public static String commandName(String entry) {
    return Commands.isCommand(entry) ? Commands.parse(entry).name() : null;
  }

  /** Runs a colon command as the REPL does (its output to the out stream, a failure's message to the error stream). */
  public void command(String entry) {
    shell.enter(entry.strip());
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }
}
