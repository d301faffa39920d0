package org.nnl.repl;

/** The {@code nnl} command line: {@code nnl}, {@code nnl FILE...}, {@code nnl -e CODE}, {@code nnl check FILE}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.err.println("nnl: the language is not there yet.");
    System.exit(64);
  }
}
