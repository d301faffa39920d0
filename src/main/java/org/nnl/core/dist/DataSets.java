package org.nnl.core.dist;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.io.AtomicFile;
import org.nnl.core.linalg.Mat;

/**
 * Data sets as CSV: a header {@code x1,…,xd,y1,…,ym} then one point per line, every value
 * written with {@link Double#toString} (which round-trips exactly). Files are written to a
 * temporary file beside the target and moved into place, so a failure never leaves half a file.
 */
public final class DataSets {
  private DataSets() {}

  /** Writes {@code data} to {@code path} atomically ({@link AtomicFile}: whole or not at all, through links). */
  public static void save(DataSet data, Path path) {
    AtomicFile.write(path, os -> {
      BufferedWriter out = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8));
      StringBuilder h = new StringBuilder();
      for (int j = 1; j <= data.dim(); j++) h.append(j > 1 ? "," : "").append('x').append(j);
      for (int j = 1; j <= data.y().cols; j++) h.append(",y").append(j);
      out.write(h.toString());
      out.newLine();
      for (int i = 0; i < data.size(); i++) {
        StringBuilder line = new StringBuilder();
        appendRow(line, data.x(), i);
        line.append(',');
        appendRow(line, data.y(), i);
        out.write(line.toString());
        out.newLine();
      }
      out.flush();
    });
  }

  private static void appendRow(StringBuilder s, Mat m, int i) {
    for (int j = 0; j < m.cols; j++) s.append(j > 0 ? "," : "").append(m.data[i * m.cols + j]);
  }

  /**
   * Reads a data set: with a header, the columns named y… are the labels; without one, the
   * last column is the label. Bad input is refused with file:line (see {@link CsvNumbers}).
   */
  public static DataSet load(Path path) {
    CsvNumbers csv = CsvNumbers.read(path);
    Mat all = csv.values();
    int m = 1;
    List<String> h = csv.header();
    if (h != null) {
      m = 0;
      while (m < h.size() && h.get(h.size() - 1 - m).startsWith("y")) m++;
    }
    InvalidRequestException.require(m >= 1 && m < all.cols,
        "%s: a data set needs input columns x… and at least one label column y…; got %d columns, %d labels.",
        path, all.cols, m);
    int d = all.cols - m;
    Mat x = new Mat(all.rows, d);
    Mat y = new Mat(all.rows, m);
    for (int i = 0; i < all.rows; i++) {
      System.arraycopy(all.data, i * all.cols, x.data, i * d, d);
      System.arraycopy(all.data, i * all.cols + d, y.data, i * m, m);
    }
    return new DataSet(x, y);
  }
}
