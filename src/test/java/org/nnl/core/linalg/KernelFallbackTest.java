package org.nnl.core.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Without jdk.incubator.vector the scalar kernel takes over and gives the same bits. */
class KernelFallbackTest {
  @Test
  void jvmWithoutTheVectorModuleFallsBackToTheScalarKernel() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
        KernelProbe.class.getName()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    List<String> lines = out.lines().toList();
    assertTrue(lines.get(0).startsWith("scalar blocked kernel"), out);
    assertTrue(Linalg.kernelName().startsWith("Vector API kernel"), Linalg.kernelName());
    assertEquals(Long.toString(KernelProbe.checksum()), lines.get(1));
  }
}
