// SPDX-License-Identifier: GPL-3.0-or-later
// Store benchmarks; prints figures, asserts nothing about time.
//   edit → committed latency through EditRowCommand (target: median ≤ 0.5 ms)
//   generate a big session in one transaction
//   open it and count every kind, as `info` does (target ≤ 300 ms)
//   the real binary on it: `roundtable info` wall time, and the window's first paint and peak RSS;
//   cold start to first paint on the sample session
#include "commands/RowCommands.h"
#include "session/Document.h"
#include "store/Database.h"
#include "store/FileCheck.h"
#include "store/Schema.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using namespace rt;

namespace {

QVariantMap vm(std::initializer_list<std::pair<const char*, QVariant>> values)
{
    QVariantMap m;
    for (const auto& [k, v] : values)
        m.insert(QString::fromLatin1(k), v);
    return m;
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

void line(const QString& what, const QString& figure, const QString& target = {})
{
    out() << qSetFieldWidth(58) << Qt::left << what << qSetFieldWidth(16) << Qt::right << figure
          << qSetFieldWidth(0) << "  " << target << Qt::endl;
}

QString fmt(double v, const char* unit)
{
    return QStringLiteral("%1 %2").arg(v, 0, 'f', 3).arg(QLatin1String(unit));
}

bool editLatency(const QString& path)
{
    Document d;
    if (SessionError e = d.create(path)) {
        out() << e.message << Qt::endl;
        return false;
    }
    Store* s = d.store();
    const qint64 prompt = s->insert(
        Kind::Prompt, vm({{"key", QStringLiteral("matters")}, {"question", QStringLiteral("?")}}));
    const qint64 table = s->insert(Kind::Table, vm({{"number", 1}}));
    QList<qint64> notes;
    for (int i = 0; i < 50; ++i)
        notes << s->insert(
            Kind::Note,
            vm({{"table_id", table}, {"prompt_id", prompt}, {"text", QStringLiteral("note %1").arg(i)}}));
    // Edits are timed as a user makes them: in a file opened again, where each edit also queues
    // its change for the room (the outbox) in the same transaction.
    d.close();
    if (SessionError e = d.open(path)) {
        out() << e.message << Qt::endl;
        return false;
    }
    s = d.store();
    constexpr int Edits = 2000;
    QList<qint64> times;
    times.reserve(Edits);
    QElapsedTimer t;
    for (int i = 0; i < Edits; ++i) {
        auto* cmd = new EditRowCommand(
            s, Kind::Note, notes[i % notes.size()],
            vm({{"text", QStringLiteral("edit %1 of a note typed at the table").arg(i)}}));
        t.start();
        d.push(cmd);
        times << t.nsecsElapsed();
    }
    std::sort(times.begin(), times.end());
    line(QStringLiteral("edit → committed (EditRowCommand, %1 edits): median").arg(Edits),
         fmt(ms(times[Edits / 2]), "ms"), QStringLiteral("target ≤ 0.5 ms"));
    line(QStringLiteral("edit → committed: p99"), fmt(ms(times[Edits * 99 / 100]), "ms"));
    line(QStringLiteral("edit → committed: max"), fmt(ms(times.last()), "ms"));
    d.close();
    return true;
}

bool generate(const QString& path)
{
    Document d;
    if (SessionError e = d.create(path)) {
        out() << e.message << Qt::endl;
        return false;
    }
    Store* s = d.store();
    QElapsedTimer t;
    t.start();
    Store::Transaction tx(*s);
    const char* keys[] = {"matters", "working", "not_working"};
    QList<qint64> prompts, tables;
    for (const char* k : keys)
        prompts << s->insert(Kind::Prompt,
                             vm({{"key", QString::fromLatin1(k)}, {"question", QString::fromLatin1(k)}}));
    for (int i = 0; i < 8; ++i)
        tables << s->insert(Kind::Table,
                            vm({{"number", i + 1}, {"topic", QStringLiteral("Topic %1").arg(i + 1)}}));
    for (int i = 0; i < 20000; ++i) {
        s->insert(
            Kind::Note,
            vm({{"table_id", tables[i % 8]},
                {"prompt_id", prompts[(i / 8) % 3]},
                {"text", QStringLiteral("Verbatim note %1 from the table about what matters").arg(i)}}));
    }
    QList<qint64> aims;
    for (int p = 0; p < 4; ++p) {
        const qint64 place = s->insert(Kind::Place, vm({{"name", QStringLiteral("Place %1").arg(p)}}));
        for (int a = 0; a < 5; ++a)
            aims << s->insert(Kind::Aim,
                              vm({{"place_id", place}, {"statement", QStringLiteral("aim %1").arg(a)}}));
        for (int a = 0; a < 10; ++a)
            s->insert(Kind::Action,
                      vm({{"place_id", place}, {"action", QStringLiteral("action %1").arg(a)}}));
    }
    for (int i = 0; i < 2000; ++i) {
        s->insert(Kind::Idea,
                  vm({{"aim_id", aims[i % aims.size()]},
                      {"text", QStringLiteral("idea %1").arg(i)},
                      {"impact", (i % 10) / 10.0},
                      {"effort", (i % 7) / 7.0}}));
    }
    for (int p = 0; p < 200; ++p) {
        const qint64 poll = s->insert(
            Kind::Poll,
            vm({{"question", QStringLiteral("Poll %1?").arg(p)}, {"state", QStringLiteral("closed")}}));
        for (int o = 0; o < 4; ++o)
            s->insert(Kind::PollOption,
                      vm({{"poll_id", poll}, {"text", QStringLiteral("option %1").arg(o)}}));
        for (int v = 0; v < 250; ++v) {
            s->insert(Kind::Vote,
                      vm({{"poll_id", poll},
                          {"device", QStringLiteral("device-%1").arg(v)},
                          {"answer", QStringLiteral("{\"choices\":[%1]}").arg(v % 4)}}));
        }
    }
    const bool ok = tx.commit();
    const qint64 elapsed = t.nsecsElapsed();
    line(QStringLiteral("generate 20,000 notes, 2,000 ideas, 200 polls, 50,000 votes"),
         fmt(ms(elapsed), "ms"),
         ok ? QStringLiteral("one transaction") : QStringLiteral("FAILED: %1").arg(s->lastError()));
    t.start();
    d.close();
    line(QStringLiteral("close (checkpoint to a single file)"), fmt(ms(t.nsecsElapsed()), "ms"));
    line(QStringLiteral("file size"), QStringLiteral("%1 KiB").arg(QFileInfo(path).size() / 1024));
    return ok;
}

void openAndCount(const QString& path, SessionFile::Mode mode, const QString& label)
{
    QList<qint64> times;
    QString counts;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer t;
        t.start();
        Document d;
        if (SessionError e = d.open(path, mode)) {
            out() << e.message << Qt::endl;
            return;
        }
        QStringList parts;
        for (int k = 0; k < KindCount; ++k)
            parts << QStringLiteral("%1=%2").arg(kindName(Kind(k))).arg(d.store()->count(Kind(k)));
        d.close();
        times << t.nsecsElapsed();
        counts = parts.join(QLatin1Char(' '));
    }
    std::sort(times.begin(), times.end());
    line(label, fmt(ms(times[2]), "ms"), QStringLiteral("median of 5; target ≤ 300 ms"));
    out() << "    " << counts << Qt::endl;
}

/** What the full structural check on open costs, against the quick_check that opening ran before. */
void verification(const QString& path)
{
    QList<qint64> quick, full;
    for (int round = 0; round < 5; ++round) {
        const QString name = QStringLiteral("bench-check-%1").arg(round);
        {
            QString error;
            db::openImmutable(name, path, &error);
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db::harden(db, &error);
            QElapsedTimer t;
            t.start();
            db::quickCheck(db);
            quick << t.nsecsElapsed();
            t.start();
            const QString problem
                = db::FileCheck(&SessionFile::schemaScript, 0).run(db, SessionFile::currentSchemaVersion());
            full << t.nsecsElapsed();
            if (!problem.isEmpty())
                out() << "    check failed: " << problem << Qt::endl;
        }
        db::close(name);
    }
    std::sort(quick.begin(), quick.end());
    std::sort(full.begin(), full.end());
    line(QStringLiteral("open check: quick_check alone (what open ran before)"), fmt(ms(quick[2]), "ms"));
    line(QStringLiteral("open check: schema + integrity_check + foreign keys + cycles + types + JSON"),
         fmt(ms(full[2]), "ms"),
         QStringLiteral("extra %1 ms; target ≤ 150 ms").arg(ms(full[2] - quick[2]), 0, 'f', 1));
}

/** Runs the real binary; returns its stdout and the wall time from spawn to exit in @p ns. */
QByteArray runBinary(const QStringList& args, const QProcessEnvironment& env, qint64* ns)
{
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(qEnvironmentVariable("RT_BINARY"), args);
    p.waitForFinished(120000);
    *ns = t.nsecsElapsed();
    return p.readAllStandardOutput();
}

/** `roundtable info` and the window's first paint on @p path, as a user starts them. */
void binaryFigures(const QString& path, const QString& label, const QString& scratch)
{
    if (qEnvironmentVariable("RT_BINARY").isEmpty()) {
        line(QStringLiteral("%1: RT_BINARY not set, skipped").arg(label), QString());
        return;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), scratch); // the user's settings stay untouched
    QList<qint64> info, paint, inProcess;
    qint64 peakKb = 0;
    for (int i = 0; i < 5; ++i) {
        qint64 ns = 0;
        runBinary({QStringLiteral("info"), QStringLiteral("--json"), path}, env, &ns);
        info << ns;
        QProcessEnvironment probe = env;
        probe.insert(QStringLiteral("RT_BENCH_FIRST_PAINT"), QStringLiteral("1"));
        const QList<QByteArray> fields = runBinary({path}, probe, &ns).trimmed().split(' ');
        if (fields.size() == 4 && fields[0] == "first-paint") {
            paint << ns;
            inProcess << fields[1].toLongLong() * 1000000;
            peakKb = std::max(peakKb, fields[3].toLongLong());
        }
    }
    std::sort(info.begin(), info.end());
    std::sort(paint.begin(), paint.end());
    std::sort(inProcess.begin(), inProcess.end());
    line(QStringLiteral("%1: `roundtable info --json` (median of 5)").arg(label), fmt(ms(info[2]), "ms"),
         QStringLiteral("target ≤ 300 ms"));
    if (paint.size() < 5) {
        line(QStringLiteral("%1: first paint").arg(label), QStringLiteral("no paint reported"));
        return;
    }
    line(QStringLiteral("%1: spawn → window painted (median of 5)").arg(label), fmt(ms(paint[2]), "ms"));
    line(QStringLiteral("%1: main() → window painted").arg(label), fmt(ms(inProcess[2]), "ms"));
    line(QStringLiteral("%1: peak RSS at first paint").arg(label),
         QStringLiteral("%1 MiB").arg(peakKb / 1024));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir tmp;
    out() << "bench_store ("
          <<
#ifdef NDEBUG
        "optimised build"
#else
        "debug build"
#endif
          << ")" << Qt::endl;
    if (!editLatency(tmp.filePath(QStringLiteral("edits.roundtable"))))
        return 1;
    const QString big = tmp.filePath(QStringLiteral("big.roundtable"));
    if (!generate(big))
        return 1;
    verification(big);
    openAndCount(big, SessionFile::Mode::ReadOnly,
                 QStringLiteral("open read-only + count every kind (info)"));
    openAndCount(big, SessionFile::Mode::ReadWrite, QStringLiteral("open for editing + count every kind"));
    binaryFigures(big, QStringLiteral("big session"), tmp.path());
    const QString sample = tmp.filePath(QStringLiteral("sample.roundtable"));
    qint64 ns = 0;
    runBinary({QStringLiteral("new"), QStringLiteral("--template"), QStringLiteral("sample-session"), sample},
              QProcessEnvironment::systemEnvironment(), &ns);
    binaryFigures(sample, QStringLiteral("sample session (cold start)"), tmp.path());
    return 0;
}
