package org.nnl.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table: named columns and rows of cells. Cells are {@link Double}, {@link Long},
 * {@link String}, {@link Boolean} or {@link Estimate} values. Built by sweeps, hermite tables,
 * moments and learning curves; printed aligned, saved as CSV or JSON, plotted.
 */
public final class Table {
  private final List<String> columns;
  private final List<List<Object>> rows = new ArrayList<>();

  public Table(List<String> columns) {
    this.columns = List.copyOf(columns);
  }

  public Table(String... columns) {
    this(List.of(columns));
  }

  /** Appends a row; it must have one cell per column. */
  public Table addRow(Object... cells) {
    return addRow(List.of(cells));
  }

  public Table addRow(List<?> cells) {
    if (cells.size() != columns.size()) {
      throw new IllegalArgumentException("row of " + cells.size() + " cells for " + columns.size() + " columns");
    }
    rows.add(Collections.unmodifiableList(new ArrayList<>(cells)));
    return this;
  }

  public List<String> columns() {
    return columns;
  }

  public int rowCount() {
    return rows.size();
  }

  public List<List<Object>> rows() {
    return Collections.unmodifiableList(rows);
  }

  public List<Object> row(int i) {
    return rows.get(i);
  }

  public int columnIndex(String name) {
    int k = columns.indexOf(name);
    InvalidRequestException.require(k >= 0, "The table has no column '%s'. Columns: %s.", name, String.join(", ", columns));
    return k;
  }

  /** The cells of column {@code name}, top to bottom. */
  public List<Object> column(String name) {
    int k = columnIndex(name);
    List<Object> out = new ArrayList<>(rows.size());
    for (List<Object> r : rows) out.add(r.get(k));
    return out;
  }

  /** Column {@code name} as numbers (an estimate contributes its mean). */
  public double[] numbers(String name) {
    int k = columnIndex(name);
    double[] out = new double[rows.size()];
    for (int i = 0; i < out.length; i++) {
      Object c = rows.get(i).get(k);
      if (c instanceof Number n) out[i] = n.doubleValue();
      else if (c instanceof Estimate e) out[i] = e.mean();
      else throw new InvalidRequestException("Column '" + name + "' holds a non-number: " + c + ".");
    }
    return out;
  }

  @Override
  public String toString() {
    return "Table" + columns + " (" + rows.size() + " rows)";
  }
}
