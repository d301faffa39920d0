package org.nnl.lang.eval.builtin.output;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.io.AtomicFile;
import org.nnl.core.Table;
import org.nnl.core.dist.DataSet;
import org.nnl.core.dist.DataSets;

/**
 * {@code save VALUE to "file.csv"|"file.json"}: tables (and records, one row, or lists of
 * records, one row each) as CSV or JSON; data sets as CSV (core.dist's lossless format) or
 * JSON ({@code {"x": [[…]], "y": [[…]]}}). Every file is written atomically
 * ({@link AtomicFile}); numbers keep full precision (shortest round-trip form).
 */
public final class Saver {
  private Saver() {}

  public static void save(Object value, Path file) {
    String ext = extension(file);
    if (value instanceof DataSet d) {
      if (ext.equals("csv")) DataSets.save(d, file);
      else AtomicFile.write(file, out -> write(out, w -> JsonWriter.data(d, w)));
      return;
    }
    Table t = asTable(value);
    if (ext.equals("csv")) AtomicFile.write(file, out -> write(out, w -> CsvWriter.table(t, w)));
    else AtomicFile.write(file, out -> write(out, w -> JsonWriter.table(t, w)));
  }

  /** The file's extension, which must be csv or json. */
  static String extension(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    InvalidRequestException.require(ext.equals("csv") || ext.equals("json"),
        "save writes .csv or .json files; '%s' has neither extension.", name);
    return ext;
  }

  /** A table, a record (one row) or a non-empty list of records with the same fields (one row each). */
  static Table asTable(Object value) {
    if (value instanceof Table t) return t;
    if (value instanceof Map<?, ?> m) return rows(List.of(m));
    if (value instanceof List<?> l && !l.isEmpty() && l.stream().allMatch(x -> x instanceof Map)) return rows(l);
    throw new InvalidRequestException("save writes a table, a data set or records, not "
        + (value instanceof List ? "a list of numbers" : ValueFormat.inner(value, 6)) + ".");
  }

  private static Table rows(List<?> records) {
    List<String> cols = new ArrayList<>();
    for (Object k : ((Map<?, ?>) records.get(0)).keySet()) cols.add(String.valueOf(k));
    Table t = new Table(cols);
    for (Object r : records) {
      Map<?, ?> m = (Map<?, ?>) r;
      InvalidRequestException.require(m.keySet().stream().map(String::valueOf).toList().equals(cols),
          "save needs records with the same fields in the same order; %s differs from %s.", m.keySet(), cols);
      t.addRow(new ArrayList<>(m.values()));
    }
    return t;
  }

  /** What writes text. */
  @FunctionalInterface
  interface TextWriter {
    void write(Writer w) throws java.io.IOException;
  }

  private static void write(java.io.OutputStream out, TextWriter body) throws java.io.IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    body.write(w);
    w.flush();
  }
}
