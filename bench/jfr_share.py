#!/usr/bin/env python3
"""The share of a JFR recording's execution samples whose stack holds a method: how much of the JVM's Java work it is.

    jfr_share.py RECORDING.jfr METHOD [CPU_SECONDS REQUESTS]

METHOD is a frame's qualified name as `jfr print` shows it (io.envoys.graphql.cost.QueryCost.of). Every
jdk.ExecutionSample of the recording counts (JFR samples the threads running Java code; all are the service's), each
once however often the method recurs in its stack. With the process's CPU seconds over the recording and the requests
served meanwhile, the share is also turned into CPU microseconds per request (a share of all the process's CPU, JIT
and GC threads included, which JFR does not sample: an estimate). Prints one line.
"""
import subprocess
import sys
from collections import Counter


def samples(path):
    """Yields (thread, frames) of each execution sample."""
    out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "1024", path],
                         check=True, capture_output=True, text=True).stdout
    thread, frames, in_stack = None, [], False
    for line in out.splitlines():
        line = line.strip()
        if line.startswith("jdk.ExecutionSample"):
            thread, frames, in_stack = None, [], False
        elif line.startswith("sampledThread = "):
            thread = line.split('"')[1]
        elif line.startswith("stackTrace = ["):
            in_stack = True
        elif in_stack and line == "]":
            in_stack = False
        elif in_stack:
            frames.append(line)
        elif line == "}":
            yield thread, frames


def main():
    path, method = sys.argv[1], sys.argv[2]
    total, hits, truncated = 0, 0, 0
    threads = Counter()
    for thread, frames in samples(path):
        total += 1
        threads[thread.rstrip("0123456789-")] += 1
        if any(frame.startswith(method + "(") for frame in frames):
            hits += 1
        if frames and frames[-1] == "...":
            truncated += 1
    if total == 0:
        sys.exit(f"{path}: no execution samples")
    share = hits / total
    line = f"{method} in {hits} of {total} execution samples ({100 * share:.2f}%)"
    if len(sys.argv) > 4:
        cpu_seconds, requests = float(sys.argv[3]), int(sys.argv[4])
        line += (f"; the process used {cpu_seconds:.1f} CPU s for {requests} requests"
                 f" ({1e6 * cpu_seconds / requests:.0f} us each), so about {1e6 * share * cpu_seconds / requests:.0f} us"
                 " of CPU per request")
    busiest = ", ".join(f"{name} {count}" for name, count in threads.most_common(3))
    print(f"{line}. Threads sampled most: {busiest}" + (f"; {truncated} stacks truncated" if truncated else ""))


if __name__ == "__main__":
    main()
