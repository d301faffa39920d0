"""Reference values of the session seed stream (org.nnl.core.SeedStream), computed
independently with Python integers from the definition:

  mix(z)     = SplitMix64 finalizer (shifts 30, 27, 31; multipliers 0xBF58476D1CE4E5B9, 0x94D049BB133111EB)
  seed_0     = s
  seed_i     = mix(s + i*G mod 2^64) >> 11   (i >= 1),  G = 0x9E3779B97F4A7C15
  cell(t, k) = mix(mix(t ^ G) ^ mix(k + 0x632BE59BD9B4E019 mod 2^64)) >> 11

Run: python3 make_seed_stream.py > seed_stream.csv
"""
M = (1 << 64) - 1
G = 0x9E3779B97F4A7C15


def mix(z):
    z &= M
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M
    return z ^ (z >> 31)


def seed_at(s, i):
    return s if i == 0 else mix(s + i * G) >> 11


def cell(t, k):
    return mix(mix(t ^ G) ^ mix(k + 0x632BE59BD9B4E019)) >> 11


print("kind,a,b,value")
for s in (0, 1, 2, 7, 123456789, (1 << 53) - 1):
    for i in range(5):
        print(f"stream,{s},{i},{seed_at(s, i)}")
for t in (1, seed_at(1, 1), (1 << 53) - 1):
    for k in (0, 1, 2, 15, 1000000):
        print(f"cell,{t},{k},{cell(t, k)}")
