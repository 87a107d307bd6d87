// SPDX-License-Identifier: GPL-3.0-or-later
// No command writes over its input, an open session, or any session file; new files appear
// atomically or not at all (issue 13). Runs as any user: everything lives in a temporary folder.
#include "TestSupport.h"
#include "session/Document.h"
#include "session/OutputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace rt;
using rt::test::fileHash;
using rt::test::runCli;

namespace {
QString S(const char* s)
{
    return QString::fromUtf8(s);
}

QStringList lines(const QByteArray& err)
{
    return QString::fromUtf8(err).trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QStringList entries(const QString& dir)
{
    QStringList all
        = QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    all.sort();
    return all;
}
} // namespace

class TestOutputs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void exportOntoItsInput_data();
    void exportOntoItsInput();
    void csvExportOntoItsInput();
    void defaultOutputIsTheInput();
    void screenshotOntoASession();
    void exportOntoALinkToItsInput_data();
    void exportOntoALinkToItsInput();
    void exportOntoADevice();
    void exportOntoAFifo();
    void exportOntoAnotherSession_data();
    void exportOntoAnotherSession();
    void exportOntoAForeignDatabase();
    void exportOntoALiveDatabase();
    void exportOntoABrokenLink();
    void exportReplacesAnOrdinaryFile();
    void newFilesNeverReplaceAnything();
    void concurrentLoadsOneWins();
    void readOnlyFolderSaysPermissionDenied();
    void saveCopyOntoSessions();
    void openSessionRegistry();
    void publishNewNeverReplaces();

private:
    /** A fresh copy of the sample session in a new folder. */
    QString freshSession(const QString& name);
    QString work() const { return m_work; }

    QTemporaryDir m_dir;
    QString m_pristine;
    QString m_json;
    QString m_work;
    int m_round = 0;
};

void TestOutputs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pristine = m_dir.filePath(S("pristine.roundtable"));
    QByteArray err;
    QCOMPARE(runCli({S("new"), S("--template"), S("health-employment-seminar"), m_pristine}, nullptr, &err),
             0);
    QByteArray dump;
    QCOMPARE(runCli({S("dump"), m_pristine}, &dump), 0);
    m_json = m_dir.filePath(S("pristine.json"));
    QFile f(m_json);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(dump);
}

void TestOutputs::init()
{
    m_work = m_dir.filePath(S("round%1").arg(++m_round));
    QVERIFY(QDir().mkpath(m_work));
}

QString TestOutputs::freshSession(const QString& name)
{
    const QString path = QDir(m_work).filePath(name);
    if (!QFile::copy(m_pristine, path))
        return {};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

void TestOutputs::exportOntoItsInput_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("pdf") << S("pdf");
    QTest::newRow("pptx") << S("pptx");
    QTest::newRow("md") << S("md");
}

void TestOutputs::exportOntoItsInput()
{
    QFETCH(QString, format);
    const QString s = freshSession(S("s.roundtable"));
    const QByteArray before = fileHash(s);
    QByteArray out, err;
    QVERIFY(runCli({S("export"), s, S("--format"), format, S("-o"), s}, &out, &err) != 0);
    QCOMPARE(fileHash(s), before);
    const QStringList said = lines(err);
    QCOMPARE(said.size(), 1);
    QVERIFY2(said.first().contains(S("s.roundtable")), err.constData());
    QCOMPARE(entries(work()), QStringList {S("s.roundtable")});
}

void TestOutputs::csvExportOntoItsInput()
{
    // CSV writes OUT-notes.csv and OUT-actions.csv: a session that happens to carry that name.
    const QString s = freshSession(S("t-notes.csv"));
    const QByteArray before = fileHash(s);
    QByteArray err;
    QVERIFY(runCli({S("export"), s, S("--format"), S("csv"), S("-o"), QDir(work()).filePath(S("t.csv"))},
                   nullptr, &err)
            != 0);
    QCOMPARE(fileHash(s), before);
    QCOMPARE(lines(err).size(), 1);
    QVERIFY2(err.contains("t-notes.csv"), err.constData());
    // Neither file of the pair was written.
    QCOMPARE(entries(work()), QStringList {S("t-notes.csv")});
}

