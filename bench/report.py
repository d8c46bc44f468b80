#!/usr/bin/env python3
"""Turns the rounds of bench/run.sh into a Markdown table (stdout) and a PNG chart.

    report.py RUNS.tsv RAW_SQL_TPS CHART.png Q1_STATEMENTS H2_READY_MS H2_READY_APPCDS_MS RSS_MB

req/s is the mean of the rounds; p50 and p99 are the worst round's. The last column compares Envoys with the faster
PostGraphile of the same workload. The targets of issues #5 and #13 (Q6, the nested connections, at least 2x) follow, computed from the same numbers and from the
measurements run.sh passes: SQL statements per Q1 request, start to ready on H2 (plain, and with the AppCDS archive of
a training run) and Envoys' resident memory after the load.
"""
import csv
import sys
from collections import defaultdict

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

SYSTEMS = ["envoys", "postgraphile-v5", "postgraphile-v4"]
NAMES = {"envoys": "Envoys", "postgraphile-v5": "PostGraphile 5", "postgraphile-v4": "PostGraphile 4"}


def summarise(path):
    runs = defaultdict(list)
    with open(path) as file:
        for row in csv.DictReader(file, delimiter="\t"):
            runs[(row["workload"], row["system"])].append(row)
    workloads = list(dict.fromkeys(workload for workload, _ in runs))
    summary = {}
    for key, rows in runs.items():
        summary[key] = {
            "rps": sum(float(r["req_s"]) for r in rows) / len(rows),
            "rps_each": [float(r["req_s"]) for r in rows],
            "p50": max(float(r["p50_ms"]) for r in rows),
            "p99": max(float(r["p99_ms"]) for r in rows),
        }
    return workloads, summary


def table(workloads, summary):
    print("| workload | system | req/s (each round) | p50 ms | p99 ms | Envoys vs the faster PostGraphile |")
    print("|---|---|---|---|---|---|")
    for workload in workloads:
        faster = max(("postgraphile-v5", "postgraphile-v4"), key=lambda s: summary[(workload, s)]["rps"])
        for system in SYSTEMS:
            s = summary[(workload, system)]
            each = ", ".join(f"{r:.0f}" for r in s["rps_each"])
            ratio = f"{s['rps'] / summary[(workload, faster)]['rps']:.2f}x req/s" if system == "envoys" else ""
            print(f"| {workload} | {NAMES[system]} | {s['rps']:.0f} ({each}) | {s['p50']:.1f} | {s['p99']:.1f} | {ratio} |")


def targets(summary, raw, q1_statements, ready_ms, ready_appcds_ms, rss_mb):
    def faster(workload):
        return max(summary[(workload, s)]["rps"] for s in ("postgraphile-v5", "postgraphile-v4"))

    def faster_p99(workload):
        best = max(("postgraphile-v5", "postgraphile-v4"), key=lambda s: summary[(workload, s)]["rps"])
        return summary[(workload, best)]["p99"]

    ours = {workload: summary[(workload, "envoys")] for workload, system in summary if system == "envoys"}
    rows = [("Q1 req/s at least 3x the faster PostGraphile", ours["q1"]["rps"] / faster("q1"), 3.0, "x"),
            ("Q1 p99 no worse than the faster PostGraphile's (ratio, at most 1)",
             ours["q1"]["p99"] / faster_p99("q1"), 1.0, "max"),
            ("Q1 req/s at least 0.45x the raw SQL rate", ours["q1"]["rps"] / raw, 0.45, "x")]
    rows += [(f"{w.upper()} req/s at least 2x the faster PostGraphile", ours[w]["rps"] / faster(w), 2.0, "x")
             for w in ("q2", "q3", "q4", "q6") if w in ours]
    rows.append(("Q5 page 1,000 p50 within 1.2x of page 1",
                 ours["q5-page-1000"]["p50"] / ours["q5-page-1"]["p50"], 1.2, "max"))
    rows += [("SQL statements per Q1 request, at most 7", q1_statements, 7, "max"),
             ("start to ready on H2 with the seed, ms, at most 3,000", ready_ms, 3000, "max"),
             ("the same with the AppCDS archive of a training run, ms, at most 3,000", ready_appcds_ms, 3000, "max"),
             ("Envoys' RSS after the load, MB, under 400", rss_mb, 400, "max")]
    print()
    print("| target | measured | met |")
    print("|---|---|---|")
    for name, value, bound, kind in rows:
        met = value >= bound if kind == "x" else value <= bound
        shown = f"{value:.2f}" if isinstance(value, float) else str(value)
        print(f"| {name} | {shown} | {'yes' if met else 'no'} |")


def chart(workloads, summary, path):
    figure, (rps_axis, p99_axis) = plt.subplots(1, 2, figsize=(13, 4.8))
    width = 0.27
    for i, system in enumerate(SYSTEMS):
        xs = [w + (i - 1) * width for w in range(len(workloads))]
        rps_axis.bar(xs, [summary[(w, system)]["rps"] for w in workloads], width, label=NAMES[system])
        p99_axis.bar(xs, [summary[(w, system)]["p99"] for w in workloads], width, label=NAMES[system])
    for axis, title in ((rps_axis, "requests per second (higher is better)"), (p99_axis, "p99 latency, ms (lower is better)")):
        axis.set_xticks(range(len(workloads)))
        axis.set_xticklabels(workloads, rotation=20)
        axis.set_title(title)
        axis.grid(axis="y", alpha=0.3)
    rps_axis.legend()
    figure.suptitle("Same PostgreSQL, same machine, wrk at 16 connections")
    figure.tight_layout()
    figure.savefig(path, dpi=110)


def main():
    runs, raw, png = sys.argv[1], float(sys.argv[2]), sys.argv[3]
    q1_statements, ready_ms, ready_appcds_ms, rss_mb = float(sys.argv[4]), *(int(a) for a in sys.argv[5:8])
    workloads, summary = summarise(runs)
    table(workloads, summary)
    targets(summary, raw, q1_statements, ready_ms, ready_appcds_ms, rss_mb)
    chart(workloads, summary, png)


if __name__ == "__main__":
    main()
