package org.nnl.core.dist;

import org.nnl.core.linalg.MemoryGuard;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.io.TextFiles;
import org.nnl.core.linalg.Mat;

/**
 * A CSV file of numbers: an optional header line (every field a non-number) then rows of
 * finite numbers separated by commas, all of the same length; blank lines are skipped.
 * Hand-written (a dozen lines of splitting) so that every refusal names file:line and the sizes.
 */
public record CsvNumbers(List<String> header, Mat values) {

  /** Reads {@code path}; refuses a missing or empty file, ragged rows and non-numbers. */
  public static CsvNumbers read(Path path) {
    List<String> header = null;
    List<double[]> rows = new ArrayList<>();
    int cols = -1;
    TextFiles.requireRegular(path, path.toString());
    try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (lineNo == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
        if (line.isBlank()) continue;
        String[] f = line.split(",", -1);
        if (cols < 0 && header == null && rows.isEmpty() && allNonNumbers(f)) {
          header = new ArrayList<>();
          for (String s : f) header.add(s.trim());
          cols = f.length;
          continue;
        }
        if (cols < 0) cols = f.length;
        InvalidRequestException.require(f.length == cols,
            "%s:%d: a row of %d values where the rows above have %d; every row needs the same length.",
            path, lineNo, f.length, cols);
        double[] r = new double[cols];
        for (int j = 0; j < cols; j++) r[j] = number(f[j], path, lineNo, j + 1);
        rows.add(r);
        if ((rows.size() & 0xFFFF) == 0) MemoryGuard.requireDoubles((long) rows.size() * 2 * cols, "Reading " + path, "use a smaller file");
      }
    } catch (java.nio.charset.CharacterCodingException e) {
      // Only on failure: read the bytes again to name the offset, line, column and reason.
      try {
        TextFiles.decode(Files.readAllBytes(path), path.toString());
      } catch (IOException again) {
        // fall through to the general message
      }
      throw new InvalidRequestException("Cannot read '" + path + "': it is not UTF-8 text.");
    } catch (NoSuchFileException e) {
      throw new InvalidRequestException("Cannot read '" + path + "': no such file.");
    } catch (IOException e) {
      throw new InvalidRequestException("Cannot read '" + path + "': " + e.getMessage() + ".");
    }
    InvalidRequestException.require(!rows.isEmpty(), "%s: the file has no rows of numbers%s.", path,
        header == null ? " (it is empty)" : " after its header");
    Mat m = new Mat(rows.size(), cols);
    for (int i = 0; i < rows.size(); i++) System.arraycopy(rows.get(i), 0, m.data, i * cols, cols);
    return new CsvNumbers(header, m);
  }

  private static boolean allNonNumbers(String[] f) {
    for (String s : f) {
      try {
        Double.parseDouble(s.trim());
        return false;
      } catch (NumberFormatException e) {
        // a header field
      }
    }
    return true;
  }

  private static double number(String s, Path path, int line, int col) {
    double v;
    try {
      v = Double.parseDouble(s.trim());
    } catch (NumberFormatException e) {
      throw new InvalidRequestException(String.format("%s:%d: value %d is '%s', not a number.", path, line, col, s.trim()));
    }
    InvalidRequestException.require(Double.isFinite(v), "%s:%d: value %d is '%s', not a finite number.", path, line, col, s.trim());
    return v;
  }
}
