/**
 * How values leave the interpreter: printing ({@link org.nnl.lang.eval.builtin.output.ValueFormat}),
 * atomic CSV/JSON files ({@link org.nnl.lang.eval.builtin.output.Saver}), XChart plots
 * ({@link org.nnl.lang.eval.builtin.output.Plotter}) and the terminal progress bar. Imports the
 * core, XChart and lang.library (Kinds: what counts as an estimate); nothing of the interpreter.
 */
package org.nnl.lang.eval.builtin.output;
