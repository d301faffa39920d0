package org.nnl.jupyter;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * A Jupyter client for tests, speaking the wire protocol (version 5.3) over ZeroMQ as
 * jupyter_client does: it writes a connection file with free ports and an HMAC-SHA256 key,
 * starts {@code nnl kernel FILE} as a separate JVM on this test class path, and talks to it on
 * the shell and control (DEALER), iopub (SUB) and heartbeat (REQ) sockets.
 */
final class KernelClient implements AutoCloseable {
  /** One message: its type, header, parent header and content. */
  record Msg(String type, JsonObject header, JsonObject parent, JsonObject content) {
    String parentId() {
      return parent.has("msg_id") ? parent.get("msg_id").getAsString() : "";
    }
  }

  /** An execute request's outcome: its iopub messages (busy to idle) and its reply. */
  record Execution(List<Msg> iopub, Msg reply) {
    List<Msg> of(String type) {
      return iopub.stream().filter(m -> m.type().equals(type)).toList();
    }

    String stdout() {
      StringBuilder sb = new StringBuilder();
      for (Msg m : of("stream")) {
        if (m.content().get("name").getAsString().equals("stdout")) sb.append(m.content().get("text").getAsString());
      }
      return sb.toString();
    }
  }

  private static final Gson GSON = new Gson();
  private final String key = UUID.randomUUID().toString();
  private final String session = UUID.randomUUID().toString();
  private final ZContext context = new ZContext();
  private final Process process;
  private final Path log;
  final ZMQ.Socket shell;
  final ZMQ.Socket control;
  final ZMQ.Socket iopub;
  private final ZMQ.Socket heartbeat;

