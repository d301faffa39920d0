/**
 * The Jupyter kernel: {@code nnl kernel CONNECTION_FILE} (what Jupyter starts) and
 * {@code nnl kernel install}. Built on jjava-jupyter's BaseKernel and ZeroMQ messaging; a thin
 * client of org.nnl.lang.Session (one per kernel process) that reuses the REPL's completion,
 * help and colon commands through org.nnl.repl.Assist. Imports lang, repl, jjava; not core's
 * numerics.
 */
package org.nnl.jupyter;
