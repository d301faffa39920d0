package org.nnl.lang.eval;

/**
 * Where a host that shows results inline (a notebook) receives charts: {@code plot} without
 * {@code to:} draws only here; with {@code to:} it writes the file and draws here too. A session
 * without a display requires {@code to:}.
 */
public interface Display {
  /** One chart, rendered as PNG bytes and as SVG text (the same picture). */
  void chart(byte[] png, String svg);
}
