package org.nnl.core.net;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nnl.core.InvalidRequestException;

/**
 * The monomials x^e = Π_j x_j^{e_j} of total degree ≤ D in d variables, C(d + D, d) of them,
 * each identified by the code Σ_j e_j·(D+1)^j and kept in increasing code order, so that the
 * product x^e·x^f (of degree ≤ D) has code code(e) + code(f).
 */
final class Monomials {
  final int d;
  final int maxDegree;
  final long[] codes;
  final int[] degrees;

  Monomials(int d, int maxDegree, long limit, String way) {
    this.d = d;
    this.maxDegree = maxDegree;
    double count = count(d, maxDegree);
    InvalidRequestException.require(count <= limit,
        "The polynomial in %d variables of degree %d has %.0f monomials, more than the %d that fit; %s.",
        d, maxDegree, count, limit, way);
    InvalidRequestException.require(d * Math.log(maxDegree + 1.0) < 62 * Math.log(2),
        "The polynomial in %d variables of degree %d cannot be indexed (%d^%d codes); %s.",
        d, maxDegree, maxDegree + 1, d, way);
    List<int[]> all = new ArrayList<>();
    enumerate(new int[d], 0, maxDegree, all);
    codes = new long[all.size()];
    degrees = new int[all.size()];
    long[][] sorted = new long[all.size()][];
    for (int i = 0; i < all.size(); i++) sorted[i] = new long[] {code(all.get(i)), Arrays.stream(all.get(i)).sum()};
    Arrays.sort(sorted, (a, b) -> Long.compare(a[0], b[0]));
    for (int i = 0; i < sorted.length; i++) {
      codes[i] = sorted[i][0];
      degrees[i] = (int) sorted[i][1];
    }
  }

  /** C(d + D, d) as a double (so that huge counts are reported, not overflowed). */
  static double count(int d, int maxDegree) {
    double c = 1;
    for (int k = 1; k <= d; k++) c = c * (maxDegree + k) / k;
    return Math.rint(c);
  }

  int size() {
    return codes.length;
  }

  private static void enumerate(int[] e, int j, int left, List<int[]> out) {
    if (j == e.length) {
      out.add(e.clone());
      return;
    }
    for (int k = 0; k <= left; k++) {
      e[j] = k;
      enumerate(e, j + 1, left - k, out);
    }
    e[j] = 0;
  }

  long code(int[] e) {
    long c = 0;
    for (int j = d - 1; j >= 0; j--) c = c * (maxDegree + 1) + e[j];
    return c;
  }

  /** The exponents of monomial {@code i}. */
  int[] exponents(int i) {
    int[] e = new int[d];
    long c = codes[i];
    for (int j = 0; j < d; j++) {
      e[j] = (int) (c % (maxDegree + 1));
      c /= maxDegree + 1;
    }
    return e;
  }

  /** The index of the monomial with code {@code c}. */
  int index(long c) {
    return Arrays.binarySearch(codes, c);
  }

  /** The index of x_j. */
  int variable(int j) {
    int[] e = new int[d];
    e[j] = 1;
    return index(code(e));
  }

  /** a·b; the caller guarantees deg a + deg b ≤ D. */
  double[] multiply(double[] a, double[] b) {
    int[] na = nonzero(a);
    int[] nb = nonzero(b);
    double[] c = new double[codes.length];
    for (int i : na) {
      double ai = a[i];
      long ci = codes[i];
      for (int j : nb) c[index(ci + codes[j])] += ai * b[j];
    }
    return c;
  }

  private static int[] nonzero(double[] a) {
    int n = 0;
    for (double v : a) if (v != 0) n++;
    int[] idx = new int[n];
    n = 0;
    for (int i = 0; i < a.length; i++) if (a[i] != 0) idx[n++] = i;
    return idx;
  }

  /** x^e as text, e.g. {@code x1^2*x3}, or {@code 1}. */
  String name(int i) {
    int[] e = exponents(i);
    StringBuilder s = new StringBuilder();
    for (int j = 0; j < d; j++) {
      if (e[j] == 0) continue;
      if (s.length() > 0) s.append('*');
      s.append('x').append(j + 1);
      if (e[j] > 1) s.append('^').append(e[j]);
    }
    return s.length() == 0 ? "1" : s.toString();
  }
}
