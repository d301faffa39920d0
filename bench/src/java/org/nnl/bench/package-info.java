/**
 * Benchmarks, compiled with the tests and run by hand or by bench/gemm.sh and bench/endtoend.sh:
 * plain-timing runners (EndToEnd, NetBenchmarks, SgdVsPolyreg, KernelName) and JMH benchmarks
 * (GemmBench, ForwardPassBench, HermiteBench, UserActivationBench). Each class's Javadoc states
 * what it measures, its formula for the rate, and the numpy script it is compared with. Imports
 * the core, lang (UserActivationBench compiles NNL source) and JMH; nothing imports it.
 */
package org.nnl.bench;