void TestOutputs::defaultOutputIsTheInput()
{
    // A session named x.pdf: the default output of a PDF export is the session itself.
    const QString s = freshSession(S("x.pdf"));
    const QByteArray before = fileHash(s);
    QByteArray err;
    QVERIFY(runCli({S("export"), s, S("--format"), S("pdf")}, nullptr, &err) != 0);
    QCOMPARE(fileHash(s), before);
    QCOMPARE(lines(err).size(), 1);
    QVERIFY2(err.contains("x.pdf"), err.constData());
    QCOMPARE(entries(work()), QStringList {S("x.pdf")});
}

void TestOutputs::screenshotOntoASession()
{
    const QString s = freshSession(S("s.roundtable"));
    const QString other = freshSession(S("other.roundtable"));
    const QByteArray before = fileHash(s);
    const QByteArray otherBefore = fileHash(other);
    QByteArray err;
    QVERIFY(runCli({S("screenshot"), s, S("--view"), S("agenda"), S("-o"), s}, nullptr, &err) != 0);
    QCOMPARE(lines(err).size(), 1);
    QVERIFY2(err.contains("s.roundtable"), err.constData());
    QVERIFY(runCli({S("screenshot"), s, S("--view"), S("agenda"), S("-o"), other}, nullptr, &err) != 0);
    QVERIFY2(err.contains("other.roundtable"), err.constData());
    QCOMPARE(fileHash(s), before);
    QCOMPARE(fileHash(other), otherBefore);
    QCOMPARE(entries(work()), (QStringList {S("other.roundtable"), S("s.roundtable")}));
}

void TestOutputs::exportOntoALinkToItsInput_data()
{
    QTest::addColumn<bool>("hard");
    QTest::newRow("hard link") << true;
    QTest::newRow("symlink") << false;
}

void TestOutputs::exportOntoALinkToItsInput()
{
    QFETCH(bool, hard);
    const QString s = freshSession(S("s.roundtable"));
    const QString link = QDir(work()).filePath(S("pack.pdf"));
    if (hard)
        QCOMPARE(::link(QFile::encodeName(s).constData(), QFile::encodeName(link).constData()), 0);
    else
        QVERIFY(QFile::link(s, link));
    const QByteArray before = fileHash(s);
    for (const QString& format : {S("pdf"), S("md")}) {
        QByteArray err;
        QVERIFY(runCli({S("export"), s, S("--format"), format, S("-o"), link}, nullptr, &err) != 0);
        QCOMPARE(lines(err).size(), 1);
        QVERIFY2(err.contains("pack.pdf"), err.constData());
        QCOMPARE(fileHash(s), before);
    }
    QCOMPARE(QFileInfo(link).isSymLink(), !hard);
    QCOMPARE(entries(work()), (QStringList {S("pack.pdf"), S("s.roundtable")}));
}

void TestOutputs::exportOntoADevice()
{
    struct stat st;
    if (::stat("/dev/full", &st) != 0 || !S_ISCHR(st.st_mode))
        QSKIP("no /dev/full here");
    const QString s = freshSession(S("s.roundtable"));
    QByteArray err;
    QVERIFY(
        runCli({S("export"), s, S("--format"), S("md"), S("-o"), S("/dev/full")}, nullptr, &err, {}, 30000)
        != 0);
    QCOMPARE(lines(err).size(), 1);
    QVERIFY2(err.contains("/dev/full"), err.constData());
    struct stat after;
    QCOMPARE(::stat("/dev/full", &after), 0);
    QVERIFY(S_ISCHR(after.st_mode));
    QCOMPARE(after.st_rdev, st.st_rdev);
}

