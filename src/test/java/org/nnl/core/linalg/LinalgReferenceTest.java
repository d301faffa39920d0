package org.nnl.core.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Products against numpy's, stored by reference/linalg/make_products.py. */
class LinalgReferenceTest {
  static Map<String, Mat> load(String resource) throws IOException {
    Map<String, Mat> out = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        LinalgReferenceTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
      for (String head = r.readLine(); head != null; head = r.readLine()) {
        String[] f = head.split(" ");
        Mat m = new Mat(Integer.parseInt(f[1]), Integer.parseInt(f[2]));
        for (int i = 0; i < m.data.length; i++) m.data[i] = Double.parseDouble(r.readLine());
        out.put(f[0], m);
      }
    }
    return out;
  }

  static void assertClose(Mat expected, Mat actual) {
    assertEquals(expected.rows, actual.rows);
    assertEquals(expected.cols, actual.cols);
    for (int i = 0; i < expected.data.length; i++) {
      assertEquals(expected.data[i], actual.data[i], 1e-12 * (1 + Math.abs(expected.data[i])));
    }
  }

  @Test
  void productsAgreeWithNumpy() throws IOException {
    Map<String, Mat> m = load("/reference/linalg/products.txt");
    assertClose(m.get("AB"), Linalg.mult(m.get("A"), m.get("B")));
    assertClose(m.get("ABt"), Linalg.multTransB(m.get("A"), m.get("Bt")));
    assertClose(m.get("AtC"), Linalg.multTransA(m.get("A"), m.get("C")));
    assertClose(m.get("BtB"), Linalg.gram(m.get("B")));
  }
}
