package org.nnl.lang.eval.builtin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nnl.core.InvalidRequestException;
import org.nnl.lang.library.Args;
import org.nnl.lang.library.CallContext;

class ArgsTest {
  static final CallContext CTX = new CallContext() {
    public long nextSeed() {
      return 42;
    }

    public int digits() {
      return 6;
    }

    public PrintStream out() {
      return System.out;
    }

    public Path resolve(String file) {
      return Path.of(file);
    }

    public void warn(String message) {}
  };

  private static Args args(Object... kv) {
    Map<String, Object> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
    return new Args(m);
  }

  private static String refusal(Runnable r) {
    return assertThrows(InvalidRequestException.class, r::run).getMessage();
  }

  @Test
  void wholeNumbersAreCheckedAndNamed() {
    assertEquals(3, args("n", 3.0).natural("n"));
    assertEquals("Argument 'n' must be a whole number, not 2.5.", refusal(() -> args("n", 2.5).natural("n")));
    assertEquals("Argument 'n' must be at least 0, not -1.", refusal(() -> args("n", -1.0).natural("n")));
    assertEquals("Argument 'd' must be at least 1, not 0.", refusal(() -> args("d", 0.0).positive("d")));
    assertEquals("Argument 'n' must be a number, not the string \"x\".", refusal(() -> args("n", "x").number("n")));
  }

  @Test
  void seedDefaultsToTheSessionSeed() {
    assertEquals(42, args().seed(CTX));
    assertEquals(7, args("seed", 7.0).seed(CTX));
    assertEquals("Argument 'seed' must be a whole number, not 0.5.", refusal(() -> args("seed", 0.5).seed(CTX)));
  }

  @Test
  void widthListsHoldPositiveWholeNumbers() {
    assertArrayEquals(new int[] {32, 512, 1}, args("w", List.of(32.0, 512.0, 1.0)).positives("w"));
    assertEquals("Argument 'w' must hold whole numbers ≥ 1; item 2 is 0.", refusal(() -> args("w", List.of(3.0, 0.0)).positives("w")));
    assertEquals("Argument 'w' must hold whole numbers ≥ 1; item 1 is the string \"a\".",
        refusal(() -> args("w", List.of("a")).positives("w")));
  }
}
