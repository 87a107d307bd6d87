// SPDX-License-Identifier: GPL-3.0-or-later
// Live-room benchmark on loopback, with the shipped defaults: a host process (the organiser also
// editing the agenda) and 8 table-laptop processes each typing a note a second. Prints how long a
// note takes from being committed on its laptop to being in the host's file (p50, p99), the host's
// CPU and memory over the run, and how long 600 edits queued offline take to reach the host once
// their laptop joins. Asserts nothing on time. RT_ROOM_BENCH_SECONDS sets the run (default 60).
#include "TestSupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <csignal>
#include <memory>
#include <unistd.h>

namespace {
QString S(const char* s)
{
    return QString::fromUtf8(s);
}

std::unique_ptr<QProcess> start(const QStringList& args, const QString& device)
{
    auto p = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(S("ROUNDTABLE_DEVICE_ID"), device);
    env.insert(S("ROUNDTABLE_DEVICE_NAME"), device);
    p->setProcessEnvironment(env);
    p->start(qEnvironmentVariable("RT_ROOMTABLE"), args);
    p->waitForStarted();
    return p;
}

void stop(QProcess* p)
{
    if (p && p->state() == QProcess::Running && p->processId() > 0) {
        ::kill(pid_t(p->processId()), SIGTERM);
        p->waitForFinished(20000);
    }
}

/** CPU seconds (user + system) and resident MB of a process, from /proc. */
double cpuSeconds(qint64 pid)
{
    QFile f(S("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    return double(fields.value(11).toLongLong() + fields.value(12).toLongLong())
        / double(sysconf(_SC_CLK_TCK));
}

double memoryMb(qint64 pid, const char* key)
{
    QFile f(S("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(qsizetype(strlen(key))).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(qMin(v.size() - 1, qsizetype(p * double(v.size()))));
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int seconds = qEnvironmentVariableIsSet("RT_ROOM_BENCH_SECONDS")
        ? qEnvironmentVariableIntValue("RT_ROOM_BENCH_SECONDS")
        : 60;
    QTemporaryDir dir;
    const QString hostFile = dir.filePath(S("host.roundtable"));
    if (rt::test::runCli({S("new"), S("--template"), S("sample-session"), hostFile}) != 0)
        return 1;
    constexpr int Tables = 8;
    for (int i = 1; i <= Tables + 1; ++i)
        QFile::copy(hostFile, dir.filePath(S("t%1.roundtable").arg(i)));
    const int port = 20000 + int(QRandomGenerator::global()->bounded(20000));
    auto host
        = start({S("host"), hostFile, QString::number(port), S("5000"), QString::number(seconds / 5 + 30)},
                S("organiser"));
    if (!host->waitForReadyRead(10000))
        return 1;
    const QString url = QString::fromLatin1(host->readLine().trimmed().mid(5));
    out << "bench_room: host + " << Tables << " laptops, a note a second each, " << seconds << " s, " << url
        << Qt::endl;

    std::vector<std::unique_ptr<QProcess>> laptops;
    for (int i = 1; i <= Tables; ++i)
        laptops.push_back(start({S("join"), url, dir.filePath(S("t%1.roundtable").arg(i)),
                                 QString::number(i - 1), S("1000"), QString::number(seconds)},
                                S("table-%1").arg(i)));

    // Watch the host's file as another reader would: every note, when it first appears there.
    QSqlDatabase db = QSqlDatabase::addDatabase(S("QSQLITE"), S("watch"));
    db.setDatabaseName(hostFile);
    db.setConnectOptions(S("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        return 1;
    static const QRegularExpression stampedAt(S("^join .* @(\\d+)$"));
    QSet<qint64> seen;
    QList<double> latencies;
    const auto look = [&] {
        QSqlQuery q(db);
        q.exec(S("SELECT id, text FROM note"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        int fresh = 0;
        while (q.next()) {
            if (seen.contains(q.value(0).toLongLong()))
                continue;
            seen.insert(q.value(0).toLongLong());
            const QRegularExpressionMatch m = stampedAt.match(q.value(1).toString());
            if (m.hasMatch()) {
                latencies.append(double(now - m.captured(1).toLongLong()));
                ++fresh;
            }
        }
        return fresh;
    };
    look();
    latencies.clear();
    const qint64 hostPid = host->processId();
    const double cpu0 = cpuSeconds(hostPid), rss0 = memoryMb(hostPid, "VmRSS:");
    QElapsedTimer run;
    run.start();
    while (run.elapsed() < qint64(seconds + 5) * 1000) {
        look();
        QCoreApplication::processEvents();
        QThread::msleep(20);
    }
    const double cpu1 = cpuSeconds(hostPid), rss1 = memoryMb(hostPid, "VmRSS:"),
                 hwm = memoryMb(hostPid, "VmHWM:");
    const double wall = double(run.elapsed()) / 1000.0;
    out << "  notes typed → in the host's file: " << latencies.size() << " notes, p50 "
        << percentile(latencies, 0.5) << " ms, p99 " << percentile(latencies, 0.99) << " ms, max "
        << percentile(latencies, 1.0) << " ms" << Qt::endl;
    out << "  host CPU " << QString::number(100.0 * (cpu1 - cpu0) / wall, 'f', 1) << "% of one core; RSS "
        << QString::number(rss0, 'f', 1) << " MB → " << QString::number(rss1, 'f', 1) << " MB (peak "
        << QString::number(hwm, 'f', 1) << " MB)" << Qt::endl;
    for (auto& l : laptops)
        stop(l.get());

    // 600 edits made offline, then the laptop joins: how long until the host has them all.
    const QString late = dir.filePath(S("t%1.roundtable").arg(Tables + 1));
    auto offline = start({S("offline"), late, S("0"), S("1"), S("600")}, S("late-laptop"));
    while (!offline->readAllStandardOutput().contains("done") && offline->state() == QProcess::Running)
        offline->waitForReadyRead(1000);
    stop(offline.get());
    look();
    const qsizetype before = seen.size();
    QElapsedTimer catchUp;
    catchUp.start();
    auto joiner = start({S("join"), url, late, S("0"), S("1000"), S("0")}, S("late-laptop"));
    while (seen.size() < before + 600 && catchUp.elapsed() < 60000) {
        QSqlQuery q(db);
        q.exec(S("SELECT id FROM note"));
        while (q.next())
            seen.insert(q.value(0).toLongLong());
        QThread::msleep(10);
    }
    out << "  600 queued edits after reconnect: " << (seen.size() - before) << " on the host in "
        << catchUp.elapsed() << " ms (from starting the laptop's process)" << Qt::endl;
    stop(joiner.get());
    stop(host.get());
    return 0;
}
