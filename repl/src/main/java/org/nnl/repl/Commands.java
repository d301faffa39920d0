package org.nnl.repl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The REPL's colon commands: their names, one-line summaries and argument parsing. */
final class Commands {
  private static final Map<String, String> SUMMARIES = new LinkedHashMap<>();

  static {
    SUMMARIES.put(":help", "[topic]  this overview, or a built-in's formula and example");
    SUMMARIES.put(":load", "FILE  run a script into the session");
    SUMMARIES.put(":save", "FILE  write the successful entries as a script that replays them");
    SUMMARIES.put(":vars", "bound names with their kinds and one-line summaries");
    SUMMARIES.put(":reset", "forget every binding and entry; seed and digits back to defaults");
    SUMMARIES.put(":seed", "N  set the session seed");
    SUMMARIES.put(":time", "toggle timing of each entry");
    SUMMARIES.put(":spark", "MASTER | off  run sweeps' cells as Spark tasks (local[N], spark://host:port, ...), or here");
    SUMMARIES.put(":quit", "leave (also Ctrl-D)");
  }

  static final List<String> NAMES = List.copyOf(SUMMARIES.keySet());

  private Commands() {}

  /** Whether the entry is a REPL command such as {@code :help}. */
  static boolean isCommand(String line) {
    return line.stripLeading().startsWith(":");
  }

  static String summary(String name) {
    return SUMMARIES.getOrDefault(name, "");
  }

  /** A parsed command line: {@code :name argument}. */
  record Call(String name, String argument) {}

  /** Splits {@code :name rest}; a unique prefix names its command ({@code :q} is {@code :quit}). */
  static Call parse(String line) {
    String t = line.strip();
    int sp = t.indexOf(' ');
    String name = sp < 0 ? t : t.substring(0, sp);
    String arg = sp < 0 ? "" : t.substring(sp + 1).strip();
    List<String> matches = NAMES.stream().filter(n -> n.startsWith(name)).toList();
    if (NAMES.contains(name)) return new Call(name, arg);
    return new Call(matches.size() == 1 && name.length() > 1 ? matches.get(0) : name, arg);
  }
}
