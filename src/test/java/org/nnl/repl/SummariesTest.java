package org.nnl.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nnl.core.Estimate;
import org.nnl.core.act.Activations;
import org.nnl.core.learn.PolyKernel;
import org.nnl.core.net.Dense;

/** The kind names of :vars, declaration echoes and completion come from the language's one kind rule (Kinds.of). */
class SummariesTest {
  @Test
  void kindNamesAreTheLanguagesKindsInLowerCase() {
    assertEquals("nothing", Summaries.kindOf(null));
    assertEquals("number", Summaries.kindOf(2.0));
    assertEquals("bool", Summaries.kindOf(true));
    assertEquals("list", Summaries.kindOf(List.of()));
    assertEquals("record", Summaries.kindOf(Map.of()));
    assertEquals("estimate", Summaries.kindOf(new Estimate(1, 0.1, 4)));
    assertEquals("activation", Summaries.kindOf(Activations.builtin("relu")));
    Dense a = new Dense(Activations.builtin("relu"), 2, 1);
    assertEquals("architecture", Summaries.kindOf(a));
    assertEquals("network", Summaries.kindOf(a.draw(1)));
    assertEquals("polykernel", Summaries.kindOf(new PolyKernel(2)), "no kind name: the class's name");
  }
}
