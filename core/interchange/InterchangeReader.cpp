// SPDX-License-Identifier: GPL-3.0-or-later
// Reading interchange JSON: the text parsed (string escapes checked first), every key checked
// and unknown keys named as warnings, into a ParsedSession that load() writes.
#include "interchange/InterchangeReader.h"

#include "domain/ActionStatus.h"
#include "domain/DueDate.h"
#include "domain/JsonText.h"
#include "domain/PackSections.h"
#include "domain/Quadrant.h"
#include "interchange/Interchange.h"
#include "interchange/JsonChecker.h"
#include "interchange/JsonEscapes.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <limits>

namespace rt::interchange {

namespace {

const QStringList AgendaKinds
    = {L("arrival"), L("plenary"), L("break"), L("tables"), L("breakout"), L("close")};
const QStringList PollKinds = {L("choice"), L("multi"), L("ranking"), L("scale"), L("wordcloud"), L("open")};
const QStringList PollStates = {L("draft"), L("open"), L("closed")};
const QStringList PollReveals = {L("live"), L("closed")};
const QStringList PollRoles = {L("priorities"), L("feedback"), L("other")};
constexpr int MaxDriverDepth = 16; // the diagram shows three levels; this only bounds recursion

/** The session's objects, each checked with JsonChecker, into a PSession. */
class Loader : public JsonChecker
{
    Q_DECLARE_TR_FUNCTIONS(Interchange)
public:
    bool session(const QJsonObject& root, PSession& s)
    {
        if (!known(root, {},
                   {"format", "version", "origin", "event", "sources", "prompts", "agenda", "tables",
                    "places", "polls", "indicators"}))
            return false;
        QJsonValue v;
        bool present = false;
        if (!value(root, {}, "format", true, &v, &present))
            return false;
        if (v.toString() != formatName())
            return fail(
                L("format"),
                tr("expected \"%1\", %2")
                    .arg(formatName(), v.isString() ? tr("found \"%1\"").arg(v.toString()) : found(v)));
        if (!value(root, {}, "version", true, &v, &present))
            return false;
        qint64 version = 0;
        if (!integer(v, L("version"), 1, std::numeric_limits<int>::max(), &version))
            return false;
        if (version > Version)
            return fail(L("version"),
                        tr("this file uses interchange version %1; this Roundtable reads version %2. "
                           "Update Roundtable to load it.")
                            .arg(version)
                            .arg(Version));
        QVariantMap origin;
        if (!text(root, {}, "origin", false, origin))
            return false;
        s.origin = origin.value(L("origin")).toString();
        if (origin.contains(L("origin")) && s.origin.isEmpty())
            return fail(L("origin"), tr("must not be empty"));
        return event(root, s) && sources(root, s) && prompts(root, s) && places(root, s) && polls(root, s)
            && agenda(root, s) && tables(root, s) && indicators(root, s);
    }

    bool event(const QJsonObject& root, PSession& s)
    {
        QJsonValue v;
        bool present = false;
        if (!value(root, {}, "event", false, &v, &present) || !present)
            return error.isEmpty();
        QJsonObject e;
        const QString path = L("event");
        QVariantMap id; // checked, not kept: the event is always row 1
        if (!object(v, path, &e)
            || !known(e, path,
                      {"title", "date", "venue", "organiser", "purpose", "disclaimer", "language",
                       "next_steps", "export_settings"})
            || !rowId(e, path, Kind::Event, id))
            return false;
        for (const char* k :
             {"title", "date", "venue", "organiser", "disclaimer", "language", "next_steps"}) {
            if (!text(e, path, k, false, s.event))
                return false;
        }
        QJsonArray purpose;
        if (!array(e, path, "purpose", false, &purpose))
            return false;
        if (e.contains(L("purpose"))) {
            QStringList lines;
            if (!strings(purpose, key(path, L("purpose")), &lines))
                return false;
            s.event.insert(L("purpose"), jsontext::compact(purpose));
        }
        if (!exportSettings(e, path, s.event))
            return false;
        m_eventDate = s.event.value(L("date")).toString();
        return true;
    }

