#!/usr/bin/env python3
"""Reference values for limit(arch, n) and plan(arch, eps: e) (org.nnl.core.measure), at 50 digits.

Hermite coefficients a_k of the normalized activations (E sigma(X)^2 = 1, h_k = He_k/sqrt(k!)):
  relu      closed form: a_0 = 1/sqrt(pi), a_1 = 1/sqrt(2), a_{2k} = sqrt(2) phi(0) (-1)^{k+1} (2k-3)!!/sqrt((2k)!),
            odd a_k = 0 for k >= 3 (any degree, here up to 2000);
  tanh, erf, relulike   read from hermite_coeffs.csv (mpmath, 34 digits, degrees 0..60; make_hermite.py).
eps(n) = 1 - sum_{k<=n} a_k^2 (the subtraction is harmless at 50 digits for relu; 34-digit column for the others).

limit: r_1 = 1, r_{j+1} = sum_{k<=n} a_k^2 r_j^k / sqrt(1 - eps(n)) (Mehler), limit = c_m sqrt(2 - 2 r_i),
       c_m = E sqrt(chi^2_m / m) = sqrt(2/m) Gamma((m+1)/2) / Gamma(m/2); depth 2: c_m sqrt(2 - 2 sqrt(1 - eps)).
plan:  bound n = smallest n with 13 (L+1)^2 eps(n)^(1/2^(i-1)) <= e (L the Lipschitz constant of the normalized
       activation: relu sqrt(2), erf and tanh 1/norm (f' <= 1), relulike 2/norm (f' = erf + 1 <= 2));
       limit n = smallest n with limit <= e (one output; degrees with sigma_n = 0 skipped). Scanning n upward.
relu at depth 3 needs n ~ 1e7, beyond mpmath's reach here: a_{2k}^2 by the ratio
       (a_{2k+2}/a_{2k})^2 = (2k-1)^2/((2k+1)(2k+2)) in numpy float64 (log-cumsum) for k < K = 1e7, the
       tail beyond K as C k^(-5/2) summed by (2/3) C (K + 1/2)^(-3/2) (relative error O(1/K)); then
       eps(2i) = eps(2i+1) = sum_{k>i} a_{2k}^2 (checked against 1 - 1/pi - 1/2 at i = 0).
Writes theory.csv: quantity,activation,depth,outputs,n,value.   Run: python3 make_theory.py (seconds).
"""
import csv
import math
import mpmath as mp
import numpy as np

mp.mp.dps = 50
RELU_MAX = 2000


def relu_coeffs(nmax):
    phi0 = 1 / mp.sqrt(2 * mp.pi)
    a = [mp.mpf(0)] * (nmax + 1)
    a[0] = 1 / mp.sqrt(mp.pi)
    a[1] = 1 / mp.sqrt(2)
    dfact = mp.mpf(1)  # (2k-3)!!
    for k in range(1, nmax // 2 + 1):
        if k >= 2:
            dfact *= 2 * k - 3
        a[2 * k] = mp.sqrt(2) * phi0 * (-1) ** (k + 1) * dfact / mp.sqrt(mp.factorial(2 * k))
    return a


coeffs = {"relu": relu_coeffs(RELU_MAX)}
eps = {}
with open("hermite_coeffs.csv") as f:
    for row in csv.DictReader(f):
        if row["name"] in ("tanh", "erf", "relulike"):
            coeffs.setdefault(row["name"], []).append(mp.mpf(row["coeff"]))
            eps.setdefault(row["name"], []).append(mp.mpf(row["eps"]))
norms = {}
with open("hermite_norms.csv") as f:
    for row in csv.DictReader(f):
        norms[row["name"]] = mp.mpf(row["norm"])
total = mp.mpf(0)
eps["relu"] = []
for a in coeffs["relu"]:
    total += a * a
    eps["relu"].append(1 - total)
LIP = {"relu": mp.sqrt(2), "erf": 1 / norms["erf"], "tanh": 1 / norms["tanh"], "relulike": 2 / norms["relulike"]}


def cm(m):
    return mp.sqrt(mp.mpf(2) / m) * mp.gamma(mp.mpf(m + 1) / 2) / mp.gamma(mp.mpf(m) / 2)


def limit(act, depth, m, n):
    a, e = coeffs[act], eps[act][n]
    r = mp.mpf(1)
    for _ in range(depth - 1):
        r = sum(a[k] ** 2 * r ** k for k in range(n + 1)) / mp.sqrt(1 - e)
    return cm(m) * mp.sqrt(2 - 2 * r)


def bound(act, depth, n):
    return 13 * (LIP[act] + 1) ** 2 * eps[act][n] ** (mp.mpf(1) / 2 ** (depth - 1))


rows = []
for m in (1, 2, 3, 16, 100, 1000):
    rows.append(("cm", "", 0, m, 0, cm(m)))
for act in ("relu", "tanh", "erf"):
    for depth in (2, 3, 4):
        for m in (1, 16):
            for n in range(1, 9):
                rows.append(("limit", act, depth, m, n, limit(act, depth, m, n)))
for act, depth in (("relu", 2), ("erf", 2), ("erf", 3), ("tanh", 2), ("relulike", 2), ("relulike", 3)):
    e = mp.mpf("0.1")
    nb = next(n for n in range(len(eps[act])) if bound(act, depth, n) <= e)
    nl = next(n for n in range(len(eps[act])) if eps[act][n] < 1 and limit(act, depth, 1, n) <= e)
    rows.append(("plan_bound", act, depth, 1, nb, bound(act, depth, nb)))
    rows.append(("plan_limit", act, depth, 1, nl, limit(act, depth, 1, nl)))



def relu_bound_numpy(depth, e, K=10**7):
    """Smallest n with 13 (sqrt2 + 1)^2 eps_relu(n)^(1/2^(depth-1)) <= e, and the bound there (float64)."""
    k = np.arange(1, K, dtype=np.float64)
    loga2 = np.empty(K)
    loga2[0] = math.log(1 / (2 * math.pi))
    loga2[1:] = loga2[0] + np.cumsum(2 * np.log(2 * k - 1) - np.log(2 * k + 1) - np.log(2 * k + 2))
    a2 = np.exp(loga2)                                   # a2[j] = a_{2(j+1)}^2
    tail = a2[-1] * K ** 2.5 * (2 / 3) * (K + 0.5) ** -1.5
    eps_odd = np.cumsum(a2[::-1])[::-1] + tail           # eps_odd[i] = eps(2i+1) = sum_{k>=i+1} a_{2k}^2
    assert abs(eps_odd[0] - (1 - 1 / math.pi - 0.5)) < 1e-14
    pref = 13 * (math.sqrt(2) + 1) ** 2
    target = (e / pref) ** (2 ** (depth - 1))
    i = int(np.argmax(eps_odd <= target))                # eps(2i) = eps_odd[i] for i >= 1: n = 2i
    assert i >= 1 and eps_odd[i] <= target < eps_odd[i - 1]
    return 2 * i, pref * eps_odd[i] ** (1 / 2 ** (depth - 1))


n3, b3 = relu_bound_numpy(3, 0.1)
rows.append(("plan_bound", "relu", 3, 1, n3, mp.mpf(b3)))

with open("theory.csv", "w") as out:
    out.write("quantity,activation,depth,outputs,n,value\n")
    for q, act, depth, m, n, v in rows:
        out.write("%s,%s,%d,%d,%d,%s\n" % (q, act, depth, m, n, mp.nstr(v, 20)))
