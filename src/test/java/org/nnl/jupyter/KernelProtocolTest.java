package org.nnl.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.nnl.jupyter.KernelClient.Execution;
import org.nnl.jupyter.KernelClient.Msg;

/**
 * The kernel as Jupyter sees it: {@code nnl kernel FILE} started as a separate process from a
 * connection file, spoken to over ZeroMQ with signed messages ({@link KernelClient}). One kernel
 * (one session) serves the tests in order; the last shuts it down.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KernelProtocolTest {
  static final long T = 60_000;

  KernelClient kernel;

  @BeforeAll
  void start(@TempDir Path dir) throws Exception {
    kernel = new KernelClient(dir);
    Msg info = kernel.waitForReady(T);
    assertEquals("kernel_info_reply", info.type());
    assertEquals("nnl", info.content().getAsJsonObject("language_info").get("name").getAsString());
    assertEquals(".nnl", info.content().getAsJsonObject("language_info").get("file_extension").getAsString());
  }

  @AfterAll
  void stop() {
    kernel.close();
  }

  @Test
  @Order(1)
  void heartbeatEchoes() {
    assertEquals("ping", kernel.ping(T));
  }

  @Test
  @Order(2)
  void bindingsCarryOverPrintIsStdoutAndTheLastExpressionIsTheResult() {
    Execution first = kernel.execute("let x = 2\nprint \"x is\", x\nx * 3", T);
    assertEquals("ok", status(first));
    assertEquals("x is  2\n", first.stdout());
    assertEquals("6", result(first).get("text/plain").getAsString());
    assertEquals(1, first.of("execute_input").size());
    Execution second = kernel.execute("x + 0.5", T);
    assertEquals("2.5", result(second).get("text/plain").getAsString());
    Execution declaration = kernel.execute("let y = 1", T);
    assertTrue(declaration.of("execute_result").isEmpty(), "a declaration shows no value");
    int count = declaration.reply().content().get("execution_count").getAsInt();
    Execution silent = kernel.executeSilently("let y = 2\ny", T);
    assertEquals("ok", status(silent));
    assertTrue(silent.of("execute_input").isEmpty() && silent.of("execute_result").isEmpty(), silent.toString());
    Execution next = kernel.execute("y", T);
    assertEquals("2", result(next).get("text/plain").getAsString(), "a silent request still runs");
    assertEquals(count + 1, next.reply().content().get("execution_count").getAsInt(), "a silent request does not count");
  }

  @Test
  @Order(3)
  void aTableIsHtmlBesideItsText() {
    Execution e = kernel.execute("let t = sweep n in 1..3 { sq: n * n }\nt", T);
    JsonObject data = result(e);
    assertEquals("n  sq\n1   1\n2   4\n3   9", data.get("text/plain").getAsString());
    String html = data.get("text/html").getAsString();
    assertTrue(html.startsWith("<table"), html);
    assertTrue(html.contains("<th>n</th><th>sq</th>"), html);
    List<String> cells = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("<td[^>]*>([^<]*)</td>").matcher(html);
    while (m.find()) cells.add(m.group(1));
    assertEquals(List.of("1", "1", "2", "4", "3", "9"), cells);
  }

  @Test
  @Order(4)
  void aPlotWithoutToIsDisplayDataPngAndSvg() {
    Execution e = kernel.execute("plot t, x: n, y: sq, log: \"y\"", T);
    assertEquals("ok", status(e), e.toString());
    List<Msg> shown = e.of("display_data").stream()
        .filter(d -> d.content().getAsJsonObject("data").has("image/png")).toList();
    assertEquals(1, shown.size(), e.iopub().toString());
    JsonObject data = shown.get(0).content().getAsJsonObject("data");
    byte[] png = Base64.getDecoder().decode(data.get("image/png").getAsString());
    assertEquals(0x89504E47, ByteBuffer.wrap(png, 0, 4).getInt(), "PNG signature");
    assertEquals("IHDR", new String(png, 12, 4, java.nio.charset.StandardCharsets.US_ASCII));
    assertEquals(800, ByteBuffer.wrap(png, 16, 4).getInt(), "width");
    assertEquals(520, ByteBuffer.wrap(png, 20, 4).getInt(), "height");
    String svg = data.get("image/svg+xml").getAsString();
    assertTrue(svg.contains("<svg"), svg.substring(0, Math.min(200, svg.length())));
  }

  @Test
  @Order(4)
  void progressIsOneDisplayUpdatedInPlace() {
    Execution e = kernel.execute("activation relu\narchitecture P = dense(4 -> 16 -> 1, act: relu)\n"
        + "gap(P, sphere(4), degree: 2, networks: 40, samples: 20, seed: 3)", T);
    assertEquals("ok", status(e), e.toString());
    List<Msg> first = e.of("display_data");
    assertEquals(1, first.size(), "one display for the bar: " + e.iopub());
    String id = first.get(0).content().getAsJsonObject("transient").get("display_id").getAsString();
    assertTrue(first.get(0).content().getAsJsonObject("data").get("text/plain").getAsString().startsWith("gap  ["));
    List<Msg> updates = e.of("update_display_data");
    assertFalse(updates.isEmpty());
    // Redrawn at most every 100 ms, plus the first and last frames: never a message per unit of work
    // unless the work is that slow.
    assertTrue(updates.size() <= 41, updates.size() + " updates");
    for (Msg u : updates) assertEquals(id, u.content().getAsJsonObject("transient").get("display_id").getAsString());
    assertEquals("", updates.get(updates.size() - 1).content().getAsJsonObject("data").get("text/plain").getAsString(),
        "the bar is erased when the work ends");
    assertTrue(result(e).get("text/plain").getAsString().contains(" ± "), "an estimate prints as mean ± stderr");
  }

  @Test
  @Order(5)
  void errorsAreNnlDiagnosticsAndTheSessionSurvives() {
    Execution compile = kernel.execute("let z = 1\nlet w = undefined_name", T);
    assertEquals("error", status(compile));
    JsonObject reply = compile.reply().content();
    assertEquals("CompileError", reply.get("ename").getAsString());
    assertEquals("Unknown name 'undefined_name'.", reply.get("evalue").getAsString());
    int n = reply.get("execution_count").getAsInt();
    assertEquals(List.of("cell[" + n + "]:2:9: error: Unknown name 'undefined_name'.", "let w = undefined_name",
        "        ^^^^^^^^^^^^^^"), strings(reply.getAsJsonArray("traceback")));
    Msg published = compile.of("error").get(0);
    assertEquals(reply.getAsJsonArray("traceback"), published.content().getAsJsonArray("traceback"));

    Execution runtime = kernel.execute("let a = 1\nprint a / 0", T);
    JsonObject r = runtime.reply().content();
    assertEquals("RuntimeError", r.get("ename").getAsString());
    int m = r.get("execution_count").getAsInt();
    List<String> lines = strings(r.getAsJsonArray("traceback"));
    assertEquals(List.of("cell[" + m + "]:2:9: error: Division by zero.", "print a / 0"), lines.subList(0, 2));
    assertTrue(lines.get(2).matches(" {8}\\^+"), "a caret under column 9: '" + lines.get(2) + "'");
    assertEquals(3, lines.size());
    for (String line : strings(r.getAsJsonArray("traceback"))) assertFalse(line.contains("at org."), line);

    assertEquals("2", result(kernel.execute("x", T)).get("text/plain").getAsString(), "the session survives");
  }

  @Test
  @Order(5)
  void colonCommandsRunAsInTheRepl() {
    Execution help = kernel.execute(":help eps", T);
    assertEquals("ok", status(help));
    assertTrue(help.stdout().startsWith("eps(a, n)"), help.stdout());
    Execution vars = kernel.execute(":vars", T);
    assertTrue(vars.stdout().contains("x  "), vars.stdout());
    Execution save = kernel.execute(":save out.nnl", T);
    assertEquals("error", status(save));
    int n = save.reply().content().get("execution_count").getAsInt();
    assertEquals("cell[" + n + "]:1:1: error: ':save' is for the REPL; in a notebook, the notebook itself keeps the cells.",
        strings(save.reply().content().getAsJsonArray("traceback")).get(0));
  }

  @Test
  @Order(6)
  void completeOffersBuiltinsNamedArgumentsNamesAndColumns() {
    JsonObject c = complete("let g = ga", 10);
    assertTrue(strings(c.getAsJsonArray("matches")).containsAll(List.of("gap", "gaussian")), c.toString());
    assertEquals(8, c.get("cursor_start").getAsInt());
    assertEquals(10, c.get("cursor_end").getAsInt());
    assertEquals(List.of("seed:"), strings(complete("draw(A, ", 8).getAsJsonArray("matches")));
    assertTrue(strings(complete("print x", 7).getAsJsonArray("matches")).contains("x"));
    assertEquals(List.of("n", "sq"), strings(complete("print t.", 8).getAsJsonArray("matches")));
    // Cursor positions count code points: 𝜎 is one code point, two UTF-16 units.
    String code = "print \"𝜎\"; print ga";
    int cursor = code.codePointCount(0, code.length());
    JsonObject u = complete(code, cursor);
    assertEquals(cursor - 2, u.get("cursor_start").getAsInt());
    assertTrue(strings(u.getAsJsonArray("matches")).contains("gap"));
  }

  @Test
  @Order(7)
  void inspectShowsHelp() {
    JsonObject found = inspect("print eps(relu, 2)", 8);
    assertTrue(found.get("found").getAsBoolean());
    String text = found.getAsJsonObject("data").get("text/plain").getAsString();
    assertTrue(text.startsWith("eps(a, n)"), text);
    JsonObject inCall = inspect("gap(A, ", 7);
    assertTrue(inCall.getAsJsonObject("data").get("text/plain").getAsString().startsWith("gap("), inCall.toString());
    assertFalse(inspect("no_such_name", 3).get("found").getAsBoolean());
  }

  @Test
  @Order(8)
  void isCompleteAnswersFromTheParser() {
    JsonObject open = isComplete("let s = sweep n in 1..3 {");
    assertEquals("incomplete", open.get("status").getAsString());
    assertEquals("  ", open.get("indent").getAsString());
    assertEquals("incomplete", isComplete("print 1 +").get("status").getAsString());
    assertEquals("complete", isComplete("print 1 + 2").get("status").getAsString());
    assertEquals("complete", isComplete(":help gap").get("status").getAsString());
  }

  @Test
  @Order(9)
  void interruptStopsALongCellAndKeepsTheSession() {
    kernel.execute("let b = 5", T);
    String code = "print \"started\"\nlet b = 7\nfor i in 1..100000 { for j in 1..100000 { let q = j } }";
    String id = kernel.submit(code, false);
    long start = System.nanoTime();
    Msg started;
    do {
      started = kernel.receive(kernel.iopub, id, T);
    } while (started != null && !started.type().equals("stream"));
    assertTrue(started != null, "the cell started");
    Msg interruptReply = kernel.request(kernel.control, "interrupt_request", new JsonObject(), T);
    assertEquals("interrupt_reply", interruptReply.type());
    Execution e = kernel.collect(id, T);
    // 10^10 iterations cannot finish in a minute: a reply at all means the interrupt stopped the loop.
    assertTrue(System.nanoTime() - start < 60_000_000_000L);
    assertEquals("error", status(e));
    assertEquals("Interrupted", e.reply().content().get("ename").getAsString());
    assertEquals("5", result(kernel.execute("b", T)).get("text/plain").getAsString(),
        "the interrupted cell's bindings are undone, the session kept");
  }

  @Test
  @Order(10)
  void shutdownEndsTheProcess() throws Exception {
    JsonObject content = new JsonObject();
    content.addProperty("restart", false);
    Msg reply = kernel.request(kernel.control, "shutdown_request", content, T);
    assertEquals("shutdown_reply", reply.type());
    assertTrue(kernel.process().waitFor(30, TimeUnit.SECONDS), "the kernel exits after shutdown_request");
    assertEquals(0, kernel.process().exitValue(), kernel.log());
  }

  private JsonObject complete(String code, int cursor) {
    JsonObject c = new JsonObject();
    c.addProperty("code", code);
    c.addProperty("cursor_pos", cursor);
    Msg reply = kernel.request(kernel.shell, "complete_request", c, T);
    assertEquals("ok", reply.content().get("status").getAsString());
    return reply.content();
  }

  private JsonObject inspect(String code, int cursor) {
    JsonObject c = new JsonObject();
    c.addProperty("code", code);
    c.addProperty("cursor_pos", cursor);
    c.addProperty("detail_level", 0);
    return kernel.request(kernel.shell, "inspect_request", c, T).content();
  }

  private JsonObject isComplete(String code) {
    JsonObject c = new JsonObject();
    c.addProperty("code", code);
    return kernel.request(kernel.shell, "is_complete_request", c, T).content();
  }

  private static String status(Execution e) {
    return e.reply().content().get("status").getAsString();
  }

  private static JsonObject result(Execution e) {
    List<Msg> results = e.of("execute_result");
    assertEquals(1, results.size(), e.iopub().toString());
    return results.get(0).content().getAsJsonObject("data");
  }

  private static List<String> strings(JsonArray a) {
    List<String> out = new ArrayList<>();
    a.forEach(x -> out.add(x.getAsString()));
    return out;
  }
}
