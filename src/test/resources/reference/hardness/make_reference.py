"""Reference values for the hardness reduction tests (core.hardness), computed independently.

1. smin.csv: s_min(M) by numpy's full SVD of each stored n x n matrix M (the *-M.csv files are
   the matrices NNL draws for the cases in ReductionTest; the test checks that NNL still draws
   exactly them, then compares NNL's block-wise s_min with numpy's value for the whole M).
2. ks-pvalues.csv: P(D_n >= d) from scipy.stats.kstwo.sf (Simard-L'Ecuyer; about 1e-7 relative
   at n = 200) and, where n*d <= 30, also in 40-digit mpmath arithmetic by the matrix formula of
   Marsaglia, Tsang and Wang (2003) (column p_exact; empty elsewhere).
3. ks-sample.csv + ks-sample-result.csv: 200 fixed numbers (numpy seed 20261201, Beta(1.2, 1))
   and scipy.stats.kstest(x, "uniform") on them (statistic and exact p-value).
4. script.csv: the values scripts/hardness-reduction.nnl prints (s_min by numpy's SVD, KS by
   scipy, bernoulli's M and draw count redone with a Python copy of NNL's random streams).
The *-M.csv and *-w.csv files are written by DumpMatrices.java (see there).
5. singular.csv: P(a k x k matrix of fair signs is singular), k = 2, 3, 4, by enumerating all
   2^(k*k) matrices (exact integer determinants).
Run: python3 make_reference.py (numpy 2.4, scipy 1.17, mpmath 1.3).
"""
import glob
import os

import mpmath as mp
import numpy as np
from scipy import stats

here = os.path.dirname(os.path.abspath(__file__))

with open(os.path.join(here, "smin.csv"), "w") as f:
    f.write("case,smin\n")
    for path in sorted(glob.glob(os.path.join(here, "*-M.csv"))):
        m = np.loadtxt(path, delimiter=",")
        s = np.linalg.svd(m, compute_uv=False)
        f.write("%s,%.17g\n" % (os.path.basename(path)[:-6], s.min()))

mp.mp.dps = 40


def ks_cdf_exact(n, d):
    """P(D_n < d) = n!/n^n (H^n)_{kk}, Marsaglia, Tsang and Wang (2003), eq. (2)."""
    d = mp.mpf(d)
    k = int(mp.floor(n * d)) + 1
    m = 2 * k - 1
    h = k - n * d
    H = mp.matrix(m, m)
    for i in range(m):
        for j in range(m):
            H[i, j] = 1 if i - j + 1 >= 0 else 0
    for i in range(m):
        H[i, 0] -= h ** (i + 1)
        H[m - 1, i] -= h ** (m - i)
    if 2 * h - 1 > 0:
        H[m - 1, 0] += (2 * h - 1) ** m
    for i in range(m):
        for j in range(m):
            if i - j + 1 > 0:
                H[i, j] /= mp.factorial(i - j + 1)
    return (H ** n)[k - 1, k - 1] * mp.factorial(n) / mp.mpf(n) ** n


with open(os.path.join(here, "ks-pvalues.csv"), "w") as f:
    f.write("n,d,p,p_exact\n")
    for n in [5, 20, 64, 200, 1000, 5000, 20000]:
        for lam in [0.4, 0.7, 1.0, 1.36, 1.8, 2.5]:
            d = lam / np.sqrt(n)
            if d >= 1:
                continue
            exact = mp.nstr(1 - ks_cdf_exact(n, d), 17) if n * d <= 30 else ""
            f.write("%d,%.17g,%.17g,%s\n" % (n, d, stats.kstwo.sf(d, n), exact))

rng = np.random.default_rng(20261201)
x = rng.beta(1.2, 1.0, size=200)
np.savetxt(os.path.join(here, "ks-sample.csv"), x, fmt="%.17g")
r = stats.kstest(x, "uniform", method="exact")
exact = 1 - ks_cdf_exact(len(x), r.statistic)
with open(os.path.join(here, "ks-sample-result.csv"), "w") as f:
    f.write("statistic,p,p_exact\n%.17g,%.17g,%s\n" % (r.statistic, r.pvalue, mp.nstr(exact, 17)))

# 4. script.csv: the values scripts/hardness-reduction.nnl prints, from the stored M and w of
# its cases (h = draw(conv(16, patch: 4, weights: bernoulli(1)), seed: 1), reduction seed 3).
M64 = (1 << 64) - 1


def mix64(z):
    """SplitMix64's finalizer (org.nnl.core.Rng.mix and java.util.SplittableRandom.mix64)."""
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M64
    return z ^ (z >> 31)


def mix32(z):
    z = ((z ^ (z >> 33)) * 0x62A9D9ED799705F5) & M64
    return (((z ^ (z >> 28)) * 0xCB24D0A5C88C35B3) & M64) >> 32


