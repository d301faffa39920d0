package org.nnl.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nnl kernel install --prefix P} writes a kernelspec Jupyter can use; bad arguments are usage errors. */
class KernelSpecTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return KernelCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void installWritesKernelJsonAndLogosUnderThePrefix(@TempDir Path prefix) throws Exception {
    assertEquals(0, run("install", "--prefix", prefix.toString()));
    Path dir = prefix.resolve("share/jupyter/kernels/nnl");
    assertTrue(out.toString(StandardCharsets.UTF_8).contains(dir.toString()));
    JsonObject spec = new Gson().fromJson(Files.readString(dir.resolve("kernel.json")), JsonObject.class);
    List<String> argv = new ArrayList<>();
    spec.getAsJsonArray("argv").forEach(a -> argv.add(a.getAsString()));
    assertTrue(Files.isExecutable(Path.of(argv.get(0))), "argv starts with a java that exists: " + argv);
    assertEquals(List.of("kernel", "{connection_file}"), argv.subList(argv.size() - 2, argv.size()));
    assertTrue(argv.contains("jdk.incubator.vector"), argv.toString());
    assertEquals("NNL", spec.get("display_name").getAsString());
    assertEquals("nnl", spec.get("language").getAsString());
    assertEquals("message", spec.get("interrupt_mode").getAsString());
    for (int size : new int[] {32, 64}) {
      BufferedImage logo = ImageIO.read(dir.resolve("logo-" + size + "x" + size + ".png").toFile());
      assertEquals(size, logo.getWidth());
      assertEquals(size, logo.getHeight());
    }
    assertTrue(Files.readString(dir.resolve("logo-svg.svg")).startsWith("<svg"));
  }

  @Test
  void badArgumentsAndMissingConnectionFilesAreUsageErrors(@TempDir Path dir) {
    assertEquals(64, run());
    assertEquals(64, run("install", "--system"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("kernel install takes --user or --prefix P, not '--system'."));
    assertEquals(64, run(dir.resolve("missing.json").toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("missing.json': no such file."), err.toString());
  }

  @Test
  void aConnectionFileThatIsNotJsonIsAUsageError(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "not json at all {");
    assertEquals(64, run(bad.toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("is not a Jupyter connection file"), err.toString());
  }
}
