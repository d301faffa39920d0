package org.nnl.lang.library;

/**
 * A parameter of a built-in: its name (also its named-argument name), its kind, and whether it
 * is required; an optional parameter has a default value (null means "absent": the
 * implementation decides, e.g. the session seed for {@code seed}).
 */
public record Param(String name, Kind kind, boolean required, Object defaultValue) {
  public static Param req(String name, Kind kind) {
    return new Param(name, kind, true, null);
  }

  public static Param opt(String name, Kind kind, Object defaultValue) {
    return new Param(name, kind, false, defaultValue);
  }
}
