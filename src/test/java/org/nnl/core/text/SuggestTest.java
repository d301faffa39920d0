package org.nnl.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one "Did you mean" rule: optimal string alignment distance ≤ max(1, ⌊|name|/3⌋), none under 3 letters. */
class SuggestTest {
  /** Distances worked by hand from the definition (each a shortest sequence of unit edits). */
  @Test
  void distanceCountsInsertionsDeletionsSubstitutionsAndAdjacentSwaps() {
    assertEquals(0, Suggest.distance("relu", "relu"));
    assertEquals(1, Suggest.distance("rleu", "relu"), "one swap of adjacent letters");
    assertEquals(1, Suggest.distance("sed", "seed"), "one insertion");
    assertEquals(1, Suggest.distance("relux", "relu"), "one deletion");
    assertEquals(1, Suggest.distance("tanx", "tanh"), "one substitution");
    assertEquals(3, Suggest.distance("kitten", "sitting"), "k→s, e→i, +g");
    assertEquals(3, Suggest.distance("", "abc"));
    assertEquals(3, Suggest.distance("ca", "abc"), "OSA does not edit a swapped pair again (true Damerau gives 2)");
    assertEquals(Suggest.distance("widht", "width"), Suggest.distance("width", "widht"));
  }

  @Test
  void theCutOffGrowsWithTheLengthOfTheName() {
    assertEquals(0, Suggest.limit(1));
    assertEquals(0, Suggest.limit(2));
    assertEquals(1, Suggest.limit(3));
    assertEquals(1, Suggest.limit(5));
    assertEquals(2, Suggest.limit(6));
    assertEquals(2, Suggest.limit(8));
    assertEquals(3, Suggest.limit(9));
  }

  @Test
  void nearestWithinTheCutOffOrNothing() {
    List<String> acts = List.of("relu", "erf", "relulike", "tanh", "logistic", "softplus", "gelu", "abs", "identity");
    assertEquals("relu", Suggest.nearest("rleu", acts));
    assertEquals("relu", Suggest.nearest("ReLU", acts), "letter case is ignored");
    assertEquals("logistic", Suggest.nearest("logstic", acts));
    assertEquals("relu", Suggest.nearest("reluxx", acts), "distance 2 at length 6");
    assertNull(Suggest.nearest("reluxxx", acts), "distance 3 at length 7 (cut-off 2)");
    assertNull(Suggest.nearest("sigmoid", acts));
    assertNull(Suggest.nearest("ab", List.of("abs")), "no suggestion for names under 3 letters");
    assertEquals("seed", Suggest.nearest("sed", List.of("arch", "seed")));
    assertEquals("tana", Suggest.nearest("tanx", List.of("tanh", "tana")), "ties go to the first in alphabetical order");
    assertEquals("tana", Suggest.nearest("tanx", List.of("tana", "tanh")));
    assertNull(Suggest.nearest("relu", List.of()));
  }

  @Test
  void didYouMeanIsASentenceOrNothing() {
    assertEquals(" Did you mean 'width'?", Suggest.didYouMean("widht", List.of("width", "depth")));
    assertEquals("", Suggest.didYouMean("banana", List.of("width", "depth")));
  }
}
