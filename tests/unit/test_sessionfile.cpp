// SPDX-License-Identifier: GPL-3.0-or-later
// The session file contract: every bad file is refused with its own message and left byte for
// byte as it was; a good file is locked, migrated after a backup, and closed as a single file.
#include "TestSupport.h"
#include "session/Document.h"
#include "session/SessionFile.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>
#include <cstdio>
#include <unistd.h>

using namespace rt;

namespace {

QVariantMap vm(std::initializer_list<std::pair<const char*, QVariant>> values)
{
    QVariantMap m;
    for (const auto& [k, v] : values)
        m.insert(QString::fromLatin1(k), v);
    return m;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

/** A prompt, a table and @p notes notes: enough pages that truncation cuts real data. */
bool populate(Store* s, int notes)
{
    const qint64 p = s->insert(
        Kind::Prompt,
        vm({{"key", QStringLiteral("matters")}, {"question", QStringLiteral("What matters to us?")}}));
    const qint64 t = s->insert(Kind::Table, vm({{"number", 1}, {"topic", QStringLiteral("Carers")}}));
    if (!p || !t)
        return false;
    Store::Transaction tx(*s);
    for (int i = 0; i < notes; ++i) {
        const QString text
            = QStringLiteral("Note %1: carers need a single point of contact, ").arg(i).repeated(4);
        if (!s->insert(Kind::Note, vm({{"table_id", t}, {"prompt_id", p}, {"text", text}})))
            return false;
    }
    return tx.commit();
}

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

/** Opens a file with plain SQLite, outside Roundtable, to look at what is really there. */
struct RawDb
{
    explicit RawDb(const QString& path)
        : name(QStringLiteral("raw-%1").arg(QRandomGenerator::global()->generate()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawDb() { QSqlDatabase::removeDatabase(name); }
    QVariant scalar(const QString& sql) const
    {
        QSqlQuery q(QSqlDatabase::database(name));
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }
    bool exec(const QString& sql) const
    {
        QSqlQuery q(QSqlDatabase::database(name));
        return q.exec(sql);
    }
    void close() const { QSqlDatabase::database(name).close(); }
    QString name;
};

constexpr int NoteCount = 300;

/** In a child process (see main): opens the file for writing, adds a note, says so, waits. */
int holdSession(const QString& path)
{
    Document d;
    if (SessionError e = d.open(path)) {
        std::printf("error %s\n", qPrintable(e.message));
        return 1;
    }
    const Row table = d.store()->rows(Kind::Table).value(0);
    const Row prompt = d.store()->rows(Kind::Prompt).value(0);
    d.store()->insert(Kind::Note,
                      vm({{"table_id", table.id},
                          {"prompt_id", prompt.id},
                          {"text", QStringLiteral("written by the other process")}}));
    std::printf("locked %lld\n", qint64(QCoreApplication::applicationPid()));
    std::fflush(stdout);
    while (std::getchar() != EOF) { }
    return 0;
}

} // namespace

class TestSessionFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_real; ///< a populated, closed session file; never modified

    QString freshDir()
    {
        static int n = 0;
        const QString dir = m_tmp.filePath(QStringLiteral("case%1").arg(++n));
        QDir().mkpath(dir);
        return dir;
    }
    QString copyOfReal(const QString& dir, const QString& name = QStringLiteral("session.roundtable"))
    {
        const QString path = dir + QLatin1Char('/') + name;
        QFile::copy(m_real, path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_real = m_tmp.filePath(QStringLiteral("real.roundtable"));
        Document d;
        const SessionError e = d.create(m_real);
        QVERIFY2(!e, qPrintable(e.message));
        QVERIFY(populate(d.store(), NoteCount));
        d.close();
        QVERIFY(QFileInfo(m_real).size() > 40 * 4096);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");

        const QByteArray real = readAll(m_real);
        QVERIFY(!real.isEmpty());
        QByteArray garbage(8192, Qt::Uninitialized);
        QRandomGenerator rng(42);
        for (char& c : garbage)
            c = char(rng.bounded(256));
        garbage[0] = 'G'; // never the SQLite magic by accident

        QTest::newRow("0 bytes") << QByteArray() << int(SessionError::Empty)
                                 << QStringLiteral("is empty (0 bytes)");
        QTest::newRow("garbage") << garbage << int(SessionError::NotSQLite)
                                 << QStringLiteral("it is not an SQLite database");
        QTest::newRow("text file") << QByteArray("title,date\nSeminar,2023-07-21\n")
                                   << int(SessionError::NotSQLite)
                                   << QStringLiteral("it is not an SQLite database");

        QByteArray magicThenGarbage = QByteArray("SQLite format 3", 16) + garbage;
        QTest::newRow("SQLite magic then garbage") << magicThenGarbage << int(SessionError::Corrupt)
                                                   << QStringLiteral("unknown file format version");

        QByteArray headerThenGarbage = real.left(100) + garbage.repeated(real.size() / garbage.size() + 1);
        headerThenGarbage.truncate(real.size());
        QTest::newRow("real header then garbage pages")
            << headerThenGarbage << int(SessionError::Corrupt) << QStringLiteral("is damaged");

        QTest::newRow("truncated in header") << real.left(50) << int(SessionError::Truncated)
                                             << QStringLiteral("only 50 byte(s) of its header remain");
        for (int percent : {10, 50, 90}) {
            QTest::addRow("truncated at %d%%", percent)
                << real.left(real.size() * percent / 100) << int(SessionError::Truncated)
                << QStringLiteral("is truncated");
        }
        QByteArray pageCut = real.left(real.size() - 4096);
        QTest::newRow("truncated at a page boundary")
            << pageCut << int(SessionError::Truncated) << QStringLiteral("of the %1 bytes").arg(real.size());

        QByteArray newer = real;
        qToBigEndian<quint32>(quint32(SessionFile::currentSchemaVersion() + 1), newer.data() + 60);
        QTest::newRow("newer schema") << newer << int(SessionError::Newer)
                                      << QStringLiteral("made by a newer Roundtable (schema version %1")
                                             .arg(SessionFile::currentSchemaVersion() + 1);

        QByteArray readVersion3 = real;
        readVersion3[18] = 3;
        readVersion3[19] = 3;
        QTest::newRow("read version 3")
            << readVersion3 << int(SessionError::Corrupt) << QStringLiteral("unknown file format version");

        // Another application's SQLite databases, made with plain QSQLITE.
        for (qint32 appId : {0, 0x46697265}) {
            const QString path = m_tmp.filePath(QStringLiteral("foreign-%1.db").arg(appId));
            {
                RawDb raw(path);
                QVERIFY(raw.exec(QStringLiteral("CREATE TABLE bookmarks (url TEXT, title TEXT)")));
                QVERIFY(
                    raw.exec(QStringLiteral("INSERT INTO bookmarks VALUES ('https://example.org', 'x')")));
                QVERIFY(raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(appId)));
                raw.close();
            }
            QTest::addRow("foreign database, application_id %d", appId)
                << readAll(path) << int(SessionError::Foreign)
                << QStringLiteral("another application's SQLite database");
        }
    }

    void refused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        QFETCH(QString, reason);
        const QString dir = freshDir();
        const QString path = dir + QStringLiteral("/bad.roundtable");
        QVERIFY(writeAll(path, bytes));
        const QByteArray before = test::fileHash(path);

        for (auto mode : {SessionFile::Mode::ReadWrite, SessionFile::Mode::ReadOnly}) {
            SessionFile f;
            const SessionError e = f.open(path, mode);
            QCOMPARE(int(e.code), code);
            QVERIFY2(e.message.contains(QDir::toNativeSeparators(path)), qPrintable(e.message));
            QVERIFY2(e.message.contains(reason), qPrintable(e.message));
            QVERIFY(!e.message.contains(QLatin1Char('\n')));
            QVERIFY(!f.isOpen());
        }
        // The document layer passes the same refusal on.
        Document d;
        QCOMPARE(int(d.open(path).code), code);
        QVERIFY(!d.isOpen());

        // Nothing written: same bytes, and no lock, journal, WAL or backup left beside it.
        QCOMPARE(test::fileHash(path), before);
        QCOMPARE(entries(dir), QStringList {QStringLiteral("bad.roundtable")});

        // inspect() finds every refusal that the header alone can show.
        if (code != SessionError::Corrupt || reason.contains(QLatin1String("format version")))
            QCOMPARE(int(SessionFile::inspect(path).code), code);
    }

    void missingPathCreatesNothing()
    {
        const QString dir = freshDir();
        const QString path = dir + QStringLiteral("/typo.roundtable");
        for (auto mode : {SessionFile::Mode::ReadWrite, SessionFile::Mode::ReadOnly}) {
            SessionFile f;
            const SessionError e = f.open(path, mode);
            QCOMPARE(e.code, SessionError::Missing);
            QCOMPARE(e.message, QStringLiteral("%1 does not exist.").arg(QDir::toNativeSeparators(path)));
        }
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(entries(dir).isEmpty());
    }

    void unreadable()
    {
        if (::geteuid() == 0)
            QSKIP("running as root: root can read a chmod 000 file");
        const QString dir = freshDir();
        const QString path = copyOfReal(dir);
        const QByteArray before = test::fileHash(path);
        QVERIFY(QFile::setPermissions(path, {}));
        SessionFile f;
        const SessionError e = f.open(path, SessionFile::Mode::ReadOnly);
        QCOMPARE(e.code, SessionError::Unreadable);
        QVERIFY(e.message.contains(QStringLiteral("permission denied")));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        QCOMPARE(test::fileHash(path), before);
    }

    void readOnlyFile()
    {
        const QString dir = freshDir();
        const QString path = copyOfReal(dir);
        const QByteArray before = test::fileHash(path);
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));

