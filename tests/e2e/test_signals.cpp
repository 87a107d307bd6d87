// SPDX-License-Identifier: GPL-3.0-or-later
// The window ends like Quit on SIGTERM, SIGHUP (a logout) and SIGINT, even from under a modal
// dialog: the real binary, offscreen, exits 0 and leaves its session as one file (no -wal, no
// -shm) without its lock, and the file passes integrity_check.
#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <sys/types.h>

using namespace rt;

namespace {
QString S(const char* text)
{
    return QString::fromUtf8(text);
}

/** Waits up to @p ms for @p done, keeping the child's output flowing. */
template<typename Done> bool waitFor(QProcess& p, Done done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms || p.state() == QProcess::NotRunning)
            return done();
        p.waitForReadyRead(50);
    }
    return true;
}

QString integrity(const QString& path)
{
    const QString name = S("integrity");
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(S("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(S("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(S("PRAGMA integrity_check")) && q.next())
                result = q.value(0).toString();
            else
                result = q.lastError().text();
        } else {
            result = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}
} // namespace

class TestSignals : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_runs = 0;

    /** A fresh session file made by the CLI. */
    QString newSession()
    {
        const QString path = m_dir.filePath(S("session%1.roundtable").arg(++m_runs));
        if (test::runCli({S("new"), S("--template"), S("sample-session"), path}) != 0)
            return {};
        return path;
    }

    /** Starts the window on @p file with its own settings folder (the user's stay untouched). */
    void start(QProcess& p, const QString& file, const QString& modal = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString home = m_dir.filePath(S("home%1").arg(m_runs));
        QDir().mkpath(home);
        env.insert(S("XDG_CONFIG_HOME"), home + S("/config"));
        env.insert(S("XDG_DATA_HOME"), home + S("/data"));
        env.insert(S("XDG_CACHE_HOME"), home + S("/cache"));
        env.insert(S("QT_QPA_PLATFORM"), S("offscreen"));
        if (!modal.isEmpty())
            env.insert(S("RT_TEST_MODAL"), modal);
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("RT_BINARY"), {file});
    }

    /** Sends @p signal and checks the exit and what is left beside @p file. */
    void expectCleanExit(QProcess& p, const QString& file, int signal)
    {
        QVERIFY(::kill(pid_t(p.processId()), signal) == 0);
        QVERIFY2(p.waitForFinished(10000), "the window did not quit within 10 seconds");
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 0, err.constData());
        for (const char* extra : {"-wal", "-shm", ".lock", "-journal"})
            QVERIFY2(!QFile::exists(file + S(extra)), qPrintable(file + S(extra) + S(" was left behind")));
        QCOMPARE(integrity(file), S("ok"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(qEnvironmentVariable("RT_BINARY")),
                 "RT_BINARY must name the roundtable binary");
    }

    void quitsCleanlyOnSignal_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGHUP (logout)") << int(SIGHUP);
        QTest::newRow("SIGINT (Ctrl+C)") << int(SIGINT);
    }
    void quitsCleanlyOnSignal()
    {
        QFETCH(int, signal);
        const QString file = newSession();
        QVERIFY(!file.isEmpty());
        QProcess p;
        start(p, file);
        QVERIFY(p.waitForStarted());
        // Opened: the lock and the WAL are there (the test would prove nothing otherwise).
        const auto opened
            = [&] { return QFile::exists(file + S(".lock")) && QFile::exists(file + S("-wal")); };
        QVERIFY2(waitFor(p, opened, 30000), p.readAllStandardError().constData());
        expectCleanExit(p, file, signal);
    }

    void quitsFromUnderAModalDialog()
    {
        const QString file = newSession();
        QVERIFY(!file.isEmpty());
        QProcess p;
        start(p, file, S("event")); // the event details dialog opens, modal, over the session
        QVERIFY(p.waitForStarted());
        QByteArray out;
        QVERIFY2(waitFor(
                     p,
                     [&] {
                         out += p.readAllStandardOutput();
                         return out.contains("modal: ");
                     },
                     30000),
                 p.readAllStandardError().constData());
        QVERIFY2(out.contains("modal: rt::EventDialog"), out.constData());
        QVERIFY(QFile::exists(file + S(".lock")));
        expectCleanExit(p, file, SIGTERM);
    }

    void quitsWhileAskingBeforeTheLoopRuns()
    {
        // Another instance holds the lock: the window asks (a modal box, before its event loop
        // runs) whether to open the session read-only. A logout then must still end it, and the
        // file, still locked by the other instance, is not changed.
        const QString file = newSession();
        QVERIFY(!file.isEmpty());
        const QByteArray hash = test::fileHash(file);
        QLockFile other(file + S(".lock"));
        QVERIFY(other.tryLock(0));
        QProcess p;
        start(p, file, S("watch"));
        QVERIFY(p.waitForStarted());
        QByteArray out;
        QVERIFY2(waitFor(
                     p,
                     [&] {
                         out += p.readAllStandardOutput();
                         return out.contains("modal: ");
                     },
                     30000),
                 p.readAllStandardError().constData());
        QVERIFY(::kill(pid_t(p.processId()), SIGHUP) == 0);
        QVERIFY2(p.waitForFinished(10000), "the window did not quit within 10 seconds");
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(test::fileHash(file), hash);
        QVERIFY(!QFile::exists(file + S("-wal")));
        other.unlock();
    }
};

QTEST_GUILESS_MAIN(TestSignals)
#include "test_signals.moc"
