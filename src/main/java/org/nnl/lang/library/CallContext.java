package org.nnl.lang.library;

import java.io.PrintStream;
import java.nio.file.Path;

/** What a built-in may know of the session that calls it. */
public interface CallContext {
  /**
   * Takes the next seed of the running seed stream ({@link org.nnl.core.SeedStream}): the seed
   * of a call without {@code seed:}. Call it once per such call, only when the seed is needed.
   */
  long nextSeed();

  /** Significant digits for printing. */
  int digits();

  PrintStream out();

  /** Resolves a file name against the directory of the running script (or the working directory). */
  Path resolve(String file);

  /** Emits a warning (e.g. a heavy-tailed gap) at the span of the current call. */
  void warn(String message);
}
