// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace rt {

class Store;

/**
 * Interchange JSON v1: the whole session as one JSON object, {"format": "roundtable-session",
 * "version": 1, "event", "sources", "prompts", "agenda", "tables" (each with its "notes"), "places"
 * (each with "aims", their "ideas" and "drivers", and "actions"), "polls" (each with "options"
 * and "votes"), "indicators" ("areas", "comparators", "rows")}. References between objects are
 * indexes, not ids. The reader (InterchangeReader.cpp) lists every key it knows per object.
 *
 * Identity and provenance (dump() always writes them, load() keeps them, a JSON without them
 * loads as before: new random ids, the new file's own origin, rows made by this laptop):
 *  - "origin" (top level): the session's origin; copies of one session share it.
 *  - "id" on every object that is a row (event, source, prompt, agenda item, table, note, place,
 *    aim, idea, driver, action, poll, vote, indicator row): the row id as a string of decimal
 *    digits, 1 to 2^53 - 1, each used once per kind. Rows whose JSON form is a plain string keep
 *    it, their ids alongside: a poll's "option_ids", the indicators' "area_ids" and
 *    "comparator_ids" (one per option, area, comparator). The event is always row 1: its "id" is
 *    checked, not kept. On an object that is not a row (the root, idea_ref, made_by) any string
 *    "id" is ignored.
 *  - "made_by" on notes, ideas, actions and votes: {"laptop": name, "device": id, "at": ISO 8601
 *    time} of who made the row (absent when the file does not know). "at" is kept in UTC with
 *    milliseconds, as stamps are; a time without a zone is UTC.
 *
 * Beyond the version 1 contract, dump() writes these extension keys (load() reads them back, so a dump
 * round-trips exactly; other readers ignore them):
 *  - event: "language"
 *  - note: "created", "edited" (when set)
 *  - idea: "unsorted": true (still in the parking strip)
 *  - driver: "idea_ref": index of the PICK idea it reuses, within the same aim
 *  - action: "idea_ref": {"aim": a, "idea": i}, the idea it came from, within the same place
 *  - agenda item: "poll": index into "polls" of the poll it runs
 *  - poll: "max_choices" (multi, when > 0), "place": a place numbered from 1 (DESIGN)
 *  - vote: "device", "cast_at" (when set)
 *  - table/place/poll "source": index into "sources"
 * All indexes inside the JSON count from 0, like JSON paths do.
 *
 * Known keys beyond those: a poll's "role" (the contract's; this version does not keep it yet). Any
 * other key is loaded past with a warning naming its path.
 *
 * Votes hold exactly one answer key, matching the poll's kind: choice/multi {"choices":[i…]}
 * (option indexes; choice exactly one), ranking {"ranking":[i…]} (distinct option indexes),
 * scale {"scale":n} (a level 1…N, the options naming the levels; 1…5 with fewer than two options),
 * wordcloud/open {"text":"…"}.
 */
namespace interchange {

QString formatName(); ///< "roundtable-session"
constexpr int Version = 1;

QJsonObject dump(const Store& store);
/** dump() as indented UTF-8 JSON text: byte-identical for identical sessions. */
QByteArray dumpText(const Store& store);

/** Checks @p json completely without writing anything. A key this version does not know is no
 *  error (a newer file still loads): each one is named in @p warnings as "json.path: unknown key,
 *  ignored". Every object may carry a string "id" (a row's: decimal digits, once per kind).
 *  @return false with @p error as "json.path: problem" */
bool validate(const QJsonObject& json, QString* error, QStringList* warnings = nullptr);
/** Validates, then writes the whole session into @p store in one transaction, with the JSON's
 *  ids, origin and made_by where it gives them. The store must hold an empty session (a freshly
 *  created file). Nothing is written when it fails. */
bool load(const QJsonObject& json, Store& store, QString* error);

/** Parses JSON text into an object; errors give the line and column. A string escape that does
 *  not stand for exactly one character (a lone surrogate, \u without four hex digits, an unknown
 *  escape such as \q) is refused with the JSON path of its string, e.g.
 *  "tables[0].notes[3].text: invalid string escape \ud800 (a lone surrogate)". */
bool parse(const QByteArray& text, QJsonObject* out, QString* error);

} // namespace interchange
} // namespace rt
