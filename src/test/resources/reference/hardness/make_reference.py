"""Reference values for the hardness reduction tests (core.hardness), computed independently.

1. smin.csv: s_min(M) by numpy's full SVD of each stored n x n matrix M (the *-M.csv files are
   the matrices NNL draws for the cases in ReductionTest; the test checks that NNL still draws
   exactly them, then compares NNL's block-wise s_min with numpy's value for the whole M).
2. ks-pvalues.csv: P(D_n >= d) from scipy.stats.kstwo.sf (Simard-L'Ecuyer; about 1e-7 relative
   at n = 200) and, where n*d <= 30, also in 40-digit mpmath arithmetic by the matrix formula of
   Marsaglia, Tsang and Wang (2003) (column p_exact; empty elsewhere).
3. ks-sample.csv + ks-sample-result.csv: 200 fixed numbers (numpy seed 20261201, Beta(1.2, 1))
   and scipy.stats.kstest(x, "uniform") on them (statistic and exact p-value).
Run: python3 make_reference.py (numpy 2.4, scipy 1.17).
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