void TestOutputs::exportOntoAFifo()
{
    const QString s = freshSession(S("s.roundtable"));
    const QString fifo = QDir(work()).filePath(S("pipe.md"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QByteArray err;
    const int rc = runCli({S("export"), s, S("--format"), S("md"), S("-o"), fifo}, nullptr, &err, {}, 30000);
    QVERIFY2(rc != -3, "the export hung on a pipe");
    QVERIFY(rc != 0);
    QCOMPARE(lines(err).size(), 1);
    QVERIFY2(err.contains("pipe.md"), err.constData());
    struct stat st;
    QCOMPARE(::lstat(QFile::encodeName(fifo).constData(), &st), 0);
    QVERIFY(S_ISFIFO(st.st_mode));
    // The guard itself, with a writer holding the pipe open nowhere: never blocks.
    QVERIFY(!files::checkTarget(fifo).isEmpty());
}

void TestOutputs::exportOntoAnotherSession_data()
{
    exportOntoItsInput_data();
}

void TestOutputs::exportOntoAnotherSession()
{
    QFETCH(QString, format);
    const QString s = freshSession(S("s.roundtable"));
    const QString other = freshSession(S("other.") + format); // a session, whatever its name
    const QByteArray before = fileHash(other);
    QByteArray err;
    QVERIFY(runCli({S("export"), s, S("--format"), format, S("-o"), other}, nullptr, &err) != 0);
    QCOMPARE(fileHash(other), before);
    QCOMPARE(lines(err).size(), 1);
    QVERIFY2(err.contains("other.") && err.contains("session"), err.constData());
}

void TestOutputs::exportOntoAForeignDatabase()
{
    const QString s = freshSession(S("s.roundtable"));
    const QString db = QDir(work()).filePath(S("other.md"));
    {
        QFile f(db);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray bytes("SQLite format 3", 16);
        bytes.append(QByteArray(4080, '\0'));
        f.write(bytes);
    }
    const QByteArray before = fileHash(db);
    QByteArray err;
    QVERIFY(runCli({S("export"), s, S("--format"), S("md"), S("-o"), db}, nullptr, &err) != 0);
    QCOMPARE(fileHash(db), before);
    QVERIFY2(err.contains("other.md") && err.contains("SQLite"), err.constData());
}

void TestOutputs::exportOntoALiveDatabase()
{
    // An empty file whose -wal is beside it: a database being created or in use.
    const QString s = freshSession(S("s.roundtable"));
    const QString target = QDir(work()).filePath(S("live.md"));
    QFile(target).open(QIODevice::WriteOnly);
    QFile wal(target + S("-wal"));
    QVERIFY(wal.open(QIODevice::WriteOnly));
    wal.write("wal");
    wal.close();
    QByteArray err;
    QVERIFY(runCli({S("export"), s, S("--format"), S("md"), S("-o"), target}, nullptr, &err) != 0);
    QVERIFY2(err.contains("live.md"), err.constData());
    QCOMPARE(QFileInfo(target).size(), 0);
}

void TestOutputs::exportOntoABrokenLink()
{
    const QString s = freshSession(S("s.roundtable"));
    const QString dangling = QDir(work()).filePath(S("gone.md"));
    QVERIFY(QFile::link(QDir(work()).filePath(S("nowhere.md")), dangling));
    const QString loop = QDir(work()).filePath(S("loop.md"));
    QVERIFY(QFile::link(loop, loop));
    for (const QString& target : {dangling, loop}) {
        QByteArray err;
        QVERIFY(runCli({S("export"), s, S("--format"), S("md"), S("-o"), target}, nullptr, &err) != 0);
        QCOMPARE(lines(err).size(), 1);
        QVERIFY2(err.contains(QFileInfo(target).fileName().toUtf8()), err.constData());
        QVERIFY(QFileInfo(target).isSymLink());
    }
    QVERIFY(!QFileInfo::exists(QDir(work()).filePath(S("nowhere.md"))));
}

void TestOutputs::exportReplacesAnOrdinaryFile()
{
    // Last week's pack is an ordinary file: it is replaced, atomically, and nothing is left over.
    const QString s = freshSession(S("s.roundtable"));
    const QString old = QDir(work()).filePath(S("s.md"));
    {
        QFile f(old);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("last week\n");
    }
    const QByteArray before = fileHash(s);
    QByteArray out, err;
    QCOMPARE(runCli({S("export"), s, S("--format"), S("md")}, &out, &err), 0);
    QVERIFY(!fileHash(old).isEmpty());
    QFile f(old);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll() != "last week\n");
    QCOMPARE(fileHash(s), before);
    QCOMPARE(entries(work()), (QStringList {S("s.md"), S("s.roundtable")}));
}

void TestOutputs::newFilesNeverReplaceAnything()
{
    const QString s = freshSession(S("s.roundtable"));
    const QString other = freshSession(S("other.roundtable"));
    const QByteArray before = fileHash(s);
    const QByteArray otherBefore = fileHash(other);
    const QString plain = QDir(work()).filePath(S("notes.txt"));
    {
        QFile f(plain);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("mine");
    }
    const QString dangling = QDir(work()).filePath(S("dangling.roundtable"));
    QVERIFY(QFile::link(QDir(work()).filePath(S("absent.roundtable")), dangling));
    const QList<QStringList> attempts {
        {S("merge"), s, s, other}, // OUT is an input
        {S("merge"), other, s}, // OUT is another session
        {S("merge"), plain, s}, // OUT is any existing file
        {S("merge"), dangling, s}, // OUT is a broken link
        {S("load"), m_json, other},    {S("load"), m_json, s}, {S("load"), m_json, plain},
        {S("load"), m_json, dangling}, {S("new"), other},      {S("new"), plain},
        {S("new"), dangling},
    };
    for (const QStringList& args : attempts) {
        QByteArray err;
        QVERIFY2(runCli(args, nullptr, &err) != 0, qPrintable(args.join(QLatin1Char(' '))));
        QCOMPARE(lines(err).size(), 1);
        QVERIFY2(err.contains("already exists"), err.constData());
        QVERIFY2(!err.contains(".partial") && !err.contains(".merging"), err.constData());
    }
    QCOMPARE(fileHash(s), before);
    QCOMPARE(fileHash(other), otherBefore);
    QCOMPARE(fileHash(plain), fileHash(plain)); // still readable
    QFile f(plain);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("mine"));
    QVERIFY(QFileInfo(dangling).isSymLink());
    QCOMPARE(
        entries(work()),
        (QStringList {S("dangling.roundtable"), S("notes.txt"), S("other.roundtable"), S("s.roundtable")}));
}

