"""Checks an executed notebook: no error outputs, the expected lines printed in order, an image/png.

Usage: python3 check_notebook.py EXECUTED.ipynb EXPECT_FILE
EXPECT_FILE holds the lines the notebook must print (in order; other lines may come between);
lines starting with # are comments.
"""
import json
import sys

nb = json.load(open(sys.argv[1], encoding="utf-8"))
expected = [l.rstrip("\n") for l in open(sys.argv[2], encoding="utf-8") if l.strip() and not l.startswith("#")]
printed, pngs, problems = [], 0, []
for cell in nb["cells"]:
    if cell["cell_type"] != "code":
        continue
    for out in cell.get("outputs", []):
        kind = out["output_type"]
        if kind == "error":
            problems.append("error output: " + "\n".join(out["traceback"]))
        elif kind == "stream" and out["name"] == "stdout":
            printed.extend("".join(out["text"]).splitlines())
        elif kind in ("display_data", "execute_result") and "image/png" in out.get("data", {}):
            pngs += 1
at = 0
for want in expected:
    while at < len(printed) and printed[at] != want:
        at += 1
    if at == len(printed):
        problems.append("not printed (in order): %r" % want)
        break
    at += 1
if pngs == 0:
    problems.append("no image/png output")
if problems:
    print("notebook check FAILED:\n  " + "\n  ".join(problems))
    print("printed lines:\n  " + "\n  ".join(printed))
    sys.exit(1)
print("notebook check: %d expected lines in order, %d image/png outputs, no errors" % (len(expected), pngs))
