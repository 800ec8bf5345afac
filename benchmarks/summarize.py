#!/usr/bin/env python3
"""Reads the JMH JSON files of one run.sh run and prints a markdown summary with SDK/raw ratios.

Benchmarks are paired by name: sdkX against rawX in the same class, mode and thread count.
"""
import json
import pathlib
import sys


def load(directory):
    rows = []
    for path in sorted(p for p in pathlib.Path(directory).glob("*.json") if p.name != "coldstart.json"):
        for r in json.loads(path.read_text() or "[]"):
            cls, method = r["benchmark"].rsplit(".", 2)[-2:]
            # parameters that tell rows apart (appKey is the same in every run.sh row)
            params = {k: v for k, v in r.get("params", {}).items() if k != "appKey"}
            pm = r["primaryMetric"]
            alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
            cpu = r.get("secondaryMetrics", {}).get("cpu.client.per.op", {}).get("score")
            # the Java threads alone, without JIT and GC (ClientCpuProfiler since #24's profile)
            tcpu = r.get("secondaryMetrics", {}).get("cpu.client.threads.per.op", {}).get("score")
            pct = pm.get("scorePercentiles", {})
            for sub, m in r.get("secondaryMetrics", {}).items():
                # thread-group subscores (HeadToHeadBenchmark): one per method of the group
                if cls == "HeadToHeadBenchmark" and not sub.startswith("gc.") and not sub.startswith("cpu."):
                    rows.append({
                        "cls": cls + "[" + method + "]", "method": sub, "mode": r["mode"],
                        "threads": r["threads"], "score": m["score"], "error": m["scoreError"],
                        "unit": m["scoreUnit"], "p50": None, "p99": None, "alloc": None,
                        "cpu": None, "group": True, "params": params,
                    })
            if cls == "HeadToHeadBenchmark":
                continue
            rows.append({
                "cls": cls, "method": method, "mode": r["mode"], "threads": r["threads"],
                "score": pm["score"], "error": pm["scoreError"], "unit": pm["scoreUnit"],
                "p50": pct.get("50.0"), "p99": pct.get("99.0"), "alloc": alloc,
                "cpu": cpu, "tcpu": tcpu, "params": params,
            })
    return rows


def fmt(x, digits=1):
    if isinstance(x, str):
        try:
            x = float(x)
        except ValueError:
            return "n/a"
    if x is None or x != x:
        return "n/a"
    if abs(x) >= 100:
        return f"{x:,.0f}"
    return f"{x:,.{digits}f}"


def pair_key(r):
    m = r["method"]
    for prefix in ("sdk", "raw"):
        if m.startswith(prefix):
            params = tuple(sorted((r.get("params") or {}).items()))
            return (r["cls"], m[len(prefix):], r["mode"], r["threads"], params), prefix
    return None, None


