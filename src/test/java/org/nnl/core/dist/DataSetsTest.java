package org.nnl.core.dist;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.linalg.Mat;
import org.nnl.core.predict.Predictor;

class DataSetsTest {
  @TempDir Path dir;

  /** f(x) = (x_1 + x_2, x_1 · x_2): a label with two outputs. */
  static final Predictor F = new Predictor() {
    public int inputDim() { return 3; }
    public int outputDim() { return 2; }
    public Mat predict(Mat x) {
      Mat y = new Mat(x.rows, 2);
      for (int i = 0; i < x.rows; i++) {
        y.set(i, 0, x.get(i, 0) + x.get(i, 1));
        y.set(i, 1, x.get(i, 0) * x.get(i, 1));
      }
      return y;
    }
  };

  @Test
  void csvRoundTripIsBitExact() {
    DataSet d = Samples.sample(new Gaussian(3), 500, 7, F, 0.1);
    Path p = dir.resolve("d.csv");
    DataSets.save(d, p);
    DataSet back = DataSets.load(p);
    assertArrayEquals(d.x().data, back.x().data);
    assertArrayEquals(d.y().data, back.y().data);
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary file left behind");
    } catch (IOException e) {
      fail(e);
    }
  }

  @Test
  void noiseIsAddedWithItsOwnStream() {
    DataSet clean = Samples.sample(new Gaussian(3), 20000, 7, F, 0);
    DataSet noisy = Samples.sample(new Gaussian(3), 20000, 7, F, 0.5);
    assertArrayEquals(clean.x().data, noisy.x().data);
    double ss = 0;
    for (int i = 0; i < clean.y().data.length; i++) {
      double e = noisy.y().data[i] - clean.y().data[i];
      ss += e * e;
    }
    int n = clean.y().data.length;
    // E e² = 0.25, Var e² = 2·0.25².
    assertEquals(0.25, ss / n, 3 * Math.sqrt(2 * 0.0625 / n));
  }

  @Test
  void refusesALabelOfTheWrongDimension() {
    var e = assertThrows(InvalidRequestException.class, () -> Samples.sample(new Sphere(16), 10, 1, F, 0));
    assertTrue(e.getMessage().contains("dimension 3") && e.getMessage().contains("dimension 16"), e.getMessage());
  }

  @Test
  void refusesBadCsvWithFileAndLine() throws IOException {
    Path ragged = write("ragged.csv", "a,b,c\n1,2,3\n4,5\n");
    var e = assertThrows(InvalidRequestException.class, () -> CsvRows.read(ragged.toString()));
    assertTrue(e.getMessage().contains("ragged.csv:3") && e.getMessage().contains("2 values") && e.getMessage().contains("have 3"),
        e.getMessage());
    Path word = write("word.csv", "1,2\n3,x\n");
    e = assertThrows(InvalidRequestException.class, () -> CsvRows.read(word.toString()));
    assertTrue(e.getMessage().contains("word.csv:2") && e.getMessage().contains("'x'"), e.getMessage());
    Path empty = write("empty.csv", "");
    e = assertThrows(InvalidRequestException.class, () -> CsvRows.read(empty.toString()));
    assertTrue(e.getMessage().contains("empty"), e.getMessage());
    e = assertThrows(InvalidRequestException.class, () -> CsvRows.read(dir.resolve("none.csv").toString()));
    assertTrue(e.getMessage().contains("no such file"), e.getMessage());
  }

  @Test
  void csvRowsSamplesRowsOfTheFile() throws IOException {
    Path p = write("rows.csv", "x,y\n1,10\n2,20\n3,30\n");
    CsvRows d = CsvRows.read(p.toString());
    assertEquals(2, d.dim());
    assertEquals(3, d.size());
    Mat x = d.sample(3000, 1);
    int[] counts = new int[3];
    for (int i = 0; i < x.rows; i++) {
      assertEquals(10 * x.get(i, 0), x.get(i, 1));
      counts[(int) x.get(i, 0) - 1]++;
    }
    // Each row is drawn with probability 1/3: stderr √(3000·2/9) ≈ 26.
    for (int c : counts) assertEquals(1000, c, 3 * Math.sqrt(3000 * 2.0 / 9));
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }
}
