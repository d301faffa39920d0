#!/usr/bin/env python3
"""Reference tails eps_sigma(n) = 1 - sum_{k<=n} a_k^2 / E f(X)^2 (X ~ N(0,1)) for the net
engineer's Lemma 2.7 test, computed with mpmath at 40 digits, independently of NNL's Hermite
code. a_k = E[f(X) He_k(X)] / sqrt(k!), He the probabilists' Hermite polynomials.
Activations: relu = max(0, x); tanh; erf = the paper's sigmoid int_0^x exp(-t^2/2) dt.
Writes shadow_eps.csv (activation,n,eps)."""
import mpmath as mp

mp.mp.dps = 40
acts = {
    "relu": lambda x: max(x, 0),
    "tanh": mp.tanh,
    "erf": lambda x: mp.sqrt(mp.pi / 2) * mp.erf(x / mp.sqrt(2)),
}
phi = lambda x: mp.exp(-x * x / 2) / mp.sqrt(2 * mp.pi)


def expect(g):
    return mp.quad(lambda x: g(x) * phi(x), [-mp.inf, 0, mp.inf])


with open("shadow_eps.csv", "w") as out:
    out.write("activation,n,eps\n")
    for name, f in acts.items():
        norm2 = expect(lambda x: f(x) ** 2)
        total = mp.mpf(0)
        for k in range(0, 9):
            a = expect(lambda x: f(x) * mp.hermite(k, x / mp.sqrt(2)) * mp.mpf(2) ** (-mp.mpf(k) / 2)) / mp.sqrt(mp.factorial(k))
            total += a * a
            out.write("%s,%d,%s\n" % (name, k, mp.nstr(1 - total / norm2, 20)))
