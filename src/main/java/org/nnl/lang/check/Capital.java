package org.nnl.lang.check;

/** Capitalizes the first letter of a message fragment. */
final class Capital {
  private Capital() {}

  static String of(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
