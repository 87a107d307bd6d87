// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/Merge.h"

#include "interchange/IdentityMerge.h"

#include "session/Document.h"
#include "session/OutputFile.h"
#include "store/IdentityRepository.h"
#include "store/Schema.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <memory>

namespace rt {

namespace {

const QString Source = QStringLiteral("source");

QString c(const char* name)
{
    return QString::fromLatin1(name);
}

QString norm(const QString& text)
{
    return text.simplified().toCaseFolded();
}

QVariant orNull(qint64 id)
{
    return id ? QVariant(id) : QVariant();
}

/** The rows of one input that came from one source: a plain file is one unit; a merged file
 *  has one unit per recorded source, plus one for rows that carry none. */
struct Unit
{
    QString file;
    QString mergedAt;
    bool recorded = false; ///< named by a source row of a merged input
    QVariant source; ///< the `source` value of its rows in the input (NULL for none)
};

struct Input
{
    QString path;
    QString name;
    std::unique_ptr<Document> doc;
    Store* s = nullptr;
    QString origin;
    QList<Unit> units;
    QHash<qint64, QString> promptKey; ///< input prompt id → key
};

class Merger
{
public:
    Merger(Store* out, Merge::Duplicates policy, Merge::Report& report)
        : m_out(out)
        , m_policy(policy)
        , m_report(report)
    { }

    bool prompts(Input& in);
    bool event(const Input& in);
    bool agenda(const Input& in);
    bool dataPack(const Input& in);
    /** Copies @p inIndicator's later periods onto @p outIndicator, skipping periods it has. */
    bool readings(const Input& in, qint64 inIndicator, qint64 outIndicator);
    /** Phase 1 of an input: its tables, notes, places, aims, ideas and polls. */
    bool unit(Input& in, const Unit& u, int index);
    /** Phase 2: drivers and actions, once every idea of the input has its new id. */
    bool links(Input& in);
    void beginInput()
    {
        m_ideas.clear();
        m_polls.clear();
        m_aims.clear();
        m_places.clear();
    }
    /** Starts from what the output already holds (the copies merged by identity): later files'
     *  tables, places and polls with the same names join those. */
    void seed(const QString& label, const QStringList& copies);
    /** Skip this unit? Says why in the report. */
    bool alreadyThere(const Input& in, const Unit& u);
    QString failure() const { return m_failure; }

private:
    qint64 add(Kind kind, const QVariantMap& values)
    {
        const qint64 id = m_out->insert(kind, values);
        if (id)
            ++m_report.added[kind];
        else if (m_failure.isEmpty())
            m_failure = m_out->lastError();
        return id;
    }
    QByteArray fingerprint(const Input& in, const Unit& u) const;
    /** A poll's identity across files: kind, question, options in order, and its place's name. */
    QString pollKey(const Input& in, const Row& poll) const;
    /** Adds the votes of @p inPoll to the output poll @p target (a device's later vote wins). */
    bool combineVotes(const Input& in, qint64 inPoll, qint64 target, int* added, int* clashes);

