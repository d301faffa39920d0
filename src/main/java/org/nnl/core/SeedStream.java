package org.nnl.core;

/**
 * The session seed stream: the seeds that calls without {@code seed:} take, in the order they run.
 *
 * <p>The stream started from a seed {@code s} (a whole number in [0, 2^53)) is
 * <pre>
 *   seed_0 = s,
 *   seed_i = splitmix64(s + i·γ) &gt;&gt;&gt; 11      for i ≥ 1,   γ = 0x9E3779B97F4A7C15,
 * </pre>
 * where splitmix64 is {@link Rng#mix} (the finalizer of SplitMix64) and the sum wraps modulo
 * 2^64: the i-th output of SplitMix64 seeded with s, kept to 53 bits so that every seed is a
 * whole number a script can write back as {@code seed: N}. The first unseeded call therefore
 * uses the session seed itself.
 *
 * <p>A sweep takes ONE seed {@code t} from the running stream when it starts; its cell number
 * {@code k} (sweep order, 0-based) runs with its own stream {@link #cell cell(t, k)}, started from
 * {@code Rng.mix(Rng.mix(t ^ γ) ^ Rng.mix(k + 0x632BE59BD9B4E019)) >>> 11} (the key of
 * {@code Rng.stream(t, k)}). So a cell's seeds depend only on (t, k): not on the cells run before
 * it nor on the machine that runs it. Not thread-safe; one stream belongs to one evaluation.
 */
public final class SeedStream {
  /** The largest seed: 2^53 − 1, the largest whole number a double holds exactly with all below it. */
  public static final long MAX_SEED = (1L << 53) - 1;

  private static final long GAMMA = 0x9E3779B97F4A7C15L;
  private final long origin;
  private long taken;

  /** The stream started from {@code origin} (0 ≤ origin ≤ {@link #MAX_SEED}). */
  public SeedStream(long origin) {
    this(origin, 0);
  }

  private SeedStream(long origin, long taken) {
    if (origin < 0 || origin > MAX_SEED) {
      throw new InvalidRequestException("A seed must be a whole number from 0 to " + MAX_SEED + ", not " + origin + ".");
    }
    this.origin = origin;
    this.taken = taken;
  }

  /** The stream started from {@code origin} after {@code taken} seeds were taken (a stream sent elsewhere). */
  public static SeedStream at(long origin, long taken) {
    if (taken < 0) throw new InvalidRequestException("A seed stream position must be ≥ 0, not " + taken + ".");
    return new SeedStream(origin, taken);
  }

  /** The stream of cell {@code k} (0-based, sweep order) of a sweep that took the seed {@code sweepSeed}. */
  public static SeedStream cell(long sweepSeed, long k) {
    return new SeedStream(Rng.mix(Rng.mix(sweepSeed ^ GAMMA) ^ Rng.mix(k + 0x632BE59BD9B4E019L)) >>> 11);
  }

  /** seed_i of the stream started from {@code origin}. */
  public static long seedAt(long origin, long i) {
    return i == 0 ? origin : Rng.mix(origin + i * GAMMA) >>> 11;
  }

  /** The next seed (seed_0 first). */
  public long next() {
    return seedAt(origin, taken++);
  }

  /** The seed the stream started from. */
  public long origin() {
    return origin;
  }

  /** How many seeds have been taken. */
  public long taken() {
    return taken;
  }

  /** An independent copy at the same position (to restore a stream after cancelled work). */
  public SeedStream copy() {
    return new SeedStream(origin, taken);
  }

  @Override
  public String toString() {
    return "SeedStream(origin " + origin + ", taken " + taken + ")";
  }
}
