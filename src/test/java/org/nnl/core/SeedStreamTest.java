package org.nnl.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The seed stream against Python integers (reference/seeds/make_seed_stream.py). */
class SeedStreamTest {
  @Test
  void streamAndCellSeedsMatchThePythonReference() throws IOException {
    int rows = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        SeedStreamTest.class.getResourceAsStream("/reference/seeds/seed_stream.csv"), StandardCharsets.UTF_8))) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split(",");
        long a = Long.parseLong(f[1]);
        long b = Long.parseLong(f[2]);
        long want = Long.parseLong(f[3]);
        if (f[0].equals("stream")) {
          assertEquals(want, SeedStream.seedAt(a, b), line);
          SeedStream s = new SeedStream(a);
          for (long i = 0; i < b; i++) s.next();
          assertEquals(want, s.next(), line);
        } else {
          assertEquals(want, SeedStream.cell(a, b).origin(), line);
          assertEquals(want, SeedStream.cell(a, b).next(), line);
        }
        rows++;
      }
    }
    assertEquals(45, rows);
  }

  @Test
  void theFirstSeedIsTheOriginAndLaterOnesAreDistinctWritableSeeds() {
    SeedStream s = new SeedStream(1);
    assertEquals(1, s.next());
    Set<Long> seen = new HashSet<>(Set.of(1L));
    for (int i = 0; i < 10000; i++) {
      long v = s.next();
      assertTrue(v >= 0 && v <= SeedStream.MAX_SEED, "seed " + v);
      assertTrue(seen.add(v), "repeated seed " + v);
    }
    assertEquals(10001, s.taken());
  }

  @Test
  void aCopyContinuesIndependently() {
    SeedStream s = new SeedStream(5);
    s.next();
    SeedStream c = s.copy();
    assertEquals(s.next(), c.next());
    s.next();
    assertNotEquals(s.taken(), c.taken());
  }

  @Test
  void seedsOutsideTheWritableRangeAreRefused() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> new SeedStream(-1));
    assertEquals("A seed must be a whole number from 0 to 9007199254740991, not -1.", e.getMessage());
    assertThrows(InvalidRequestException.class, () -> new SeedStream(SeedStream.MAX_SEED + 1));
  }
}
