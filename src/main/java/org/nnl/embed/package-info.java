/**
 * Embedding NNL in Java and Groovy hosts: the JSR-223 engine ({@code nnl}, registered through
 * META-INF/services), conversions of host values ({@link org.nnl.embed.HostValues}) and Groovy
 * conveniences ({@link org.nnl.embed.NnlGroovyMethods}, a Groovy extension module: tables
 * iterate as maps, closures bind as activations). The Java API itself is
 * {@link org.nnl.lang.Session}. Imports lang, core and Groovy.
 */
package org.nnl.embed;
