package org.nnl.lang.eval;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One sweep as it travels to other machines, in plain data: the source of the sweep (its text,
 * so that every diagnostic an executor gives is the one a local run gives), where the sweep is
 * in it, the values its fields need ({@code context}: a {@link Wire} value or the
 * {@link Recipe} that remakes a declared object), the seed {@code seed} taken from the session
 * stream at the start of the sweep, the position of the session stream its domains were then
 * evaluated at ({@code streamOrigin}, {@code streamTaken}), and its cells in sweep order.
 *
 * <p>The sweep rule: cell k runs with the seed stream {@code SeedStream.cell(seed, k)},
 * wherever it runs, so a cell's results depend on nothing but (job, k).
 */
public record SweepJob(Source source, int line, int col, int length, List<String> vars,
                       Map<String, Object> context, long seed, long streamOrigin, long streamTaken,
                       List<Cell> cells) implements Serializable {

  /**
   * A source text: its name (for diagnostics), text, the folder its file names resolve against,
   * and the line its text starts at (a REPL entry's lines count from the whole input's).
   */
  public record Source(String name, String text, String dir, int firstLine) implements Serializable {}

  /**
   * Cell {@code index} (0-based, in sweep order): the value of each sweep variable in
   * {@link Wire} form, or null where it is not plain (a network, an activation): then the
   * executor evaluates that variable's domain and takes its element {@code indices.get(j)}.
   */
  public record Cell(int index, List<Object> values, List<Long> indices) implements Serializable {}

  /**
   * How to remake a declared object on another machine: run the statement at (line, col) of
   * {@code source} that binds {@code name}, over {@code deps} (a Wire value or a Recipe each),
   * with the seed stream at the position the statement ran with (origin, taken).
   */
  public record Recipe(Source source, int line, int col, String name, long streamOrigin, long streamTaken,
                       Map<String, Object> deps)
      implements Serializable {}
}
