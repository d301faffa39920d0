package org.nnl.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The expectations written in a golden script's comments:
 * {@code # expect: TEXT} (the next output line; a trailing {@code ...} after a digit makes it a
 * number's prefix),
 * {@code # expect error: L:C Message} (a compile diagnostic, exit 65),
 * {@code # expect runtime error: L:C Message} (a runtime diagnostic, exit 70),
 * {@code # nontest} (a long demonstration, not run as a test).
 */
record ScriptExpectations(List<String> output, List<String> compileErrors, String runtimeError, boolean nontest) {
  private static final Pattern EXPECT = Pattern.compile("#\\s*expect:\\s?(.*)$");
  private static final Pattern ERROR = Pattern.compile("#\\s*expect error:\\s*(\\d+:\\d+ .*)$");
  private static final Pattern RUNTIME = Pattern.compile("#\\s*expect runtime error:\\s*(\\d+:\\d+ .*)$");

  static ScriptExpectations parse(String text) {
    List<String> output = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    String runtime = null;
    boolean nontest = false;
    int number = 0;
    for (String line : text.split("\r?\n", -1)) {
      number++;
      Matcher m;
      if (line.matches("\\s*#\\s*nontest\\b.*")) nontest = true;
      if ((m = ERROR.matcher(line)).find()) errors.add(m.group(1).strip());
      else if ((m = RUNTIME.matcher(line)).find()) runtime = m.group(1).strip();
      else if ((m = EXPECT.matcher(line)).find()) output.add(numericPrefix(m.group(1).stripTrailing(), number));
    }
    return new ScriptExpectations(output, errors, runtime, nontest);
  }

  int exitCode() {
    if (!compileErrors.isEmpty()) return 65;
    return runtimeError != null ? 70 : 0;
  }

  /** An expectation; one ending in "..." must end in a digit before it (a number's prefix), so that it still says something. */
  static String numericPrefix(String expected, int line) {
    if (expected.endsWith("...")) {
      String prefix = expected.substring(0, expected.length() - 3);
      if (prefix.isEmpty() || !Character.isDigit(prefix.charAt(prefix.length() - 1))) {
        throw new IllegalArgumentException("line " + line + ": a trailing '...' marks the prefix of a number, so it must follow a digit: '"
            + expected + "'");
      }
    }
    return expected;
  }

  /** Whether an output line satisfies an expectation (exact, or a prefix when it ends with "..."). */
  static boolean matches(String expected, String actual) {
    if (expected.endsWith("...")) return actual.startsWith(expected.substring(0, expected.length() - 3));
    return actual.equals(expected);
  }

  /** Diagnostics of stderr as "L:C Message" (dropping the file name, source lines and carets). */
  static List<String> diagnostics(String stderr) {
    List<String> out = new ArrayList<>();
    Pattern p = Pattern.compile("^.*?:(\\d+):(\\d+): error: (.*)$");
    for (String line : stderr.split("\r?\n")) {
      Matcher m = p.matcher(line);
      if (m.find()) out.add(m.group(1) + ":" + m.group(2) + " " + m.group(3));
    }
    return out;
  }
}
