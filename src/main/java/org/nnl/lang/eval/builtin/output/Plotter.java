package org.nnl.lang.eval.builtin.output;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.nnl.core.Estimate;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.io.AtomicFile;
import org.nnl.core.Table;
import org.nnl.core.text.Numbers;
import org.nnl.lang.library.Kinds;

/**
 * {@code plot TABLE, x: COL, y: COL|[COLS], log: "x"|"y"|"xy", to: "file.png"|"file.svg"}: one
 * line per y column against x with XChart, headless; estimate columns are drawn at their means
 * with ±1 standard-error bars (bars are left out on a logarithmic y axis when a bar would reach
 * 0 or below). PNG through BitmapEncoder, SVG through VectorGraphics2D; written atomically.
 */
public final class Plotter {
  private Plotter() {}

  static final int WIDTH = 800;
  static final int HEIGHT = 520;

  public static void plot(Table table, String x, List<String> ys, String log, Path file) {
    String ext = extension(file);
    XYChart chart = checkedChart(table, x, ys, log);
    AtomicFile.write(file, out -> encode(chart, ext, out));
  }

  /** The chart {@link #plot} writes, as the bytes of a {@code format} ("png" or "svg") file. */
  public static byte[] render(Table table, String x, List<String> ys, String log, String format) {
    InvalidRequestException.require(format.equals("png") || format.equals("svg"), "A chart is png or svg, not '%s'.", format);
    XYChart chart = checkedChart(table, x, ys, log);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try {
      encode(chart, format, out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void encode(XYChart chart, String ext, java.io.OutputStream out) throws java.io.IOException {
    if (ext.equals("png")) BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
    else VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
  }

  private static XYChart checkedChart(Table table, String x, List<String> ys, String log) {
    InvalidRequestException.require(log == null || List.of("x", "y", "xy", "yx").contains(log),
        "log must be \"x\", \"y\" or \"xy\", not \"%s\".", log);
    InvalidRequestException.require(!ys.isEmpty(), "plot needs at least one y column.");
    InvalidRequestException.require(table.rowCount() > 0, "The table has no rows to plot.");
    boolean logX = log != null && log.contains("x");
    boolean logY = log != null && log.contains("y");
    return chart(table, x, ys, logX, logY);
  }

  static XYChart chart(Table table, String x, List<String> ys, boolean logX, boolean logY) {
    if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
    double[] xs = values(table, x, logX, "x");
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
        .xAxisTitle(x).yAxisTitle(ys.size() == 1 ? ys.get(0) : String.join(", ", ys)).build();
    Styler st = chart.getStyler();
    chart.getStyler().setXAxisLogarithmic(logX);
    chart.getStyler().setYAxisLogarithmic(logY);
    st.setLegendPosition(Styler.LegendPosition.OutsideS);
    st.setLegendVisible(ys.size() > 1);
    st.setChartBackgroundColor(java.awt.Color.WHITE);
    for (String y : ys) {
      double[] v = values(table, y, logY, "y");
      double[] err = errors(table, y, v, logY);
      XYSeries s = err == null ? chart.addSeries(y, xs, v) : chart.addSeries(y, xs, v, err);
      s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    }
    return chart;
  }

  private static double[] values(Table t, String col, boolean log, String axis) {
    int k = t.columnIndex(col);
    double[] out = new double[t.rowCount()];
    for (int i = 0; i < out.length; i++) {
      Object c = t.row(i).get(k);
      InvalidRequestException.require(CellValues.numeric(c), "Column '%s' cannot be plotted: row %d holds %s, not a number.",
          col, i + 1, ValueFormat.inner(c, 6));
      out[i] = CellValues.value(c);
      InvalidRequestException.require(Double.isFinite(out[i]), "Column '%s' cannot be plotted: row %d is %s.",
          col, i + 1, Numbers.format(out[i], 6));
      InvalidRequestException.require(!log || out[i] > 0,
          "A logarithmic %s axis needs positive values; column '%s' is %s in row %d. Drop log: \"%s\" or those rows.",
          axis, col, Numbers.format(out[i], 6), i + 1, axis);
    }
    return out;
  }

  /** ±stderr bars of an estimate column, or null (no estimates, or a bar reaching 0 on a log axis). */
  private static double[] errors(Table t, String col, double[] means, boolean logY) {
    int k = t.columnIndex(col);
    double[] err = new double[means.length];
    boolean any = false;
    for (int i = 0; i < err.length; i++) {
      Estimate e = Kinds.estimate(t.row(i).get(k));
      if (e == null || !Double.isFinite(e.stderr())) continue;
      err[i] = e.stderr();
      any = true;
      if (logY && means[i] - err[i] <= 0) return null;
    }
    return any ? err : null;
  }

  static String extension(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    InvalidRequestException.require(ext.equals("png") || ext.equals("svg"),
        "plot writes .png or .svg files; '%s' has neither extension.", name);
    return ext;
  }
}
