// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/MergeCheck.h"

#include "interchange/Merge.h"

#include "session/Document.h"
#include "store/IdentityRepository.h"
#include "store/Store.h"

#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSet>
#include <algorithm>

namespace rt {

namespace {

QString k(const char* name)
{
    return QString::fromLatin1(name);
}

QString norm(const QString& text)
{
    return text.simplified().toCaseFolded();
}

} // namespace

MergeCheck::Result MergeCheck::run(const QStringList& inputs)
{
    Result result;
    if (inputs.isEmpty()) {
        result.error = tr("Nothing to merge: choose at least one session file.");
        return result;
    }
    // Keyed as Merge matches them; a QMap keeps the list in a stable order.
    // Only a name found in two sessions is a duplicate: copies of one session (the same origin)
    // share their rows by id, so their same names are the same rows.
    struct Seen
    {
        int order = 0;
        Duplicate dup;
        QSet<QString> sessions;
    };
    QMap<QString, Seen> seen;
    int order = 0;
    QString session; // the origin of the input being read
    QStringList origins; // each input's, in order
    QHash<QString, QMap<Kind, QSet<qint64>>> rowIds; // session → kind → the ids its copies hold
    auto note = [&](Duplicate::What what, const QString& key, const QString& label, const QString& file) {
        Seen& s = seen[QString::number(int(what)) + QLatin1Char('|') + key];
        if (s.dup.files.isEmpty()) {
            s.order = order++;
            s.dup.what = what;
            s.dup.label = label;
        }
        if (!s.dup.files.contains(file))
            s.dup.files << file;
        s.sessions.insert(session);
    };
    for (const QString& path : inputs) {
        const QString name = QFileInfo(path).fileName();
        Document doc;
        if (const SessionError e = doc.open(path, SessionFile::Mode::ReadOnly)) {
            result.error = e.message;
            result.badFile = path;
            return result;
        }
        Store* s = doc.store();
        // A file without an origin (made before there were any) is a session of its own.
        session = IdentityRepository(*s).origin();
        if (session.isEmpty())
            session = QStringLiteral("file:") + QFileInfo(path).absoluteFilePath();
        origins << session;
        auto same = std::find_if(result.sessions.begin(), result.sessions.end(),
                                 [&](const Session& g) { return g.origin == session; });
        if (same == result.sessions.end())
            result.sessions.append({session, {name}});
        else
            same->files << name;
        for (const Row& t : s->rows(Kind::Table)) {
            note(Duplicate::Table,
                 QString::number(t.ref(k("number"))) + QLatin1Char('|') + norm(t.str(k("topic"))),
                 tr("table %1 \"%2\"").arg(t.ref(k("number"))).arg(t.str(k("topic"))), name);
        }
        for (const Row& p : s->rows(Kind::Place))
            note(Duplicate::Place, norm(p.str(k("name"))), tr("place \"%1\"").arg(p.str(k("name"))), name);
        for (const Row& p : s->rows(Kind::Poll)) {
            // As Merge matches polls: kind, question, its place's name and the options in order.
            QStringList key {p.str(k("kind")), norm(p.str(k("question")))};
            const qint64 place = p.ref(k("place_id"));
            key << (place > 0 ? norm(s->row(Kind::Place, place).str(k("name"))) : QString());
            for (const Row& o : s->rows(Kind::PollOption, {{k("poll_id"), p.id}}))
                key << norm(o.str(k("text")));
            note(Duplicate::Poll, key.join(QChar(0x1f)), tr("poll \"%1\"").arg(p.str(k("question"))), name);
        }
        // Copies hold the same rows: each is counted once per session.
        for (const Kind kind : {Kind::Table, Kind::Note, Kind::Place, Kind::Poll, Kind::Vote}) {
            QSet<qint64>& ids = rowIds[session][kind];
            for (const qint64 id : s->ids(kind))
                ids.insert(id);
        }
        doc.close();
    }
    // The session merged row by row comes first, as Merge chooses it.
    const QString base = Merge::baseOrigin(origins);
    std::stable_partition(result.sessions.begin(), result.sessions.end(),
                          [&](const Session& g) { return g.origin == base; });
    for (const auto& kinds : std::as_const(rowIds)) {
        result.tables += int(kinds.value(Kind::Table).size());
        result.notes += int(kinds.value(Kind::Note).size());
        result.places += int(kinds.value(Kind::Place).size());
        result.polls += int(kinds.value(Kind::Poll).size());
        result.votes += int(kinds.value(Kind::Vote).size());
    }
    QList<Seen> all = seen.values();
    std::sort(all.begin(), all.end(), [](const Seen& a, const Seen& b) { return a.order < b.order; });
    for (const Seen& s : std::as_const(all)) {
        if (s.sessions.size() > 1)
            result.duplicates << s.dup;
    }
    result.ok = true;
    return result;
}

} // namespace rt
