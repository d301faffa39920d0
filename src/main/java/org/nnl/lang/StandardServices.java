package org.nnl.lang;

import java.util.ServiceLoader;
import org.nnl.lang.eval.Services;

/**
 * The built-in runtime found on the class path (java.util.ServiceLoader, registered under
 * META-INF/services/org.nnl.lang.eval.Services by the built-in catalog), or the core-only
 * {@link CoreOnlyServices} when none is present.
 */
final class StandardServices {
  private StandardServices() {}

  static final Services INSTANCE = ServiceLoader.load(Services.class, Session.class.getClassLoader())
      .findFirst().orElseGet(CoreOnlyServices::new);
}
