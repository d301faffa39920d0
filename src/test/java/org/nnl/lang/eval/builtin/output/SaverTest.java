package org.nnl.lang.eval.builtin.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnl.core.Estimate;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.Table;
import org.nnl.core.dist.DataSet;
import org.nnl.core.dist.DataSets;
import org.nnl.core.linalg.Mat;

class SaverTest {
  @TempDir
  Path dir;

  private static Table table() {
    Table t = new Table("n", "gap", "note");
    t.addRow(1L, new Estimate(0.1, 0.01, 5), "a, \"quoted\"");
    t.addRow(2L, new Estimate(1.0 / 3, 0.02, 5), "plain");
    return t;
  }

  @Test
  void csvKeepsFullPrecisionAndSplitsEstimates() throws IOException {
    Path f = dir.resolve("t.csv");
    Saver.save(table(), f);
    assertEquals(List.of("n,gap,gap_stderr,note", "1,0.1,0.01,\"a, \"\"quoted\"\"\"", "2,0.3333333333333333,0.02,plain"),
        Files.readAllLines(f));
    assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
  }

  @Test
  void jsonWritesRowObjects() throws IOException {
    Path f = dir.resolve("t.json");
    Saver.save(table(), f);
    String s = Files.readString(f);
    assertTrue(s.contains("{\"n\": 1, \"gap\": {\"mean\": 0.1, \"stderr\": 0.01, \"count\": 5}, \"note\": \"a, \\\"quoted\\\"\"}"), s);
  }

  @Test
  void dataSetsRoundTripThroughCsv() {
    Path f = dir.resolve("d.csv");
    DataSet d = new DataSet(new Mat(2, 2, new double[] {0.1, 1.0 / 3, -2, 1e-300}), new Mat(2, 1, new double[] {Math.PI, -0.0}));
    Saver.save(d, f);
    DataSet back = DataSets.load(f);
    assertEquals(List.of(d.x().data[1], d.y().data[0]), List.of(back.x().data[1], back.y().data[0]));
  }

  @Test
  void aFailedWriteLeavesNoFileAndKeepsTheOldOne() throws IOException {
    Table bad = new Table("x");
    bad.addRow(1.0);
    bad.addRow(new Object());
    Path f = dir.resolve("bad.csv");
    assertThrows(InvalidRequestException.class, () -> Saver.save(bad, f));
    assertFalse(Files.exists(f));
    Files.writeString(f, "old");
    assertThrows(InvalidRequestException.class, () -> Saver.save(bad, f));
    assertEquals("old", Files.readString(f));
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(List.of(f), s.toList());
    }
  }

  @Test
  void badRequestsAreRefusedWithAMessage() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> Saver.save(table(), dir.resolve("t.txt")));
    assertEquals("save writes .csv or .json files; 't.txt' has neither extension.", e.getMessage());
    e = assertThrows(InvalidRequestException.class, () -> Saver.save(table(), dir.resolve("no/such/t.csv")));
    assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    e = assertThrows(InvalidRequestException.class, () -> Saver.save(List.of(1.0), dir.resolve("l.csv")));
    assertEquals("save writes a table, a data set or records, not a list of numbers.", e.getMessage());
  }
}
