// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/MergeCheck.h"

#include "session/Document.h"
#include "store/Store.h"

#include <QFileInfo>
#include <QMap>

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
    struct Seen
    {
        int order = 0;
        Duplicate dup;
    };
    QMap<QString, Seen> seen;
    int order = 0;
    auto note = [&](Duplicate::What what, const QString& key, const QString& label, const QString& file) {
        Seen& s = seen[QString::number(int(what)) + QLatin1Char('|') + key];
        if (s.dup.files.isEmpty()) {
            s.order = order++;
            s.dup.what = what;
            s.dup.label = label;
        }
        if (!s.dup.files.contains(file))
            s.dup.files << file;
    };
    for (const QString& path : inputs) {
        const QString name = QFileInfo(path).fileName();
        Document doc;
        if (const SessionError e = doc.open(path, SessionFile::Mode::ReadOnly)) {
            result.error = e.message;
            result.badFile = path;
            return result;
        }
        const Store* s = doc.store();
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
        result.tables += s->count(Kind::Table);
        result.notes += s->count(Kind::Note);
        result.places += s->count(Kind::Place);
        result.polls += s->count(Kind::Poll);
        result.votes += s->count(Kind::Vote);
        doc.close();
    }
    QList<Seen> all = seen.values();
    std::sort(all.begin(), all.end(), [](const Seen& a, const Seen& b) { return a.order < b.order; });
    for (const Seen& s : std::as_const(all)) {
        if (s.dup.files.size() > 1)
            result.duplicates << s.dup;
    }
    result.ok = true;
    return result;
}

} // namespace rt
