package org.nnl.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.io.AtomicFile;
import org.nnl.core.io.FileAccess;
import org.nnl.core.io.TextFiles;
import org.nnl.lang.Session;
import org.nnl.lang.diag.Diagnostic;
import org.nnl.lang.diag.NnlException;

/**
 * Hostile input of issue 15, groups 1, 2, 6, 7, 8 and 11, generated: deep and long programs,
 * parse-time traps, invalid bytes, devices and symbolic links as targets, lost standard output,
 * long REPL sessions, and confined sessions. Every outcome is either the right value or a
 * diagnostic at a stated place; never an exception from inside NNL, a hang or a replaced file.
 * Seeded (SplittableRandom), so any failure is reproducible.
 */
class InputFuzzTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private Session session() {
    Session s = new Session(new PrintStream(out, true, StandardCharsets.UTF_8));
    s.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    return s;
  }

  private String output() {
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Runs {@code work} on a thread with a 1 MiB stack, the JVM's default for an embedding host's
   * thread: nesting up to the limit must fit in it (the command line has 8 MiB).
   */
  private static <T> T onSmallStack(Supplier<T> work) {
    AtomicReference<Object> result = new AtomicReference<>();
    Thread t = new Thread(null, () -> {
      try {
        result.set(work.get());
      } catch (Throwable e) {
        result.set(e);
      }
    }, "small-stack", 1 << 20);
    t.start();
    try {
      t.join();
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
    Object r = result.get();
    if (r instanceof RuntimeException e) throw e;
    if (r instanceof Error e) throw new AssertionError("an error escaped: " + e, e);
    @SuppressWarnings("unchecked")
    T value = (T) r;
    return value;
  }

  /** The one diagnostic of a compile error of {@code source}. */
  private Diagnostic compileError(String source) {
    NnlException e = assertThrows(NnlException.class, () -> onSmallStack(() -> session().eval(source, "deep.nnl")));
    assertEquals(NnlException.Kind.COMPILE, e.kind(), e.render());
    assertEquals(1, e.diagnostics().size(), e.render());
    return e.diagnostics().get(0);
  }

  // ---- group 1: deep or long input -------------------------------------------------------------

  /** Nesting shapes as (prefix, core, suffix) repeated n times; each evaluates to the value given. */
  private static String nest(String kind, int n) {
    return switch (kind) {
      case "paren" -> "print " + "(".repeat(n) + "1" + ")".repeat(n);
      case "list" -> "print " + "[".repeat(n) + "1" + "]".repeat(n);
      case "record" -> "print " + "{a: ".repeat(n) + "1" + "}".repeat(n);
      case "negate" -> "print " + "-".repeat(n) + "1";
      case "not" -> "print " + "not ".repeat(n) + "true";
      case "power" -> "print " + "1^".repeat(n) + "1";
      case "max" -> "print " + "max(".repeat(n) + "1" + ", 2)".repeat(n);
      case "for" -> "for i in 1..1 {\n".repeat(n) + "print 7\n" + "}\n".repeat(n);
      default -> throw new IllegalArgumentException(kind);
    };
  }

  private static final List<String> SHAPES = List.of("paren", "list", "record", "negate", "not", "power", "max", "for");

  @Test
  void absurdNestingIsADiagnosticWhereTheLimitIsHit() {
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      for (String shape : SHAPES) {
        String src = nest(shape, shape.equals("paren") ? 100_000 : 20_000);
        Diagnostic d = compileError(src);
        assertTrue(d.message().startsWith("Nested too deeply: more than 256 levels"), shape + ": " + d.message());
        // The place: within the text, past the first 256 levels of the shape.
        String line = src.lines().skip(d.line() - 1).findFirst().orElseThrow();
        assertTrue(d.col() >= 1 && d.col() <= line.length() + 1, shape + " col " + d.col());
        if (!shape.equals("for")) assertTrue(d.col() > 256, shape + " col " + d.col());
        else assertTrue(d.line() > 255 && d.line() < 300, "for line " + d.line());
        // The rendered diagnostic shows a window of the huge line, not the whole line.
        assertTrue(d.render().length() < 600, shape + ": rendered " + d.render().length() + " chars");
      }
    });
  }

  @Test
  void nestingBelowTheLimitRunsOnASmallStack() {
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      for (String shape : SHAPES) {
        out.reset();
        int n = 250;
        onSmallStack(() -> session().eval(nest(shape, n), "deep.nnl"));
        String want = switch (shape) {
          case "list" -> "[".repeat(n) + "1" + "]".repeat(n);
          case "record" -> "{a: ".repeat(n) + "1" + "}".repeat(n);
          case "negate" -> "1";          // an even number of minus signs
          case "not" -> "true";          // an even number of nots
          case "max" -> "2";
          case "for" -> "7";
          default -> "1";
        };
        assertEquals(want + "\n", output(), shape);
      }
    });
  }

  @Test
  void longFlatInputSimplyWorks() {
    assertTimeoutPreemptively(Duration.ofSeconds(40), () -> {
      // A sum of 100000 terms (a 200 KB line of 1+1+...+1): exact in doubles.
      for (int terms : new int[] {100_000}) {
        out.reset();
        String src = "print 1" + "+1".repeat(terms - 1);
        onSmallStack(() -> session().eval(src, "long.nnl"));
        assertEquals(terms + "\n", output(), terms + " terms");
      }
      // Mixed left-associative operators: 5 - 1 + 1 - 1 + 1 ... returns to 5 after every pair.
      out.reset();
      onSmallStack(() -> session().eval("print 5" + " - 1 + 1".repeat(20_000) + " * 1 / 1", "long.nnl"));
      assertEquals("5\n", output());
      // A width chain of 100000 arrows is a list of 100001 widths.
      Session s = session();
      onSmallStack(() -> s.eval("let w = 20" + " -> 2".repeat(100_000), "chain.nnl"));
      List<?> w = (List<?>) s.get("w");
      assertEquals(100_001, w.size());
      assertEquals(20.0, ((Number) w.get(0)).doubleValue());
      assertEquals(2.0, ((Number) w.get(100_000)).doubleValue());
      // A user activation whose formula is a sum of 2000 terms folds into one loop: 2000 x is x
      // once normalized to unit second moment, so f(1) = 1 exactly up to rounding.
      out.reset();
      onSmallStack(() -> session().eval("activation f(x) = x" + " + x".repeat(1999) + "\nprint f(1)", "f.nnl"));
      assertEquals("1\n", output());
    });
  }

  @Test
  void snippetOf200KilobytesRuns() throws Exception {
    String code = "print 0" + " + 1".repeat(50_000);          // 200 KB
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int rc = onSmallStack(() -> org.nnl.cli.Main.run(new String[] {"-e", code}, new ByteArrayInputStream(new byte[0]),
        new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8)));
    assertEquals(0, rc, e.toString(StandardCharsets.UTF_8));
    assertEquals("50000\n", o.toString(StandardCharsets.UTF_8));
  }

  // ---- group 2: parse time is linear ---------------------------------------------------------

  @Test
  void widthChainsAndNestedCallsParseInLinearTime() {
    // Before the grammar fix 100 arrows took 6 s and 300 did not finish in 60 s.
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      for (int arrows : new int[] {300, 3000, 30_000}) {
        String src = "let w = 20" + " -> 8".repeat(arrows) + "\narchitecture A = dense(20" + " -> 8".repeat(arrows)
            + " -> 1, act: relu)";
        assertClean(session().check(src, "chain.nnl"));
      }
      assertClean(session().check(nest("max", 250).replace("print ", "let m = "), "max.nnl"));
      assertClean(session().check(
          "let g = " + "max(".repeat(250) + "1" + ", min(2, 3) + 4 * 5 ^ 2)".repeat(250) + "\nlet h = 2 -> 3 -> g", "mixed.nnl"));
    });
  }

  private static void assertClean(List<Diagnostic> diags) {
    if (!diags.isEmpty()) fail(diags.size() + " diagnostics, the first: " + diags.get(0).message());
  }

  @Test
  void formulasTooCostlyToAnalyseAreRefusedWithTheirCost() {
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      String src = "activation f(x) = " + "max(".repeat(250) + "x" + ", 0)".repeat(250);
      NnlException e = assertThrows(NnlException.class, () -> session().eval(src, "f.nnl"));
      assertEquals(NnlException.Kind.RUNTIME, e.kind());
      Diagnostic d = e.diagnostics().get(0);
      // 250 nested max: the k-th from inside evaluates its two arguments, 2k nodes, summed over k.
      long work = 0;
      for (int k = 1; k <= 250; k++) work += 2L * k;
      assertTrue(d.message().contains("evaluate " + work + " operations per point"), d.message());
      assertEquals(1, d.line());
      assertEquals(19, d.col());
    });
  }

  // ---- group 6: files ----------------------------------------------------------------------------

  /** The offset of the first byte Java's strict UTF-8 decoder refuses, or of the first NUL; -1 if none. */
  private static int oracle(byte[] b) {
    int start = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b, start, b.length - start);
    CharBuffer chars = CharBuffer.allocate(b.length + 1);
    CoderResult r = dec.decode(in, chars, true);
    int bad = r.isError() ? in.position() : -1;
    if (bad < 0) {
      r = dec.flush(chars);
      if (r.isError()) bad = in.position();
    }
    for (int i = start; i < b.length && (bad < 0 || i < bad); i++) if (b[i] == 0) return i;
    return bad;
  }

  @Test
  void randomBytesAreTextOrRefusedAtTheFirstBadByte() {
    SplittableRandom rng = new SplittableRandom(15_6);
    byte[][] pieces = {"a".getBytes(StandardCharsets.UTF_8), "\n".getBytes(StandardCharsets.UTF_8),
        "é".getBytes(StandardCharsets.UTF_8), "€".getBytes(StandardCharsets.UTF_8), "😀".getBytes(StandardCharsets.UTF_8),
        {(byte) 0xFF}, {(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {0}, {(byte) 0xF0}, {(byte) 0xE0, (byte) 0x9F, (byte) 0xBF}};
    int refused = 0;
    for (int trial = 0; trial < 3000; trial++) {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      int n = 1 + rng.nextInt(12);
      for (int i = 0; i < n; i++) {
        // mostly valid pieces, so that the bad byte lands at varied places
        byte[] p = pieces[rng.nextInt(10) < 7 ? rng.nextInt(5) : rng.nextInt(pieces.length)];
        b.writeBytes(p);
      }
      byte[] bytes = b.toByteArray();
      int want = oracle(bytes);
      try {
        String text = TextFiles.decode(bytes, "r.nnl");
        assertEquals(-1, want, "accepted bytes Java refuses at " + want);
        assertEquals(new String(bytes, StandardCharsets.UTF_8), text);
      } catch (TextFiles.BadText e) {
        refused++;
        assertEquals(want, e.offset, "offset");
        // line and column, counted independently: newlines before the offset, characters since.
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < want; i++) {
          if (bytes[i] == '\n') {
            line++;
            lineStart = i + 1;
          }
        }
        String prefix = new String(bytes, lineStart, want - lineStart, StandardCharsets.UTF_8);
        assertEquals(line, e.line);
        assertEquals(prefix.codePointCount(0, prefix.length()) + 1, e.col);
      }
    }
    assertTrue(refused > 500 && refused < 2800, "both outcomes are exercised: " + refused);
  }

  @Test
  void scriptFilesNameTheBadByteAcceptABomAndRefuseDevices(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.nnl");
    Files.write(bad, new byte[] {'p', 'r', 'i', 'n', 't', ' ', '1', '\n', 'l', 'e', 't', ' ', (byte) 0xFF, '\n'});
    NnlException e = assertThrows(NnlException.class, () -> session().evalFile(bad));
    Diagnostic d = e.diagnostics().get(0);
    assertEquals(List.of(2, 5), List.of(d.line(), d.col()));
    assertEquals("Cannot read this file as UTF-8 text: at byte offset 12, byte 0xFF never appears in UTF-8 text.",
        d.message());
    assertEquals(65, e.exitCode());

    Path bin = dir.resolve("bin.nnl");
    Files.write(bin, new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0});
    d = assertThrows(NnlException.class, () -> session().evalFile(bin)).diagnostics().get(0);
    assertTrue(d.message().contains("byte offset 7, a NUL byte (0x00): this looks like a binary file"), d.message());
    assertFalse(d.render().contains("\u007f"), "no raw control characters on the terminal");

    Path bom = dir.resolve("bom.nnl");
    Files.write(bom, ("\uFEFFprint 40 + 2\n").getBytes(StandardCharsets.UTF_8));
    session().evalFile(bom);
    assertEquals("42\n", output());

    Path zero = dir.resolve("zero.nnl");
    Files.writeString(zero, "import \"/dev/zero\"\n");
    d = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> assertThrows(NnlException.class, () -> session().evalFile(zero))).diagnostics().get(0);
    assertEquals(List.of(1, 8), List.of(d.line(), d.col()));
    assertTrue(d.message().contains("not a regular file"), d.message());
    NnlException csv = assertThrows(NnlException.class,
        () -> session().eval("distribution D = csv(\"/dev/zero\")", "<-e>"));
    assertTrue(csv.render().contains("not a regular file"), csv.render());
  }

  @Test
  void invisibleCharactersAreNamedNotPrinted() {
    for (int cp : new int[] {0x00A0, 0x200B, 0x2028, 0x0007, 0x001B, 0xFEFF, 0x3000}) {
      String src = "let a = 1\nprint" + new String(Character.toChars(cp)) + "a\n";
      Diagnostic d = compileError(src);
      assertEquals(List.of(2, 6), List.of(d.line(), d.col()), Integer.toHexString(cp));
      assertTrue(d.message().contains(String.format("U+%04X", cp)), d.message());
      assertFalse(d.render().contains(new String(Character.toChars(cp))), "raw U+" + Integer.toHexString(cp));
    }
  }

  @Test
  void savingThroughLinksWritesTheTargetAndNeverReplacesADevice(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("real.csv");
    Files.writeString(target, "old\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), target.getFileName());
    Path dangling = Files.createSymbolicLink(dir.resolve("new.csv"), Path.of("made-by-save.csv"));
    Path device = Files.createSymbolicLink(dir.resolve("null.csv"), Path.of("/dev/null"));
    Session s = session();
    s.eval("let t = sweep n in 1..2 { a: n }", "<-e>");
    s.evalFile(write(dir.resolve("s.nnl"), "save t to \"link.csv\"\nsave t to \"new.csv\"\n"));
    assertTrue(Files.isSymbolicLink(link), "the link stays a link");
    assertEquals("n,a\n1,1\n2,2\n", Files.readString(target));
    assertTrue(Files.isSymbolicLink(dangling));
    assertEquals("n,a\n1,1\n2,2\n", Files.readString(dir.resolve("made-by-save.csv")));
    NnlException e = assertThrows(NnlException.class, () -> s.evalFile(write(dir.resolve("d.nnl"), "save t to \"null.csv\"\n")));
    assertTrue(e.render().contains("not a regular file"), e.render());
    assertTrue(Files.isSymbolicLink(device), "the link to the device is left alone");
    try (var files = Files.list(dir)) {
      assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".part")).toList(), "no temporary files");
    }
  }

  @Test
  void aWriterFailingMidwayLeavesTheOldFileAndNoTrace(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("p.png");
    Files.writeString(f, "before");
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> AtomicFile.write(f, o -> {
      o.write(new byte[1000]);
      throw new IllegalStateException("encoder broke");
    }));
    assertTrue(e.getMessage().contains("encoder broke") && e.getMessage().contains("nothing was written"), e.getMessage());
    assertEquals("before", Files.readString(f));
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count());
    }
  }

  private static Path write(Path p, String text) throws Exception {
    Files.writeString(p, text);
    return p;
  }

  // ---- group 7: output lost ------------------------------------------------------------------

  /** Runs the command line in a fresh JVM through bash (for redirections); returns exit code and stderr. */
  private static String[] shell(Path dir, String redirect) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cmd = "'" + java + "' -Xshare:auto -XX:TieredStopAtLevel=1 -cp \"$CP\" org.nnl.cli.Main " + redirect;
    ProcessBuilder pb = new ProcessBuilder("bash", "-c", cmd).directory(dir.toFile());
    pb.environment().put("CP", System.getProperty("java.class.path"));
    pb.redirectErrorStream(false);
    Process p = pb.start();
    p.getOutputStream().close();
    byte[] errBytes = p.getErrorStream().readAllBytes();
    p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "finished: " + redirect);
    return new String[] {Integer.toString(p.exitValue()), new String(errBytes, StandardCharsets.UTF_8)};
  }

  @Test
  void aFailedWriteToStandardOutputIsAnErrorAndABrokenPipeStops(@TempDir Path dir) throws Exception {
    write(dir.resolve("one.nnl"), "print 1\n");
    write(dir.resolve("loop.nnl"), "for i in 1..10000000 {\n  print i\n}\n");
    String lost = "Cannot write the output";
    for (String redirect : new String[] {"one.nnl > /dev/full", "one.nnl >&-", "-e 'print 2' > /dev/full",
        "< one.nnl > /dev/full"}) {
      String[] r = shell(dir, redirect);
      assertEquals("70", r[0], redirect + ": " + r[1]);
      assertTrue(r[1].contains(lost), redirect + ": " + r[1]);
    }
    // | head -1: the first line arrives, then the pipe breaks and nnl stops with exit 70
    // (10^7 lines would take minutes; the test's 60 s limit is the hang detector).
    String[] r = shell(dir, "loop.nnl | head -1 > head.txt; exit ${PIPESTATUS[0]}");
    assertEquals("70", r[0], r[1]);
    assertEquals("1\n", Files.readString(dir.resolve("head.txt")));
  }

  // ---- group 8: the REPL -----------------------------------------------------------------------

  private static long pipedMillis(int entries) {
    StringBuilder in = new StringBuilder();
    for (int i = 0; i < entries; i++) in.append("let v").append(i).append(" = ").append(i).append(" + 1\n");
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    long t0 = System.nanoTime();
    int rc = org.nnl.repl.Repl.run(new Session(), new ByteArrayInputStream(in.toString().getBytes(StandardCharsets.UTF_8)),
        new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertEquals(0, rc);
    String text = o.toString(StandardCharsets.UTF_8);
    assertTrue(text.endsWith("v" + (entries - 1) + ": number = " + entries + "\n"), text.substring(Math.max(0, text.length() - 80)));
    assertEquals(entries, text.lines().count(), "one echo per entry");
    return ms;
  }

  @Test
  void replEntriesCostTheSameHoweverLongTheSession() {
    assertTimeoutPreemptively(Duration.ofSeconds(40), () -> {
      pipedMillis(1000);                       // warm-up
      long small = Math.max(1, pipedMillis(1000));
      long large = pipedMillis(10000);
      // Linear cost gives a ratio near 10; the old copies of the session per entry (four per entry,
      // each as large as the session) gave a ratio near 100.
      assertTrue(large < 30 * small + 500, "10000 entries " + large + " ms vs 1000 entries " + small + " ms");
    });
  }

  // ---- group 11: confined sessions --------------------------------------------------------------

  @Test
  void aConfinedSessionResolvesEveryPathInsideItsFolder(@TempDir Path dir) throws Exception {
    Path base = Files.createDirectories(dir.resolve("base"));
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outside.resolve("x.nnl"), "print 666\n");
    Files.writeString(outside.resolve("d.csv"), "1,2\n3,4\n");
    Files.createSymbolicLink(base.resolve("escape"), outside);
    Files.createDirectories(base.resolve("sub"));
    Files.writeString(base.resolve("sub").resolve("in.nnl"), "print 5\n");

    Session s = session();
    s.setFileAccess(FileAccess.confinedTo(base));
    s.eval("let t = sweep n in 1..2 { a: n }\nsave t to \"ok.csv\"\nimport \"sub/in.nnl\"", "<host>");
    assertTrue(Files.exists(base.resolve("ok.csv")), "relative names resolve against the base folder");
    assertEquals("5\n", output());

    String[] refused = {"save t to \"../outside/a.csv\"", "save t to \"" + outside.resolve("b.csv") + "\"",
        "save t to \"sub/../../c.csv\"", "save t to \"escape/d.csv\"", "plot t, x: n, y: a, to: \"../p.png\"",
        "import \"../outside/x.nnl\"", "import \"escape/x.nnl\"", "distribution D = csv(\"escape/d.csv\")",
        "let q = 1\nsave t to \"/etc/passwd.csv\""};
    for (String src : refused) {
      NnlException e = assertThrows(NnlException.class, () -> s.eval(src, "<host>"), src);
      Diagnostic d = e.diagnostics().get(0);
      assertTrue(d.message().contains("outside the folder this session is confined to"), src + ": " + d.message());
      String line = src.lines().skip(d.line() - 1).findFirst().orElseThrow();
      // The caret is under the file name; for csv(...) under the call (built-ins report at their call).
      String at = line.substring(d.col() - 1);
      assertTrue(at.startsWith("\"") || at.startsWith("csv(\""), src + ": the caret is at " + at);
    }
    try (var files = Files.list(outside)) {
      assertEquals(2, files.count(), "nothing was written outside");
    }
    assertFalse(output().contains("666"));

    Session none = session();
    none.setFileAccess(FileAccess.none());
    NnlException e = assertThrows(NnlException.class, () -> none.eval("let t = sweep n in 1..2 { a: n }\nsave t to \"ok.csv\"", "<host>"));
    assertTrue(e.render().contains("File access is turned off"), e.render());
    assertEquals(List.of(2, 11), List.of(e.diagnostics().get(0).line(), e.diagnostics().get(0).col()));
  }

  @Test
  void randomPathsEitherStayInsideOrAreRefused(@TempDir Path dir) throws Exception {
    Path base = Files.createDirectories(dir.resolve("base"));
    Files.createDirectories(base.resolve("a").resolve("b"));
    Files.createSymbolicLink(base.resolve("up"), dir);
    Files.createSymbolicLink(base.resolve("a").resolve("self"), base);
    Path realBase = base.toRealPath();
    FileAccess confined = FileAccess.confinedTo(base);
    String[] parts = {"..", ".", "a", "b", "up", "self", "x.csv", "", realBase.toString(), "/tmp", dir.toString()};
    SplittableRandom rng = new SplittableRandom(11);
    int inside = 0;
    for (int trial = 0; trial < 2000; trial++) {
      StringBuilder name = new StringBuilder();
      int n = 1 + rng.nextInt(5);
      for (int i = 0; i < n; i++) name.append(i > 0 ? "/" : "").append(parts[rng.nextInt(parts.length)]);
      String s = name.toString();
      if (s.isEmpty()) continue;
      try {
        Path p = confined.resolve(null, s);
        inside++;
        // Independent check: walk the answer component by component, following links with the OS.
        Path real = realBase;
        for (Path c : realBase.relativize(p)) {
          real = real.resolve(c.toString());
          if (Files.exists(real)) real = real.toRealPath();
          assertTrue(real.normalize().startsWith(realBase), s + " -> " + real);
        }
      } catch (InvalidRequestException e) {
        assertTrue(e.getMessage().contains("outside the folder"), e.getMessage());
      }
    }
    assertTrue(inside > 100 && inside < 1900, "both outcomes are exercised: " + inside);
    assertNotNull(FileAccess.open().resolve(null, "../anything.csv"), "the command line's default is unchanged");
  }

  @Test
  void aScriptEngineHostConfinesItsSessionAndGetsThePosition(@TempDir Path dir) throws Exception {
    org.nnl.embed.NnlScriptEngine engine = (org.nnl.embed.NnlScriptEngine) new org.nnl.embed.NnlScriptEngineFactory().getScriptEngine();
    engine.session().setFileAccess(FileAccess.confinedTo(dir));
    engine.getContext().setWriter(new java.io.StringWriter());
    javax.script.ScriptException e = assertThrows(javax.script.ScriptException.class,
        () -> engine.eval("let t = sweep n in 1..2 { a: n }\nsave t to \"../x.csv\""));
    assertEquals(List.of(2, 11), List.of(e.getLineNumber(), e.getColumnNumber()));
    assertTrue(e.getMessage().contains("outside the folder"), e.getMessage());
    assertFalse(Files.exists(dir.resolveSibling("x.csv")));
  }

  @Test
  void replLoadGoesThroughTheSameRule(@TempDir Path dir) throws Exception {
    Path base = Files.createDirectories(dir.resolve("base"));
    Files.writeString(dir.resolve("x.nnl"), "print 666\n");
    Session s = session();
    s.setFileAccess(FileAccess.confinedTo(base));
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int rc = org.nnl.repl.Repl.run(s, new ByteArrayInputStream(":load ../x.nnl\n".getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
    assertEquals(64, rc);
    assertTrue(e.toString(StandardCharsets.UTF_8).contains("outside the folder"), e.toString(StandardCharsets.UTF_8));
    if (output().contains("666")) fail("a refused file ran");
  }
}
