// SPDX-License-Identifier: GPL-3.0-or-later
// Merge benchmark: 8 table files × 2,000 notes into one; prints figures, asserts nothing on time.
#include "interchange/Merge.h"
#include "session/Document.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
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
    QStringList files;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < Files; ++i) {
        files << tmp.filePath(QStringLiteral("table%1.roundtable").arg(i + 1));
        if (!makeTable(files.last(), i + 1, Notes)) {
            out << "could not make " << files.last() << Qt::endl;
            return 1;
        }
    }
    out << qSetFieldWidth(50) << Qt::left << QStringLiteral("make %1 files × %2 notes").arg(Files).arg(Notes)
        << qSetFieldWidth(0) << QString::number(double(t.nsecsElapsed()) / 1e6, 'f', 1) << " ms" << Qt::endl;

    for (int round = 0; round < 3; ++round) {
        const QString output = tmp.filePath(QStringLiteral("merged%1.roundtable").arg(round));
        int steps = 0;
        t.start();
        const Merge::Report r
            = Merge::run(output, files, Merge::Duplicates::KeepBoth, [&](int, int, const QString&) {
                  ++steps;
                  return true;
              });
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (!r.ok) {
            out << r.error << Qt::endl;
            return 1;
        }
        out << qSetFieldWidth(50) << Qt::left
            << QStringLiteral("merge %1 × %2 notes (run %3)").arg(Files).arg(Notes).arg(round + 1)
            << qSetFieldWidth(0) << QString::number(ms, 'f', 1) << " ms  (" << r.added.value(Kind::Note)
            << " notes, " << steps << " progress calls, " << QFileInfo(output).size() / 1024 << " KiB)"
            << Qt::endl;
    }
    return 0;
}
