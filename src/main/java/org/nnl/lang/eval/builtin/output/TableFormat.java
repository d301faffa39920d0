package org.nnl.lang.eval.builtin.output;

import java.util.ArrayList;
import java.util.List;
import org.nnl.core.Table;

/**
 * A table as aligned columns under a header line, two spaces between columns; numbers and
 * estimates right-aligned, other cells left-aligned. An empty table prints its header and
 * {@code (no rows)}.
 */
final class TableFormat {
  private TableFormat() {}

  static String format(Table t, int digits) {
    int k = t.columns().size();
    List<String[]> cells = new ArrayList<>();
    int[] width = new int[k];
    boolean[] right = new boolean[k];
    for (int j = 0; j < k; j++) {
      width[j] = t.columns().get(j).length();
      right[j] = t.rowCount() > 0;
    }
    for (List<Object> row : t.rows()) {
      String[] s = new String[k];
      for (int j = 0; j < k; j++) {
        Object c = row.get(j);
        s[j] = c instanceof String str ? str : ValueFormat.inner(c, digits);
        width[j] = Math.max(width[j], s[j].length());
        right[j] &= CellValues.numeric(c);
      }
      cells.add(s);
    }
    StringBuilder sb = new StringBuilder();
    line(sb, t.columns().toArray(new String[0]), width, right);
    for (String[] s : cells) line(sb.append('\n'), s, width, right);
    if (cells.isEmpty()) sb.append("\n(no rows)");
    return sb.toString();
  }

  private static void line(StringBuilder sb, String[] s, int[] width, boolean[] right) {
    int start = sb.length();
    for (int j = 0; j < s.length; j++) {
      if (j > 0) sb.append("  ");
      String pad = " ".repeat(width[j] - s[j].length());
      sb.append(right[j] ? pad + s[j] : s[j] + pad);
    }
    int end = sb.length();
    while (end > start && sb.charAt(end - 1) == ' ') end--;
    sb.setLength(end);
  }
}
