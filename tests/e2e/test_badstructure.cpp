// SPDX-License-Identifier: GPL-3.0-or-later
// Session files with the right header but the wrong inside (a dropped or retyped table, a foreign
// view or trigger, an orphan, a driver cycle, bad JSON, an index that lost a row), files that are
// not files at all (a pipe, a device, a link loop), and a -wal that belongs to another database.
// Every command refuses each with one line naming the file and its reason, at once, and leaves
// the file and everything beside it exactly as it was.
#include "TestSupport.h"
#include "session/SessionFile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <unistd.h>

using namespace rt;

namespace {
int connections = 0;

/** Runs @p statements on @p path in one fresh connection, foreign keys off, as an attacker would. */
bool tamper(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("tamper-%1").arg(++connections);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString& sql : statements) {
            if (ok && !q.exec(sql)) {
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QStringList listing(const QString& dir)
{
    QStringList out;
    const QFileInfoList entries = QDir(dir).entryInfoList(
        QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
    for (const QFileInfo& e : entries)
        out << QStringLiteral("%1 %2").arg(e.fileName()).arg(e.isFile() ? e.size() : -1);
    return out;
}

const QString Pre = QStringLiteral("PRAGMA foreign_keys = OFF");

int notesIn(const QByteArray& infoJson)
{
    return QJsonDocument::fromJson(infoJson).object().value(QStringLiteral("notes")).toInt(-1);
}

int notesInDump(const QByteArray& dump)
{
    int n = 0;
    const QJsonArray tables
        = QJsonDocument::fromJson(dump).object().value(QStringLiteral("tables")).toArray();
    for (const QJsonValue& t : tables)
        n += int(t.toObject().value(QStringLiteral("notes")).toArray().size());
    return n;
}
} // namespace

class TestBadStructure : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void structure_data();
    void structure();
    void damagedIndexIsFound();
    void notAFile_data();
    void notAFile();
    void foreignWalLeavesEverythingAsItWas();
    void readOnlyCommandsCreateNothingBesideAWal();
    void refusedUpgradeLeavesNoBackup();
    void countsAgreeEverywhere();

private:
    /** A fresh copy of the sample session in its own folder. */
    QString freshCopy(const QString& name);
    /** Every command refuses @p bad with @p reason; the folder is as it was. */
    void expectRefused(const QString& bad, const QString& reason);

    QTemporaryDir m_dir;
    QString m_goodPath;
    int m_copies = 0;
};

void TestBadStructure::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_goodPath = m_dir.filePath(QStringLiteral("good.roundtable"));
    QCOMPARE(test::runCli({QStringLiteral("new"), QStringLiteral("--template"),
                           QStringLiteral("sample-session"), m_goodPath}),
             0);
}

QString TestBadStructure::freshCopy(const QString& name)
{
    const QString folder = m_dir.filePath(QStringLiteral("case-%1").arg(++m_copies));
    QDir().mkpath(folder);
    const QString path = folder + QLatin1Char('/') + name + QStringLiteral(".roundtable");
    QFile::copy(m_goodPath, path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

void TestBadStructure::expectRefused(const QString& bad, const QString& reason)
{
    const QString folder = QFileInfo(bad).absolutePath();
    const QStringList before = listing(folder);
    const QByteArray hash = QFileInfo(bad).isFile() ? test::fileHash(bad) : QByteArray();
    const QString out = m_dir.filePath(QStringLiteral("out-%1").arg(m_copies));
    const QList<QStringList> commands = {
        {QStringLiteral("info"), bad},
        {QStringLiteral("info"), QStringLiteral("--json"), bad},
        {QStringLiteral("dump"), bad},
        {QStringLiteral("export"), bad, QStringLiteral("--format"), QStringLiteral("md"),
         QStringLiteral("-o"), out + QStringLiteral(".md")},
        {QStringLiteral("merge"), out + QStringLiteral(".roundtable"), m_goodPath, bad},
    };
    const QString name = QFileInfo(bad).fileName();
    for (const QStringList& args : commands) {
        QByteArray err;
        QElapsedTimer clock;
        clock.start();
        const int rc = test::runCli(args, nullptr, &err, {}, 20000);
        const QString message = QString::fromUtf8(err).trimmed();
        const QString what = args.first();
        QVERIFY2(clock.elapsed() < 15000,
                 qPrintable(QStringLiteral("%1 took %2 ms").arg(what).arg(clock.elapsed())));
        QVERIFY2(rc != 0, qPrintable(QStringLiteral("%1 accepted the bad file").arg(what)));
        QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
        QVERIFY2(message.contains(name),
                 qPrintable(QStringLiteral("%1 does not name the file: %2").arg(what, message)));
        QVERIFY2(message.contains(reason, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("%1: expected '%2' in: %3").arg(what, reason, message)));
        QVERIFY2(!QFileInfo::exists(out + QStringLiteral(".md"))
                     && !QFileInfo::exists(out + QStringLiteral(".roundtable")),
                 qPrintable(QStringLiteral("%1 left an output behind").arg(what)));
    }
    // The window's way in: a writable open is refused the same way, and so is a read-only one.
    for (SessionFile::Mode mode : {SessionFile::Mode::ReadWrite, SessionFile::Mode::ReadOnly}) {
        SessionFile file;
        const SessionError e = file.open(bad, mode);
        QVERIFY2(e, "the library opened the bad file");
        QVERIFY2(e.message.contains(reason, Qt::CaseInsensitive), qPrintable(e.message));
    }
    if (!hash.isEmpty())
        QCOMPARE(test::fileHash(bad), hash);
    QCOMPARE(listing(folder), before);
}

void TestBadStructure::structure_data()
{
    QTest::addColumn<QStringList>("sql");
    QTest::addColumn<QString>("reason");
    QTest::newRow("note table dropped")
        << QStringList {Pre, QStringLiteral("DROP TABLE note")} << QStringLiteral("is missing");
    QTest::newRow("no tables at all") << QStringList {Pre,
                                                      QStringLiteral("DROP TABLE note"),
                                                      QStringLiteral("DROP TABLE driver"),
                                                      QStringLiteral("DROP TABLE action"),
                                                      QStringLiteral("DROP TABLE idea"),
                                                      QStringLiteral("DROP TABLE aim"),
                                                      QStringLiteral("DROP TABLE vote"),
                                                      QStringLiteral("DROP TABLE poll_option"),
                                                      QStringLiteral("DROP TABLE agenda_item"),
                                                      QStringLiteral("DROP TABLE poll"),
                                                      QStringLiteral("DROP TABLE place"),
                                                      QStringLiteral("DROP TABLE topic_table"),
                                                      QStringLiteral("DROP TABLE prompt"),
                                                      QStringLiteral("DROP TABLE source"),
                                                      QStringLiteral("DROP TABLE indicator"),
                                                      QStringLiteral("DROP TABLE indicator_column"),
                                                      QStringLiteral("DROP TABLE event"),
                                                      QStringLiteral("DROP TABLE meta")}
                                      << QStringLiteral("is missing");
    QTest::newRow("notes of a missing table")
        << QStringList {Pre,
                        QStringLiteral("DELETE FROM topic_table WHERE id = (SELECT min(table_id) FROM note)")}
        << QStringLiteral("does not exist");
    QTest::newRow("driver is its own parent")
        << QStringList {Pre,
                        QStringLiteral(
                            "UPDATE driver SET parent_id = id WHERE id = (SELECT min(id) FROM driver)")}
        << QStringLiteral("cycle");
    QTest::newRow("two drivers in a cycle")
        << QStringList {Pre,
                        QStringLiteral("UPDATE driver SET parent_id = (SELECT max(id) FROM driver) "
                                       "WHERE id = (SELECT min(id) FROM driver)"),
                        QStringLiteral("UPDATE driver SET parent_id = (SELECT min(id) FROM driver), "
                                       "aim_id = (SELECT aim_id FROM driver ORDER BY id LIMIT 1) "
                                       "WHERE id = (SELECT max(id) FROM driver)")}
        << QStringLiteral("cycle");
    QTest::newRow("no event row") << QStringList {Pre, QStringLiteral("DELETE FROM event")}
                                  << QStringLiteral("no event details");
    QTest::newRow("text in an integer column")
        << QStringList {Pre,
                        QStringLiteral(
                            "UPDATE note SET key_point = 'yes' WHERE id = (SELECT min(id) FROM note)")}
        << QStringLiteral("wrong type");
    QTest::newRow("text where a number belongs")
        << QStringList {Pre, QStringLiteral("PRAGMA ignore_check_constraints = ON"),
                        QStringLiteral(
                            "UPDATE idea SET impact = 'high' WHERE id = (SELECT min(id) FROM idea)")}
        << QStringLiteral("wrong type");
    QTest::newRow("retyped column")
        << QStringList {Pre, QStringLiteral("ALTER TABLE prompt RENAME TO prompt_old"),
                        QStringLiteral("CREATE TABLE prompt (id INTEGER PRIMARY KEY, position TEXT, key "
                                       "BLOB, question BLOB)"),
                        QStringLiteral("INSERT INTO prompt SELECT * FROM prompt_old"),
                        QStringLiteral("DROP TABLE prompt_old")}
        << QStringLiteral("is not the one");
    QTest::newRow("purpose not JSON")
        << QStringList {Pre, QStringLiteral("UPDATE event SET purpose = '[\"a\", '")}
        << QStringLiteral("not valid JSON");
    QTest::newRow("vote answer not JSON")
        << QStringList {Pre,
                        QStringLiteral(
                            "UPDATE vote SET answer = '{choices' WHERE id = (SELECT min(id) FROM vote)")}
        << QStringLiteral("not valid JSON");
    QTest::newRow("indicator values not an array")
        << QStringList {Pre,
                        QStringLiteral("INSERT INTO indicator (position, vals) VALUES (99, '{\"a\": 1}')")}
        << QStringLiteral("not valid JSON");
    QTest::newRow("a view named note")
        << QStringList {Pre, QStringLiteral("ALTER TABLE note RENAME TO note_real"),
                        QStringLiteral("CREATE VIEW note AS SELECT * FROM note_real")}
        << QStringLiteral("Roundtable");
    QTest::newRow("an endless view named note")
        << QStringList {Pre, QStringLiteral("DROP TABLE note"),
                        QStringLiteral(
                            "CREATE VIEW note AS WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 "
                            "FROM r) "
                            "SELECT x AS id, 1 AS table_id, 1 AS prompt_id, x AS position, 'spin' AS text, "
                            "0 AS key_point, '' AS created, '' AS edited FROM r")}
        << QStringLiteral("is a view where Roundtable makes a table");
    QTest::newRow("a foreign trigger")
        << QStringList {Pre,
                        QStringLiteral(
                            "CREATE TRIGGER wipe AFTER INSERT ON note BEGIN "
                            "DELETE FROM note WHERE id <> NEW.id; UPDATE event SET title = 'pwned'; END")}
        << QStringLiteral("trigger");
    QTest::newRow("a foreign table") << QStringList {Pre, QStringLiteral("CREATE TABLE extra (x)")}
                                     << QStringLiteral("does not make");
    QTest::newRow("an index dropped")
        << QStringList {Pre, QStringLiteral("DROP INDEX note_scope")} << QStringLiteral("is missing");
}

void TestBadStructure::structure()
{
    QFETCH(QStringList, sql);
    QFETCH(QString, reason);
    const QString bad
        = freshCopy(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    QVERIFY(tamper(bad, sql));
    expectRefused(bad, reason);
}

void TestBadStructure::damagedIndexIsFound()
{
    // An index that lost one row: quick_check passes, the file opens, and every query through the
    // index silently misses that note. Made as the attack made it: the index rebuilt as a partial
    // index without one row, then its definition put back.
    const QString bad = freshCopy(QStringLiteral("index-lost-a-row"));
    const QString definition
        = QStringLiteral("CREATE INDEX note_scope ON note(table_id, prompt_id, position)");
    // One note's id (ids are random): the index will lose that note.
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {bad, QStringLiteral("SELECT id FROM note LIMIT 1;")});
    QVERIFY(shell.waitForFinished());
    const qint64 lost = shell.readAllStandardOutput().trimmed().toLongLong();
    QVERIFY(lost > 0);
    // Three connections of the sqlite3 shell: a changed schema is only read again by a new one.
    const QStringList steps
        = {QStringLiteral("PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = '%1 WHERE id <> %2' "
                          "WHERE name = 'note_scope';")
               .arg(definition)
               .arg(lost),
           QStringLiteral("REINDEX note_scope;"),
           QStringLiteral(
               // The stored statement ends with the migration script's line break.
               "PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = '%1' || char(10) "
               "WHERE name = 'note_scope';")
               .arg(definition)};
    for (const QString& step : steps)
        QCOMPARE(QProcess::execute(QStringLiteral("sqlite3"), {bad, step}), 0);
    expectRefused(bad, QStringLiteral("missing from index"));
}

void TestBadStructure::notAFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("fifo") << QStringLiteral("fifo") << QStringLiteral("pipe");
    QTest::newRow("device") << QStringLiteral("device") << QStringLiteral("device");
    QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("folder");
    QTest::newRow("link loop") << QStringLiteral("loop") << QStringLiteral("leads back to itself");
    QTest::newRow("dangling link") << QStringLiteral("dangling") << QStringLiteral("does not exist");
}

void TestBadStructure::notAFile()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    const QString folder = m_dir.filePath(QStringLiteral("odd-%1").arg(++m_copies));
    QDir().mkpath(folder);
    QString bad = folder + QStringLiteral("/odd.roundtable");
    const QByteArray native = QFile::encodeName(bad);
    if (kind == QLatin1String("fifo"))
        QCOMPARE(::mkfifo(native.constData(), 0600), 0);
    else if (kind == QLatin1String("device"))
        bad = QStringLiteral("/dev/zero");
    else if (kind == QLatin1String("folder"))
        QVERIFY(QDir().mkpath(bad));
    else if (kind == QLatin1String("loop"))
        QCOMPARE(::symlink("odd.roundtable", native.constData()), 0);
    else
        QCOMPARE(::symlink("gone.roundtable", native.constData()), 0);
    if (kind == QLatin1String("device")) {
        // /dev is not ours to list: check the command line only.
        QByteArray err;
        QVERIFY(test::runCli({QStringLiteral("info"), bad}, nullptr, &err, {}, 20000) != 0);
        QVERIFY2(QString::fromUtf8(err).contains(reason), err.constData());
        return;
    }
    expectRefused(bad, reason);
}

void TestBadStructure::foreignWalLeavesEverythingAsItWas()
{
    // Another database's -wal, with committed frames, beside a session.
    const QString session = freshCopy(QStringLiteral("with-foreign-wal"));
    const QString other = m_dir.filePath(QStringLiteral("other.db"));
    const QString name = QStringLiteral("other-wal");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(other);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_size = 4096")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (x)")));
        for (int i = 0; i < 50; ++i)
            QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES (randomblob(3000))")));
        // Copied while the connection still holds the frames, as a crash would leave them.
        QVERIFY(QFile::copy(other + QStringLiteral("-wal"), session + QStringLiteral("-wal")));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    const QByteArray walHash = test::fileHash(session + QStringLiteral("-wal"));
    const QByteArray hash = test::fileHash(session);
    const QString folder = QFileInfo(session).absolutePath();
    const QStringList before = listing(folder);
    for (SessionFile::Mode mode : {SessionFile::Mode::ReadWrite, SessionFile::Mode::ReadOnly}) {
        SessionFile file;
        const SessionError e = file.open(session, mode);
        if (!e) {
            file.close();
            QFAIL("a session with another database's -wal opened");
        }
        QCOMPARE(test::fileHash(session), hash);
        QCOMPARE(test::fileHash(session + QStringLiteral("-wal")), walHash);
        QCOMPARE(listing(folder), before);
    }
    QByteArray err;
    QVERIFY(test::runCli({QStringLiteral("info"), session}, nullptr, &err) != 0);
    QCOMPARE(test::fileHash(session), hash);
    QCOMPARE(listing(folder), before);
}

