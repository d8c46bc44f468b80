#!/usr/bin/env python3
"""Checks that Envoys, PostGraphile 5 and PostGraphile 4 answer a workload with the same rows.

    compare.py WORKLOAD ENVOYS.json POSTGRAPHILE_V5.json POSTGRAPHILE_V4.json

Each answer is reduced to plain rows in a canonical order; lists whose order the PostGraphile schemas cannot express
(participants by name, counterparts, which PostGraphile leaves to the client) are compared as sorted lists.
Prints one line and exits 1 when the rows differ or an answer has errors.
"""
import json
import sys
from collections import defaultdict


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
                sorted((c["envoy"]["name"], c["meetingCount"], c["lastMetOn"]) for c in envoy["counterparts"]["nodes"]),
                sorted((q["meeting"]["date"], q["text"]) for q in envoy["quotes"]["nodes"]))
    return [(m["id"], m["title"], m["date"], m["city"]) for m in data["meetings"]["nodes"]]


def postgraphile(workload, data, id_field):
    if workload == "q1":
        return [(m[id_field], m["title"], m["date"], m["countryByHostCountryId"]["name"],
                 sorted((p["envoyByEnvoyId"]["name"], p["envoyByEnvoyId"]["countryByCountryId"]["code"])
                        for p in m["meetingParticipantsByMeetingId"]["nodes"]),
                 [(q["text"], q["envoyBySpeakerId"]["name"]) for q in m["quotesByMeetingId"]["nodes"]])
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
                if other["envoyByEnvoyId"]["name"] != envoy["name"]:
                    met[other["envoyByEnvoyId"]["name"]].append(meeting["date"])
        return (envoy["name"],
                sorted((name, len(dates), max(dates)) for name, dates in met.items()),
                sorted((q["meetingByMeetingId"]["date"], q["text"]) for q in envoy["quotesBySpeakerId"]["nodes"]))
    meetings = data["countryByCode"]["meetingsByHostCountryId"] if workload == "q4" else data["allMeetings"]
    return [(m[id_field], m["title"], m["date"], m["city"]) for m in meetings["nodes"]]


def rows(path, reduce):
    with open(path) as file:
        answer = json.load(file)
    if answer.get("errors") or not answer.get("data"):
        sys.exit(f"{path}: answered with errors: {json.dumps(answer)[:500]}")
    return reduce(answer["data"])


def main():
    name, ours, v5, v4 = sys.argv[1:5]
    workload = name.split("-")[0]
    expected = rows(ours, lambda data: envoys(workload, data))
    for system, path, id_field in (("PostGraphile 5", v5, "rowId"), ("PostGraphile 4", v4, "id")):
        if rows(path, lambda data: postgraphile(workload, data, id_field)) != expected:
            sys.exit(f"{name}: {system} answers with other rows than Envoys ({path} vs {ours})")
    size = len(expected[1]) + len(expected[2]) if workload == "q3" else len(expected)
    print(f"{name}: same rows from all three ({size} rows)")


if __name__ == "__main__":
    main()
