package org.nnl.lang.library;

/**
 * The kinds of values the language knows, and their Java representation:
 * NUMBER Double; STRING String; BOOL Boolean; LIST java.util.List; RECORD java.util.Map
 * (insertion-ordered, String keys); TABLE org.nnl.core.Table; ESTIMATE org.nnl.core.Estimate
 * (or a subclass-like record of measure); ACTIVATION core.act.Activation; ARCHITECTURE
 * core.net.Architecture; WEIGHTS the weight law of core.net; NETWORK core.net.Network;
 * DISTRIBUTION core.dist.Distribution; DATA core.dist.DataSet; LEARNER core.learn.Learner;
 * KERNEL the kernel type of core.learn; MODEL core.learn.Model; FUNCTION any
 * core.Predictor (networks and models); ANY anything.
 */
public enum Kind {
  NUMBER, STRING, BOOL, LIST, RECORD, TABLE, ESTIMATE, ACTIVATION, ARCHITECTURE, WEIGHTS, NETWORK,
  DISTRIBUTION, DATA, LEARNER, KERNEL, MODEL, FUNCTION, ANY, NONE
}
