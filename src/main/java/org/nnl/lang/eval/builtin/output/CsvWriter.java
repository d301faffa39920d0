package org.nnl.lang.eval.builtin.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.nnl.core.Estimate;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.Table;
import org.nnl.core.text.Numbers;
import org.nnl.lang.library.Kinds;

/**
 * A table as RFC 4180 CSV: a header line, then one line per row. A column holding estimates
 * becomes two columns, {@code NAME} (the mean) and {@code NAME_stderr}. Text is quoted when it
 * holds a comma, a quote or a line break.
 */
final class CsvWriter {
  private CsvWriter() {}

  static void table(Table t, Writer w) throws IOException {
    int k = t.columns().size();
    boolean[] est = new boolean[k];
    for (List<Object> row : t.rows()) {
      for (int j = 0; j < k; j++) est[j] |= Kinds.estimate(row.get(j)) != null;
    }
    List<String> head = new ArrayList<>();
    for (int j = 0; j < k; j++) {
      head.add(text(t.columns().get(j)));
      if (est[j]) head.add(text(t.columns().get(j) + "_stderr"));
    }
    w.write(String.join(",", head));
    w.write("\n");
    for (List<Object> row : t.rows()) {
      List<String> cells = new ArrayList<>();
      for (int j = 0; j < k; j++) {
        Object c = row.get(j);
        Estimate e = Kinds.estimate(c);
        if (e != null) {
          cells.add(Numbers.plain(e.mean()));
          cells.add(Numbers.plain(e.stderr()));
        } else {
          cells.add(cell(c, t.columns().get(j)));
          if (est[j]) cells.add("");
        }
      }
      w.write(String.join(",", cells));
      w.write("\n");
    }
  }

  private static String cell(Object c, String column) {
    if (c instanceof Number n) return Numbers.plain(n.doubleValue());
    if (c instanceof Boolean || c instanceof String) return text(c.toString());
    throw new InvalidRequestException("Column '" + column + "' holds " + ValueFormat.inner(c, 6)
        + ", which a CSV file cannot hold; save numbers, text or estimates.");
  }

  static String text(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }
}