    Store* m_out;
    Merge::Duplicates m_policy;
    Merge::Report& m_report;
    QString m_failure;
    QHash<QString, qint64> m_promptByKey;
    struct Seen
    {
        qint64 id;
        int unit;
        QString file;
    };
    QHash<QString, Seen> m_tables; ///< "number|topic" → first table
    QHash<QString, Seen> m_placesByName;
    QHash<QString, Seen> m_pollsByKey;
    QHash<QString, bool> m_names; ///< unit file name → recorded by a merged input
    QHash<QByteArray, QString> m_fingerprints;
    bool m_dataPack = false;
    // Per input: input id → output id (0: not copied).
    QHash<qint64, qint64> m_ideas, m_polls;
    QList<QPair<qint64, qint64>> m_aims, m_places;
};

void Merger::seed(const QString& label, const QStringList& copies)
{
    for (const Row& p : m_out->rows(Kind::Prompt))
        m_promptByKey.insert(p.str(c("key")), p.id);
    for (const Row& t : m_out->rows(Kind::Table))
        m_tables.insert(QString::number(t.ref(c("number"))) + QLatin1Char('|') + norm(t.str(c("topic"))),
                        {t.id, 0, label});
    for (const Row& p : m_out->rows(Kind::Place))
        m_placesByName.insert(norm(p.str(c("name"))), {p.id, 0, label});
    Input self;
    self.s = m_out;
    for (const Row& p : m_out->rows(Kind::Poll))
        m_pollsByKey.insert(pollKey(self, p), {p.id, 0, label});
    // Files recorded inside a merged copy are merged already; a copy's own name may be shared
    // by another laptop's file (each saved "session.roundtable").
    for (const Row& src : m_out->rows(Kind::Source))
        m_names.insert(src.str(c("file")), !copies.contains(src.str(c("file"))));
    m_dataPack = m_out->count(Kind::Indicator) > 0;
}

bool Merger::prompts(Input& in)
{
    for (const Row& p : in.s->rows(Kind::Prompt)) {
        const QString key = p.str(c("key"));
        in.promptKey.insert(p.id, key);
        if (m_promptByKey.contains(key))
            continue;
        const qint64 id = add(Kind::Prompt, {{c("key"), key}, {c("question"), p.str(c("question"))}});
        if (!id)
            return false;
        m_promptByKey.insert(key, id);
    }
    return true;
}

bool Merger::event(const Input& in)
{
    // The event is the copies' (merged by identity first); another session's is only compared.
    const Row theirs = in.s->row(Kind::Event, 1);
    const Row ours = m_out->row(Kind::Event, 1);
    for (const ColumnInfo& col : kindInfo(Kind::Event).columns) {
        const QString value = theirs.str(col.name);
        if (!value.isEmpty() && value != ours.str(col.name)) {
            m_report.differences << Merge::tr("%1: event %2 is \"%3\"; kept \"%4\" from the first file")
                                        .arg(in.name, col.name, value, ours.str(col.name));
        }
    }
    return true;
}

bool Merger::agenda(const Input& in)
{
    // Likewise the agenda: the copies', compared with another session's.
    QStringList theirs, ours;
    for (const Row& r : in.s->rows(Kind::AgendaItem))
        theirs << r.str(c("start")) + r.str(c("end")) + r.str(c("title")) + r.str(c("kind"));
    for (const Row& r : m_out->rows(Kind::AgendaItem))
        ours << r.str(c("start")) + r.str(c("end")) + r.str(c("title")) + r.str(c("kind"));
    if (!theirs.isEmpty() && theirs != ours)
        m_report.differences << Merge::tr("%1: its agenda differs; kept the first file's").arg(in.name);
    return true;
}

bool Merger::dataPack(const Input& in)
{
    const QList<Row> rows = in.s->rows(Kind::Indicator);
    if (rows.isEmpty())
        return true;
    if (m_dataPack) {
        QStringList theirs, ours;
        for (const Row& r : rows)
            theirs << r.str(c("indicator")) + r.str(c("vals"));
        for (const Row& r : m_out->rows(Kind::Indicator))
            ours << r.str(c("indicator")) + r.str(c("vals"));
        if (theirs != ours) {
            m_report.differences << Merge::tr("%1: its data pack differs; kept the first one").arg(in.name);
            return true;
        }
        // The same baseline: later periods recorded on this laptop join the output's indicators.
        const QList<Row> mine = m_out->rows(Kind::Indicator);
        for (int i = 0; i < rows.size(); ++i) {
            if (!readings(in, rows[i].id, mine[i].id))
                return false;
        }
        return true;
    }
    m_dataPack = true;
    for (const Row& r : in.s->rows(Kind::IndicatorColumn)) {
        if (!add(Kind::IndicatorColumn, r.values))
            return false;
    }
    for (const Row& r : rows) {
        const qint64 id = add(Kind::Indicator, r.values);
        if (!id || !readings(in, r.id, id))
            return false;
    }
    return true;
}

bool Merger::readings(const Input& in, qint64 inIndicator, qint64 outIndicator)
{
    // A later period already in the output (the same figures from another laptop) is not doubled.
    QSet<QString> have;
    for (const Row& r : m_out->rows(Kind::IndicatorReading, {{c("indicator_id"), outIndicator}}))
        have << r.str(c("period"));
    for (const Row& r : in.s->rows(Kind::IndicatorReading, {{c("indicator_id"), inIndicator}})) {
        if (have.contains(r.str(c("period"))))
            continue;
        QVariantMap v = r.values;
        v.insert(c("indicator_id"), outIndicator);
        if (!add(Kind::IndicatorReading, v))
            return false;
        have << r.str(c("period"));
    }
    return true;
}

QByteArray Merger::fingerprint(const Input& in, const Unit& u) const
{
    // The unit's content without ids, in order: equal content, equal hash.
    QCryptographicHash h(QCryptographicHash::Sha256);
    auto feed = [&h](const Row& r, const QStringList& skip) {
        for (auto it = r.values.cbegin(); it != r.values.cend(); ++it) {
            if (skip.contains(it.key()))
                continue;
            h.addData(it.key().toUtf8());
            h.addData(QByteArrayView("=", 1));
            h.addData(it.value().toString().toUtf8());
            h.addData(QByteArrayView("\x1f", 1));
        }
        h.addData(QByteArrayView("\x1e", 1));
    };
    const QVariantMap bySource {{Source, u.source}};
    const QStringList ids {c("table_id"),  c("prompt_id"), c("place_id"), c("aim_id"),
                           c("parent_id"), c("idea_id"),   c("poll_id"),  Source};
    for (const Row& t : in.s->rows(Kind::Table, bySource)) {
        feed(t, ids);
        for (const Row& n : in.s->rows(Kind::Note, {{c("table_id"), t.id}})) {
            h.addData(in.promptKey.value(n.ref(c("prompt_id"))).toUtf8());
            feed(n, ids);
        }
    }
    for (const Row& p : in.s->rows(Kind::Place, bySource)) {
        feed(p, ids);
        for (const Row& a : in.s->rows(Kind::Aim, {{c("place_id"), p.id}})) {
            feed(a, ids);
            for (const Row& i : in.s->rows(Kind::Idea, {{c("aim_id"), a.id}}))
                feed(i, ids);
            for (const Row& d : in.s->rows(Kind::Driver, {{c("aim_id"), a.id}}))
                feed(d, ids);
        }
        for (const Row& a : in.s->rows(Kind::Action, {{c("place_id"), p.id}}))
            feed(a, ids);
    }
    for (const Row& p : in.s->rows(Kind::Poll, bySource)) {
        feed(p, ids);
        for (const Row& o : in.s->rows(Kind::PollOption, {{c("poll_id"), p.id}}))
            feed(o, ids);
        for (const Row& v : in.s->rows(Kind::Vote, {{c("poll_id"), p.id}}))
            feed(v, ids);
    }
    return h.result();
}

/** "b.roundtable", or "out1.roundtable (source b.roundtable)" for a source inside a merged file. */
QString who(const Input& in, const Unit& u)
{
    return u.recorded ? Merge::tr("%1 (source %2)").arg(in.name, u.file) : in.name;
}

bool Merger::alreadyThere(const Input& in, const Unit& u)
{
    const auto named = m_names.constFind(u.file);
    if (named != m_names.constEnd() && (u.recorded || named.value())) {
        m_report.skipped << Merge::tr(
                                "%1 is already merged (a source of that name is recorded); nothing added")
                                .arg(who(in, u));
        return true;
    }
    const QByteArray print = fingerprint(in, u);
    if (m_fingerprints.contains(print)) {
        m_report.skipped << Merge::tr("%1 holds the same content as %2; nothing added")
                                .arg(who(in, u), m_fingerprints.value(print));
        return true;
    }
    if (named != m_names.constEnd())
        m_report.differences
            << Merge::tr("%1: another input is also named %2; both kept").arg(who(in, u), u.file);
    m_names.insert(u.file, u.recorded || m_names.value(u.file));
    m_fingerprints.insert(print, u.file);
    return false;
}

bool Merger::unit(Input& in, const Unit& u, int index)
{
    const qint64 source = add(Kind::Source, {{c("file"), u.file}, {c("merged_at"), u.mergedAt}});
    if (!source)
        return false;
    m_report.sources << u.file;
    const QVariantMap bySource {{Source, u.source}};

    for (const Row& t : in.s->rows(Kind::Table, bySource)) {
        const QString key = QString::number(t.ref(c("number"))) + QLatin1Char('|') + norm(t.str(c("topic")));
        const auto seen = m_tables.constFind(key);
        qint64 target = 0;
        const QString label = Merge::tr("table %1 \"%2\"").arg(t.ref(c("number"))).arg(t.str(c("topic")));
        if (seen != m_tables.constEnd() && seen->unit != index) {
            if (m_policy == Merge::Duplicates::KeepFirst) {
                m_report.duplicates << Merge::tr("%1: %2 is also in %3; kept the first, skipped this one")
                                           .arg(u.file, label, seen->file);
                continue;
            }
            if (m_policy == Merge::Duplicates::Combine) {
                target = seen->id;
                m_report.duplicates << Merge::tr("%1: %2 is also in %3; its notes were added to the first")
                                           .arg(u.file, label, seen->file);
            } else {
                m_report.duplicates
                    << Merge::tr("%1: %2 is also in %3; both kept").arg(u.file, label, seen->file);
            }
        }
        if (!target) {
            QVariantMap v = t.values;
            v.insert(Source, source);
            if (!(target = add(Kind::Table, v)))
                return false;
            if (seen == m_tables.constEnd())
                m_tables.insert(key, {target, index, u.file});
        }
        // In list order, so every prompt's notes keep their order when appended.
        for (const Row& n : in.s->rows(Kind::Note, {{c("table_id"), t.id}})) {
            QVariantMap v = n.values;
            v.insert(c("table_id"), target);
            v.insert(c("prompt_id"), m_promptByKey.value(in.promptKey.value(n.ref(c("prompt_id")))));
            if (!add(Kind::Note, v))
                return false;
        }
    }

    for (const Row& p : in.s->rows(Kind::Place, bySource)) {
        const QString key = norm(p.str(c("name")));
        const auto seen = m_placesByName.constFind(key);
        qint64 target = 0;
        if (seen != m_placesByName.constEnd() && seen->unit != index) {
            const QString name = p.str(c("name"));
            if (m_policy == Merge::Duplicates::KeepFirst) {
                m_report.duplicates << Merge::tr(
                                           "%1: place \"%2\" is also in %3; kept the first, skipped this one")
                                           .arg(u.file, name, seen->file);
                continue;
            }
            if (m_policy == Merge::Duplicates::Combine) {
                target = seen->id;
                m_report.duplicates << Merge::tr(
                                           "%1: place \"%2\" is also in %3; its aims and actions were added "
                                           "to the first")
                                           .arg(u.file, name, seen->file);
                const QString mine = m_out->row(Kind::Place, target).str(c("priorities"));
                const QString theirs = p.str(c("priorities"));
                if (!theirs.isEmpty() && theirs != mine) {
                    const QString both = mine.isEmpty() ? theirs : mine + QLatin1Char('\n') + theirs;
                    if (!m_out->update(Kind::Place, target, c("priorities"), both)) {
                        m_failure = m_out->lastError();
                        return false;
                    }
                }
            } else {
                m_report.duplicates
                    << Merge::tr("%1: place \"%2\" is also in %3; both kept").arg(u.file, name, seen->file);
            }
        }
        if (!target) {
            QVariantMap v = p.values;
            v.insert(Source, source);
            if (!(target = add(Kind::Place, v)))
                return false;
            if (seen == m_placesByName.constEnd())
                m_placesByName.insert(key, {target, index, u.file});
        }
        m_places << qMakePair(p.id, target);
        for (const Row& a : in.s->rows(Kind::Aim, {{c("place_id"), p.id}})) {
            QVariantMap v = a.values;
            v.insert(c("place_id"), target);
            const qint64 aim = add(Kind::Aim, v);
            if (!aim)
                return false;
            m_aims << qMakePair(a.id, aim);
            for (const Row& i : in.s->rows(Kind::Idea, {{c("aim_id"), a.id}})) {
                QVariantMap iv = i.values;
                iv.insert(c("aim_id"), aim);
                const qint64 idea = add(Kind::Idea, iv);
                if (!idea)
                    return false;
                m_ideas.insert(i.id, idea);
            }
        }
    }

    for (const Row& p : in.s->rows(Kind::Poll, bySource)) {
        const QString key = pollKey(in, p);
        const auto seen = m_pollsByKey.constFind(key);
        if (seen != m_pollsByKey.constEnd() && seen->unit != index) {
            const QString label = Merge::tr("poll \"%1\"").arg(p.str(c("question")));
            if (m_policy == Merge::Duplicates::KeepBoth) {
                m_report.duplicates
                    << Merge::tr("%1: %2 is also in %3; both kept").arg(u.file, label, seen->file);
            } else {
                // Votes are people, not copies: whatever the policy for tables and places, the
                // later file's votes join the first poll.
                int added = 0, clashes = 0;
                if (!combineVotes(in, p.id, seen->id, &added, &clashes))
                    return false;
                QString line = Merge::tr("%1: %2 is also in %3; its %n vote(s) were added to the first",
                                         nullptr, added)
                                   .arg(u.file, label, seen->file);
                if (clashes > 0)
                    line += Merge::tr(" (%n device(s) had voted in both: the later vote kept)", nullptr,
                                      clashes);
                m_report.duplicates << line;
                ++m_report.combinedPolls;
                m_report.voteClashes += clashes;
                m_polls.insert(p.id, seen->id);
                continue;
            }
        }
        QVariantMap v = p.values;
        v.insert(Source, source);
        qint64 place = 0;
        for (const auto& pair : std::as_const(m_places)) {
            if (pair.first == p.ref(c("place_id")))
                place = pair.second;
        }
        v.insert(c("place_id"), orNull(place));
        const qint64 poll = add(Kind::Poll, v);
        if (!poll)
            return false;
        if (seen == m_pollsByKey.constEnd())
            m_pollsByKey.insert(key, {poll, index, u.file});
        m_polls.insert(p.id, poll);
        for (const Kind k : {Kind::PollOption, Kind::Vote}) {
            for (const Row& r : in.s->rows(k, {{c("poll_id"), p.id}})) {
                QVariantMap rv = r.values;
                rv.insert(c("poll_id"), poll);
                if (!add(k, rv))
                    return false;
            }
        }
    }
    return true;
}

QString Merger::pollKey(const Input& in, const Row& poll) const
{
    QStringList parts {poll.str(c("kind")), norm(poll.str(c("question")))};
    const qint64 place = poll.ref(c("place_id"));
    parts << (place > 0 ? norm(in.s->row(Kind::Place, place).str(c("name"))) : QString());
    for (const Row& o : in.s->rows(Kind::PollOption, {{c("poll_id"), poll.id}}))
        parts << norm(o.str(c("text")));
    return parts.join(QChar(0x1f));
}

/** True when @p theirs was cast after @p ours (ISO times; text order when either is unreadable). */
bool later(const QString& theirs, const QString& ours)
{
    const QDateTime t = QDateTime::fromString(theirs, Qt::ISODateWithMs);
    const QDateTime o = QDateTime::fromString(ours, Qt::ISODateWithMs);
    if (t.isValid() && o.isValid())
        return t > o;
    return theirs > ours;
}

bool Merger::combineVotes(const Input& in, qint64 inPoll, qint64 target, int* added, int* clashes)
{
    const QString device = c("device"), castAt = c("cast_at"), answer = c("answer");
    for (const Row& r : in.s->rows(Kind::Vote, {{c("poll_id"), inPoll}})) {
        QVariantMap v = r.values;
        v.insert(c("poll_id"), target);
        const QVariant who = r.values.value(device);
        // Anonymous votes (a show of hands) are each a person: always kept.
        const Row mine = who.isNull()
            ? Row()
            : m_out->rows(Kind::Vote, {{c("poll_id"), target}, {device, who}}).value(0);
        if (!mine.isValid()) {
            if (!add(Kind::Vote, v))
                return false;
            ++*added;
            continue;
        }
        // One device, one vote (UNIQUE(poll, device)): the later one stands, as when a phone
        // votes again while the poll is open.
        ++*clashes;
        if (later(r.str(castAt), mine.str(castAt))) {
            if (!m_out->update(Kind::Vote, mine.id, answer, r.values.value(answer))
                || !m_out->update(Kind::Vote, mine.id, castAt, r.values.value(castAt))) {
                m_failure = m_out->lastError();
                return false;
            }
        }
    }
    return true;
}

bool Merger::links(Input& in)
{
    // Drivers: parents before children, each with its new parent and idea.
    std::function<bool(qint64, qint64, qint64, qint64)> copyDrivers
        = [&](qint64 inAim, qint64 outAim, qint64 inParent, qint64 outParent) {
              const QList<Row> level
                  = in.s->rows(Kind::Driver, {{c("aim_id"), inAim}, {c("parent_id"), orNull(inParent)}});
              for (const Row& d : level) {
                  QVariantMap v = d.values;
                  v.insert(c("aim_id"), outAim);
                  v.insert(c("parent_id"), orNull(outParent));
                  v.insert(c("idea_id"), orNull(m_ideas.value(d.ref(c("idea_id")))));
                  const qint64 id = add(Kind::Driver, v);
                  if (!id || !copyDrivers(inAim, outAim, d.id, id))
                      return false;
              }
              return true;
          };
    for (const auto& aim : std::as_const(m_aims)) {
        if (!copyDrivers(aim.first, aim.second, 0, 0))
            return false;
    }
    for (const auto& place : std::as_const(m_places)) {
        for (const Row& a : in.s->rows(Kind::Action, {{c("place_id"), place.first}})) {
            QVariantMap v = a.values;
            v.insert(c("place_id"), place.second);
            v.insert(c("idea_id"), orNull(m_ideas.value(a.ref(c("idea_id")))));
            const qint64 action = add(Kind::Action, v);
            if (!action)
                return false;
            // The action's progress log comes with it, in its order.
            for (const Row& u : in.s->rows(Kind::ActionUpdate, {{c("action_id"), a.id}})) {
                QVariantMap uv = u.values;
                uv.insert(c("action_id"), action);
                if (!add(Kind::ActionUpdate, uv))
                    return false;
            }
        }
    }
    return true;
}

} // namespace

Merge::Report Merge::run(const QString& output, const QStringList& inputs, Duplicates duplicates,
                         const Progress& progress)
{
    Report report;
    report.policy = duplicates;
    const QFileInfo outInfo(output);
    if (inputs.isEmpty()) {
        report.error = tr("Nothing to merge: name at least one session file.");
        return report;
    }
    // OUT must be new: never an input, a session, or anything else that exists (even a broken link).
    if (const QString refusal = files::checkNewTarget(output); !refusal.isEmpty()) {
        report.error = refusal;
        return report;
    }

    // Check every input before anything is written.
    const int total = int(inputs.size()) * 2 + 1;
    int done = 0;
    auto step = [&](const QString& what) {
        if (!progress || progress(done++, total, what))
            return true;
        report.cancelled = true;
        report.error
            = tr("The merge was cancelled; %1 was not written.").arg(QDir::toNativeSeparators(output));
        return false;
    };
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    std::vector<Input> in;
    for (const QString& path : inputs) {
        if (!step(tr("Checking %1").arg(QFileInfo(path).fileName())))
            return report;
        Input i;
        i.path = path;
        i.name = QFileInfo(path).fileName();
        i.doc = std::make_unique<Document>();
        if (SessionError e = i.doc->open(path, SessionFile::Mode::ReadOnly)) {
            report.error = e.message;
            return report;
        }
        i.s = i.doc->store();
        const QList<Row> sources = i.s->rows(Kind::Source);
        for (const Row& src : sources)
            i.units.append({src.str(c("file")), src.str(c("merged_at")), true, src.id});
        // Rows that carry no source came from this file itself.
        const QVariantMap none {{Source, QVariant()}};
        if (sources.isEmpty() || i.s->count(Kind::Table, none) || i.s->count(Kind::Place, none)
            || i.s->count(Kind::Poll, none))
            i.units.append({i.name, now, false, QVariant()});
        in.push_back(std::move(i));
    }

    // Build into a hidden file beside the output; it becomes the output only when complete.
    const QString staging = outInfo.absolutePath()
        + QStringLiteral("/.%1.merging-%2-%3")
              .arg(outInfo.fileName())
              .arg(QCoreApplication::applicationPid())
              .arg(QRandomGenerator::global()->generate64(), 0, 36);
    files::removeWithSiblings(staging);
    Document out;
    if (SessionError e = out.create(staging)) {
        files::removeWithSiblings(staging);
        QString said = e.detail;
        said.replace(staging, output);
        report.error = tr("%1 could not be written: %2.")
                           .arg(QDir::toNativeSeparators(output), files::failureReason(output, 0, said));
        return report;
    }
    Store* s = out.store();
    // Copies of one session (the origin most inputs share; the first input's on a tie) merge row
    // by row; files of other sessions are matched by names onto the result.
    QStringList origins;
    for (Input& i : in)
        origins << (i.origin = IdentityRepository(*i.s).origin());
    const QString base = baseOrigin(origins);
    std::vector<IdentityMerge::Input> copies;
    QList<int> order; // input index of each report line, as they are made
    for (size_t n = 0; n < in.size(); ++n) {
        if (in[n].origin == base) {
            copies.push_back({in[n].name, in[n].s});
            order << int(n);
        }
    }
    Merger merger(s, duplicates, report);
    QString failure;
    {
        // One transaction: a cancel or a failure leaves nothing half-merged.
        Store::Transaction tx(*s);
        if (step(tr("Merging %n cop(ies) of the session", nullptr, int(copies.size())))) {
            QString error;
            if (!IdentityRepository(*s).setOrigin(base)
                || !IdentityMerge::run(*s, copies, now, report, &error)) {
                failure
                    = tr("%1 could not be written while merging: %2")
                          .arg(QDir::toNativeSeparators(output), error.isEmpty() ? s->lastError() : error);
            }
            for (const Row& src : s->rows(Kind::Source))
                report.sources << src.str(c("file"));
        }
        QStringList copyNames;
        for (const IdentityMerge::Input& i : copies)
            copyNames << i.name;
        merger.seed(tr("the copies of this session"), copyNames);
        int unitIndex = 0;
        for (size_t n = 0; n < in.size() && failure.isEmpty() && !report.cancelled; ++n) {
            Input& i = in[n];
            if (i.origin == base)
                continue;
            if (!step(tr("Merging %1").arg(i.name)))
                break;
            const QMap<Kind, int> before = report.added;
            merger.beginInput();
            bool ok = merger.prompts(i) && merger.event(i);
            FileSummary line;
            line.file = i.name;
            line.byIdentity = false;
            line.skipped = true;
            for (const Unit& u : std::as_const(i.units)) {
                ++unitIndex;
                if (ok && !merger.alreadyThere(i, u)) {
                    line.skipped = false;
                    ok = merger.unit(i, u, unitIndex);
                }
            }
            ok = ok && merger.links(i) && merger.agenda(i) && merger.dataPack(i);
            if (!ok) {
                failure = tr("%1 could not be written while merging %2: %3")
                              .arg(QDir::toNativeSeparators(output), i.name, merger.failure());
            }
            for (auto it = report.added.cbegin(); it != report.added.cend(); ++it)
                line.added[it.key()] = it.value() - before.value(it.key());
            report.files << line;
            order << int(n);
        }
        if (failure.isEmpty() && !report.cancelled && step(tr("Saving %1").arg(outInfo.fileName()))
            && !tx.commit())
            failure
                = tr("%1 could not be written: %2.")
                      .arg(QDir::toNativeSeparators(output), files::failureReason(output, 0, s->lastError()));
    }
    // One line per input, in the order they were given.
    QList<FileSummary> lines(qsizetype(in.size()));
    for (int k = 0; k < order.size() && k < report.files.size(); ++k)
        lines[order[k]] = report.files[k];
    report.files = lines;
    if (report.cancelled || !failure.isEmpty()) {
        out.close();
        files::removeWithSiblings(staging);
        if (report.error.isEmpty())
            report.error = failure;
        report.added.clear();
        report.sources.clear();
        return report;
    }
    out.close();
    in.clear();
    if (const SessionError e = out.file().closeError()) {
        // A network folder's local copy could not be written back: the staging file is stale.
        files::removeWithSiblings(staging);
        QString said = e.detail;
        said.replace(staging, output);
        report.error = tr("%1 could not be written: %2.")
                           .arg(QDir::toNativeSeparators(output), files::failureReason(output, 0, said));
        report.added.clear();
        report.sources.clear();
        return report;
    }
    // Appears complete or not at all; a file that appeared at OUT meanwhile is never replaced.
    if (!files::publishNew(staging, output, &report.error)) {
        report.added.clear();
        report.sources.clear();
        return report;
    }
    if (progress)
        progress(total, total, tr("Done"));
    report.ok = true;
    return report;
}

QString Merge::baseOrigin(const QStringList& origins)
{
    QHash<QString, int> copies;
    for (const QString& o : origins)
        ++copies[o];
    QString base = origins.value(0);
    for (const QString& o : origins) {
        if (copies.value(o) > copies.value(base))
            base = o;
    }
    return base;
}

QString Merge::Report::fileLine(const FileSummary& f)
{
    if (f.skipped)
        return Merge::tr("%1: already in the merge; nothing added").arg(f.file);
    QStringList parts;
    const QList<QPair<Kind, const char*>> kinds {
        {Kind::Table, QT_TRANSLATE_N_NOOP("Merge", "+%n table(s)")},
        {Kind::Note, QT_TRANSLATE_N_NOOP("Merge", "+%n note(s)")},
        {Kind::Place, QT_TRANSLATE_N_NOOP("Merge", "+%n place(s)")},
        {Kind::Aim, QT_TRANSLATE_N_NOOP("Merge", "+%n aim(s)")},
        {Kind::Idea, QT_TRANSLATE_N_NOOP("Merge", "+%n idea(s)")},
        {Kind::Driver, QT_TRANSLATE_N_NOOP("Merge", "+%n driver(s)")},
        {Kind::Action, QT_TRANSLATE_N_NOOP("Merge", "+%n action(s)")},
        {Kind::ActionUpdate, QT_TRANSLATE_N_NOOP("Merge", "+%n progress update(s)")},
        {Kind::IndicatorReading, QT_TRANSLATE_N_NOOP("Merge", "+%n later figure(s)")},
        {Kind::Poll, QT_TRANSLATE_N_NOOP("Merge", "+%n poll(s)")},
        {Kind::Vote, QT_TRANSLATE_N_NOOP("Merge", "+%n vote(s)")}};
    for (const auto& [kind, text] : kinds) {
        if (const int n = f.added.value(kind))
            parts << QCoreApplication::translate("Merge", text, nullptr, n);
    }
    if (parts.isEmpty())
        parts << Merge::tr("nothing new");
    parts << Merge::tr("%n change(s)", nullptr, f.changed);
    if (f.deleted)
        parts << Merge::tr("%n deletion(s)", nullptr, f.deleted);
    parts << Merge::tr("%n conflict(s)", nullptr, f.conflicts);
    const QString line = Merge::tr("%1: %2").arg(f.file, parts.join(QStringLiteral(", ")));
    return f.byIdentity ? line : Merge::tr("%1 (another session: matched by names)").arg(line);
}

QStringList Merge::Report::lines() const
{
    QStringList out;
    for (const QString& c : conflicts)
        out << Merge::tr("conflict: %1").arg(c);
    for (const QString& r : refusals)
        out << Merge::tr("left out: %1").arg(r);
    for (const FileSummary& f : files)
        out << fileLine(f);
    return out;
}

} // namespace rt
