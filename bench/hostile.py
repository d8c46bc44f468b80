#!/usr/bin/env python3
"""Hostile requests against a running Envoys, for bench/hostile.sh. Prints its figures, one per line.

    hostile.py URL PID HOSTILE.json SMALL.json SEQUENTIAL SECONDS CLIENTS

(a) the latency of refusing the hostile query: SEQUENTIAL requests one after another over one kept-alive connection,
    each checked to be refused with QUERY_TOO_COSTLY and no data; then as many with a new query text each time (an
    alias numbered per request), so that the document cache cannot help: parsed, validated and estimated every time;
(b) the service's resident memory (VmRSS of /proc/PID/status, every 100 ms) while CLIENTS connections of wrk send the
    hostile query for SECONDS;
(c) meanwhile, from one more client, the latency of the small query, each answer checked to hold data and no errors.
"""
import http.client
import json
import math
import re
import subprocess
import sys
import threading
import time
from urllib.parse import urlparse


def percentile(values, p):
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]  # nearest rank


def summary(ms):
    return f"p50 {percentile(ms, 50):.2f} ms, p99 {percentile(ms, 99):.2f} ms, max {max(ms):.2f} ms over {len(ms)} requests"


class Client:
    """One kept-alive HTTP connection that posts GraphQL bodies and times them."""

    def __init__(self, url):
        self.url = urlparse(url)
        self.connection = http.client.HTTPConnection(self.url.hostname, self.url.port, timeout=30)

    def post(self, body):
        started = time.perf_counter()
        self.connection.request("POST", self.url.path, body, {"Content-Type": "application/json"})
        response = self.connection.getresponse()
        payload = response.read()
        return (time.perf_counter() - started) * 1000, response.status, json.loads(payload)


def refused(status, answer):
    errors = answer.get("errors") or []
    return status == 200 and answer.get("data") is None and errors and \
        errors[0].get("extensions", {}).get("code") == "QUERY_TOO_COSTLY"


def answered(status, answer):
    return status == 200 and answer.get("data") and not answer.get("errors")


def sequential(client, bodies, check, what):
    times = []
    for body in bodies:
        ms, status, answer = client.post(body)
        if not check(status, answer):
            sys.exit(f"{what}: unexpected answer {status} {json.dumps(answer)[:300]}")
        times.append(ms)
    return times


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as status:
        return int(re.search(r"^VmRSS:\s+(\d+) kB", status.read(), re.M).group(1))


def main():
    url, pid, hostile_path, small_path = sys.argv[1:5]
    count, seconds, clients = int(sys.argv[5]), int(sys.argv[6]), int(sys.argv[7])
    hostile = open(hostile_path).read()
    small = open(small_path).read()
    query = json.loads(hostile)["query"]
    client = Client(url)

    # warm-up: the JIT, the document cache and the connection pool
    sequential(client, [hostile] * 2000, refused, "hostile")
    sequential(client, [small] * 2000, answered, "small")

    estimate = client.post(hostile)[2]["extensions"]["cost"]["estimate"]
    times = sequential(client, [hostile] * count, refused, "hostile")
    print(f"(a) hostile query refused (QUERY_TOO_COSTLY, estimate {estimate:,} objects), sequential: {summary(times)}")
    fresh = [json.dumps({"query": query.replace("{ countries", "{ c%d: countries" % i, 1)}) for i in range(count)]
    times = sequential(client, fresh, refused, "hostile, new text")
    print(f"(a) the same with a new query text each time (parsed and validated anew): {summary(times)}")

    before = rss_kib(pid)
    peak = [before]
    small_times = []
    failures = []
    done = threading.Event()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], rss_kib(pid))
            time.sleep(0.1)

    def ask():
        other = Client(url)
        while not done.is_set():
            ms, status, answer = other.post(small)
            if not answered(status, answer):
                failures.append(f"small query: unexpected answer {status} {json.dumps(answer)[:300]}")
                return
            small_times.append(ms)

    threads = [threading.Thread(target=sample), threading.Thread(target=ask)]
    for thread in threads:
        thread.start()
    wrk = subprocess.run(["wrk", f"-t{min(2, clients)}", f"-c{clients}", f"-d{seconds}s", "-s", "bench/post.lua", url],
                         env={"BODY": hostile_path, "PATH": "/usr/bin:/bin:/usr/local/bin"},
                         capture_output=True, text=True, check=True).stdout
    done.set()
    for thread in threads:
        thread.join()
    if failures:
        sys.exit(failures[0])
    if re.search(r"Non-2xx|Socket errors", wrk):
        sys.exit(f"wrk reported errors:\n{wrk}")
    requests = int(re.search(r"(\d+) requests in", wrk).group(1))
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", wrk).group(1))
    print(f"(b) {clients} clients sending the hostile query for {seconds} s: {requests:,} refused ({rate:,.0f}/s);"
          f" RSS {before / 1024:.0f} MiB before, at most {peak[0] / 1024:.0f} MiB meanwhile (sampled every 100 ms)")
    print(f"(c) meanwhile {{ countries {{ code }} }} from one more client: {summary(small_times)}")


if __name__ == "__main__":
    main()
