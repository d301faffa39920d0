package org.nnl.jupyter;

import com.google.gson.GsonBuilder;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.nnl.core.io.AtomicFile;

/**
 * The kernelspec Jupyter finds under {@code DATA_DIR/kernels/nnl}: kernel.json (this JVM's java,
 * this jar or class path, {@code kernel {connection_file}}, interrupts as messages) and the logos
 * (32×32 and 64×64 PNG, SVG), each file written atomically. DATA_DIR is {@code PREFIX/share/jupyter}
 * for {@code --prefix}, else Jupyter's per-user folder ($JUPYTER_DATA_DIR, or ~/.local/share/jupyter).
 */
final class KernelSpec {
  static final String NAME = "nnl";

  private KernelSpec() {}

  /** The folder of the kernelspec: under {@code prefix} when given, else the user's Jupyter data folder. */
  static Path folder(Path prefix) {
    if (prefix != null) return prefix.resolve("share").resolve("jupyter").resolve("kernels").resolve(NAME);
    String data = System.getenv("JUPYTER_DATA_DIR");
    Path base = data != null && !data.isEmpty() ? Path.of(data)
        : Path.of(System.getProperty("user.home"), ".local", "share", "jupyter");
    return base.resolve("kernels").resolve(NAME);
  }

  /** Writes the kernelspec into {@code dir} (created if needed) and returns kernel.json's text. */
  static String write(Path dir) {
    String json = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(spec()) + "\n";
    AtomicFile.write(dir.resolve("kernel.json"), out -> out.write(json.getBytes(StandardCharsets.UTF_8)));
    for (int size : new int[] {32, 64}) {
      BufferedImage logo = logo(size);
      AtomicFile.write(dir.resolve("logo-" + size + "x" + size + ".png"), out -> ImageIO.write(logo, "png", out));
    }
    AtomicFile.write(dir.resolve("logo-svg.svg"), out -> out.write(svg().getBytes(StandardCharsets.UTF_8)));
    return json;
  }

  static Map<String, Object> spec() {
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("argv", argv());
    spec.put("display_name", "NNL");
    spec.put("language", "nnl");
    spec.put("interrupt_mode", "message");
    spec.put("metadata", Map.of("debugger", false));
    return spec;
  }

  /** java [options] -jar nnl.jar kernel {connection_file} (or -cp CLASSPATH org.nnl.cli.Main outside a jar). */
  static List<String> argv() {
    List<String> argv = new ArrayList<>();
    argv.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    argv.addAll(List.of("--add-modules", "jdk.incubator.vector", "-XX:+UseParallelGC", "-Xss8m",
        "-Djava.awt.headless=true"));
    if (hugePagesOffered()) argv.add("-XX:+UseTransparentHugePages");
    String extra = System.getenv("NNL_JAVA_OPTS");
    if (extra != null && !extra.isBlank()) argv.addAll(List.of(extra.strip().split("\\s+")));
    Path code = codeSource();
    if (code != null && code.toString().endsWith(".jar")) {
      argv.addAll(List.of("-jar", code.toString()));
    } else {
      argv.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.nnl.cli.Main"));
    }
    argv.addAll(List.of("kernel", "{connection_file}"));
    return argv;
  }

  /** Whether the kernel offers transparent huge pages ([always] or [madvise]): ./nnl then asks for them too. */
  static boolean hugePagesOffered() {
    try {
      String mode = Files.readString(Path.of("/sys/kernel/mm/transparent_hugepage/enabled"));
      return mode.contains("[always]") || mode.contains("[madvise]");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static Path codeSource() {
    try {
      return Path.of(KernelSpec.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
    } catch (java.net.URISyntaxException | RuntimeException e) {
      return null;
    }
  }

  /** Three layers of a small network (2, 3, 1 nodes) with their edges, dark blue on white. */
  static BufferedImage logo(int size) {
    BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRoundRect(0, 0, size, size, size / 4, size / 4);
    double[][] nodes = nodes();
    g.setColor(new Color(0x6b8fc7));
    g.setStroke(new BasicStroke(Math.max(1f, size / 32f)));
    for (double[] a : nodes) {
      for (double[] b : nodes) {
        if (b[0] - a[0] > 0.2 && b[0] - a[0] < 0.5) {
          g.drawLine((int) (a[0] * size), (int) (a[1] * size), (int) (b[0] * size), (int) (b[1] * size));
        }
      }
    }
    g.setColor(new Color(0x1f3b73));
    int r = Math.max(2, size / 10);
    for (double[] n : nodes) g.fillOval((int) (n[0] * size) - r, (int) (n[1] * size) - r, 2 * r, 2 * r);
    g.dispose();
    return img;
  }

  static String svg() {
    StringBuilder sb = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\">\n");
    sb.append("<rect width=\"64\" height=\"64\" rx=\"8\" fill=\"white\"/>\n");
    double[][] nodes = nodes();
    for (double[] a : nodes) {
      for (double[] b : nodes) {
        if (b[0] - a[0] > 0.2 && b[0] - a[0] < 0.5) {
          sb.append(String.format(java.util.Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#6b8fc7\" stroke-width=\"2\"/>%n",
              a[0] * 64, a[1] * 64, b[0] * 64, b[1] * 64));
        }
      }
    }
    for (double[] n : nodes) {
      sb.append(String.format(java.util.Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"6\" fill=\"#1f3b73\"/>%n",
          n[0] * 64, n[1] * 64));
    }
    return sb.append("</svg>\n").toString();
  }

  /** Node centres as fractions of the side: x = 0.18, 0.5, 0.82 for the three layers. */
  private static double[][] nodes() {
    return new double[][] {
        {0.18, 0.32}, {0.18, 0.68},
        {0.5, 0.2}, {0.5, 0.5}, {0.5, 0.8},
        {0.82, 0.5}};
  }
}
