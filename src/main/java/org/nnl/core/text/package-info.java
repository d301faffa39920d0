/**
 * Words and numbers in messages and printed output, the one home of each rule: {@link
 * org.nnl.core.text.Numbers} (whole numbers print as integers; full precision or a number of
 * significant digits), {@link org.nnl.core.text.Messages} (String.format with that rule for a
 * double given to {@code %s}) and {@link org.nnl.core.text.Suggest} ("Did you mean" by edit distance).
 * Used by the core's own messages and declarations, by the language and by its clients.
 * Imports java.* only.
 */
package org.nnl.core.text;