        SessionFile f;
        const SessionError e = f.open(path, SessionFile::Mode::ReadWrite);
        QCOMPARE(e.code, SessionError::ReadOnlyFile);
        QVERIFY2(e.message.contains(QStringLiteral("it can be opened read-only")), qPrintable(e.message));

        // The offered read-only view works, and refuses edits.
        Document d;
        const SessionError ro = d.open(path, SessionFile::Mode::ReadOnly);
        QVERIFY2(!ro, qPrintable(ro.message));
        QVERIFY(d.isReadOnly());
        QCOMPARE(d.store()->count(Kind::Note), NoteCount);
        QSignalSpy refused(&d, &Document::refused);
        QVERIFY(!d.store()->insert(Kind::Table, vm({{"number", 9}})));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(d.store()->count(Kind::Table), 1);
        d.close();

        QCOMPARE(test::fileHash(path), before);
        QCOMPARE(entries(dir), QStringList {QStringLiteral("session.roundtable")});
    }

    void lockedInThisProcess()
    {
        const QString dir = freshDir();
        const QString path = copyOfReal(dir);
        SessionFile first;
        QVERIFY(!first.open(path, SessionFile::Mode::ReadWrite));
        SessionFile second;
        const SessionError e = second.open(path, SessionFile::Mode::ReadWrite);
        QCOMPARE(e.code, SessionError::Locked);
        QVERIFY2(e.message.contains(QStringLiteral("process %1").arg(QCoreApplication::applicationPid())),
                 qPrintable(e.message));
        QVERIFY(e.message.contains(QStringLiteral("it can be opened read-only")));
        // ... and the read-only view it is offered works while the first one edits.
        Document view;
        QVERIFY(!view.open(path, SessionFile::Mode::ReadOnly));
        QCOMPARE(view.store()->count(Kind::Note), NoteCount);
        view.close();
        first.close();
        QVERIFY(!second.open(path, SessionFile::Mode::ReadWrite));
    }

    void lockedByAnotherProcess()
    {
        const QString dir = freshDir();
        const QString path = copyOfReal(dir);

        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RT_TEST_HOLD_SESSION"), path);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        QVERIFY(child.waitForReadyRead(20000));
        const QByteArray line = child.readLine().trimmed();
        QVERIFY2(line.startsWith("locked "), line.constData());
        const QByteArray childPid = line.mid(7);

        SessionFile f;
        const SessionError e = f.open(path, SessionFile::Mode::ReadWrite);
        QCOMPARE(e.code, SessionError::Locked);
        QVERIFY2(e.message.contains(QStringLiteral("process %1").arg(QString::fromLatin1(childPid))),
                 qPrintable(e.message));

        // The read-only view sees what the other process committed.
        {
            Document view;
            QVERIFY(!view.open(path, SessionFile::Mode::ReadOnly));
            QCOMPARE(view.store()->count(Kind::Note), NoteCount + 1);
        }

        // The other Roundtable crashes: its lock is stale (its process is gone) and is
        // reclaimed, and its committed note survived the crash.
        child.kill();
        QVERIFY(child.waitForFinished());
        Document d;
        const SessionError after = d.open(path);
        QVERIFY2(!after, qPrintable(after.message));
        QCOMPARE(d.store()->count(Kind::Note), NoteCount + 1);
        QCOMPARE(d.store()->rows(Kind::Note).last().str(QStringLiteral("text")),
                 QStringLiteral("written by the other process"));
        QCOMPARE(SessionFile::inspect(path).code, SessionError::None);
    }

    void releasedWhenOtherProcessCloses()
    {
        const QString dir = freshDir();
        const QString path = copyOfReal(dir);
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RT_TEST_HOLD_SESSION"), path);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForReadyRead(20000));
        QVERIFY(child.readLine().startsWith("locked"));
        SessionFile f;
        QCOMPARE(f.open(path, SessionFile::Mode::ReadWrite).code, SessionError::Locked);
        child.closeWriteChannel(); // the other Roundtable closes the file
        QVERIFY(child.waitForFinished(20000));
        QCOMPARE(child.exitCode(), 0);
        // It left one file, no lock, and we can take it over.
        QCOMPARE(entries(dir), QStringList {QStringLiteral("session.roundtable")});
        QVERIFY(!f.open(path, SessionFile::Mode::ReadWrite));
    }

    void createThenCloseGivesOneFile()
    {
        const QString dir = freshDir();
        const QString path = dir + QStringLiteral("/new.roundtable");
        Document d;
        QVERIFY(!d.create(path));
        QCOMPARE(int(d.create(path).code), int(SessionError::Exists)); // create() closes first
        QVERIFY(!d.open(path));
        QVERIFY(populate(d.store(), 10));
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".lock")));
        QCOMPARE(readAll(path).at(18), char(2)); // WAL while open
        d.close();

        QCOMPARE(entries(dir), QStringList {QStringLiteral("new.roundtable")});
        const QByteArray h = readAll(path);
        QCOMPARE(qFromBigEndian<qint32>(h.constData() + 68), SessionFile::ApplicationId);
        QCOMPARE(qFromBigEndian<qint32>(h.constData() + 60), SessionFile::currentSchemaVersion());
        QCOMPARE(int(h.at(18)), 1); // rollback journal: one self-contained file
        QCOMPARE(int(h.at(19)), 1);
        RawDb raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("delete"));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM note")).toInt(), 10);
        raw.close();
    }

    void createWithoutAnApplicationVersion()
    {
        // Tests and tools that never call setApplicationVersion() must still create files.
        const QString saved = QCoreApplication::applicationVersion();
        QCoreApplication::setApplicationVersion(QString());
        const auto restore = qScopeGuard([&] { QCoreApplication::setApplicationVersion(saved); });
        const QString path = freshDir() + QStringLiteral("/versionless.roundtable");
        SessionFile f;
        const SessionError e = f.create(path);
        QVERIFY2(!e, qPrintable(e.message));
        f.close();
        RawDb raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'created_with'")).toString(),
                 QStringLiteral("unknown"));
        raw.close();
    }

    void createRefusesExistingFile()
    {
        const QString dir = freshDir();
        const QString path = copyOfReal(dir);
        const QByteArray before = test::fileHash(path);
        SessionFile f;
        const SessionError e = f.create(path);
        QCOMPARE(e.code, SessionError::Exists);
        QVERIFY(e.message.contains(QStringLiteral("already exists")));
        QCOMPARE(test::fileHash(path), before);
    }

    void migratesAfterBackup()
    {
        const QString dir = freshDir();
        const QString path = dir + QStringLiteral("/old.roundtable");
        QVERIFY(!SessionFile::createAtVersion(path, 1));
        {
            RawDb raw(path);
            QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
            QVERIFY(!raw.exec(QStringLiteral("SELECT language FROM event")));
            QVERIFY(raw.exec(QStringLiteral("UPDATE event SET title = 'Old seminar'")));
            raw.close();
        }
        const QByteArray original = readAll(path);

        // A read-only view migrates a private copy and leaves the file alone.
        {
            Document view;
            QVERIFY(!view.open(path, SessionFile::Mode::ReadOnly));
            QCOMPARE(view.store()->row(Kind::Event, 1).str(QStringLiteral("language")), QStringLiteral("en"));
        }
        QCOMPARE(readAll(path), original);
        QCOMPARE(entries(dir), QStringList {QStringLiteral("old.roundtable")});

        Document d;
        const SessionError e = d.open(path);
        QVERIFY2(!e, qPrintable(e.message));
        const Row event = d.store()->row(Kind::Event, 1);
        QCOMPARE(event.str(QStringLiteral("title")), QStringLiteral("Old seminar"));
        QCOMPARE(event.str(QStringLiteral("language")), QStringLiteral("en"));
        d.close();

        const QString backup = path + QStringLiteral(".v1.bak");
        QCOMPARE(readAll(backup), original);
        QCOMPARE(qFromBigEndian<qint32>(readAll(path).constData() + 60), SessionFile::currentSchemaVersion());
        QCOMPARE(entries(dir),
                 (QStringList {QStringLiteral("old.roundtable"), QStringLiteral("old.roundtable.v1.bak")}));

        // Opening again migrates nothing and makes no second backup.
        QVERIFY(!d.open(path));
        d.close();
        QCOMPARE(entries(dir).size(), 2);
    }

    void migratesFromSchema4WithAnswersShownAndResultsLive()
    {
        // A file from before moderation: its votes and polls open as they were, every answer
        // shown and every poll's results live, and the new fields can then be edited.
        const QString dir = freshDir();
        const QString path = dir + QStringLiteral("/v4.roundtable");
        QVERIFY(!SessionFile::createAtVersion(path, 4));
        {
            RawDb raw(path);
            QVERIFY(!raw.exec(QStringLiteral("SELECT hidden FROM vote")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO poll (id, position, question, kind, state) VALUES "
                                            "(7, 0, 'Ideas?', 'open', 'open')")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO vote (id, poll_id, device, answer) VALUES (9, 7, "
                                            "'p1', '{\"text\":\"buses\"}')")));
            raw.close();
        }
        Document d;
        const SessionError e = d.open(path);
        QVERIFY2(!e, qPrintable(e.message));
        QCOMPARE(d.store()->row(Kind::Poll, 7).str(QStringLiteral("reveal")), QStringLiteral("live"));
        const Row vote = d.store()->row(Kind::Vote, 9);
        QCOMPARE(vote.str(QStringLiteral("answer")), QStringLiteral("{\"text\":\"buses\"}"));
        QVERIFY(!vote.flag(QStringLiteral("hidden")));
        QVERIFY(d.store()->update(Kind::Vote, 9, QStringLiteral("hidden"), true));
        QVERIFY(d.store()->update(Kind::Poll, 7, QStringLiteral("reveal"), QStringLiteral("closed")));
        d.close();
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".v4.bak")));
        QVERIFY(!d.open(path));
        QVERIFY(d.store()->row(Kind::Vote, 9).flag(QStringLiteral("hidden")));
        QCOMPARE(d.store()->row(Kind::Poll, 7).str(QStringLiteral("reveal")), QStringLiteral("closed"));
        d.close();
        // The schema refuses what the file cannot mean.
        RawDb raw(path);
        QVERIFY(!raw.exec(QStringLiteral("UPDATE poll SET reveal = 'later'")));
        QVERIFY(!raw.exec(QStringLiteral("UPDATE vote SET hidden = 2")));
    }

    void pollRolesAndNextStepsMigrate_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("schema 4") << 4;
        QTest::newRow("schema 5") << 5;
    }

    void pollRolesAndNextStepsMigrate()
    {
        // A file from before roles: its polls are "other", the next steps and export settings empty,
        // and every poll, place link and vote is still there.
        QFETCH(int, version);
        const QString dir = freshDir();
        const QString path = dir + QStringLiteral("/old.roundtable");
        QVERIFY(!SessionFile::createAtVersion(path, version));
        {
            RawDb raw(path);
            QVERIFY(!raw.exec(QStringLiteral("SELECT role FROM poll")));
            QVERIFY(
                raw.exec(QStringLiteral("INSERT INTO place (id, position, name) VALUES (7, 0, 'Luton')")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO poll (id, position, question, kind, place_id) "
                                            "VALUES (3, 0, 'Cohorts?', 'multi', 7)")));
            raw.close();
        }
        Document d;
        const SessionError e = d.open(path);
        QVERIFY2(!e, qPrintable(e.message));
        const Row poll = d.store()->row(Kind::Poll, 3);
        QCOMPARE(poll.str(QStringLiteral("question")), QStringLiteral("Cohorts?"));
        QCOMPARE(poll.ref(QStringLiteral("place_id")), 7);
        QCOMPARE(poll.str(QStringLiteral("role")), QStringLiteral("other"));
        const Row event = d.store()->row(Kind::Event, 1);
        QCOMPARE(event.str(QStringLiteral("next_steps")), QString());
        QCOMPARE(event.str(QStringLiteral("export_settings")), QString());
        // The new column takes only the roles the pack knows.
        QVERIFY(d.store()->update(Kind::Poll, 3, QStringLiteral("role"), QStringLiteral("priorities")));
        QVERIFY(!d.store()->update(Kind::Poll, 3, QStringLiteral("role"), QStringLiteral("agenda")));
        QCOMPARE(d.store()->row(Kind::Poll, 3).str(QStringLiteral("role")), QStringLiteral("priorities"));
        d.close();
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".v%1.bak").arg(version)));
    }

    void roomTextMigrates()
    {
        // A file from before room text: its agenda as it was, nothing shown to the room of its own
        // (the projector uses the built-in line), and the new field can be edited.
        const QString dir = freshDir();
        const QString path = dir + QStringLiteral("/v7.roundtable");
        QVERIFY(!SessionFile::createAtVersion(path, 7));
        {
            RawDb raw(path);
            QVERIFY(!raw.exec(QStringLiteral("SELECT room_text FROM agenda_item")));
            QVERIFY(raw.exec(
                QStringLiteral("INSERT INTO agenda_item (id, position, title, kind, guidance) VALUES "
                               "(4, 0, 'Arrival', 'arrival', 'Check the laptops')")));
            raw.close();
        }
        Document d;
        const SessionError e = d.open(path);
        QVERIFY2(!e, qPrintable(e.message));
        const Row item = d.store()->row(Kind::AgendaItem, 4);
        QCOMPARE(item.str(QStringLiteral("guidance")), QStringLiteral("Check the laptops"));
        QCOMPARE(item.str(QStringLiteral("room_text")), QString());
        QVERIFY(
            d.store()->update(Kind::AgendaItem, 4, QStringLiteral("room_text"), QStringLiteral("Welcome!")));
        d.close();
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".v7.bak")));
        QVERIFY(!d.open(path));
        QCOMPARE(d.store()->row(Kind::AgendaItem, 4).str(QStringLiteral("room_text")),
                 QStringLiteral("Welcome!"));
    }

    void migratesWithItsWal()
    {
        // An old file left by a crash: its last change is only in its -wal. The backup made
        // before the upgrade is the whole old session, on its own.
        const QString dir = freshDir();
        const QString path = dir + QStringLiteral("/crashed.roundtable");
        const QString old = dir + QStringLiteral("/writer.roundtable");
        QVERIFY(!SessionFile::createAtVersion(old, 1));
        {
            RawDb raw(old);
            QVERIFY(raw.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
            QVERIFY(raw.exec(QStringLiteral("UPDATE event SET title = 'Only in the wal'")));
            QVERIFY(QFile::copy(old + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
            QVERIFY(QFile::copy(old, path));
            raw.close();
        }
        Document d;
        const SessionError e = d.open(path);
        QVERIFY2(!e, qPrintable(e.message));
        QCOMPARE(d.store()->row(Kind::Event, 1).str(QStringLiteral("title")),
                 QStringLiteral("Only in the wal"));
        d.close();
        const QString backup = path + QStringLiteral(".v1.bak");
        QVERIFY(!QFileInfo::exists(backup + QStringLiteral("-wal")));
        RawDb raw(backup);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT title FROM event")).toString(),
                 QStringLiteral("Only in the wal"));
        raw.close();
    }

    void migratesAfterBackupOnNetworkFolder()
    {
        // A network folder is edited through a local copy; the upgrade must still leave the
        // old file's backup beside the user's file, since the copy is written back over it.
        qputenv("RT_FORCE_LOCAL_COPY", "1");
        const auto restore = qScopeGuard([] { qunsetenv("RT_FORCE_LOCAL_COPY"); });
        const QString dir = freshDir();
        const QString path = dir + QStringLiteral("/old.roundtable");
        QVERIFY(!SessionFile::createAtVersion(path, 1));
        const QByteArray original = readAll(path);
        Document d;
        QVERIFY(!d.open(path));
        QVERIFY(d.file().usesLocalCopy());
        d.close();
        QCOMPARE(readAll(path + QStringLiteral(".v1.bak")), original);
        QCOMPARE(qFromBigEndian<qint32>(readAll(path).constData() + 60), SessionFile::currentSchemaVersion());
    }

    void saveCopyHoldsTheSameRows()
    {
        const QString dir = freshDir();
        const QString path = copyOfReal(dir);
        const QString copy = dir + QStringLiteral("/copy.roundtable");
        Document d;
        QVERIFY(!d.open(path));
        d.store()->update(Kind::Event, 1, QStringLiteral("title"), QStringLiteral("Copied"));
        const SessionError e = d.file().saveCopy(copy);
        QVERIFY2(!e, qPrintable(e.message));
        const QList<Row> notes = d.store()->rows(Kind::Note);
        d.close();

        QCOMPARE(SessionFile::inspect(copy).code, SessionError::None);
        Document c;
        QVERIFY(!c.open(copy, SessionFile::Mode::ReadOnly));
        QCOMPARE(c.store()->row(Kind::Event, 1).str(QStringLiteral("title")), QStringLiteral("Copied"));
        const QList<Row> copied = c.store()->rows(Kind::Note);
        QCOMPARE(copied.size(), notes.size());
        for (int i = 0; i < notes.size(); ++i) {
            QCOMPARE(copied[i].id, notes[i].id);
            QCOMPARE(copied[i].position, notes[i].position);
            QCOMPARE(copied[i].values, notes[i].values);
        }
        c.close();
        // No staging folder left behind.
        QCOMPARE(QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), 2);

        // A copy can be saved from a read-only view too.
        Document view;
        QVERIFY(!view.open(path, SessionFile::Mode::ReadOnly));
        QVERIFY(!view.file().saveCopy(dir + QStringLiteral("/copy2.roundtable")));
        view.close();
        QCOMPARE(SessionFile::inspect(dir + QStringLiteral("/copy2.roundtable")).code, SessionError::None);
    }

    void saveCopyOverTheOpenFileIsRefused()
    {
        // "Save a copy" onto the open session itself would replace the live database under
        // SQLite's feet; it must be refused and leave the session working.
        const QString dir = freshDir();
        const QString path = copyOfReal(dir);
        Document d;
        QVERIFY(!d.open(path));
        QVERIFY(d.store()->update(Kind::Event, 1, QStringLiteral("title"), QStringLiteral("Still here")));
        const QString sameFileOtherSpelling = dir + QStringLiteral("/./session.roundtable");
        for (const QString& target : {path, sameFileOtherSpelling}) {
            const SessionError e = d.file().saveCopy(target);
            QCOMPARE(e.code, SessionError::Exists);
            QVERIFY2(e.message.contains(QStringLiteral("is the open session")), qPrintable(e.message));
        }
        QVERIFY(d.store()->update(Kind::Event, 1, QStringLiteral("venue"), QStringLiteral("Hall")));
        d.close();
        Document again;
        QVERIFY(!again.open(path, SessionFile::Mode::ReadOnly));
        QCOMPARE(again.store()->row(Kind::Event, 1).str(QStringLiteral("title")),
                 QStringLiteral("Still here"));
        QCOMPARE(again.store()->row(Kind::Event, 1).str(QStringLiteral("venue")), QStringLiteral("Hall"));
        QCOMPARE(again.store()->count(Kind::Note), NoteCount);
    }

    void networkFolderEditsAreWrittenBack()
    {
        qputenv("RT_FORCE_LOCAL_COPY", "1");
        const auto restore = qScopeGuard([] { qunsetenv("RT_FORCE_LOCAL_COPY"); });
        const QString dir = freshDir();
        const QString path = copyOfReal(dir);
        const QByteArray before = test::fileHash(path);
        Document d;
        QVERIFY(!d.open(path));
        QVERIFY(d.file().usesLocalCopy());
        QVERIFY(d.store()->update(Kind::Event, 1, QStringLiteral("title"), QStringLiteral("Written back")));
        // Nothing touches the shared file while editing (SQLite never runs on it) ...
        QCOMPARE(test::fileHash(path), before);
        QCOMPARE(
            entries(dir),
            (QStringList {QStringLiteral("session.roundtable"), QStringLiteral("session.roundtable.lock")}));
        d.close();
        // ... and on close it is replaced by a single, complete file.
        QVERIFY(test::fileHash(path) != before);
        QCOMPARE(entries(dir), QStringList {QStringLiteral("session.roundtable")});
        qunsetenv("RT_FORCE_LOCAL_COPY");
        Document again;
        QVERIFY(!again.open(path, SessionFile::Mode::ReadOnly));
        QVERIFY(!again.file().usesLocalCopy());
        QCOMPARE(again.store()->row(Kind::Event, 1).str(QStringLiteral("title")),
                 QStringLiteral("Written back"));
        QCOMPARE(again.store()->count(Kind::Note), NoteCount);
    }

    void networkFolderGoneKeepsTheEdits()
    {
        // The share disappears while editing: the write-back on close fails. The edits must
        // survive in the local copy, and the message must say where it is.
        qputenv("RT_FORCE_LOCAL_COPY", "1");
        const auto restore = qScopeGuard([] { qunsetenv("RT_FORCE_LOCAL_COPY"); });
        const QString dir = freshDir();
        const QString path = copyOfReal(dir);
        const QByteArray before = test::fileHash(path);
        Document d;
        QVERIFY(!d.open(path));
        QVERIFY(d.store()->update(Kind::Event, 1, QStringLiteral("title"), QStringLiteral("Typed offline")));
        QVERIFY(QDir().rename(dir, dir + QStringLiteral("-unmounted")));
        QSignalSpy told(&d, &Document::refused);
        d.close();
        QCOMPARE(told.count(), 1);
        QCOMPARE(told.first().first().toString(), d.file().closeError().message);
        const SessionError e = d.file().closeError();
        QCOMPARE(e.code, SessionError::Io);
        QVERIFY2(e.message.contains(QStringLiteral("could not write the edits back")), qPrintable(e.message));
        const QString kept = e.detail;
        QVERIFY2(e.message.contains(QDir::toNativeSeparators(kept)), qPrintable(e.message));
        QVERIFY(QFileInfo::exists(kept));
        QCOMPARE(SessionFile::inspect(kept).code, SessionError::None);
        qunsetenv("RT_FORCE_LOCAL_COPY");
        {
            Document rescued;
            QVERIFY(!rescued.open(kept, SessionFile::Mode::ReadOnly));
            QCOMPARE(rescued.store()->row(Kind::Event, 1).str(QStringLiteral("title")),
                     QStringLiteral("Typed offline"));
            QCOMPARE(rescued.store()->count(Kind::Note), NoteCount);
        }
        QFile::remove(kept);
        QCOMPARE(test::fileHash(dir + QStringLiteral("-unmounted/session.roundtable")), before);
    }

    void twoViewsOfAnOldFileEachHaveTheirOwnCopy()
    {
        // Read-only views of an older file work on private migrated copies; two at once must
        // not share (and delete) one working file.
        const QString dir = freshDir();
        const QString path = dir + QStringLiteral("/old.roundtable");
        QVERIFY(!SessionFile::createAtVersion(path, 1));
        const QStringList tempBefore = QDir::temp().entryList({QStringLiteral("roundtable-*")}, QDir::Files);
        Document a, b;
        QVERIFY(!a.open(path, SessionFile::Mode::ReadOnly));
        QVERIFY(!b.open(path, SessionFile::Mode::ReadOnly));
        QStringList temps
            = QDir::temp().entryList({QStringLiteral("roundtable-*old.roundtable")}, QDir::Files);
        for (const QString& t : tempBefore)
            temps.removeAll(t);
        QCOMPARE(temps.size(), 2);
        a.close();
        QCOMPARE(b.store()->row(Kind::Event, 1).str(QStringLiteral("language")), QStringLiteral("en"));
        QVERIFY(QFileInfo::exists(QDir::temp().filePath(temps.last()))
                || QFileInfo::exists(QDir::temp().filePath(temps.first())));
        b.close();
        QStringList left = QDir::temp().entryList({QStringLiteral("roundtable-*")}, QDir::Files);
        for (const QString& t : tempBefore)
            left.removeAll(t);
        QCOMPARE(left, QStringList());
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("RT_TEST_HOLD_SESSION"))
        return holdSession(qEnvironmentVariable("RT_TEST_HOLD_SESSION"));
    TestSessionFile tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "test_sessionfile.moc"
