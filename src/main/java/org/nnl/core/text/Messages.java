package org.nnl.core.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Messages formatted like {@link String#format} (in the root locale), with NNL's rule for numbers:
 * a double or float given to a {@code %s} prints as {@link Numbers#plain} does, so whole numbers
 * appear as integers ({@code not -1}, not {@code not -1.0}). Other conversions ({@code %d},
 * {@code %.1f}, {@code %g}) are left as written.
 */
public final class Messages {
  private Messages() {}

  /** A format specifier as {@link java.util.Formatter} reads it: index, flags, width, precision, conversion. */
  private static final Pattern SPECIFIER = Pattern.compile("%(\\d+\\$)?([-#+ 0,(<]*)?(\\d+)?(\\.\\d+)?([tT])?([a-zA-Z%])");

  /** The fragment with its first letter in upper case, to start a sentence: "a list" gives "A list". */
  public static String capitalized(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  public static String format(String format, Object... args) {
    boolean[] asString = new boolean[args.length];
    boolean[] otherwise = new boolean[args.length];
    Matcher m = SPECIFIER.matcher(format);
    int ordinary = 0;
    int last = -1;
    while (m.find()) {
      char conversion = m.group(6).charAt(0);
      if (conversion == '%' || conversion == 'n') continue;
      int index;
      if (m.group(2) != null && m.group(2).contains("<")) index = last;
      else if (m.group(1) != null) index = Integer.parseInt(m.group(1).substring(0, m.group(1).length() - 1)) - 1;
      else index = ordinary++;
      last = index;
      if (index < 0 || index >= args.length) continue;
      if (m.group(5) == null && (conversion == 's' || conversion == 'S')) asString[index] = true;
      else otherwise[index] = true;
    }
    Object[] shown = args.clone();
    for (int i = 0; i < args.length; i++) {
      if (asString[i] && !otherwise[i] && (args[i] instanceof Double || args[i] instanceof Float)) {
        shown[i] = Numbers.plain(((Number) args[i]).doubleValue());
      }
    }
    return String.format(Locale.ROOT, format, shown);
  }
}