void TestOutputs::concurrentLoadsOneWins()
{
    // Two JSONs that differ in the event title, so the winner's result can be recognised.
    QFile in(m_json);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(in.readAll()).object();
    QStringList sources;
    for (const QString& title : {S("Contender A"), S("Contender B")}) {
        QJsonObject event = json.value(S("event")).toObject();
        event.insert(S("title"), title);
        json.insert(S("event"), event);
        const QString path = QDir(work()).filePath(title.right(1) + S(".json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(json).toJson());
        sources << path;
    }
    const QString folder = QDir(work()).filePath(S("race"));
    QVERIFY(QDir().mkpath(folder));
    const int rounds = qEnvironmentVariableIntValue("RT_RACE_ROUNDS") > 0
        ? qEnvironmentVariableIntValue("RT_RACE_ROUNDS")
        : 40;
    QStringList expected;
    for (int round = 0; round < rounds; ++round) {
        const QString target = QDir(folder).filePath(S("race%1.roundtable").arg(round));
        QProcess a, b;
        a.start(qEnvironmentVariable("RT_BINARY"), {S("load"), sources[0], target});
        b.start(qEnvironmentVariable("RT_BINARY"), {S("load"), sources[1], target});
        QVERIFY(a.waitForFinished(60000));
        QVERIFY(b.waitForFinished(60000));
        const bool aWon = a.exitStatus() == QProcess::NormalExit && a.exitCode() == 0;
        const bool bWon = b.exitStatus() == QProcess::NormalExit && b.exitCode() == 0;
        QVERIFY2(aWon != bWon,
                 qPrintable(S("round %1: exactly one load must win (a %2, b %3)")
                                .arg(round)
                                .arg(a.exitCode())
                                .arg(b.exitCode())));
        const QByteArray loserSaid = (aWon ? b : a).readAllStandardError();
        QVERIFY2(loserSaid.contains("already exists") && loserSaid.contains("race"), loserSaid.constData());
        QVERIFY2(!loserSaid.contains(".partial"), loserSaid.constData());
        QByteArray dump;
        QCOMPARE(runCli({S("dump"), target}, &dump), 0);
        const QJsonObject result = QJsonDocument::fromJson(dump).object();
        QCOMPARE(result.value(S("event")).toObject().value(S("title")).toString(),
                 aWon ? S("Contender A") : S("Contender B"));
        expected << QFileInfo(target).fileName();
    }
    expected.sort();
    QCOMPARE(entries(folder), expected); // no temporary file, journal or lock left behind
}

void TestOutputs::readOnlyFolderSaysPermissionDenied()
{
    if (::geteuid() == 0)
        QSKIP("root writes anywhere; run this suite as an ordinary user too");
    const QString s = freshSession(S("s.roundtable"));
    const QString locked = QDir(work()).filePath(S("locked"));
    QVERIFY(QDir().mkpath(locked));
    QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
    const auto restore = qScopeGuard(
        [&] { QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner); });
    const QList<QStringList> attempts {
        {S("export"), s, S("--format"), S("md"), S("-o"), QDir(locked).filePath(S("pack.md"))},
        {S("export"), s, S("--format"), S("csv"), S("-o"), QDir(locked).filePath(S("pack.csv"))},
        {S("load"), m_json, QDir(locked).filePath(S("new.roundtable"))},
        {S("new"), QDir(locked).filePath(S("new.roundtable"))},
        {S("merge"), QDir(locked).filePath(S("merged.roundtable")), s},
    };
    for (const QStringList& args : attempts) {
        QByteArray err;
        QVERIFY2(runCli(args, nullptr, &err) != 0, qPrintable(args.join(QLatin1Char(' '))));
        const QStringList said = lines(err);
        QCOMPARE(said.size(), 1);
        // The user's own file name and a reason: never an internal temporary name, never empty.
        QVERIFY2(said.first().contains(S("permission denied")) && said.first().contains(S("locked")),
                 err.constData());
        QVERIFY2(!err.contains(".partial") && !err.contains(".merging") && !err.contains(": ."),
                 err.constData());
    }
    QCOMPARE(entries(locked), QStringList {});
}

void TestOutputs::saveCopyOntoSessions()
{
    const QString s = freshSession(S("s.roundtable"));
    const QString other = freshSession(S("other.roundtable"));
    Document doc;
    QVERIFY(!doc.open(s, SessionFile::Mode::ReadWrite));
    const QByteArray otherBefore = fileHash(other);
    const QString link = QDir(work()).filePath(S("link.roundtable"));
    QVERIFY(QFile::link(s, link));
    for (const QString& target : {s, link, other}) {
        const SessionError e = doc.file().saveCopy(target);
        QVERIFY2(e, qPrintable(target));
        QVERIFY2(e.message.contains(QFileInfo(target).fileName()), qPrintable(e.message));
        QVERIFY2(!e.message.contains(S("\n")), qPrintable(e.message));
    }
    QCOMPARE(fileHash(other), otherBefore);
    QVERIFY(QFileInfo(link).isSymLink());
    // An ordinary new name works, and the copy is a session.
    const QString copy = QDir(work()).filePath(S("copy.roundtable"));
    const SessionError ok = doc.file().saveCopy(copy);
    QVERIFY2(!ok, qPrintable(ok.message));
    QVERIFY(!SessionFile::inspect(copy));
    doc.close();
    QStringList left = entries(work());
    QCOMPARE(
        left,
        (QStringList {S("copy.roundtable"), S("link.roundtable"), S("other.roundtable"), S("s.roundtable")}));
}

void TestOutputs::openSessionRegistry()
{
    // A file open in this process is refused by identity, whatever name reaches it.
    const QString path = QDir(work()).filePath(S("open.md"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("text");
    }
    const QString hard = QDir(work()).filePath(S("alias.md"));
    QCOMPARE(::link(QFile::encodeName(path).constData(), QFile::encodeName(hard).constData()), 0);
    QVERIFY(files::checkTarget(hard).isEmpty());
    files::registerOpenSession(path);
    files::registerOpenSession(path);
    QVERIFY(files::checkTarget(hard).contains(S("open")));
    files::unregisterOpenSession(path);
    QVERIFY(!files::checkTarget(path).isEmpty()); // still open once
    files::unregisterOpenSession(path);
    QVERIFY(files::checkTarget(hard).isEmpty());
    // Inputs are compared by identity too.
    QVERIFY(files::checkTarget(hard, {path}).contains(S("alias.md")));
    QVERIFY(!files::checkTarget(QDir(work()).filePath(S("no/such/folder/x.md"))).isEmpty());
    QVERIFY(files::checkTarget(QDir(work()).filePath(S("new.md"))).isEmpty());
}

void TestOutputs::publishNewNeverReplaces()
{
    const QString target = QDir(work()).filePath(S("taken.roundtable"));
    {
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("first");
    }
    const QString temp = QDir(work()).filePath(S(".taken.tmp"));
    for (const char* extra : {"", "-wal", ".lock"}) {
        QFile f(temp + QLatin1String(extra));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("second");
    }
    QString error;
    QVERIFY(!files::publishNew(temp, target, &error));
    QVERIFY2(error.contains(S("taken.roundtable")) && error.contains(S("already exists")), qPrintable(error));
    QVERIFY(!error.contains(S(".tmp")));
    QFile f(target);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("first"));
    QCOMPARE(entries(work()), QStringList {S("taken.roundtable")});
    // And onto a free name it publishes.
    {
        QFile t(temp);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write("third");
    }
    const QString free = QDir(work()).filePath(S("free.roundtable"));
    QVERIFY2(files::publishNew(temp, free, &error), qPrintable(error));
    QCOMPARE(entries(work()), (QStringList {S("free.roundtable"), S("taken.roundtable")}));
}

QTEST_MAIN(TestOutputs)
#include "test_outputs.moc"