def main(directory):
    rows = load(directory)
    pairs, singles = {}, []
    for r in rows:
        key, side = pair_key(r)
        if key is None:
            singles.append(r)
        else:
            pairs.setdefault(key, {})[side] = r
    out = []
    out.append("### SDK against raw OkHttp + Jackson (same run, same loopback server)\n")
    out.append("| benchmark | threads | mode | SDK | raw | unit | SDK/raw throughput | SDK alloc/op | raw alloc/op "
               "| SDK client CPU/op | raw client CPU/op | SDK/raw CPU |")
    out.append("|---|---:|---|---:|---:|---|---:|---:|---:|---:|---:|---:|")
    for key in sorted(pairs, key=lambda k: (k[0], k[1], k[2], k[3], k[4])):
        p = pairs[key]
        if "sdk" not in p or "raw" not in p:
            singles.extend(p.values())
            continue
        s, w = p["sdk"], p["raw"]
        cls, name, mode, threads, params = key
        cpu_cols = (f"| {fmt(s.get('cpu'))} µs | {fmt(w.get('cpu'))} µs | "
                    + (f"{s['cpu'] / w['cpu']:.2f}x |" if s.get("cpu") and w.get("cpu") else "n/a |"))
        if s.get("group"):
            threads = f"{threads} (half each, at once)"
        if mode == "thrpt":
            ratio = s["score"] / w["score"]
        else:  # time per op: throughput ratio is the inverse
            ratio = w["score"] / s["score"]
        label = f"{cls}.*{name}" + ("".join(f" {k}={v}" for k, v in params))
        if mode == "sample":
            sdk_v = f"p50 {fmt(s['p50'])} / p99 {fmt(s['p99'])}"
            raw_v = f"p50 {fmt(w['p50'])} / p99 {fmt(w['p99'])}"
            t = int(threads)
            sdk_v += f" (≈{fmt(t * 1e6 / s['score'])} ops/s)"
            raw_v += f" (≈{fmt(t * 1e6 / w['score'])} ops/s)"
            out.append(f"| {label} | {threads} | sample | {sdk_v} | {raw_v} | {s['unit']} | {ratio:.2f}x (mean) "
                       f"| {fmt(s['alloc'], 0)} B | {fmt(w['alloc'], 0)} B " + cpu_cols)
        else:
            out.append(f"| {label} | {threads} | {mode} | {fmt(s['score'])} ± {fmt(s['error'])} "
                       f"| {fmt(w['score'])} ± {fmt(w['error'])} | {s['unit']} | {ratio:.2f}x "
                       f"| {fmt(s['alloc'], 0)} B | {fmt(w['alloc'], 0)} B " + cpu_cols)
    if singles:
        out.append("\n### Single measurements\n")
        out.append("| benchmark | threads | mode | score | unit | alloc/op |")
        out.append("|---|---:|---|---:|---|---:|")
        for r in sorted(singles, key=lambda r: (r["cls"], r["method"])):
            label = f"{r['cls']}.{r['method']}"
            if r.get("params"):
                label += " (" + ", ".join(f"{k}={v}" for k, v in sorted(r["params"].items())) + ")"
            out.append(f"| {label} | {r['threads']} | {r['mode']} "
                       f"| {fmt(r['score'])} ± {fmt(r['error'])} | {r['unit']} | {fmt(r['alloc'], 0)} B |")

    def find(cls, method, mode, threads=None):
        for r in rows:
            if r["cls"] == cls and r["method"] == method and r["mode"] == mode and (
                    threads is None or r["threads"] == threads):
                return r
        return None

    out.append("\n### Targets\n")

    def find_p(cls, method, threads, **params):
        for r in rows:
            if (r["cls"] == cls and r["method"] == method and r["threads"] == threads
                    and all(str((r.get("params") or {}).get(k)) == str(v) for k, v in params.items())):
                return r
        return None

    def threads_only(sdk, raw):
        if sdk.get("tcpu") and raw.get("tcpu"):
            return (f"; Java threads only (no JIT, GC): {fmt(sdk['tcpu'])} vs {fmt(raw['tcpu'])} µs, "
                    f"{sdk['tcpu'] / raw['tcpu']:.2f}x")
        return ""

    for items in (1, 50, 500):
        sg, rg = find_p("GetBenchmark", "sdkGet", 1, items=items), find_p("GetBenchmark", "rawGet", 1, items=items)
        if sg and rg and sg.get("cpu") and rg.get("cpu"):
            ratio = sg["cpu"] / rg["cpu"]
            target = f" (target <= 1.11x: {'met' if ratio <= 1.11 else 'NOT met'})" if items == 50 else ""
            out.append(f"- Signed, verified GET of a {items}-item page, 1 caller: SDK client CPU {fmt(sg['cpu'])} µs/call vs "
                       f"raw unsigned {fmt(rg['cpu'])} µs/call = **{ratio:.2f}x**{target}" + threads_only(sg, rg))
    sp, rp = find_p("PaymentBenchmark", "sdkPay", 1), find_p("PaymentBenchmark", "rawPay", 1)
    if sp and rp and sp.get("cpu") and rp.get("cpu"):
        ratio = rp["cpu"] / sp["cpu"]
        out.append(f"- Payment, 1 caller: SDK client CPU {fmt(sp['cpu'])} µs/payment vs RSA-2048 baseline {fmt(rp['cpu'])} "
                   f"µs/payment: the SDK uses **{ratio:.2f}x** less (target >= 1.5x: {'met' if ratio >= 1.5 else 'NOT met'})"
                   + threads_only(sp, rp))
    sg, rg = find("GetBenchmark", "sdkGet", "thrpt", 16), find("GetBenchmark", "rawGet", "thrpt", 16)
    if sg and rg:
        ratio = sg["score"] / rg["score"]
        out.append(f"- Signed GET at 16 threads: SDK {fmt(sg['score'])} ops/s vs raw unsigned {fmt(rg['score'])} ops/s "
                   f"= **{ratio:.2f}x** (target >= 0.9x: {'met' if ratio >= 0.9 else 'NOT met'})")
    for mode in ("thrpt", "sample"):
        tp, rg2 = find("GetBenchmark", "sdkTransportPlainModel", mode, 16), find("GetBenchmark", "rawGet", mode, 16)
        sg2 = find("GetBenchmark", "sdkGet", mode, 16)
        if tp and rg2 and sg2:
            inv = (lambda a, b: a / b) if mode == "thrpt" else (lambda a, b: b / a)
            out.append(f"- Signed GET at 16 threads ({mode}{', from mean latency' if mode == 'sample' else ''}): "
                       f"SDK typed **{inv(sg2['score'], rg2['score']):.2f}x** raw; SDK transport with the plain "
                       f"records **{inv(tp['score'], rg2['score']):.2f}x** raw")
    for group, sdk_m, raw_m, what in (("get", "sdkGet", "rawGet", "Signed GET"), ("pay", "sdkPay", "rawPay", "Payment")):
        hs = find("HeadToHeadBenchmark[" + group + "]", sdk_m, "thrpt")
        hr = find("HeadToHeadBenchmark[" + group + "]", raw_m, "thrpt")
        if hs and hr:
            out.append(f"- {what}, head to head (SDK and raw callers at the same time, {hs['threads']} threads): "
                       f"SDK {fmt(hs['score'])} ops/s vs raw {fmt(hr['score'])} ops/s = **{hs['score'] / hr['score']:.2f}x**")
    for method, label in (("Pay", "blocking, 4 threads"), ("PayAsync", "async, 16 in flight")):
        sp, rp = find("PaymentBenchmark", "sdk" + method, "thrpt"), find("PaymentBenchmark", "raw" + method, "thrpt")
        if sp and rp:
            ratio = sp["score"] / rp["score"]
            out.append(f"- Payment ({label}): SDK {fmt(sp['score'])} ops/s vs RSA-2048 baseline {fmt(rp['score'])} ops/s "
                       f"= **{ratio:.2f}x** (target >= 1.5x: {'met' if ratio >= 1.5 else 'NOT met'})")
    sc, rc = find("CryptoBenchmark", "sdkPaymentClientCrypto", "avgt"), find("CryptoBenchmark", "rawPaymentClientCrypto", "avgt")
    if sc and rc:
        out.append(f"- Client-side crypto per payment: SDK {fmt(sc['score'])} µs vs RSA baseline {fmt(rc['score'])} µs "
                   f"= **{rc['score'] / sc['score']:.2f}x** the throughput per client core")
    overview = [r for r in rows if r["cls"] == "OverviewBenchmark"]
    for slow in sorted({r["params"].get("slowMs") for r in overview}, key=lambda v: int(v or 0)):
        par = next((r for r in overview if r["method"] == "parallel" and r["params"].get("slowMs") == slow), None)
        seq = next((r for r in overview if r["method"] == "sequential" and r["params"].get("slowMs") == slow), None)
        if par and seq:
            out.append(f"- Citizen overview, every department {slow} ms slow: parallel (CitizenOverview, allOf) "
                       f"{fmt(par['score'])} {par['unit']} vs the five blocking calls in sequence {fmt(seq['score'])} "
                       f"{seq['unit']}: sequential/parallel **{seq['score'] / par['score']:.2f}x**")
    cold = pathlib.Path(directory) / "coldstart.json"
    if cold.exists():
        runs = {r["command"]: r for r in json.loads(cold.read_text())["results"]}
        out.append("\n### Cold start (JVM start to the first call's result, hyperfine)\n")
        out.append("| program | mean | ± σ | min | runs |")
        out.append("|---|---:|---:|---:|---:|")
        for name, r in runs.items():
            out.append(f"| {name} | {r['mean'] * 1000:.0f} ms | {r['stddev'] * 1000:.0f} ms | {r['min'] * 1000:.0f} ms | {len(r['times'])} |")
        for plain in ("", "-appcds"):
            sdk, raw = runs.get("sdk" + plain), runs.get("raw" + plain)
            if sdk and raw:
                ratio = sdk["mean"] / raw["mean"]
                out.append(f"- Cold start{' with AppCDS' if plain else ''}: SDK {sdk['mean'] * 1000:.0f} ms vs raw "
                           f"{raw['mean'] * 1000:.0f} ms = **{ratio:.2f}x** (target <= 1.2x: {'met' if ratio <= 1.2 else 'NOT met'})")
    for extra in ("coldstart.txt", "footprint.txt"):
        f = pathlib.Path(directory) / extra
        if f.exists():
            lines = [l for l in f.read_text().splitlines() if "classes loaded" in l or "idle clients" in l]
            out.extend("- " + l for l in lines)
    print("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
