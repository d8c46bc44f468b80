#!/usr/bin/env python3
"""Checks that Envoys, PostGraphile 5 and PostGraphile 4 answer a workload with the same rows.

    compare.py WORKLOAD ENVOYS.json POSTGRAPHILE_V5.json POSTGRAPHILE_V4.json

Each answer is reduced to plain rows. Lists are compared in Envoys' order wherever Envoys defines one; where
PostGraphile cannot express that order, or a page of Envoys' is a cut of a list PostGraphile returns whole, the rows
PostGraphile returns are put in Envoys' order here and cut at the same page size (Envoy.counterparts: most meetings
together, then name, then id, counted from the raw participations; Envoy.quotes: oldest meeting first, then meeting id,
position, quote id; Meeting.quotes: position, then id; an envoy's last meetings, which PostGraphile reads newest
first), so the comparison is exact. Only meeting participants, which
PostGraphile cannot order by name, are compared as sorted lists. Prints one line and exits 1 when the rows differ or
an answer has errors.
"""
import json
import sys
from collections import defaultdict

PAGE = 100  # the `first` of the nested pages in Q1 and Q3, the most a page may hold


def envoys(workload, data):
    if workload == "q1":
        return [(m["id"], m["title"], m["date"], m["hostCountry"]["name"],
                 sorted((p["name"], p["country"]["code"]) for p in m["participants"]),
                 [(q["text"], q["speaker"]["name"]) for q in m["quotes"]["nodes"]])
                for m in data["meetings"]["nodes"]]
    if workload == "q2":
        return [(e["id"], e["name"], e["title"], e["country"]["code"], e["country"]["name"])
                for e in data["envoys"]["nodes"]]
    if workload == "q3":
        envoy = data["envoy"]
        return (envoy["name"],
                [(c["envoy"]["name"], c["meetingCount"], c["lastMetOn"]) for c in envoy["counterparts"]["nodes"]],
                [(q["meeting"]["date"], q["text"]) for q in envoy["quotes"]["nodes"]])
    if workload == "q6":
        return [(m["id"], m["title"],
                 sorted((p["name"], [(pm["id"], pm["title"], pm["date"], [q["text"] for q in pm["quotes"]["nodes"]])
                                     for pm in p["meetings"]["nodes"]])
                        for p in m["participants"]))
                for m in data["meetings"]["nodes"]]
    return [(m["id"], m["title"], m["date"], m["city"]) for m in data["meetings"]["nodes"]]


def postgraphile(workload, data, id_field):
    if workload == "q1":
        # quotesByMeetingId is ordered by position, unique within a meeting; Envoys' page holds the first 100
        return [(m[id_field], m["title"], m["date"], m["countryByHostCountryId"]["name"],
                 sorted((p["envoyByEnvoyId"]["name"], p["envoyByEnvoyId"]["countryByCountryId"]["code"])
                        for p in m["meetingParticipantsByMeetingId"]["nodes"]),
                 [(q["text"], q["envoyBySpeakerId"]["name"]) for q in m["quotesByMeetingId"]["nodes"]][:PAGE])
                for m in data["allMeetings"]["nodes"]]
    if workload == "q2":
        return [(e[id_field], e["name"], e["title"], e["countryByCountryId"]["code"], e["countryByCountryId"]["name"])
                for e in data["allEnvoys"]["nodes"]]
    if workload == "q3":
        envoy = data["envoyByRowId" if id_field == "rowId" else "envoyById"]
        met = defaultdict(list)
        for participation in envoy["meetingParticipantsByEnvoyId"]["nodes"]:
            meeting = participation["meetingByMeetingId"]
            for other in meeting["meetingParticipantsByMeetingId"]["nodes"]:
                if other["envoyByEnvoyId"][id_field] != envoy[id_field]:
                    met[(int(other["envoyByEnvoyId"][id_field]), other["envoyByEnvoyId"]["name"])].append(meeting["date"])
        # Envoys' order: most meetings together, then name (the database's collation is C, as Python compares), then id
        counterparts = sorted(met.items(), key=lambda item: (-len(item[1]), item[0][1], item[0][0]))[:PAGE]
        quotes = sorted(envoy["quotesBySpeakerId"]["nodes"],
                        key=lambda q: (q["meetingByMeetingId"]["date"], int(q["meetingByMeetingId"][id_field]),
                                       q["position"], int(q[id_field])))[:PAGE]
        return (envoy["name"],
                [(name, len(dates), max(dates)) for (_, name), dates in counterparts],
                [(q["meetingByMeetingId"]["date"], q["text"]) for q in quotes])
    if workload == "q6":
        # Envoy.recentMeetings is the computed column of bench/postgraphile.sql, newest first, then id descending: its
        # first 3, reversed, are the last 3 of Envoys' Envoy.meetings (oldest first, then id)
        return [(m[id_field], m["title"],
                 sorted((p["envoyByEnvoyId"]["name"],
                         [(pm[id_field], pm["title"], pm["date"], [q["text"] for q in pm["quotesByMeetingId"]["nodes"]])
                          for pm in reversed(p["envoyByEnvoyId"]["recentMeetings"]["nodes"])])
                        for p in m["meetingParticipantsByMeetingId"]["nodes"]))
                for m in data["allMeetings"]["nodes"]]
    meetings = data["countryByCode"]["meetingsByHostCountryId"] if workload == "q4" else data["allMeetings"]
    return [(m[id_field], m["title"], m["date"], m["city"]) for m in meetings["nodes"]]


def rows(path, reduce):
    with open(path) as file:
        answer = json.load(file)
    if answer.get("errors") or not answer.get("data"):
        sys.exit(f"{path}: answered with errors: {json.dumps(answer)[:500]}")
    return reduce(answer["data"])


def size(workload, expected):
    if workload == "q3":
        return len(expected[1]) + len(expected[2])
    if workload == "q6":
        return sum(1 + sum(1 + sum(1 + len(pm[3]) for pm in p[1]) for p in m[2]) for m in expected)
    return len(expected)


def main():
    name, ours, v5, v4 = sys.argv[1:5]
    workload = name.split("-")[0]
    expected = rows(ours, lambda data: envoys(workload, data))
    for system, path, id_field in (("PostGraphile 5", v5, "rowId"), ("PostGraphile 4", v4, "id")):
        if rows(path, lambda data: postgraphile(workload, data, id_field)) != expected:
            sys.exit(f"{name}: {system} answers with other rows than Envoys ({path} vs {ours})")
    print(f"{name}: same rows from all three ({size(workload, expected)} rows)")


if __name__ == "__main__":
    main()
