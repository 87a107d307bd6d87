// SPDX-License-Identifier: GPL-3.0-or-later
// Merge benchmark: 8 table laptops × 2,000 notes into one, as a real event does it (copies of one
// prepared session, each laptop typing into its own table, merged row by row) and as unrelated
// files (matched by names); prints figures, asserts nothing on time. Shipped defaults: combine.
#include "interchange/Merge.h"
#include "session/Document.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

using namespace rt;

namespace {

QVariantMap vm(std::initializer_list<std::pair<const char*, QVariant>> values)
{
    QVariantMap m;
    for (const auto& [k, v] : values)
        m.insert(QString::fromLatin1(k), v);
    return m;
}

/** The organiser's prepared session: the three prompts and eight tables, no notes yet. */
bool makePrepared(const QString& path, int tables)
{
    Document d;
    if (SessionError e = d.create(path))
        return false;
    Store* s = d.store();
    Store::Transaction tx(*s);
    for (const char* k : {"matters", "working", "not_working"})
        s->insert(Kind::Prompt, vm({{"key", QString::fromLatin1(k)}, {"question", QString::fromLatin1(k)}}));
    for (int t = 1; t <= tables; ++t)
        s->insert(Kind::Table, vm({{"number", t}, {"topic", QStringLiteral("Topic %1").arg(t)}}));
    return tx.commit();
}

/** Table @p number's laptop: a copy of the prepared session, with its notes typed in. */
bool typeNotes(const QString& prepared, const QString& path, int number, int notes)
{
    if (!QFile::copy(prepared, path))
        return false;
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    Document d;
    if (SessionError e = d.open(path))
        return false;
    Store* s = d.store();
    s->setDevice({QStringLiteral("laptop-%1").arg(number), QStringLiteral("Table %1 laptop").arg(number)});
    const QList<qint64> prompts = s->ids(Kind::Prompt);
    const qint64 table = s->ids(Kind::Table, vm({{"number", number}})).value(0);
    Store::Transaction tx(*s);
    for (int i = 0; i < notes; ++i) {
        s->insert(
            Kind::Note,
            vm({{"table_id", table},
                {"prompt_id", prompts[i % 3]},
                {"text",
                 QStringLiteral("Table %1 said this, note %2, in their own words").arg(number).arg(i)}}));
    }
    return tx.commit();
}

bool makeTable(const QString& path, int number, int notes)
{
    Document d;
    if (SessionError e = d.create(path))
        return false;
    Store* s = d.store();
    Store::Transaction tx(*s);
    QList<qint64> prompts;
    for (const char* k : {"matters", "working", "not_working"})
        prompts << s->insert(Kind::Prompt,
                             vm({{"key", QString::fromLatin1(k)}, {"question", QString::fromLatin1(k)}}));
    const qint64 table
        = s->insert(Kind::Table, vm({{"number", number}, {"topic", QStringLiteral("Topic %1").arg(number)}}));
    for (int i = 0; i < notes; ++i) {
        s->insert(
            Kind::Note,
            vm({{"table_id", table},
                {"prompt_id", prompts[i % 3]},
                {"text",
                 QStringLiteral("Table %1 said this, note %2, in their own words").arg(number).arg(i)}}));
    }
    return tx.commit();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    out << "bench_merge ("
#ifdef NDEBUG
        << "optimised build"
#else
        << "debug build"
#endif
        << ")" << Qt::endl;
    QTemporaryDir tmp;
    constexpr int Files = 8, Notes = 2000;
    QElapsedTimer t;
    const auto row = [&](const QString& what, double ms, const QString& detail) {
        out << qSetFieldWidth(56) << Qt::left << what << qSetFieldWidth(0) << QString::number(ms, 'f', 1)
            << " ms" << detail << Qt::endl;
    };
    const auto runs = [&](const QString& label, const QStringList& files) {
        for (int round = 0; round < 3; ++round) {
            const QString output
                = tmp.filePath(QStringLiteral("%1-merged%2.roundtable").arg(label).arg(round));
            int steps = 0;
            t.start();
            const Merge::Report r
                = Merge::run(output, files, Merge::Duplicates::Combine, [&](int, int, const QString&) {
                      ++steps;
                      return true;
                  });
            const double ms = double(t.nsecsElapsed()) / 1e6;
            if (!r.ok) {
                out << r.error << Qt::endl;
                return false;
            }
            row(QStringLiteral("merge %1 × %2 notes, %3 (run %4)")
                    .arg(Files)
                    .arg(Notes)
                    .arg(label)
                    .arg(round + 1),
                ms,
                QStringLiteral("  (%1 notes, %2 conflicts, %3 progress calls, %4 KiB)")
                    .arg(r.added.value(Kind::Note))
                    .arg(r.conflicts.size())
                    .arg(steps)
                    .arg(QFileInfo(output).size() / 1024));
        }
        return true;
    };

    // The real event: copies of one prepared session.
    const QString prepared = tmp.filePath(QStringLiteral("prepared.roundtable"));
    QStringList copies;
    t.start();
    if (!makePrepared(prepared, Files))
        return 1;
    for (int i = 0; i < Files; ++i) {
        copies << tmp.filePath(QStringLiteral("laptop%1.roundtable").arg(i + 1));
        if (!typeNotes(prepared, copies.last(), i + 1, Notes)) {
            out << "could not make " << copies.last() << Qt::endl;
            return 1;
        }
    }
    row(QStringLiteral("make %1 copies × %2 notes").arg(Files).arg(Notes), double(t.nsecsElapsed()) / 1e6,
        {});
    if (!runs(QStringLiteral("copies"), copies))
        return 1;

    // Files that share no origin: matched by names.
    QStringList files;
    t.start();
    for (int i = 0; i < Files; ++i) {
        files << tmp.filePath(QStringLiteral("table%1.roundtable").arg(i + 1));
        if (!makeTable(files.last(), i + 1, Notes)) {
            out << "could not make " << files.last() << Qt::endl;
            return 1;
        }
    }
    row(QStringLiteral("make %1 unrelated files × %2 notes").arg(Files).arg(Notes),
        double(t.nsecsElapsed()) / 1e6, {});
    if (!runs(QStringLiteral("unrelated"), files))
        return 1;
    return 0;
}
