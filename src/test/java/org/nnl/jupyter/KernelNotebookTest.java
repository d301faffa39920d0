package org.nnl.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnl.jupyter.KernelClient.Execution;
import org.nnl.jupyter.KernelClient.Msg;

/**
 * scripts/tour.ipynb runs top to bottom in the kernel (as nbconvert --execute runs it, here
 * without Python's Jupyter): every code cell succeeds, the printed lines hold
 * scripts/tour-notebook.expect in order, tables come as HTML, the inline plot as PNG, and the
 * files the notebook saves land in the kernel's working folder.
 */
class KernelNotebookTest {
  static final long T = 120_000;

  @Test
  void theTourNotebookRunsTopToBottom(@TempDir Path dir) throws Exception {
    JsonObject nb = new Gson().fromJson(Files.readString(Path.of("scripts", "tour.ipynb")), JsonObject.class);
    assertEquals("nnl", nb.getAsJsonObject("metadata").getAsJsonObject("kernelspec").get("name").getAsString());
    List<String> printed = new ArrayList<>();
    int pngs = 0;
    int tables = 0;
    int markdown = 0;
    try (KernelClient kernel = new KernelClient(dir)) {
      kernel.waitForReady(T);
      for (JsonElement c : nb.getAsJsonArray("cells")) {
        JsonObject cell = c.getAsJsonObject();
        StringBuilder source = new StringBuilder();
        cell.getAsJsonArray("source").forEach(s -> source.append(s.getAsString()));
        if (cell.get("cell_type").getAsString().equals("markdown")) {
          markdown++;
          continue;
        }
        Execution e = kernel.execute(source.toString(), T);
        assertEquals("ok", e.reply().content().get("status").getAsString(), source + " -> " + e.reply().content());
        printed.addAll(List.of(e.stdout().split("\n")));
        for (Msg m : e.iopub()) {
          if (!m.content().has("data")) continue;
          JsonObject data = m.content().getAsJsonObject("data");
          if (data.has("image/png")) pngs++;
          if (data.has("text/html") && data.get("text/html").getAsString().startsWith("<table")) tables++;
        }
      }
    }
    assertTrue(markdown >= 8, "prose cells: " + markdown);
    assertTrue(pngs >= 1, "an inline PNG");
    assertTrue(tables >= 2, "the Hermite table and the sweep as HTML tables");
    List<String> expected = Files.readAllLines(Path.of("scripts", "tour-notebook.expect")).stream()
        .filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
    int at = 0;
    for (String want : expected) {
      while (at < printed.size() && !printed.get(at).equals(want)) at++;
      assertTrue(at < printed.size(), "'" + want + "' is printed (in order) among " + printed);
      at++;
    }
    for (String file : List.of("tour-out.csv", "tour-out.json", "tour-gaps.png")) {
      assertTrue(Files.size(dir.resolve(file)) > 0, file + " is written beside the notebook's kernel");
    }
  }
}
