package org.nnl.lang.eval.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.act.Activations;
import org.nnl.core.dist.Sphere;
import org.nnl.core.net.Dense;
import org.nnl.core.net.Network;
import org.nnl.lang.library.Args;
import org.nnl.lang.library.Builtin;
import org.nnl.lang.library.Fn;
import org.nnl.lang.library.Kind;
import org.nnl.lang.library.Param;

class CatalogTest {
  /** Every built-in function name of shared/design/language.md. */
  static final List<String> CONTRACT = List.of("coeff", "hermite", "eps", "dual", "lipschitz", "norm", "mean", "truncate",
      "raw", "bound", "lemma215", "lemma27", "leaky", "dense", "sumrelu", "conv", "normal", "uniform", "bernoulli",
      "spherecols", "draw", "shadow", "moments", "sphere", "gaussian", "cube", "csv", "sample", "polyreg", "kernelreg",
      "poly", "conjugate", "sgd", "fit", "predict", "mse", "r2", "gap", "reduction", "scatter");

  /** Built-ins that draw randomness: each takes seed:. */
  static final List<String> RANDOM = List.of("draw", "sample", "gap", "moments", "sgd", "curve", "reduction", "scatter");

  static Object call(String name, int overload, Map<String, Object> given) {
    Builtin b = Catalog.standard().lookup(name).get(overload);
    Map<String, Object> m = new LinkedHashMap<>();
    for (Param p : b.params()) m.put(p.name(), given.containsKey(p.name()) ? given.get(p.name()) : p.defaultValue());
    return b.call(ArgsTest.CTX, new Args(m));
  }

  @Test
  void everyContractNameIsThereWithDocsAndDistinctParameters() {
    for (String n : CONTRACT) assertFalse(Catalog.standard().lookup(n).isEmpty(), n);
    assertEquals(2, Catalog.standard().lookup("gap").size());
    for (Builtin b : Catalog.standard().all()) {
      assertTrue(b.doc().startsWith(b.name() + "("), b.doc());
      assertTrue(b.doc().contains("Example: "), b.doc());
      Set<String> names = new HashSet<>();
      for (Param p : b.params()) assertTrue(names.add(p.name()), b.name() + " repeats " + p.name());
    }
    for (String n : RANDOM) {
      for (Builtin b : Catalog.standard().lookup(n)) {
        if (b.params().stream().anyMatch(p -> p.kind() == Kind.DATA)) continue;
        assertTrue(b.params().stream().anyMatch(p -> p.name().equals("seed") && !p.required()), n);
      }
    }
    assertEquals("draw(arch, seed: auto)", Fn.signature(Catalog.standard().lookup("draw").get(0)));
    assertEquals("conv(d, patch, weights: auto, pool: \"sum\")", Fn.signature(Catalog.standard().lookup("conv").get(0)));
  }

  @Test
  void drawTakesTheNextSeedOfTheStreamWhenNoneIsGiven() {
    Dense a = new Dense(Activations.builtin("relu"), 4, 8, 1);
    Network byDefault = (Network) call("draw", 0, Map.of("arch", a));
    Network explicit = (Network) call("draw", 0, Map.of("arch", a, "seed", (double) ArgsTest.CTX.nextSeed()));
    double[] x = {0.3, -1, 0.5, 2};
    assertEquals(explicit.apply(x)[0], byDefault.apply(x)[0], 0);
  }

  @Test
  void argumentsAreCheckedWithMessagesNamingThem() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> call("dense", 0, Map.of("widths", List.of(4.0, 0.5), "act", Activations.builtin("relu"))));
    assertEquals("Argument 'widths' must hold whole numbers ≥ 1; item 2 is 0.5.", e.getMessage());
    e = assertThrows(InvalidRequestException.class, () -> call("eps", 0, Map.of("a", Activations.builtin("relu"), "n", -1.0)));
    assertEquals("Argument 'n' must be at least 0, not -1.", e.getMessage());
    e = assertThrows(InvalidRequestException.class,
        () -> call("bound", 0, Map.of("arch", call("sumrelu", 0, Map.of("d", 4.0, "hidden", 2.0)), "n", 2.0)));
    assertEquals("bound(arch, n) is Theorem 2.3's bound for dense architectures; sumrelu(4, hidden: 2) is not dense.", e.getMessage());
    e = assertThrows(InvalidRequestException.class, () -> call("sample", 0,
        Map.of("D", new Sphere(4), "n", 10.0, "label", call("draw", 0, Map.of("arch", new Dense(Activations.builtin("relu"), 4, 1)))
            , "noise", -1.0)));
    assertEquals("Argument 'noise' is a standard deviation and must be at least 0, not -1.", e.getMessage());
  }

  @Test
  void predictTakesAPointOrAListOfPoints() {
    Network f = (Network) call("draw", 0, Map.of("arch", new Dense(Activations.builtin("identity"), 2, 1), "seed", 3.0));
    double one = (double) call("predict", 0, Map.of("model", f, "x", List.of(1.0, 0.0)));
    assertEquals(f.apply(1, 0)[0], one, 0);
    assertEquals(List.of(one, f.apply(0, 1)[0]),
        call("predict", 0, Map.of("model", f, "x", List.of(List.of(1.0, 0.0), List.of(0.0, 1.0)))));
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> call("predict", 0, Map.of("model", f, "x", List.of(1.0, 2.0, 3.0))));
    assertEquals("The function takes points of 2 numbers; this one has 3.", e.getMessage());
    e = assertThrows(InvalidRequestException.class,
        () -> call("predict", 0, Map.of("model", f, "x", List.of(List.of(1.0, 0.0), List.of(0.0, "a")))));
    assertEquals("A point holds numbers; point 2 holds the string \"a\".", e.getMessage());
    e = assertThrows(InvalidRequestException.class, () -> call("predict", 0, Map.of("model", f, "x", 3.0)));
    assertEquals("The function takes a point of 2 numbers; this one is the number 3.", e.getMessage());
  }

  /** With one input a point may be a bare number, as in m(3): f(3) = w·3 for a one-layer identity network. */
  @Test
  void predictTakesANumberWhenTheInputHasOneDimension() {
    Network f = (Network) call("draw", 0, Map.of("arch", new Dense(Activations.builtin("identity"), 1, 1), "seed", 3.0));
    double at3 = (double) call("predict", 0, Map.of("model", f, "x", 3.0));
    assertEquals(f.apply(3)[0], at3, 0);
    assertEquals(3 * f.apply(1)[0], at3, 1e-15 * Math.abs(at3));
    assertEquals(at3, call("predict", 0, Map.of("model", f, "x", List.of(3.0))));
    assertEquals(List.of(at3), call("predict", 0, Map.of("model", f, "x", List.of(List.of(3.0)))));
  }
}
