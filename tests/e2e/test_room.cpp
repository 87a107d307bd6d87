// SPDX-License-Identifier: GPL-3.0-or-later
// The live room end to end, as processes on loopback: a host and eight table laptops (four with
// their own copy, four that receive the session), notes typed on every table while laptops are
// killed (-9), put to sleep and restarted, the host killed and restarted, and one laptop that never
// joins. Afterwards the host holds exactly what a merge of the laptops' files gives, every
// committed note is there once, and the laptop that never joined merges by file to the same end.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <memory>

namespace {
QString S(const char* s)
{
    return QString::fromUtf8(s);
}

/** One laptop's process, and every note it said it committed, over all its runs. */
struct Laptop
{
    QStringList args;
    QString device;
    std::unique_ptr<QProcess> process;
    QSet<QString> committed;
    QByteArray pending;
    bool sawDone = false;

    void read()
    {
        if (!process)
            return;
        pending += process->readAllStandardOutput();
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(nl);
            pending.remove(0, nl + 1);
            if (line.startsWith("committed "))
                committed.insert(QString::fromLatin1(line.mid(10)));
            else if (line == "done")
                sawDone = true;
        }
    }
    void start()
    {
        sawDone = false;
        process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(S("ROUNDTABLE_DEVICE_ID"), device);
        env.insert(S("ROUNDTABLE_DEVICE_NAME"), device);
        process->setProcessEnvironment(env);
        process->setProcessChannelMode(QProcess::SeparateChannels);
        process->start(qEnvironmentVariable("RT_ROOMTABLE"), args);
        process->waitForStarted();
    }
    void kill()
    {
        if (!process)
            return;
        process->kill();
        process->waitForFinished();
        read();
        process.reset();
    }
    /** The process's pid, or 0 when it is not running: never signal 0, which is our own group. */
    pid_t pid() const
    {
        return process && process->state() == QProcess::Running ? pid_t(process->processId()) : 0;
    }
    bool terminate()
    {
        if (!process)
            return true;
        if (pid() <= 0) {
            read();
            process.reset();
            return true;
        }
        ::kill(pid(), SIGTERM);
        const bool ok = process->waitForFinished(20000) && process->exitCode() == 0;
        read();
        process.reset();
        return ok;
    }
};

QJsonObject dumpOf(const QString& file)
{
    QByteArray out, err;
    if (rt::test::runCli({S("dump"), file}, &out, &err) != 0)
        qWarning("dump %s: %s", qPrintable(file), err.constData());
    QJsonObject o = QJsonDocument::fromJson(out).object();
    // What differs by design: a merge records its source files.
    o.remove(S("sources"));
    QJsonArray tables = o.value(S("tables")).toArray();
    for (auto t : tables) {
        QJsonObject table = t.toObject();
        table.remove(S("source"));
        t = table;
    }
    o.insert(S("tables"), tables);
    return o;
}

QSet<QString> noteIds(const QJsonObject& dump)
{
    QSet<QString> ids;
    const QJsonArray tables = dump.value(S("tables")).toArray();
    for (const QJsonValue& t : tables)
        for (const QJsonValue& n : t[S("notes")].toArray())
            ids.insert(n[S("id")].toString());
    return ids;
}

int notesIn(const QJsonObject& dump)
{
    int n = 0;
    const QJsonArray tables = dump.value(S("tables")).toArray();
    for (const QJsonValue& t : tables)
        n += int(t[S("notes")].toArray().size());
    return n;
}
} // namespace

class TestRoom : public QObject
{
    Q_OBJECT

private slots:
    void eightLaptopsThroughKillsAndSleepsEqualTheMergeOfTheirFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString hostFile = dir.filePath(S("host.roundtable"));
        QCOMPARE(rt::test::runCli({S("new"), S("--template"), S("sample-session"), hostFile}), 0);
        const int port = 20000 + int(QRandomGenerator::global()->bounded(20000));

        Laptop host;
        host.device = S("organiser");
        host.args = {S("host"), hostFile, QString::number(port), S("150"), S("30")};
        host.start();
        QVERIFY(host.process->waitForReadyRead(10000));
        const QByteArray opened = host.process->readLine().trimmed();
        QVERIFY2(opened.startsWith("open http://"), opened.constData());
        const QString url = QString::fromLatin1(opened.mid(5));

