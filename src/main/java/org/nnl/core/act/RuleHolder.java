package org.nnl.core.act;

/** An activation that caches the quadrature rule of its raw function. */
interface RuleHolder {
  GaussianRule rule();
}
