package org.nnl.lang.eval.builtin.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nnl.core.Estimate;
import org.nnl.core.Table;

class ValueFormatTest {
  @Test
  void estimatesListsRecordsAndStrings() {
    assertEquals("0.061235 ± 0.0012", ValueFormat.format(new Estimate(0.0612346, 0.00123, 20), 5));
    assertEquals("[1, 2.5, \"a\"]", ValueFormat.format(List.of(1.0, 2.5, "a"), 6));
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("n", 4.0);
    r.put("gap", 0.01);
    assertEquals("{n: 4, gap: 0.01}", ValueFormat.format(r, 6));
    assertEquals("\"gaps.csv\"", ValueFormat.format("gaps.csv", 6));
    assertEquals("true", ValueFormat.format(true, 6));
  }

  @Test
  void tablesAlignUnderTheirHeader() {
    Table t = new Table("n", "gap", "law");
    t.addRow(1L, new Estimate(0.5, 0.01, 10), "normal(1)");
    t.addRow(10L, new Estimate(0.25, 0.002, 10), "xavier");
    assertEquals(String.join("\n",
        " n           gap  law",
        " 1    0.5 ± 0.01  normal(1)",
        "10  0.25 ± 0.002  xavier"), ValueFormat.format(t, 6));
    assertEquals("a  b\n(no rows)", ValueFormat.format(new Table("a", "b"), 6));
  }
}
