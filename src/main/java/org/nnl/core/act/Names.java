package org.nnl.core.act;

import java.util.List;

/** The nearest name by edit distance, for "Did you mean ...?" messages. */
final class Names {
  private Names() {}

  /** The candidate closest to {@code name} (Levenshtein distance ≤ max(2, |name|/2)), or null. */
  static String nearest(String name, List<String> candidates) {
    String best = null;
    int bestD = Math.max(2, name.length() / 2) + 1;
    for (String c : candidates) {
      String bare = c.contains("(") ? c.substring(0, c.indexOf('(')) : c;
      int d = distance(name.toLowerCase(), bare);
      if (d < bestD) {
        bestD = d;
        best = c;
      }
    }
    return best;
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
