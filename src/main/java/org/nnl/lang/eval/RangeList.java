package org.nnl.lang.eval;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The value of {@code a..b}: the whole numbers a, a+1, ..., b as an immutable list of Doubles,
 * held as its two ends (O(1) memory), so that a sweep can count its cells before any list exists.
 */
final class RangeList extends AbstractList<Object> implements RandomAccess {
  private final long from;
  private final int size;

  RangeList(long from, int size) {
    this.from = from;
    this.size = size;
  }

  @Override
  public Object get(int i) {
    if (i < 0 || i >= size) throw new IndexOutOfBoundsException("index " + i + " of a range of " + size);
    return (double) (from + i);
  }

  @Override
  public int size() {
    return size;
  }
}
