package org.nnl.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The golden runner is exact: expectations are the whole output, line by line. */
class ScriptExpectationsTest {
  private static void check(List<String> expected, String... lines) {
    ScriptsTest.checkOutput(expected, List.of(lines), "");
  }

  @Test
  void theExpectationsAreTheWholeOutputInOrder() {
    check(List.of("a  1", "0.3333..."), "a  1", "0.333333");
    assertThrows(AssertionFailedError.class, () -> check(List.of("a  1"), "a  1", "a  1"), "a repeated line");
    assertThrows(AssertionFailedError.class, () -> check(List.of("a  1"), "table", "a  1"), "an extra line before");
    assertThrows(AssertionFailedError.class, () -> check(List.of("a  1", "b"), "a  1"), "a missing line");
    assertThrows(AssertionFailedError.class, () -> check(List.of("b", "a  1"), "a  1", "b"), "the order");
    assertThrows(AssertionFailedError.class, () -> check(List.of("a  1"), "a  10"), "no prefix without ...");
  }

  @Test
  void aTrailingEllipsisIsTheprefixOfANumber() {
    ScriptExpectations e = ScriptExpectations.parse("print 1 / 3  # expect: 0.33...\nprint 2  # expect: 2\n");
    assertEquals(List.of("0.33...", "2"), e.output());
    assertThrows(IllegalArgumentException.class, () -> ScriptExpectations.parse("print x  # expect: sgd  true...\n"));
    assertThrows(IllegalArgumentException.class, () -> ScriptExpectations.parse("print x  # expect: ...\n"));
  }
}
