package org.nnl.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nnl.core.InvalidRequestException;

/** Messages: String.format, but a double given to %s is written as NNL writes numbers. */
class MessagesTest {
  @Test
  void wholeDoublesGivenToPercentSAreIntegers() {
    assertEquals("not -1.", Messages.format("not %s.", -1.0));
    assertEquals("not 0.5 or 3 or 2.", Messages.format("not %s or %s or %s.", 0.5, 3.0f, 2));
    assertEquals("NaN, Infinity", Messages.format("%s, %s", Double.NaN, Double.POSITIVE_INFINITY));
    assertEquals("1.0E20", Messages.format("%s", 1e20), "beyond 10^15 in full precision");
  }

  @Test
  void otherConversionsAndIndexedArgumentsAreLeftAsWritten() {
    assertEquals("15.8 GiB, 3 of 4", Messages.format("%.1f GiB, %s of %d", 15.8, 3.0, 4));
    assertEquals("2.0 then 2.00 then 2", Messages.format("%1$s then %1$.2f then %2$s", 2.0, 2.0),
        "an argument also used by %.2f is not rewritten");
    assertEquals("7 and 7", Messages.format("%s and %<s", 7.0));
    assertEquals("100% of 1", Messages.format("100%% of %s", 1.0));
    assertEquals("1.5e+00", Messages.format("%.1e", 1.5));
  }

  @Test
  void refusalsUseIt() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> InvalidRequestException.require(false, "Width %s is too large.", 4096.0));
    assertEquals("Width 4096 is too large.", e.getMessage());
  }

  @Test
  void capitalizedStartsASentence() {
    assertEquals("A list", Messages.capitalized("a list"));
    assertEquals("", Messages.capitalized(""));
    assertEquals("Élan", Messages.capitalized("élan"));
    assertEquals("The number 3", Messages.capitalized("the number 3"));
  }
}
