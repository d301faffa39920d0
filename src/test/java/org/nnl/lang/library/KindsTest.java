package org.nnl.lang.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nnl.core.act.Activations;
import org.nnl.core.learn.PolyKernel;

/** The one describe(): how a runtime value is named in the checker's, interpreter's and built-ins' messages. */
class KindsTest {
  @Test
  void describeNamesNumbersAndStringsByValueAndOtherValuesByKind() {
    assertEquals("nothing", Kinds.describe(null));
    assertEquals("the number 3", Kinds.describe(3.0), "whole numbers as integers");
    assertEquals("the number -12", Kinds.describe(-12));
    assertEquals("the number 0.1", Kinds.describe(0.1), "others in full precision");
    assertEquals("the number 1.0E-6", Kinds.describe(1e-6));
    assertEquals("the string \"x\"", Kinds.describe("x"));
    assertEquals("a boolean", Kinds.describe(true));
    assertEquals("a list", Kinds.describe(List.of(1.0)));
    assertEquals("a record", Kinds.describe(Map.of("a", 1.0)));
    assertEquals("an activation", Kinds.describe(Activations.builtin("relu")));
  }

  @Test
  void aValueWithoutAKindNameIsWrittenAsItself() {
    PolyKernel k = new PolyKernel(3);
    assertEquals(Kind.ANY, Kinds.of(k));
    assertEquals(k.toString(), Kinds.describe(k));
  }
}