    /** The optional "export_settings": {"order": [section…], "omit": [section…], "caveat": text},
     *  kept as the session keeps it (compact JSON); a section must be one the pack knows. */
    bool exportSettings(const QJsonObject& e, const QString& eventPath, QVariantMap& into)
    {
        QJsonValue v;
        bool present = false;
        if (!value(e, eventPath, "export_settings", false, &v, &present) || !present)
            return error.isEmpty();
        const QString path = key(eventPath, L("export_settings"));
        QJsonObject o;
        if (!object(v, path, &o) || !known(o, path, {"order", "omit", "caveat"}))
            return false;
        const QStringList all = packSectionKeys();
        QJsonObject kept;
        for (const char* list : {"order", "omit"}) {
            QJsonArray a;
            QStringList names;
            if (!array(o, path, list, false, &a) || !strings(a, key(path, L(list)), &names))
                return false;
            for (qsizetype i = 0; i < names.size(); ++i) {
                if (!all.contains(names[i]))
                    return fail(
                        at(key(path, L(list)), i),
                        tr("expected one of %1, found \"%2\"").arg(all.join(QStringLiteral(", ")), names[i]));
            }
            if (o.contains(L(list)))
                kept.insert(L(list), a);
        }
        QVariantMap caveat;
        if (!text(o, path, "caveat", false, caveat))
            return false;
        if (caveat.contains(L("caveat")))
            kept.insert(L("caveat"), caveat.value(L("caveat")).toString());
        if (!kept.isEmpty())
            into.insert(L("export_settings"), jsontext::compact(kept));
        return true;
    }

    bool sources(const QJsonObject& root, PSession& s)
    {
        QJsonArray a;
        if (!array(root, {}, "sources", false, &a))
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString path = at(L("sources"), i);
            QJsonObject o;
            QVariantMap m;
            if (!object(a[i], path, &o) || !known(o, path, {"file", "merged_at"})
                || !rowId(o, path, Kind::Source, m) || !text(o, path, "file", true, m)
                || !text(o, path, "merged_at", false, m))
                return false;
            if (!m.contains(L("merged_at")))
                m.insert(L("merged_at"), nonNull(QString()));
            s.sources.append(m);
        }
        return true;
    }

    bool prompts(const QJsonObject& root, PSession& s)
    {
        QJsonArray a;
        if (!array(root, {}, "prompts", false, &a))
            return false;
        QHash<QString, qsizetype> seen;
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString path = at(L("prompts"), i);
            QJsonObject o;
            QVariantMap m;
            if (!object(a[i], path, &o) || !known(o, path, {"key", "question"})
                || !rowId(o, path, Kind::Prompt, m) || !text(o, path, "key", true, m)
                || !text(o, path, "question", true, m))
                return false;
            const QString k = m.value(L("key")).toString();
            if (k.isEmpty())
                return fail(key(path, L("key")), tr("must not be empty"));
            if (seen.contains(k))
                return fail(key(path, L("key")),
                            tr("\"%1\" is already the key of prompts[%2]").arg(k).arg(seen.value(k)));
            seen.insert(k, i);
            s.prompts.append(m);
        }
        return true;
    }

