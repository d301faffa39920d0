package org.nnl.lang.diag;

/**
 * One diagnostic: where (source name, 1-based line and column, length of the offending text),
 * how bad, and what. {@link #render} gives {@code file:line:col: error: Message.} followed by the
 * source line and a caret under the offending span.
 */
public record Diagnostic(String source, int line, int col, int length, Severity severity, String message,
                         String sourceLine) {

  public enum Severity { ERROR, WARNING, NOTE }

  /** {@code file:line:col: error: Message.} then the source line and carets. */
  public String render() {
    StringBuilder sb = new StringBuilder();
    sb.append(source).append(':').append(line).append(':').append(col).append(": ")
        .append(severity.name().toLowerCase()).append(": ").append(message);
    if (sourceLine != null && !sourceLine.isEmpty()) {
      sb.append('\n').append(sourceLine).append('\n');
      for (int i = 1; i < col && i <= sourceLine.length(); i++) {
        sb.append(sourceLine.charAt(i - 1) == '\t' ? '\t' : ' ');
      }
      sb.append("^".repeat(Math.max(1, length)));
    }
    return sb.toString();
  }
}
