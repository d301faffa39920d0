package org.nnl.lang.eval;

import java.nio.file.Path;
import java.util.Map;
import org.nnl.lang.ast.Program;
import org.nnl.lang.ast.Stmt;

/**
 * How a declared value was made: statement {@code stmt} of {@code program} (file names
 * resolving against {@code dir}) run with the seed stream at {@code stream} (a copy), reading {@code deps}
 * (name to a plain value, to the Origin of a declared one, or to {@link #UNMOVABLE}).
 * {@code value} is what it made (an origin is valid only for that very object).
 */
record Origin(Object value, Program program, Path dir, Stmt stmt, String name, org.nnl.core.SeedStream stream,
              Map<String, Object> deps) {
  /** Marks a dependency that cannot be remade elsewhere (a non-plain value set from Java). */
  static final Object UNMOVABLE = new Object();
}