    bool places(const QJsonObject& root, PSession& s)
    {
        QJsonArray a;
        if (!array(root, {}, "places", false, &a))
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString path = at(L("places"), i);
            QJsonObject o;
            PPlace p;
            if (!object(a[i], path, &o)
                || !known(o, path, {"name", "priorities", "aims", "actions", "source"})
                || !rowId(o, path, Kind::Place, p.values) || !text(o, path, "name", true, p.values)
                || !text(o, path, "priorities", false, p.values)
                || !index(o, path, "source", s.sources.size(), L("sources"), &p.source))
                return false;
            QJsonArray aims;
            if (!array(o, path, "aims", false, &aims))
                return false;
            for (qsizetype j = 0; j < aims.size(); ++j) {
                PAim aim;
                if (!this->aim(aims[j], at(key(path, L("aims")), j), aim))
                    return false;
                p.aims.append(aim);
            }
            QJsonArray actions;
            if (!array(o, path, "actions", false, &actions))
                return false;
            for (qsizetype j = 0; j < actions.size(); ++j) {
                PAction action;
                if (!this->action(actions[j], at(key(path, L("actions")), j), p, action))
                    return false;
                p.actions.append(action);
            }
            s.places.append(p);
        }
        return true;
    }

    bool aim(const QJsonValue& v, const QString& path, PAim& aim)
    {
        QJsonObject o;
        if (!object(v, path, &o) || !known(o, path, {"statement", "cohort", "ideas", "drivers"})
            || !rowId(o, path, Kind::Aim, aim.values) || !text(o, path, "statement", true, aim.values)
            || !text(o, path, "cohort", false, aim.values))
            return false;
        QJsonArray ideas;
        if (!array(o, path, "ideas", false, &ideas))
            return false;
        for (qsizetype i = 0; i < ideas.size(); ++i) {
            PIdea idea;
            if (!this->idea(ideas[i], at(key(path, L("ideas")), i), idea))
                return false;
            aim.ideas.append(idea);
        }
        QJsonArray drivers;
        if (!array(o, path, "drivers", false, &drivers))
            return false;
        for (qsizetype i = 0; i < drivers.size(); ++i) {
            PDriver d;
            if (!driver(drivers[i], at(key(path, L("drivers")), i), aim.ideas.size(), 1, d))
                return false;
            aim.drivers.append(d);
        }
        return true;
    }

    bool unit(const QJsonObject& o, const QString& path, const char* name, double* out, bool* present)
    {
        QJsonValue v;
        if (!value(o, path, name, false, &v, present))
            return false;
        if (!*present)
            return true;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || !(d >= 0 && d <= 1))
            return fail(key(path, L(name)), tr("expected a number between 0 and 1, %1").arg(found(v)));
        *out = d;
        return true;
    }

    bool idea(const QJsonValue& v, const QString& path, PIdea& out)
    {
        QJsonObject o;
        QVariantMap& idea = out.values;
        if (!object(v, path, &o)
            || !known(o, path, {"text", "impact", "effort", "quadrant", "unsorted", "made_by"})
            || !rowId(o, path, Kind::Idea, idea) || !text(o, path, "text", true, idea)
            || !flag(o, path, "unsorted", idea) || !madeBy(o, path, &out.made))
            return false;
        double impact = 0, effort = 0;
        bool hasImpact = false, hasEffort = false;
        if (!unit(o, path, "impact", &impact, &hasImpact) || !unit(o, path, "effort", &effort, &hasEffort))
            return false;
        if (hasImpact != hasEffort)
            return fail(key(path, hasImpact ? L("effort") : L("impact")),
                        tr("required with %1 (or give \"quadrant\" instead)")
                            .arg(hasImpact ? L("impact") : L("effort")));
        QVariantMap q;
        if (!text(o, path, "quadrant", !hasImpact, q))
            return false;
        if (q.contains(L("quadrant"))) {
            const QString name = q.value(L("quadrant")).toString();
            Quadrant quadrant;
            if (!quadrantFromKey(name, &quadrant))
                return fail(
                    key(path, L("quadrant")),
                    tr("expected one of possible, implement, challenge, kibosh, found \"%1\"").arg(name));
            if (hasImpact && quadrantOf(impact, effort) != quadrant)
                return fail(key(path, L("quadrant")),
                            tr("\"%1\" does not match impact %2 and effort %3, which are in %4")
                                .arg(name)
                                .arg(impact)
                                .arg(effort)
                                .arg(quadrantKey(quadrantOf(impact, effort))));
            if (!hasImpact)
                quadrantCentre(quadrant, &impact, &effort);
        }
        idea.insert(L("impact"), impact);
        idea.insert(L("effort"), effort);
        return true;
    }

    bool driver(const QJsonValue& v, const QString& path, qsizetype ideas, int depth, PDriver& d)
    {
        if (depth > MaxDriverDepth)
            return fail(path, tr("drivers nest deeper than %1 levels").arg(MaxDriverDepth));
        QJsonObject o;
        if (!object(v, path, &o) || !known(o, path, {"text", "children", "idea_ref"})
            || !rowId(o, path, Kind::Driver, d.values) || !text(o, path, "text", true, d.values)
            || !index(o, path, "idea_ref", ideas, tr("this aim's ideas"), &d.idea))
            return false;
        QJsonArray children;
        if (!array(o, path, "children", false, &children))
            return false;
        for (qsizetype i = 0; i < children.size(); ++i) {
            PDriver child;
            if (!driver(children[i], at(key(path, L("children")), i), ideas, depth + 1, child))
                return false;
            d.children.append(child);
        }
        return true;
    }

    bool action(const QJsonValue& v, const QString& path, const PPlace& place, PAction& a)
    {
        QJsonObject o;
        if (!object(v, path, &o)
            || !known(o, path,
                      {"cohort", "idea", "action", "who", "by_when", "measure", "idea_ref", "made_by",
                       "status", "due", "reviewed", "updates"})
            || !rowId(o, path, Kind::Action, a.values) || !text(o, path, "action", true, a.values)
            || !madeBy(o, path, &a.made))
            return false;
        for (const char* k : {"cohort", "idea", "who", "by_when", "measure", "status"}) {
            if (!text(o, path, k, false, a.values))
                return false;
        }
        if (!oneOf(a.values, L("status"), actionStatusKeys(), path)
            || !optionalTime(o, path, "due", DateOnly, a.values)
            || !optionalTime(o, path, "reviewed", DateTime, a.values))
            return false;
        // A file from before due dates: worked out from the words, as the window does.
        if (!o.contains(L("due"))) {
            const QString due = DueDate::parseIso(a.values.value(L("by_when")).toString(), m_eventDate);
            if (!due.isEmpty())
                a.values.insert(L("due"), due);
        }
        QJsonArray updates;
        if (!array(o, path, "updates", false, &updates))
            return false;
        for (qsizetype i = 0; i < updates.size(); ++i) {
            const QString upath = at(key(path, L("updates")), i);
            QJsonObject uo;
            PUpdate u;
            if (!object(updates[i], upath, &uo)
                || !known(uo, upath, {"at", "who", "text", "status", "made_by"})
                || !rowId(uo, upath, Kind::ActionUpdate, u.values) || !text(uo, upath, "text", true, u.values)
                || !text(uo, upath, "who", false, u.values) || !text(uo, upath, "status", false, u.values)
                || !oneOf(u.values, L("status"), actionStatusKeys(), upath)
                || !optionalTime(uo, upath, "at", DateTime, u.values) || !madeBy(uo, upath, &u.made))
                return false;
            a.updates.append(u);
        }
        QJsonValue ref;
        bool present = false;
        if (!value(o, path, "idea_ref", false, &ref, &present))
            return false;
        if (present) {
            const QString p = key(path, L("idea_ref"));
            QJsonObject r;
            if (!object(ref, p, &r) || !known(r, p, {"aim", "idea"})
                || !index(r, p, "aim", place.aims.size(), tr("this place's aims"), &a.aim))
                return false;
            if (a.aim < 0)
                return fail(key(p, L("aim")), tr("required key is missing"));
            if (!index(r, p, "idea", place.aims[a.aim].ideas.size(), tr("that aim's ideas"), &a.idea))
                return false;
            if (a.idea < 0)
                return fail(key(p, L("idea")), tr("required key is missing"));
        }
        return true;
    }

    enum TimeKind { DateOnly, DateTime };
    /** An optional ISO date (yyyy-MM-dd) or date-time under @p name; null means none. */
    bool optionalTime(const QJsonObject& o, const QString& path, const char* name, TimeKind kind,
                      QVariantMap& into)
    {
        QJsonValue v;
        bool present = false;
        if (!value(o, path, name, false, &v, &present))
            return false;
        if (!present)
            return true;
        if (v.isNull()) {
            into.insert(L(name), QVariant());
            return true;
        }
        const bool ok = v.isString()
            && (kind == DateOnly
                    ? QDate::fromString(v.toString(), Qt::ISODate).isValid() && v.toString().size() == 10
                    : QDateTime::fromString(v.toString(), Qt::ISODate).isValid());
        if (!ok)
            return fail(key(path, L(name)),
                        kind == DateOnly
                            ? tr("expected a date as yyyy-MM-dd or null, %1")
                                  .arg(v.isString() ? tr("found \"%1\"").arg(v.toString()) : found(v))
                            : tr("expected an ISO 8601 date and time or null, %1")
                                  .arg(v.isString() ? tr("found \"%1\"").arg(v.toString()) : found(v)));
        into.insert(L(name), v.toString());
        return true;
    }

    bool polls(const QJsonObject& root, PSession& s)
    {
        QJsonArray a;
        if (!array(root, {}, "polls", false, &a))
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString path = at(L("polls"), i);
            QJsonObject o;
            PPoll p;
            if (!object(a[i], path, &o)
                || !known(o, path,
                          {"question", "kind", "options", "option_ids", "state", "role", "place", "votes",
                           "max_choices", "source", "reveal"})
                || !rowId(o, path, Kind::Poll, p.values) || !text(o, path, "question", true, p.values)
                || !text(o, path, "kind", false, p.values) || !text(o, path, "state", false, p.values)
                || !oneOf(p.values, L("kind"), PollKinds, path)
                || !oneOf(p.values, L("state"), PollStates, path) || !text(o, path, "reveal", false, p.values)
                || !oneOf(p.values, L("reveal"), PollReveals, path) || !text(o, path, "role", false, p.values)
                || !oneOf(p.values, L("role"), PollRoles, path)
                || !index(o, path, "place", s.places.size(), L("places"), &p.place, 1)
                || !index(o, path, "source", s.sources.size(), L("sources"), &p.source))
                return false;
            QJsonValue v;
            bool present = false;
            if (!value(o, path, "max_choices", false, &v, &present))
                return false;
            if (present) {
                qint64 n = 0;
                if (!integer(v, key(path, L("max_choices")), 0, std::numeric_limits<int>::max(), &n))
                    return false;
                p.values.insert(L("max_choices"), n);
            }
            QJsonArray options;
            if (!array(o, path, "options", false, &options)
                || !strings(options, key(path, L("options")), &p.options)
                || !rowIds(o, path, "option_ids", Kind::PollOption, key(path, L("options")), p.options.size(),
                           &p.optionIds))
                return false;
            QJsonArray votes;
            if (!array(o, path, "votes", false, &votes))
                return false;
            const QString kind = p.values.value(L("kind"), L("choice")).toString();
            QHash<QString, qsizetype> devices;
            for (qsizetype j = 0; j < votes.size(); ++j) {
                const QString vpath = at(key(path, L("votes")), j);
                PVote vote;
                if (!this->vote(votes[j], vpath, kind, p, vote))
                    return false;
                if (vote.values.contains(L("device"))) {
                    const QString device = vote.values.value(L("device")).toString();
                    if (devices.contains(device))
                        return fail(key(vpath, L("device")),
                                    tr("this device already voted in %1")
                                        .arg(at(key(path, L("votes")), devices.value(device))));
                    devices.insert(device, j);
                }
                p.votes.append(vote);
            }
            s.polls.append(p);
        }
        return true;
    }

    bool optionIndexes(const QJsonValue& v, const QString& path, const PPoll& poll, bool distinct,
                       QJsonArray* out)
    {
        if (!v.isArray())
            return fail(path, tr("expected an array of option indexes, %1").arg(found(v)));
        const QJsonArray a = v.toArray();
        QSet<qint64> seen;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (poll.options.isEmpty())
                return fail(at(path, i), tr("the poll has no options"));
            qint64 n = 0;
            if (!integer(a[i], at(path, i), 0, poll.options.size() - 1, &n))
                return false;
            if (distinct && seen.contains(n))
                return fail(at(path, i), tr("option %1 is given twice").arg(n));
            seen.insert(n);
            out->append(n);
        }
        return true;
    }

    bool vote(const QJsonValue& v, const QString& path, const QString& kind, const PPoll& poll, PVote& out)
    {
        QVariantMap& vote = out.values;
        QJsonObject o;
        const char* answerKey = kind == L("choice") || kind == L("multi") ? "choices"
            : kind == L("ranking")                                        ? "ranking"
            : kind == L("scale")                                          ? "scale"
                                                                          : "text";
        if (!object(v, path, &o)
            || !known(o, path,
                      {"device", "cast_at", "choices", "ranking", "scale", "text", "made_by", "hidden"})
            || !rowId(o, path, Kind::Vote, vote) || !madeBy(o, path, &out.made)
            || !flag(o, path, "hidden", vote))
            return false;
        // Only a written answer can be hidden (moderation); a hidden choice would skew a count silently.
        if (qstrcmp(answerKey, "text") != 0 && vote.take(L("hidden")).toBool())
            warnings.append(key(path, L("hidden")) + QStringLiteral(": ")
                            + tr("only written answers can be hidden; shown in a %1 poll").arg(kind));
        for (const char* other : {"choices", "ranking", "scale", "text"}) {
            if (qstrcmp(other, answerKey) != 0 && o.contains(L(other)))
                warnings.append(key(path, L(other)) + QStringLiteral(": ")
                                + tr("not an answer to a %1 poll, ignored").arg(kind));
        }
        QJsonObject answer;
        QJsonValue a;
        bool present = false;
        if (kind == L("choice") || kind == L("multi")) {
            if (!value(o, path, "choices", true, &a, &present))
                return false;
            QJsonArray indexes;
            if (!optionIndexes(a, key(path, L("choices")), poll, true, &indexes))
                return false;
            if (kind == L("choice") && indexes.size() != 1)
                return fail(key(path, L("choices")),
                            tr("a choice poll takes exactly one option, found %1").arg(indexes.size()));
            const qint64 max = poll.values.value(L("max_choices")).toLongLong();
            if (kind == L("multi") && max > 0 && indexes.size() > max)
                return fail(key(path, L("choices")),
                            tr("at most %1 options may be chosen, found %2").arg(max).arg(indexes.size()));
            answer.insert(L("choices"), indexes);
        } else if (kind == L("ranking")) {
            if (!value(o, path, "ranking", true, &a, &present))
                return false;
            QJsonArray indexes;
            if (!optionIndexes(a, key(path, L("ranking")), poll, true, &indexes))
                return false;
            answer.insert(L("ranking"), indexes);
        } else if (kind == L("scale")) {
            if (!value(o, path, "scale", true, &a, &present))
                return false;
            // A level 1…N: the options name the levels; with fewer than two options the scale is 1…5
            // (the same rule as the vote server's tally).
            qint64 n = 0;
            const qint64 max = poll.options.size() >= 2 ? poll.options.size() : 5;
            if (!integer(a, key(path, L("scale")), 1, max, &n))
                return false;
            answer.insert(L("scale"), n);
        } else {
            QVariantMap t;
            if (!text(o, path, "text", true, t))
                return false;
            answer.insert(L("text"), nonNull(t.value(L("text")).toString()));
        }
        vote.insert(L("answer"), jsontext::compact(answer));
        if (!value(o, path, "device", false, &a, &present))
            return false;
        if (present && !a.isNull()) {
            if (!a.isString())
                return fail(key(path, L("device")), tr("expected a string, %1").arg(found(a)));
            vote.insert(L("device"), nonNull(a.toString()));
        }
        return text(o, path, "cast_at", false, vote);
    }

    bool agenda(const QJsonObject& root, PSession& s)
    {
        static const QRegularExpression time(QStringLiteral("^([01][0-9]|2[0-3]):[0-5][0-9]$"));
        QJsonArray a;
        if (!array(root, {}, "agenda", false, &a))
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString path = at(L("agenda"), i);
            QJsonObject o;
            PAgenda item;
            if (!object(a[i], path, &o)
                || !known(o, path, {"start", "end", "title", "kind", "guidance", "room_text", "poll"})
                || !rowId(o, path, Kind::AgendaItem, item.values)
                || !text(o, path, "title", true, item.values) || !text(o, path, "start", false, item.values)
                || !text(o, path, "end", false, item.values) || !text(o, path, "kind", false, item.values)
                || !text(o, path, "guidance", false, item.values)
                || !text(o, path, "room_text", false, item.values)
                || !oneOf(item.values, L("kind"), AgendaKinds, path)
                || !index(o, path, "poll", s.polls.size(), L("polls"), &item.poll))
                return false;
            for (const QString& k : {L("start"), L("end")}) {
                const QString t = item.values.value(k).toString();
                if (!t.isEmpty() && !time.match(t).hasMatch())
                    return fail(key(path, k),
                                tr("expected a time such as \"09:30\" (or \"\"), found \"%1\"").arg(t));
            }
            s.agenda.append(item);
        }
        return true;
    }

    bool tables(const QJsonObject& root, PSession& s)
    {
        QHash<QString, int> promptIndex;
        for (int i = 0; i < s.prompts.size(); ++i)
            promptIndex.insert(s.prompts[i].value(L("key")).toString(), i);
        QJsonArray a;
        if (!array(root, {}, "tables", false, &a))
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString path = at(L("tables"), i);
            QJsonObject o;
            PTable t;
            if (!object(a[i], path, &o)
                || !known(o, path, {"number", "topic", "facilitator", "notes", "source"})
                || !rowId(o, path, Kind::Table, t.values) || !text(o, path, "topic", true, t.values)
                || !text(o, path, "facilitator", false, t.values)
                || !index(o, path, "source", s.sources.size(), L("sources"), &t.source))
                return false;
            QJsonValue v;
            bool present = false;
            if (!value(o, path, "number", false, &v, &present))
                return false;
            qint64 number = i + 1;
            if (present && !integer(v, key(path, L("number")), 0, std::numeric_limits<int>::max(), &number))
                return false;
            t.values.insert(L("number"), number);
            QJsonArray notes;
            if (!array(o, path, "notes", false, &notes))
                return false;
            for (qsizetype j = 0; j < notes.size(); ++j) {
                const QString npath = at(key(path, L("notes")), j);
                QJsonObject no;
                PNote n;
                QVariantMap prompt;
                if (!object(notes[j], npath, &no)
                    || !known(no, npath, {"prompt", "text", "key_point", "created", "edited", "made_by"})
                    || !rowId(no, npath, Kind::Note, n.values) || !madeBy(no, npath, &n.made)
                    || !text(no, npath, "prompt", true, prompt) || !text(no, npath, "text", true, n.values)
                    || !flag(no, npath, "key_point", n.values) || !text(no, npath, "created", false, n.values)
                    || !text(no, npath, "edited", false, n.values))
                    return false;
                const QString pk = prompt.value(L("prompt")).toString();
                if (!promptIndex.contains(pk)) {
                    return fail(
                        key(npath, L("prompt")),
                        promptIndex.isEmpty()
                            ? tr("unknown prompt \"%1\": the file defines no prompts").arg(pk)
                            : tr("unknown prompt \"%1\" (prompts: %2)")
                                  .arg(pk, QStringList(promptIndex.keys()).join(QStringLiteral(", "))));
                }
                n.prompt = promptIndex.value(pk);
                t.notes.append(n);
            }
            s.tables.append(t);
        }
        return true;
    }

    bool indicators(const QJsonObject& root, PSession& s)
    {
        QJsonValue v;
        bool present = false;
        if (!value(root, {}, "indicators", false, &v, &present) || !present)
            return error.isEmpty();
        const QString path = L("indicators");
        QJsonObject o;
        QJsonArray areas, comparators, rows;
        if (!object(v, path, &o)
            || !known(o, path, {"areas", "comparators", "rows", "area_ids", "comparator_ids"})
            || !array(o, path, "areas", true, &areas) || !strings(areas, key(path, L("areas")), &s.areas)
            || !array(o, path, "comparators", false, &comparators)
            || !strings(comparators, key(path, L("comparators")), &s.comparators)
            || !rowIds(o, path, "area_ids", Kind::IndicatorColumn, key(path, L("areas")), s.areas.size(),
                       &s.areaIds)
            || !rowIds(o, path, "comparator_ids", Kind::IndicatorColumn, key(path, L("comparators")),
                       s.comparators.size(), &s.comparatorIds)
            || !array(o, path, "rows", false, &rows))
            return false;
        const qsizetype columns = s.areas.size() + s.comparators.size();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QString rpath = at(key(path, L("rows")), i);
            QJsonObject r;
            QVariantMap m;
            QJsonArray values;
            if (!object(rows[i], rpath, &r)
                || !known(r, rpath, {"domain", "indicator", "values", "higher_is_better", "periods"})
                || !rowId(r, rpath, Kind::Indicator, m) || !text(r, rpath, "domain", false, m)
                || !text(r, rpath, "indicator", true, m) || !array(r, rpath, "values", true, &values)
                || !flag(r, rpath, "higher_is_better", m))
                return false;
            QStringList list;
            if (!strings(values, key(rpath, L("values")), &list))
                return false;
            if (list.size() != columns)
                return fail(key(rpath, L("values")),
                            tr("expected %1 values (one per area and comparator), found %2")
                                .arg(columns)
                                .arg(list.size()));
            m.insert(L("vals"), jsontext::compact(values));
            s.indicators.append(m);
            QList<QVariantMap> readings;
            if (!periods(r, rpath, columns, &readings))
                return false;
            s.periods.append(readings);
        }
        return true;
    }

    /** An indicator row's later periods: [{"period": "2024 Q1", "values": [...]}], each with one
     *  value per area and comparator, as the row's own (baseline) values. */
    bool periods(const QJsonObject& r, const QString& rpath, qsizetype columns, QList<QVariantMap>* out)
    {
        QJsonArray a;
        if (!array(r, rpath, "periods", false, &a))
            return false;
        for (qsizetype j = 0; j < a.size(); ++j) {
            const QString ppath = at(key(rpath, L("periods")), j);
            QJsonObject po;
            QVariantMap m;
            QJsonArray values;
            if (!object(a[j], ppath, &po) || !known(po, ppath, {"period", "values"})
                || !rowId(po, ppath, Kind::IndicatorReading, m) || !text(po, ppath, "period", true, m)
                || !array(po, ppath, "values", true, &values))
                return false;
            if (m.value(L("period")).toString().trimmed().isEmpty())
                return fail(key(ppath, L("period")), tr("must not be empty"));
            QStringList list;
            if (!strings(values, key(ppath, L("values")), &list))
                return false;
            if (list.size() != columns)
                return fail(key(ppath, L("values")),
                            tr("expected %1 values (one per area and comparator), found %2")
                                .arg(columns)
                                .arg(list.size()));
            m.insert(L("vals"), jsontext::compact(values));
            out->append(m);
        }
        return true;
    }

    QString m_eventDate; ///< the event's date as given, for due dates worked out from words
};

} // namespace

bool readSession(const QJsonObject& json, PSession* out, QString* error, QStringList* warnings)
{
    Loader loader;
    if (!loader.session(json, *out)) {
        if (error)
            *error = loader.error;
        return false;
    }
    if (warnings)
        *warnings = loader.warnings;
    return true;
}

bool validate(const QJsonObject& json, QString* error, QStringList* warnings)
{
    PSession session;
    return readSession(json, &session, error, warnings);
}

bool parse(const QByteArray& text, QJsonObject* out, QString* error)
{
    // First the escapes, which the parser would quietly turn into other text.
    if (!checkStringEscapes(text, error))
        return false;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &pe);
    if (pe.error != QJsonParseError::NoError) {
        const QByteArray before = text.left(pe.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(before.size() - (before.lastIndexOf('\n') + 1)) + 1;
        if (error)
            *error = Loader::tr("not valid JSON at line %1, column %2 (offset %3): %4")
                         .arg(line)
                         .arg(column)
                         .arg(pe.offset)
                         .arg(pe.errorString());
        return false;
    }
    if (!doc.isObject()) {
        if (error)
            *error = Loader::tr("expected a JSON object at the top level, found an array");
        return false;
    }
    *out = doc.object();
    return true;
}

} // namespace rt::interchange
