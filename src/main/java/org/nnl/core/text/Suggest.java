package org.nnl.core.text;

import java.util.Collection;

/**
 * "Did you mean" suggestions, the one rule: the known name nearest to the unknown one by optimal
 * string alignment distance (insertions, deletions, substitutions and swaps of two adjacent
 * letters cost 1; letter case is ignored), if that distance is at most max(1, ⌊|name|/3⌋), and
 * never for names under 3 letters (every short name is near every other). Ties go to the name
 * first in alphabetical order, so the suggestion does not depend on the candidates' order.
 */
public final class Suggest {
  private Suggest() {}

  /** The largest distance still suggested for a name of {@code length} letters: 0 under 3, else max(1, ⌊length/3⌋). */
  public static int limit(int length) {
    return length < 3 ? 0 : Math.max(1, length / 3);
  }

  /** The candidate nearest to {@code name} within {@link #limit}, or null. */
  public static String nearest(String name, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    for (String c : candidates) {
      int d = distance(lower, c.toLowerCase(java.util.Locale.ROOT));
      if (d < bestDistance || (d == bestDistance && best != null && c.compareTo(best) < 0)) {
        bestDistance = d;
        best = c;
      }
    }
    return bestDistance <= limit(name.length()) ? best : null;
  }

  /** " Did you mean 'x'?" or "" when nothing is near. */
  public static String didYouMean(String name, Collection<String> candidates) {
    String s = nearest(name, candidates);
    return s == null ? "" : " Did you mean '" + s + "'?";
  }

  /**
   * Optimal string alignment distance: d[i][j] = min(d[i−1][j] + 1, d[i][j−1] + 1,
   * d[i−1][j−1] + [a_i ≠ b_j], and d[i−2][j−2] + 1 when a_i a_{i−1} = b_{j−1} b_j swapped).
   */
  public static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) d[i][0] = i;
    for (int j = 0; j <= b.length(); j++) d[0][j] = j;
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
