#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The sample session months later, for the user guide's place-lead pictures: reads a session's
interchange JSON (roundtable dump) on stdin and writes it with statuses, progress updates, review
dates and a later period of the data pack. Usage: roundtable dump S | follow-up-sample.py | ..."""
import json
import sys

session = json.load(sys.stdin)
# Our own sample words: (status, reviewed, [(at, who, text, status)]) per action, place by place.
follow = {
    "Bedford Borough": [
        ("done", "2023-10-12T10:00:00", [("2023-10-12T10:00:00", "Council skills team", "Offer list published on the council's youth pages", "done")]),
        ("on_track", "2023-11-02T14:30:00", [("2023-09-14T09:00:00", "Youth service", "Four ambassadors recruited so far", "on_track"),
                                              ("2023-11-02T14:30:00", "Youth service", "Six ambassadors recruited; first school visit booked", "on_track")]),
        ("at_risk", "2023-11-02T14:30:00", [("2023-11-02T14:30:00", "Public health intelligence", "Data sharing agreement waiting for the college's sign-off", "at_risk")]),
        ("not_started", None, []),
    ],
    "Luton": [
        ("done", "2023-08-30T11:00:00", [("2023-08-30T11:00:00", "Place director", "Presented at the August place board", "done")]),
        ("on_track", "2023-10-05T16:00:00", [("2023-10-05T16:00:00", "Public health lead", "Two drivers agreed; third under discussion", "on_track")]),
        ("off_track", "2023-10-05T16:00:00", [("2023-10-05T16:00:00", "Council policy team", "No one has time to gather the evaluations", "off_track")]),
        ("stopped", "2023-10-05T16:00:00", [("2023-10-05T16:00:00", "Strategy team", "Folded into the refresh of the town's strategy", "stopped")]),
    ],
}
for place in session.get("places", []):
    for action, plan in zip(place.get("actions", []), follow.get(place.get("name"), [])):
        status, reviewed, updates = plan
        action["status"] = status
        if reviewed:
            action["reviewed"] = reviewed
        action["updates"] = [{"at": at, "who": who, "text": text, "status": st} for at, who, text, st in updates]

# A later period: each figure moved a little (ours, for the picture only).
moves = [1.5, -1.0, -0.6, 2.0, -1.1, -2.0, 0.4, -0.3, -0.2, -0.5, -1.0, 1.2]
for row, move in zip(session.get("indicators", {}).get("rows", []), moves):
    later = []
    for i, value in enumerate(row.get("values", [])):
        text = value.strip()
        if not text:
            later.append("")
            continue
        number = float(text.rstrip("%"))
        step = move if i % 2 == 0 else move / 2
        decimals = len(text.rstrip("%").split(".")[1]) if "." in text else 0
        later.append(f"{number + step:.{decimals}f}" + ("%" if text.endswith("%") else ""))
    row["periods"] = [{"period": "2024 Q1", "values": later}]
json.dump(session, sys.stdout, ensure_ascii=False, indent=1)
