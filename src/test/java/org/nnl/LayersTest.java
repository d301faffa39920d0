package org.nnl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layers of the house, read from the main sources: core ← lang ← clients (repl, embed,
 * jupyter, cli and any other top-level package). core imports nothing of NNL outside core (nor
 * ANTLR, JLine, Groovy); lang imports only core and lang (nor JLine); clients may build on each
 * other (jupyter on repl, cli on both); and the graph of package dependencies has no cycle (a dependency is any reference to a type of another package:
 * an import, a static import or a qualified name outside comments and strings).
 */
class LayersTest {
  /** The main source roots: src/main/java and every DIR/src/main/java beside it (repl, jupyter, ...). */
  static List<Path> roots() {
    List<Path> out = new ArrayList<>(List.of(Path.of("src/main/java")));
    try (Stream<Path> dirs = Files.list(Path.of("."))) {
      dirs.map(d -> d.resolve("src/main/java")).filter(Files::isDirectory).sorted().forEach(out::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
  private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
  /** A qualified NNL type: lower-case segments, then the first capitalized one (the type). */
  private static final Pattern NNL_TYPE = Pattern.compile("\\borg\\.nnl((?:\\.[a-z_]\\w*)*)\\.[A-Z]");
  private static final Pattern FOREIGN = Pattern.compile("\\b(org\\.antlr|org\\.jline|groovy\\.|org\\.codehaus\\.groovy)");
  /** Comments, text blocks, string and char literals (removed before looking for references). */
  private static final Pattern NOISE =
      Pattern.compile("//[^\\n]*|/\\*[\\s\\S]*?\\*/|\"\"\"[\\s\\S]*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'");

  /** package → packages it references (itself excluded), over every main source file. */
  static Map<String, Set<String>> graph(List<Path> roots) {
    Map<String, Set<String>> g = new TreeMap<>();
    for (Path root : roots) {
      if (!Files.isDirectory(root)) continue;
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) add(g, Files.readString(f));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return g;
  }

  static void add(Map<String, Set<String>> g, String source) {
    Matcher pm = PACKAGE.matcher(source);
    if (!pm.find()) return;
    String pkg = pm.group(1);
    Set<String> deps = g.computeIfAbsent(pkg, k -> new TreeSet<>());
    String code = NOISE.matcher(source).replaceAll(" ");
    Matcher m = NNL_TYPE.matcher(code);
    while (m.find()) {
      String dep = "org.nnl" + m.group(1);
      if (!dep.equals(pkg)) deps.add(dep);
    }
    Matcher f = FOREIGN.matcher(code);
    while (f.find()) deps.add(f.group(1).replaceAll("\\.$", ""));
  }

  /** The layer of a package: "core", "lang", a client's name, or "" outside NNL. */
  static String layer(String pkg) {
    if (!pkg.startsWith("org.nnl.")) return "";
    String top = pkg.substring("org.nnl.".length()).split("\\.")[0];
    return top;
  }

  /** Every dependency that runs against the layers, as "from -> to". */
  static List<String> violations(Map<String, Set<String>> g) {
    List<String> bad = new ArrayList<>();
    g.forEach((from, deps) -> {
      for (String to : deps) {
        String lf = layer(from), lt = layer(to);
        boolean ok;
        if (lf.equals("core")) ok = lt.equals("core");
        else if (lf.equals("lang")) ok = lt.equals("core") || lt.equals("lang") || (lt.isEmpty() && !to.equals("org.jline"));
        else ok = true; // a client: the cycle check keeps clients from depending on each other both ways
        if (!ok) bad.add(from + " -> " + to);
      }
    });
    return bad;
  }

  /** The cycles of the NNL package graph: each strongly connected component of more than one package (Tarjan). */
  static List<Set<String>> cycles(Map<String, Set<String>> g) {
    Map<String, Integer> index = new TreeMap<>(), low = new TreeMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new TreeSet<>();
    List<Set<String>> out = new ArrayList<>();
    int[] counter = {0};
    for (String v : g.keySet()) if (!index.containsKey(v)) strong(v, g, index, low, stack, onStack, out, counter);
    return out;
  }

  private static void strong(String v, Map<String, Set<String>> g, Map<String, Integer> index, Map<String, Integer> low,
      Deque<String> stack, Set<String> onStack, List<Set<String>> out, int[] counter) {
    index.put(v, counter[0]);
    low.put(v, counter[0]++);
    stack.push(v);
    onStack.add(v);
    for (String w : g.getOrDefault(v, Set.of())) {
      if (!g.containsKey(w)) continue;
      if (!index.containsKey(w)) {
        strong(w, g, index, low, stack, onStack, out, counter);
        low.put(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.contains(w)) {
        low.put(v, Math.min(low.get(v), index.get(w)));
      }
    }
    if (low.get(v).equals(index.get(v))) {
      Set<String> comp = new TreeSet<>();
      String w;
      do {
        w = stack.pop();
        onStack.remove(w);
        comp.add(w);
      } while (!w.equals(v));
      if (comp.size() > 1) out.add(comp);
    }
  }

  @Test
  void importsRunOneWay() {
    Map<String, Set<String>> g = graph(roots());
    assertTrue(g.containsKey("org.nnl.core") && g.containsKey("org.nnl.lang") && g.containsKey("org.nnl.repl")
        && g.containsKey("org.nnl.cli"),
        "the sources were found: " + g.keySet());
    assertEquals(List.of(), violations(g), "imports against the layers");
  }

  @Test
  void noPackageCycles() {
    assertEquals(List.of(), cycles(graph(roots())), "package cycles");
  }

  @Test
  void theRulesSeeWhatTheyForbid() {
    Map<String, Set<String>> g = new TreeMap<>();
    add(g, "package org.nnl.core.net;\nimport org.nnl.lang.Session;\n// org.nnl.repl.Main in a comment\n");
    add(g, "package org.nnl.lang.check;\nclass A { Object x = org.nnl.lang.eval.Interpreter.class;"
        + " String s = \"org.nnl.repl.Shell\"; }");
    add(g, "package org.nnl.lang.eval;\nimport static org.nnl.lang.check.Kinds.of;\nimport org.jline.reader.LineReader;");
    add(g, "package org.nnl.jupyter;\nimport org.nnl.repl.Assist;");
    add(g, "package org.nnl.repl;\nimport org.nnl.lang.Session;\nclass M { int k = org.nnl.jupyter.Kernel.run(); }");
    assertEquals(Set.of("org.nnl.lang"), g.get("org.nnl.core.net"), "comments are not references");
    assertEquals(Set.of("org.nnl.lang.eval"), g.get("org.nnl.lang.check"), "strings are not references");
    assertEquals(List.of("org.nnl.core.net -> org.nnl.lang", "org.nnl.lang.eval -> org.jline"), violations(g));
    assertEquals(List.of(Set.of("org.nnl.jupyter", "org.nnl.repl"), Set.of("org.nnl.lang.check", "org.nnl.lang.eval")),
        cycles(g).stream().sorted((a, b) -> a.toString().compareTo(b.toString())).toList());
  }
}
