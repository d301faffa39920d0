"""Independent values for the golden scripts under scripts/ (hermite.nnl, tour.nnl, ...).

Hermite coefficients a_i = E[sigma(X) h_i(X)], h_i = He_i/sqrt(i!), of the normalized built-in
activations (E sigma(X)^2 = 1), and eps_sigma(n) = 1 - sum_{i<=n} a_i^2, by mpmath quadrature at
50 digits (the subtraction is harmless at that precision). Run: python3 make_script_values.py
"""
import mpmath as mp

mp.mp.dps = 50
SQ2 = mp.sqrt(2)
acts = {
    "relu": lambda x: max(x, 0),
    "erf": lambda x: mp.sqrt(mp.pi / 2) * mp.erf(x / SQ2),
    "relulike": lambda x: x + x * mp.erf(x) + (mp.exp(-x * x) - 1) / mp.sqrt(mp.pi),
    "tanh": mp.tanh,
    "logistic": lambda x: 1 / (1 + mp.exp(-x)),
    "softplus": lambda x: mp.log(1 + mp.exp(x)),
    "gelu": lambda x: x * mp.ncdf(x),
    "abs": abs,
    "identity": lambda x: x,
}


def gauss(f):
    w = lambda x: f(x) * mp.exp(-x * x / 2) / mp.sqrt(2 * mp.pi)
    return mp.quad(w, [-mp.inf, -8, -3, 0, 3, 8, mp.inf])


def he(i, x):
    a, b = mp.mpf(1), x
    if i == 0:
        return a
    for k in range(1, i):
        a, b = b, x * b - k * a
    return b


def coeffs(f, n):
    norm = mp.sqrt(gauss(lambda x: f(x) ** 2))
    return [gauss(lambda x: f(x) * he(i, x)) / mp.sqrt(mp.factorial(i)) / norm for i in range(n + 1)]


if __name__ == "__main__":
    for name, f in acts.items():
        c = coeffs(f, 8)
        eps = [1 - sum(x * x for x in c[: n + 1]) for n in range(9)]
        print(name, "a1..a4", [mp.nstr(x, 10) for x in c[1:5]])
        print(name, "eps(1,2,4,8)", [mp.nstr(eps[n], 10) for n in (1, 2, 4, 8)])
    # relu's dual (arc-cosine kernel): (sqrt(1-r^2) + (pi - acos r) r) / pi, normalized by 1/2 -> times 2
    r = mp.mpf("0.5")
    print("dual relu 0.5", mp.nstr((mp.sqrt(1 - r * r) + (mp.pi - mp.acos(r)) * r) / mp.pi, 12))
    print("dual erf 0.5", mp.nstr(mp.asin(r / 2) / mp.asin(mp.mpf(1) / 2), 12))
