package org.nnl.jupyter;

import java.util.Base64;
import java.util.List;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.nnl.core.Table;
import org.nnl.lang.Session;

/**
 * Values as Jupyter display data: always text/plain as the REPL prints it; a table also as an
 * HTML table (cells printed as NNL prints them, estimates as {@code mean ± stderr}); a chart as
 * image/png (base64) and image/svg+xml.
 */
final class RichOutput {
  /** At most this many rows go into the HTML of a table; the text/plain form keeps them all. */
  static final int HTML_ROWS = 500;

  private RichOutput() {}

  static DisplayData value(Session session, Object value) {
    DisplayData d = new DisplayData(session.format(value));
    if (value instanceof Table t) d.putHTML(html(session, t));
    return d;
  }

  static DisplayData chart(byte[] png, String svg) {
    DisplayData d = new DisplayData("<chart>");
    d.putData("image/png", Base64.getEncoder().encodeToString(png));
    d.putSVG(svg);
    return d;
  }

  /** {@code <table>} with a header row of column names and one row per table row. */
  static String html(Session session, Table t) {
    StringBuilder sb = new StringBuilder("<table class=\"nnl-table\">\n<thead><tr>");
    for (String c : t.columns()) sb.append("<th>").append(escape(c)).append("</th>");
    sb.append("</tr></thead>\n<tbody>\n");
    int rows = Math.min(t.rowCount(), HTML_ROWS);
    for (int i = 0; i < rows; i++) {
      sb.append("<tr>");
      List<Object> row = t.row(i);
      for (Object cell : row) {
        String align = cell instanceof String ? "left" : "right";
        sb.append("<td style=\"text-align:").append(align).append("\">")
            .append(escape(cell instanceof String s ? s : session.format(cell))).append("</td>");
      }
      sb.append("</tr>\n");
    }
    if (t.rowCount() > rows) {
      sb.append("<tr><td colspan=\"").append(t.columns().size()).append("\">… ")
          .append(t.rowCount() - rows).append(" more rows (print the table for all of them)</td></tr>\n");
    }
    return sb.append("</tbody>\n</table>").toString();
  }

  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