void TestBadStructure::readOnlyCommandsCreateNothingBesideAWal()
{
    // A session left by a killed writer: its last notes are only in the -wal.
    const QString session = freshCopy(QStringLiteral("left-by-a-crash"));
    QByteArray info;
    QCOMPARE(test::runCli({QStringLiteral("info"), QStringLiteral("--json"), session}, &info), 0);
    const int notesBefore = notesIn(info);
    QVERIFY(notesBefore > 0);
    const QString name = QStringLiteral("crashed-writer");
    const QString copyFolder = m_dir.filePath(QStringLiteral("crash-copy"));
    QDir().mkpath(copyFolder);
    const QString copy = copyFolder + QStringLiteral("/left-by-a-crash.roundtable");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(session);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO note (table_id, prompt_id, position, text) "
                                  "SELECT table_id, prompt_id, 1000, 'only in the wal' FROM note LIMIT 1")));
        QVERIFY(QFile::copy(session + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
        QVERIFY(QFile::copy(session, copy));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    const QStringList before = listing(copyFolder);
    const QByteArray hash = test::fileHash(copy);
    QByteArray out;
    QCOMPARE(test::runCli({QStringLiteral("info"), QStringLiteral("--json"), copy}, &out), 0);
    QCOMPARE(notesIn(out), notesBefore + 1);
    QCOMPARE(test::runCli({QStringLiteral("dump"), copy}, &out), 0);
    QVERIFY(out.contains("only in the wal"));
    QCOMPARE(listing(copyFolder), before);
    QCOMPARE(test::fileHash(copy), hash);
}

void TestBadStructure::refusedUpgradeLeavesNoBackup()
{
    const QString folder = m_dir.filePath(QStringLiteral("old-version"));
    QDir().mkpath(folder);
    const QString old = folder + QStringLiteral("/old.roundtable");
    QVERIFY(!SessionFile::createAtVersion(old, 1));
    QVERIFY(
        tamper(old, {QStringLiteral("CREATE TRIGGER t AFTER INSERT ON note BEGIN DELETE FROM note; END")}));
    const QStringList before = listing(folder);
    SessionFile file;
    const SessionError e = file.open(old, SessionFile::Mode::ReadWrite);
    QVERIFY(e);
    QVERIFY2(e.message.contains(QLatin1String("trigger")), qPrintable(e.message));
    QCOMPARE(listing(folder), before);
}

void TestBadStructure::countsAgreeEverywhere()
{
    QByteArray info, dump, md;
    QCOMPARE(test::runCli({QStringLiteral("info"), QStringLiteral("--json"), m_goodPath}, &info), 0);
    QCOMPARE(test::runCli({QStringLiteral("dump"), m_goodPath}, &dump), 0);
    const int notes = notesIn(info);
    QVERIFY(notes > 100);
    QCOMPARE(notesInDump(dump), notes);
    QCOMPARE(
        test::runCli({QStringLiteral("export"), m_goodPath, QStringLiteral("--format"), QStringLiteral("md"),
                      QStringLiteral("-o"), m_dir.filePath(QStringLiteral("counts.md"))}),
        0);
}

QTEST_GUILESS_MAIN(TestBadStructure)
#include "test_badstructure.moc"
