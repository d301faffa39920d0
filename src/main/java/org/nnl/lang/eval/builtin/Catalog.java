package org.nnl.lang.eval.builtin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.nnl.lang.library.Builtin;

/**
 * The lookup from a built-in function's name to its overloads (most names have one; {@code gap}
 * has two). Overloads are tried in the order they were added: the interpreter takes the first
 * whose parameters and argument kinds fit. {@link #standard()} holds every built-in of
 * language.md, grouped by the core package each binds to.
 */
public final class Catalog {
  private static final Catalog STANDARD = build();

  private final Map<String, List<Builtin>> byName = new LinkedHashMap<>();

  private Catalog() {}

  /** The built-ins of the language (one shared, immutable instance). */
  public static Catalog standard() {
    return STANDARD;
  }

  private static Catalog build() {
    Catalog c = new Catalog();
    c.addAll(HermiteBuiltins.all());
    c.addAll(NetBuiltins.all());
    c.addAll(DataBuiltins.all());
    c.addAll(LearnBuiltins.all());
    c.addAll(MeasureBuiltins.all());
    c.addAll(TheoryBuiltins.all());
    c.addAll(MathBuiltins.all());
    c.addAll(HardnessBuiltins.all());
    c.byName.replaceAll((k, v) -> List.copyOf(v));
    return c;
  }

  private void addAll(List<? extends Builtin> bs) {
    for (Builtin b : bs) byName.computeIfAbsent(b.name(), k -> new ArrayList<>()).add(b);
  }

  /** The overloads of {@code name}, in the order they are tried; empty when there is none. */
  public List<Builtin> lookup(String name) {
    return byName.getOrDefault(name, List.of());
  }

  /** Every function name, sorted. */
  public Set<String> names() {
    return Collections.unmodifiableSet(new TreeSet<>(byName.keySet()));
  }

  /** Every built-in, overloads included, in catalog order. */
  public List<Builtin> all() {
    List<Builtin> out = new ArrayList<>();
    byName.values().forEach(out::addAll);
    return out;
  }
}