  KernelClient(Path dir) throws IOException {
    int[] ports = freePorts(5);
    Map<String, Object> conn = Map.of("ip", "127.0.0.1", "transport", "tcp", "signature_scheme", "hmac-sha256",
        "key", key, "shell_port", ports[0], "iopub_port", ports[1], "stdin_port", ports[2],
        "control_port", ports[3], "hb_port", ports[4]);
    Path file = dir.resolve("kernel-test.json");
    Files.writeString(file, GSON.toJson(conn));
    log = dir.resolve("kernel.log");
    List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--add-modules", "jdk.incubator.vector", "-Djava.awt.headless=true", "-Dnnl.kernel.progressQuietMillis=0",
        "-cp", System.getProperty("java.class.path"), "org.nnl.cli.Main", "kernel", file.toString());
    process = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    shell = connect(SocketType.DEALER, ports[0]);
    iopub = connect(SocketType.SUB, ports[1]);
    iopub.subscribe(new byte[0]);
    control = connect(SocketType.DEALER, ports[3]);
    heartbeat = connect(SocketType.REQ, ports[4]);
  }

  private ZMQ.Socket connect(SocketType type, int port) {
    ZMQ.Socket s = context.createSocket(type);
    s.setLinger(0);
    s.connect("tcp://127.0.0.1:" + port);
    return s;
  }

  private static int[] freePorts(int n) throws IOException {
    ServerSocket[] sockets = new ServerSocket[n];
    int[] ports = new int[n];
    try {
      for (int i = 0; i < n; i++) {
        sockets[i] = new ServerSocket(0);
        ports[i] = sockets[i].getLocalPort();
      }
    } finally {
      for (ServerSocket s : sockets) if (s != null) s.close();
    }
    return ports;
  }

  /**
   * Waits until the kernel answers kernel_info_request on shell and its iopub messages arrive
   * (a SUB socket misses what is published before it is joined, so the request is repeated).
   */
  Msg waitForReady(long timeoutMillis) {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (System.currentTimeMillis() < deadline) {
      if (!process.isAlive()) throw new AssertionError("the kernel exited: " + log());
      String id = send(shell, "kernel_info_request", new JsonObject());
      Msg reply = receive(shell, id, 2000);
      if (reply == null) continue;
      Msg status = receive(iopub, id, 1000);
      if (status != null) {
        drain(iopub, 200);
        return reply;
      }
    }
    throw new AssertionError("the kernel did not become ready: " + log());
  }

  /** Sends {@code type} with {@code content}; returns its msg_id. */
  String send(ZMQ.Socket socket, String type, JsonObject content) {
    String id = UUID.randomUUID().toString();
    JsonObject header = new JsonObject();
    header.addProperty("msg_id", id);
    header.addProperty("username", "test");
    header.addProperty("session", session);
    header.addProperty("date", Instant.now().toString());
    header.addProperty("msg_type", type);
    header.addProperty("version", "5.3");
    String[] parts = {GSON.toJson(header), "{}", "{}", GSON.toJson(content)};
    socket.sendMore("<IDS|MSG>");
    socket.sendMore(sign(parts));
    socket.sendMore(parts[0]);
    socket.sendMore(parts[1]);
    socket.sendMore(parts[2]);
    socket.send(parts[3]);
    return id;
  }

  /** The next message on {@code socket} whose parent is {@code parentId} (others are skipped), or null at the timeout. */
  Msg receive(ZMQ.Socket socket, String parentId, long timeoutMillis) {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (true) {
      long left = deadline - System.currentTimeMillis();
      if (left <= 0) return null;
      socket.setReceiveTimeOut((int) left);
      Msg m = read(socket);
      if (m != null && m.parentId().equals(parentId)) return m;
    }
  }

  /** Runs {@code code}: the iopub messages from busy to idle, and the execute_reply. */
  Execution execute(String code, long timeoutMillis) {
    return collect(submit(code, false), timeoutMillis);
  }

  /** Like {@link #execute} with {@code silent: true}. */
  Execution executeSilently(String code, long timeoutMillis) {
    return collect(submit(code, true), timeoutMillis);
  }

  /** Sends an execute_request for {@code code} (as a notebook does) and returns its msg_id without waiting. */
  String submit(String code, boolean silent) {
    JsonObject content = new JsonObject();
    content.addProperty("code", code);
    content.addProperty("silent", silent);
    content.addProperty("store_history", true);
    content.add("user_expressions", new JsonObject());
    content.addProperty("allow_stdin", false);
    content.addProperty("stop_on_error", true);
    return send(shell, "execute_request", content);
  }

  /** The iopub messages of request {@code id} up to its idle status, then its shell reply. */
  Execution collect(String id, long timeoutMillis) {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    List<Msg> messages = new ArrayList<>();
    while (true) {
      Msg m = receive(iopub, id, Math.max(1, deadline - System.currentTimeMillis()));
      if (m == null) throw new AssertionError("no idle status within " + timeoutMillis + " ms; got " + messages + "; " + log());
      messages.add(m);
      if (m.type().equals("status") && m.content().get("execution_state").getAsString().equals("idle")) break;
    }
    Msg reply = receive(shell, id, Math.max(1, deadline - System.currentTimeMillis()));
    if (reply == null) throw new AssertionError("no execute_reply; " + log());
    return new Execution(messages, reply);
  }

  /** Sends a request on {@code socket} and returns its reply there. */
  Msg request(ZMQ.Socket socket, String type, JsonObject content, long timeoutMillis) {
    String id = send(socket, type, content);
    Msg reply = receive(socket, id, timeoutMillis);
    if (reply == null) throw new AssertionError("no reply to " + type + "; " + log());
    return reply;
  }

  /** One heartbeat: the kernel echoes the bytes sent. */
  String ping(long timeoutMillis) {
    heartbeat.setReceiveTimeOut((int) timeoutMillis);
    heartbeat.send("ping");
    return heartbeat.recvStr();
  }

  private Msg read(ZMQ.Socket socket) {
    List<byte[]> frames = new ArrayList<>();
    byte[] first = socket.recv();
    if (first == null) return null;
    frames.add(first);
    while (socket.hasReceiveMore()) frames.add(socket.recv());
    int delim = -1;
    for (int i = 0; i < frames.size(); i++) {
      if (new String(frames.get(i), StandardCharsets.UTF_8).equals("<IDS|MSG>")) {
        delim = i;
        break;
      }
    }
    if (delim < 0 || frames.size() < delim + 6) throw new AssertionError("not a Jupyter message: " + frames.size() + " frames");
    String[] parts = new String[4];
    for (int i = 0; i < 4; i++) parts[i] = new String(frames.get(delim + 2 + i), StandardCharsets.UTF_8);
    String signature = new String(frames.get(delim + 1), StandardCharsets.UTF_8);
    if (!signature.equals(sign(parts))) throw new AssertionError("bad signature on " + parts[0]);
    JsonObject header = GSON.fromJson(parts[0], JsonObject.class);
    return new Msg(header.get("msg_type").getAsString(), header, GSON.fromJson(parts[1], JsonObject.class),
        GSON.fromJson(parts[3], JsonObject.class));
  }

  private void drain(ZMQ.Socket socket, int millis) {
    socket.setReceiveTimeOut(millis);
    while (read(socket) != null) {
      socket.setReceiveTimeOut(millis);
    }
  }

  private String sign(String[] parts) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      for (String p : parts) mac.update(p.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(mac.doFinal());
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  Process process() {
    return process;
  }

  String log() {
    try {
      return "kernel output: " + Files.readString(log);
    } catch (IOException e) {
      return "kernel output unreadable";
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) process.destroyForcibly();
    context.close();
  }
}
