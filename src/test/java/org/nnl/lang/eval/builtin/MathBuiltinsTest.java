package org.nnl.lang.eval.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nnl.core.InvalidRequestException;
import org.nnl.lang.library.Args;
import org.nnl.lang.library.Builtin;
import org.nnl.lang.library.Kind;
import org.nnl.lang.library.Param;

class MathBuiltinsTest {
  static Object call(String name, Object... positional) {
    for (Builtin b : Catalog.standard().lookup(name)) {
      if (positional.length > b.params().size()) continue;
      Map<String, Object> m = new LinkedHashMap<>();
      boolean fits = true;
      for (int i = 0; i < b.params().size(); i++) {
        Param p = b.params().get(i);
        if (i < positional.length) m.put(p.name(), positional[i]);
        else if (p.required()) fits = false;
        else m.put(p.name(), p.defaultValue());
      }
      if (fits && (positional.length == 0 || b.params().get(0).kind() != Kind.ACTIVATION)) {
        return b.call(ArgsTest.CTX, new Args(m));
      }
    }
    throw new AssertionError("no overload of " + name);
  }

  @Test
  void valuesAgreeWithClosedForms() {
    assertEquals(Math.sqrt(2), (double) call("sqrt", 2.0), 0);
    assertEquals(1771.0, call("choose", 23.0, 3.0));
    assertEquals(2.0 / 3 * 3, (double) call("mean", List.of(1.0, 2.0, 3.0)), 0);
    assertEquals(1.0, call("sum", List.of(1e16, 1.0, -1e16)));
    assertEquals(7.0, call("max", List.of(3.0, 7.0, 1.0)));
    assertEquals(-2.0, call("min", 0.0, -2.0));
    assertEquals(1.0, call("clip", 1.7, 0.0, 1.0));
    assertEquals(3.0, call("round", 2.5));
    assertEquals(-3.0, call("round", -2.5));
    assertEquals(8.0, call("len", List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0)));
  }

  @Test
  void outsideTheDomainIsRefused() {
    assertEquals("sqrt(x) needs x at least 0; got -1.",
        assertThrows(InvalidRequestException.class, () -> call("sqrt", -1.0)).getMessage());
    assertEquals("log(x) needs x positive; got 0.",
        assertThrows(InvalidRequestException.class, () -> call("log", 0.0)).getMessage());
    assertEquals("max needs two numbers or one list; got one number.",
        assertThrows(InvalidRequestException.class, () -> call("max", 1.0)).getMessage());
  }
}
