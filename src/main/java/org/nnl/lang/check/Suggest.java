package org.nnl.lang.check;

import java.util.Collection;

/** "Did you mean" suggestions: the nearest known name by edit distance (Levenshtein), if near enough. */
public final class Suggest {
  private Suggest() {}

  /** The candidate nearest to {@code name} within distance max(1, |name|/3) (0 for names under 3 letters), or null. */
  public static String nearest(String name, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int limit = name.length() < 3 ? 0 : Math.max(1, name.length() / 3);
    for (String c : candidates) {
      int d = distance(name.toLowerCase(), c.toLowerCase());
      if (d < bestDistance || (d == bestDistance && best != null && c.compareTo(best) < 0)) {
        bestDistance = d;
        best = c;
      }
    }
    return bestDistance <= limit ? best : null;
  }

  /** " Did you mean 'x'?" or "" when nothing is near. */
  public static String didYouMean(String name, Collection<String> candidates) {
    String s = nearest(name, candidates);
    return s == null ? "" : " Did you mean '" + s + "'?";
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps cost 1. */
  static int distance(String a, String b) {
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
