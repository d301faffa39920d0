package org.nnl.lang.eval.builtin.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.nnl.core.Estimate;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.Table;
import org.nnl.core.dist.DataSet;
import org.nnl.core.linalg.Mat;
import org.nnl.core.text.Numbers;
import org.nnl.lang.library.Kinds;

/**
 * JSON output: a table as an array of row objects ({@code [{"n": 1, "gap": {"mean": …,
 * "stderr": …, "count": …}}, …]}); a data set as {@code {"x": [[…]], "y": [[…]]}}. Numbers that
 * JSON cannot hold (NaN, ±∞) are written as null.
 */
final class JsonWriter {
  private JsonWriter() {}

  static void table(Table t, Writer w) throws IOException {
    w.write("[");
    List<String> cols = t.columns();
    for (int i = 0; i < t.rowCount(); i++) {
      w.write(i == 0 ? "\n  {" : ",\n  {");
      List<Object> row = t.row(i);
      for (int j = 0; j < cols.size(); j++) {
        w.write((j > 0 ? ", " : "") + string(cols.get(j)) + ": " + value(row.get(j), cols.get(j)));
      }
      w.write("}");
    }
    w.write(t.rowCount() == 0 ? "]\n" : "\n]\n");
  }

  static void data(DataSet d, Writer w) throws IOException {
    w.write("{\"x\": ");
    matrix(d.x(), w);
    w.write(",\n \"y\": ");
    matrix(d.y(), w);
    w.write("}\n");
  }

  private static void matrix(Mat m, Writer w) throws IOException {
    w.write("[");
    for (int i = 0; i < m.rows; i++) {
      w.write(i == 0 ? "[" : ",\n  [");
      for (int j = 0; j < m.cols; j++) w.write((j > 0 ? ", " : "") + number(m.data[i * m.cols + j]));
      w.write("]");
    }
    w.write("]");
  }

  private static String value(Object c, String column) {
    if (c instanceof Number n) return number(n.doubleValue());
    if (c instanceof Boolean b) return b.toString();
    if (c instanceof String s) return string(s);
    Estimate e = Kinds.estimate(c);
    if (e != null) {
      return "{\"mean\": " + number(e.mean()) + ", \"stderr\": " + number(e.stderr()) + ", \"count\": " + e.count() + "}";
    }
    throw new InvalidRequestException("Column '" + column + "' holds " + ValueFormat.inner(c, 6)
        + ", which a JSON table cannot hold; save numbers, text or estimates.");
  }

  static String number(double d) {
    return Double.isFinite(d) ? Numbers.plain(d) : "null";
  }

  static String string(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (ch < 0x20) sb.append(String.format("\\u%04x", (int) ch));
          else sb.append(ch);
        }
      }
    }
    return sb.append('"').toString();
  }
}
