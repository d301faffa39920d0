package org.nnl.embed;

import java.util.List;
import java.util.stream.Collectors;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;

/**
 * The JSR-223 factory of NNL, registered in META-INF/services/javax.script.ScriptEngineFactory:
 * found by the name {@code nnl}, the extension {@code nnl} and the MIME type
 * {@code text/x-nnl}. Each engine owns one independent session.
 */
public final class NnlScriptEngineFactory implements ScriptEngineFactory {
  static final String VERSION = "0.1.0";

  @Override
  public String getEngineName() {
    return "NNL";
  }

  @Override
  public String getEngineVersion() {
    return VERSION;
  }

  @Override
  public List<String> getExtensions() {
    return List.of("nnl");
  }

  @Override
  public List<String> getMimeTypes() {
    return List.of("text/x-nnl", "application/x-nnl");
  }

  @Override
  public List<String> getNames() {
    return List.of("nnl", "NNL");
  }

  @Override
  public String getLanguageName() {
    return "NNL";
  }

  @Override
  public String getLanguageVersion() {
    return VERSION;
  }

  /**
   * The standard keys; THREADING is MULTITHREADED: an engine may be called from several
   * threads, its evaluations are serialized (one session, synchronized), and effects are shared.
   */
  @Override
  public Object getParameter(String key) {
    return switch (key) {
      case ScriptEngine.ENGINE -> getEngineName();
      case ScriptEngine.ENGINE_VERSION -> getEngineVersion();
      case ScriptEngine.NAME -> "nnl";
      case ScriptEngine.LANGUAGE -> getLanguageName();
      case ScriptEngine.LANGUAGE_VERSION -> getLanguageVersion();
      case "THREADING" -> "MULTITHREADED";
      default -> null;
    };
  }

  /** NNL has no methods: {@code m(obj, args...)} calls the function {@code m} on {@code obj}. */
  @Override
  public String getMethodCallSyntax(String obj, String m, String... args) {
    StringBuilder sb = new StringBuilder(m).append('(').append(obj);
    for (String a : args) sb.append(", ").append(a);
    return sb.append(')').toString();
  }

  @Override
  public String getOutputStatement(String toDisplay) {
    return "print \"" + toDisplay.replace("\"", "'") + "\"";
  }

  @Override
  public String getProgram(String... statements) {
    return List.of(statements).stream().collect(Collectors.joining("\n", "", "\n"));
  }

  @Override
  public ScriptEngine getScriptEngine() {
    return new NnlScriptEngine(this);
  }
}
