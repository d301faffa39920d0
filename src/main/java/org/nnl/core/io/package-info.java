/**
 * Files, read and written safely: {@link org.nnl.core.io.TextFiles} reads UTF-8 text (regular
 * files only, bounded size, a BOM accepted, invalid bytes refused with byte offset, line,
 * column and reason); {@link org.nnl.core.io.AtomicFile} writes a file whole or not at all,
 * through symbolic links, never replacing what is not a regular file. Imports java.* and
 * org.nnl.core only.
 */
package org.nnl.core.io;
