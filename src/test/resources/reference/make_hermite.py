#!/usr/bin/env python3
"""Reference values for org.nnl.core.hermite tests, computed with mpmath at 34 digits.

For each activation sigma = f / sqrt(E f(X)^2), X ~ N(0,1):
  hermite_coeffs.csv  name,i,coeff,eps   a_i = E[sigma(X) He_i(X)/sqrt(i!)], i = 0..60, and
                                          eps(i) = E sigma^2 - sum_{k<=i} a_k^2 (exact at 34 digits)
  hermite_norms.csv   name,norm          sqrt(E f(X)^2)
  hermite_duals.csv   name,rho,dual      E sigma(X) sigma(Y), corr = rho: arc-cosine / arcsine closed
                                          forms where known, otherwise 1-D integrals at rho = +-1 and the
                                          Mehler series to degree 400 inside (its tail is printed)
  hermite_relu500.csv i,coeff            relu's closed form a_{2k} = sqrt(2) phi(0) (-1)^{k+1} (2k-3)!!/sqrt((2k)!)
Quadrature: 48-point Gauss-Legendre panels of width 1/2 on [-16, 16], cut at the kinks (0, +-1).
Run: python3 make_hermite.py   (about two minutes)
"""
import csv
import mpmath as mp

mp.mp.dps = 34
DEG = 60
MEHLER = 400
L = 16
PANEL = mp.mpf(1) / 2

def erf_paper(x):  # int_0^x exp(-t^2/2) dt
    return mp.sqrt(mp.pi / 2) * mp.erf(x / mp.sqrt(2))

FUNCS = {
    'relu': (lambda x: max(x, 0), [0]),
    'erf': (erf_paper, []),
    'relulike': (lambda x: x + x * mp.erf(x) + (mp.exp(-x * x) - 1) / mp.sqrt(mp.pi), []),
    'tanh': (mp.tanh, []),
    'logistic': (lambda x: 1 / (1 + mp.exp(-x)), []),
    'softplus': (lambda x: mp.log1p(mp.exp(x)) if x < 0 else x + mp.log1p(mp.exp(-x)), []),
    'gelu': (lambda x: x * mp.ncdf(x), []),
    'abs': (abs, [0]),
    'identity': (lambda x: x, []),
    'leaky0.1': (lambda x: max(x / 10, x), [0]),
    'clip': (lambda x: max(-1, min(1, x)), [-1, 1]),
}

def acos_kernel(r):  # E relu(X) relu(Y)
    return (mp.sqrt(1 - r * r) + (mp.pi - mp.acos(r)) * r) / (2 * mp.pi)

CLOSED = {
    'relu': lambda r: acos_kernel(r) / mp.mpf('0.5'),
    'erf': lambda r: mp.asin(r / 2) / mp.asin(mp.mpf(1) / 2),
    'abs': lambda r: 2 / mp.pi * (mp.sqrt(1 - r * r) + r * mp.asin(r)),
    'identity': lambda r: r,
    'leaky0.1': lambda r: (mp.mpf('0.1') * r + mp.mpf('0.81') * acos_kernel(r)) / mp.mpf('0.505'),
}

RHOS = ['-1', '-0.999', '-0.99', '-0.9', '-0.5', '-0.1', '0', '0.3', '0.7', '0.95', '0.99', '0.999', '1']

ROOT = [mp.sqrt(k) for k in range(MEHLER + 2)]
INV_ROOT = [1 / r if r else mp.mpf(0) for r in ROOT]
_gl = mp.calculus.quadrature.GaussLegendre(mp.mp)
GL = _gl.calc_nodes(5, mp.mp.prec)  # 48 nodes on [-1, 1]

def rule(kinks):
    cuts = sorted(set([mp.mpf(k) * PANEL for k in range(-2 * L, 2 * L + 1)] + [mp.mpf(k) for k in kinks]))
    out = []
    for a, b in zip(cuts, cuts[1:]):
        m, h = (a + b) / 2, (b - a) / 2
        out += [(m + h * t, h * w) for t, w in GL]
    return out

def analyse(name, f, kinks):
    nodes = rule(kinks)
    phi = [mp.npdf(x) for x, _ in nodes]
    fx = [f(x) for x, _ in nodes]
    ms = mp.fsum(w * v * v * p for (x, w), v, p in zip(nodes, fx, phi))
    norm = mp.sqrt(ms)
    top = DEG if name in CLOSED else MEHLER
    a = [mp.mpf(0)] * (top + 1)
    for (x, w), v, p in zip(nodes, fx, phi):
        c = w * v * p / norm
        h0, h1 = mp.mpf(1), x
        a[0] += c
        a[1] += c * x
        for k in range(1, top):
            h0, h1 = h1, (x * h1 - ROOT[k] * h0) * INV_ROOT[k + 1]
            a[k + 1] += c * h1
    eps, s = [], mp.mpf(0)
    for i in range(DEG + 1):
        s += a[i] ** 2
        eps.append(1 - s)
    duals = []
    tail = 1 - mp.fsum(v * v for v in a)  # eps(top): the Mehler tail bound at |rho| = 1
    for r in RHOS:
        rho = mp.mpf(r)
        if name in CLOSED:
            d = CLOSED[name](rho)
        elif name == 'clip' and 0.95 < abs(rho) < 1:
            continue  # the Mehler series of a kinked function has not converged there
        elif abs(rho) == 1:
            d = mp.fsum(w * v * f(rho * x) * p for (x, w), v, p in zip(nodes, fx, phi)) / ms
        else:
            d = mp.fsum(a[i] ** 2 * rho ** i for i in range(top + 1))
        duals.append((r, d))
    print(name, 'norm', mp.nstr(norm, 20), 'eps(%d)' % top, mp.nstr(tail, 5), flush=True)
    return norm, a[:DEG + 1], eps, duals

def relu_closed(n):
    phi0 = 1 / mp.sqrt(2 * mp.pi)
    if n == 0:
        return phi0 / mp.sqrt(mp.mpf('0.5'))
    if n == 1:
        return mp.mpf('0.5') / mp.sqrt(mp.mpf('0.5'))
    if n % 2:
        return mp.mpf(0)
    k = n // 2
    return mp.sqrt(2) * phi0 * (-1) ** (k + 1) * mp.fac2(2 * k - 3) / mp.sqrt(mp.factorial(2 * k))

def g(v):
    return mp.nstr(v, 17) if v != 0 else "0"

if __name__ == '__main__':
    with open('hermite_coeffs.csv', 'w', newline='') as fc, open('hermite_norms.csv', 'w', newline='') as fn, \
            open('hermite_duals.csv', 'w', newline='') as fd:
        wc, wn, wd = csv.writer(fc), csv.writer(fn), csv.writer(fd)
        wc.writerow(['name', 'i', 'coeff', 'eps'])
        wn.writerow(['name', 'norm'])
        wd.writerow(['name', 'rho', 'dual'])
        for name, (f, kinks) in FUNCS.items():
            norm, a, eps, duals = analyse(name, f, kinks)
            wn.writerow([name, g(norm)])
            for i in range(DEG + 1):
                wc.writerow([name, i, g(a[i]), g(eps[i])])
            for r, d in duals:
                wd.writerow([name, r, g(d)])
    with open('hermite_relu500.csv', 'w', newline='') as fr:
        w = csv.writer(fr)
        w.writerow(['i', 'coeff'])
        for i in range(501):
            w.writerow([i, g(relu_closed(i))])