class SplittableRandom:
    """java.util.SplittableRandom(seed): nextLong, nextInt, nextBoolean, nextDouble."""
    GAMMA = 0x9E3779B97F4A7C15

    def __init__(self, seed):
        self.seed = seed & M64

    def next_seed(self):
        self.seed = (self.seed + self.GAMMA) & M64
        return self.seed

    def next_double(self):
        return (mix64(self.next_seed()) >> 11) * 2.0 ** -53

    def next_boolean(self):
        return mix32(self.next_seed()) >= 1 << 31  # nextInt() < 0


def stream(seed, *path):
    """org.nnl.core.Rng.stream(seed, path...)."""
    h = mix64((seed & M64) ^ 0x9E3779B97F4A7C15)
    for p in path:
        h = mix64(h ^ mix64((p + 0x632BE59BD9B4E019) & M64))
    return SplittableRandom(h)


def load(name):
    return np.loadtxt(os.path.join(here, name), delimiter=",", ndmin=2)


def sign_w(case, n, t):
    """W (n x k): column j is the filter w on patch j."""
    w = load(case + "-w.csv").ravel()
    k = n // t
    W = np.zeros((n, k))
    for j in range(k):
        W[j * t:(j + 1) * t, j] = w
    return W


def bernoulli_blocks(seed, n, t):
    """NNL's draw of M for bernoulli(1), sumrelu target, redone here: block p's a-th draw is k*k
    fair signs from stream(seed, 13, p, a), redrawn while singular; returns M and the draws."""
    k = n // t
    M = np.zeros((n, n))
    draws = 0
    for p in range(t):
        a = 0
        while True:
            r = stream(seed, 13, p, a)
            draws += 1
            A = np.array([1.0 if r.next_boolean() else -1.0 for _ in range(k * k)]).reshape(k, k)
            if abs(np.linalg.det(A)) > 0.5:
                break
            a += 1
        for b in range(k):
            for j in range(k):
                M[b * t + p, j * t + p] = A[b, j]
    return M, draws


def sphere_uniforms(F):
    """NNL's spherecols transform (core.hardness.LawFit), columns as rows of F, length even."""
    out = []
    for c in F:
        ss = c @ c
        out += list(np.arctan2(c[1::2], c[0::2]) / (2 * np.pi) + 0.5)
        out += list(np.cumsum((c[0::2] ** 2 + c[1::2] ** 2) / ss)[:-1])
    return np.array(out)


n, t = 16, 4
rows = []
for law in ["normal", "uniform", "bernoulli", "spherecols"]:
    case = "script-" + law
    M = load(case + "-M.csv")
    F = (M @ sign_w(case, n, t)).T  # the natural filters (MW)^T, k x n
    smin = np.linalg.svd(M, compute_uv=False).min()
    draws = ""
    if law == "normal":
        ks = stats.kstest(F.ravel(), "norm", method="exact")
        bad = stats.kstest(F.ravel(), "norm", args=(0, 2), method="exact")
        rows.append(("script-normal-vs-normal2", "", "", bad.statistic, bad.pvalue))
    elif law == "uniform":
        ks = stats.kstest(F.ravel(), "uniform", args=(-1, 2), method="exact")
    elif law == "bernoulli":
        Mb, draws = bernoulli_blocks(3, n, t)
        assert np.array_equal(Mb, M), "NNL's bernoulli M differs from its redraw here"
        rng = stream(3, 14)
        u = []
        for e in F.ravel():
            v = rng.next_double()
            u.append(0.5 + 0.5 * v if e == 1 else 0.5 * v)
        ks = stats.kstest(u, "uniform", method="exact")
    else:
        ks = stats.kstest(sphere_uniforms(F), "uniform", method="exact")
    rows.append((case, "%.17g" % smin, draws, ks.statistic, ks.pvalue))
for law in ["normal", "uniform", "bernoulli"]:
    case = "script-conv-" + law
    rows.append((case, "%.17g" % np.linalg.svd(load(case + "-M.csv"), compute_uv=False).min(), "", "", ""))
with open(os.path.join(here, "script.csv"), "w") as f:
    f.write("case,smin,draws,D,p\n")
    for r in rows:
        f.write(",".join(x if isinstance(x, str) else ("%.17g" % x if isinstance(x, float) else str(x)) for x in r) + "\n")

# 5. singular.csv: the probability that a k x k matrix of fair signs is singular.
with open(os.path.join(here, "singular.csv"), "w") as f:
    f.write("k,singular,total\n")
    for k in [2, 3, 4]:
        total = 2 ** (k * k)
        signs = ((np.arange(total)[:, None] >> np.arange(k * k)) & 1) * 2 - 1
        dets = np.rint(np.linalg.det(signs.reshape(total, k, k).astype(float))).astype(int)
        f.write("%d,%d,%d\n" % (k, int((dets == 0).sum()), total))
