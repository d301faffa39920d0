package org.nnl.lang.library;

import java.util.List;
import java.util.Map;
import org.nnl.core.Estimate;
import org.nnl.core.Table;
import org.nnl.core.act.Activation;
import org.nnl.core.dist.DataSet;
import org.nnl.core.dist.Distribution;
import org.nnl.core.learn.Learner;
import org.nnl.core.learn.Model;
import org.nnl.core.net.Architecture;
import org.nnl.core.net.Network;
import org.nnl.core.predict.Predictor;
import org.nnl.core.text.Numbers;

/** The kind of a runtime value, the compatibility of kinds, and their names in messages. */
public final class Kinds {
  private Kinds() {}

  /** The kind of a runtime value (ANY when NNL has no name for it). */
  public static Kind of(Object v) {
    if (v instanceof Double || v instanceof Number) return Kind.NUMBER;
    if (v instanceof String) return Kind.STRING;
    if (v instanceof Boolean) return Kind.BOOL;
    if (v instanceof List) return Kind.LIST;
    if (v instanceof Map) return Kind.RECORD;
    if (v instanceof Table) return Kind.TABLE;
    if (v instanceof Estimate || v instanceof org.nnl.core.measure.GapEstimate) return Kind.ESTIMATE;
    if (v instanceof Activation) return Kind.ACTIVATION;
    if (v instanceof Architecture) return Kind.ARCHITECTURE;
    if (v instanceof Network) return Kind.NETWORK;
    if (v instanceof Distribution) return Kind.DISTRIBUTION;
    if (v instanceof DataSet) return Kind.DATA;
    if (v instanceof Learner) return Kind.LEARNER;
    if (v instanceof Model) return Kind.MODEL;
    if (v instanceof Predictor) return Kind.FUNCTION;
    return Kind.ANY;
  }

  /** The estimate a value of kind ESTIMATE carries (an {@link Estimate}, or a gap estimate's), or null. */
  public static Estimate estimate(Object v) {
    if (v instanceof Estimate e) return e;
    if (v instanceof org.nnl.core.measure.GapEstimate g) return g.estimate();
    return null;
  }

  /** Whether a value of kind {@code actual} may be passed where {@code wanted} is expected (ANY fits everything). */
  public static boolean fits(Kind wanted, Kind actual) {
    if (wanted == actual || wanted == Kind.ANY || actual == Kind.ANY) return true;
    if (wanted == Kind.FUNCTION) return actual == Kind.NETWORK || actual == Kind.MODEL;
    return false;
  }

  /** Whether a runtime value fits a parameter kind (used to choose among overloads). */
  public static boolean fits(Kind wanted, Object value) {
    if (wanted == Kind.FUNCTION) return value instanceof Predictor;
    Kind k = of(value);
    return wanted == Kind.ANY || wanted == k || (k == Kind.ANY && wanted != Kind.NUMBER && wanted != Kind.STRING
        && wanted != Kind.BOOL && wanted != Kind.LIST && wanted != Kind.TABLE);
  }

  /** Values of these kinds can be called: {@code relu(0.5)}, {@code net(x)}, {@code model(x)}. */
  public static boolean callable(Kind k) {
    return k == Kind.ACTIVATION || k == Kind.NETWORK || k == Kind.MODEL || k == Kind.FUNCTION || k == Kind.ANY;
  }

  /**
   * A runtime value in a message, the one form used by the checker's, the interpreter's and the
   * built-ins' refusals: {@code nothing}, {@code the number 3} (whole numbers as integers, others in
   * full precision), {@code the string "x"}, else the article of its kind ({@code a list},
   * {@code an architecture}), or, for a value NNL has no kind name for, its own text
   * ({@code poly(degree: 3)}).
   */
  public static String describe(Object v) {
    if (v == null) return "nothing";
    if (v instanceof Number n) return "the number " + Numbers.plain(n.doubleValue());
    if (v instanceof String s) return "the string \"" + s + "\"";
    Kind k = of(v);
    return k == Kind.ANY ? String.valueOf(v) : article(k);
  }

  /** "a number", "an activation", ... for messages. */
  public static String article(Kind k) {
    return switch (k) {
      case NUMBER -> "a number";
      case STRING -> "a string";
      case BOOL -> "a boolean";
      case LIST -> "a list";
      case RECORD -> "a record";
      case TABLE -> "a table";
      case ESTIMATE -> "an estimate";
      case ACTIVATION -> "an activation";
      case ARCHITECTURE -> "an architecture";
      case WEIGHTS -> "a weight law";
      case NETWORK -> "a network";
      case DISTRIBUTION -> "a distribution";
      case DATA -> "a data set";
      case LEARNER -> "a learner";
      case KERNEL -> "a kernel";
      case MODEL -> "a model";
      case FUNCTION -> "a network or model";
      case ANY -> "a value";
      case NONE -> "nothing";
    };
  }
}
