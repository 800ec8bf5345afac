#!/usr/bin/env python3
"""Line and branch coverage per module and in total, from the JaCoCo reports `./mvnw verify` writes
(<module>/target/site/jacoco/jacoco.csv). Run from the repository root after a verify:

    python3 build/coverage.py
"""
import csv
import glob
import os

rows = []
for path in sorted(glob.glob("*/target/site/jacoco/jacoco.csv")):
    module = path.split(os.sep)[0]
    totals = [0, 0, 0, 0]  # line missed, line covered, branch missed, branch covered
    with open(path, newline="") as f:
        for r in csv.DictReader(f):
            totals[0] += int(r["LINE_MISSED"])
            totals[1] += int(r["LINE_COVERED"])
            totals[2] += int(r["BRANCH_MISSED"])
            totals[3] += int(r["BRANCH_COVERED"])
    rows.append((module, *totals))


def pct(missed, covered):
    return f"{100.0 * covered / (missed + covered):.1f}%" if missed + covered else "-"


print(f"{'module':34} {'lines':>16} {'line cov':>9} {'branches':>16} {'branch cov':>10}")
for module, lm, lc, bm, bc in rows:
    print(f"{module:34} {lc:>7}/{lm + lc:<8} {pct(lm, lc):>9} {bc:>7}/{bm + bc:<8} {pct(bm, bc):>10}")
lm, lc, bm, bc = (sum(r[i] for r in rows) for i in range(1, 5))
print(f"{'total':34} {lc:>7}/{lm + lc:<8} {pct(lm, lc):>9} {bc:>7}/{bm + bc:<8} {pct(bm, bc):>10}")
