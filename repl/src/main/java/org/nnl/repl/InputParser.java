package org.nnl.repl;

import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.nnl.lang.Session;

/**
 * Decides when an entry is finished: on Enter, a buffer that the language's own parser calls
 * incomplete ({@link Session#isComplete}: an open bracket or brace, a trailing operator) raises
 * {@link EOFError}, which makes JLine insert a newline and show the secondary prompt. A
 * {@code :command} is always complete. Implements {@link Parser} directly rather than
 * extending JLine's DefaultParser, whose shell rules (quotes with {@code '}, backslash escapes)
 * would misread NNL comments such as {@code # it's}.
 */
final class InputParser implements Parser {
  private final Session session;

  InputParser(Session session) {
    this.session = session;
  }

  @Override
  public ParsedLine parse(String line, int cursor, ParseContext context) {
    if (context == ParseContext.ACCEPT_LINE && !Commands.isCommand(line) && !session.isComplete(line)) {
      throw new EOFError(-1, cursor, "The entry continues on the next line.", "more");
    }
    return InputLine.at(line, Math.min(cursor, line.length()));
  }

  @Override
  public boolean isEscapeChar(char ch) {
    return false;
  }
}
