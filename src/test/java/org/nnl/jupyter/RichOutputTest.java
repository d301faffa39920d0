package org.nnl.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;
import org.nnl.core.Table;
import org.nnl.lang.Session;

/** Tables as HTML: names and text escaped, numbers right-aligned as NNL prints them. */
class RichOutputTest {
  @Test
  void tablesBecomeEscapedHtml() {
    Session s = new Session(new PrintStream(new ByteArrayOutputStream()));
    Table t = new Table("a<b", "name").addRow(0.5, "x & \"y\"").addRow(2.0, "<z>");
    assertEquals("""
        <table class="nnl-table">
        <thead><tr><th>a&lt;b</th><th>name</th></tr></thead>
        <tbody>
        <tr><td style="text-align:right">0.5</td><td style="text-align:left">x &amp; &quot;y&quot;</td></tr>
        <tr><td style="text-align:right">2</td><td style="text-align:left">&lt;z&gt;</td></tr>
        </tbody>
        </table>""", RichOutput.html(s, t));
  }
}