        constexpr int Tables = 8;
        std::vector<Laptop> laptops(Tables + 1);
        for (int i = 0; i <= Tables; ++i) {
            Laptop& l = laptops[size_t(i)];
            l.device = S("table-%1").arg(i + 1);
            const QString file = dir.filePath(S("t%1.roundtable").arg(i + 1));
            // Half bring their own copy of the prepared session; the others receive it.
            if (i % 2 == 0 || i == Tables)
                QVERIFY(QFile::copy(hostFile, file));
            if (i == Tables) // never joins: merged by file afterwards
                l.args = {S("offline"), file, QString::number(i), S("60"), S("40")};
            else // each captures its own table, as on the day
                l.args = {S("join"), url, file, QString::number(i), S("60"), S("60")};
            l.start();
        }

        // The day: kills, sleeps and restarts while everyone types.
        QRandomGenerator rng(20261202);
        for (int step = 0; step < 24; ++step) {
            QTest::qWait(250);
            for (auto& l : laptops)
                l.read();
            host.read();
            const int who = int(rng.bounded(Tables));
            Laptop& l = laptops[size_t(who)];
            switch (step % 6) {
            case 1: // a laptop crashes and is started again
                l.kill();
                l.start();
                break;
            case 3: // a laptop sleeps for a while (its Wi-Fi gone)
                if (const pid_t pid = l.pid(); pid > 0) {
                    ::kill(pid, SIGSTOP);
                    QTest::qWait(1500);
                    ::kill(pid, SIGCONT);
                }
                break;
            case 5: // the host crashes, and comes back after a while
                if (step == 11) {
                    host.kill();
                    QTest::qWait(2000);
                    host.start();
                    QVERIFY(host.process->waitForReadyRead(10000));
                }
                break;
            default:
                break;
            }
            // A laptop that could not receive the session while the host was down tries again.
            for (auto& other : laptops)
                if (other.process && other.process->state() == QProcess::NotRunning) {
                    other.read();
                    other.start();
                }
        }
        // Typing ends (the host's edits too); every laptop catches up with the room.
        QTRY_VERIFY_WITH_TIMEOUT((host.read(), host.sawDone), 30000);
        QTest::qWait(5000);
        QVERIFY(host.terminate());
        for (auto& l : laptops)
            QVERIFY(l.terminate());

        QSet<QString> committed;
        QStringList joined;
        for (int i = 0; i < Tables; ++i) {
            committed.unite(laptops[size_t(i)].committed);
            joined.append(dir.filePath(S("t%1.roundtable").arg(i + 1)));
        }
        QVERIFY(committed.size() >= Tables * 60);

        // Nothing waits: every laptop's outbox reached the host.
        for (const QString& f : std::as_const(joined)) {
            QByteArray out;
            QCOMPARE(rt::test::runCli({S("info"), f, S("--json")}, &out), 0);
            QCOMPARE(QJsonDocument::fromJson(out).object().value(S("room_waiting")).toInt(-1), 0);
        }

        // The host holds every committed note once, and equals the merge of the laptops' files.
        const QJsonObject room = dumpOf(hostFile);
        const QSet<QString> inRoom = noteIds(room);
        for (const QString& id : std::as_const(committed))
            QVERIFY2(inRoom.contains(id),
                     qPrintable(S("note %1 was committed but is not in the room").arg(id)));
        QCOMPARE(notesIn(room), int(inRoom.size()));
        const QString merged = dir.filePath(S("merged.roundtable"));
        QStringList mergeArgs {S("merge"), merged};
        mergeArgs += joined;
        QCOMPARE(rt::test::runCli(mergeArgs), 0);
        const QJsonObject fromFiles = dumpOf(merged);
        if (fromFiles != room) {
            QFile a(QDir::temp().filePath(S("room-host.json"))),
                b(QDir::temp().filePath(S("room-merged.json")));
            a.open(QIODevice::WriteOnly), b.open(QIODevice::WriteOnly);
            a.write(QJsonDocument(room).toJson()), b.write(QJsonDocument(fromFiles).toJson());
        }
        QCOMPARE(fromFiles, room);

        // The laptop that never joined: merged by file with the room, the same as with every laptop.
        const QString withOffline = dir.filePath(S("with-offline.roundtable"));
        const QString everyone = dir.filePath(S("everyone.roundtable"));
        QCOMPARE(rt::test::runCli({S("merge"), withOffline, hostFile, dir.filePath(S("t9.roundtable"))}), 0);
        QCOMPARE(rt::test::runCli(QStringList {S("merge"), everyone} + joined
                                  + QStringList {dir.filePath(S("t9.roundtable"))}),
                 0);
        const QJsonObject a = dumpOf(withOffline), b = dumpOf(everyone);
        QCOMPARE(noteIds(a), noteIds(b));
        QCOMPARE(laptops[Tables].committed.size(), 40);
        QVERIFY(noteIds(a).contains(laptops[Tables].committed));
    }
};

QTEST_GUILESS_MAIN(TestRoom)
#include "test_room.moc"
