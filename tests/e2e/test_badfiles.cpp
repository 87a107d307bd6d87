// SPDX-License-Identifier: GPL-3.0-or-later
// The generated bad-file corpus against every command that reads session files or JSON: each bad
// input is refused with one line naming the file and its own reason, the input's bytes are
// unchanged, and no output is left behind.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace rt;

namespace {
QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}
QByteArray withBig32(QByteArray bytes, int at, quint32 value)
{
    qToBigEndian(value, bytes.data() + at);
    return bytes;
}
QByteArray flipped(QByteArray bytes, int at, int bit)
{
    bytes[at] = char(bytes[at] ^ (1 << bit));
    return bytes;
}
} // namespace

class TestBadFiles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sessionCorpus_data();
    void sessionCorpus();
    void jsonCorpus_data();
    void jsonCorpus();

private:
    QTemporaryDir m_dir;
    QByteArray m_good;
    QByteArray m_json;
    QString m_goodPath;
};

void TestBadFiles::initTestCase()
{
    m_goodPath = m_dir.filePath(QStringLiteral("good.roundtable"));
    QCOMPARE(test::runCli({QStringLiteral("new"), QStringLiteral("--template"),
                           QStringLiteral("sample-session"), m_goodPath}),
             0);
    m_good = readAll(m_goodPath);
    QVERIFY(m_good.size() > 4096);
    QVERIFY(test::runCli({QStringLiteral("dump"), m_goodPath}, &m_json) == 0);
}

void TestBadFiles::sessionCorpus_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason"); // a word the message must contain
    const QByteArray& g = m_good;
    QTest::newRow("0-byte") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("garbage") << QByteArray(8192, '\x5a') << QStringLiteral("not an SQLite database");
    QTest::newRow("text") << QByteArray("Table 1, What matters to us?\nPeer support\n")
                          << QStringLiteral("not an SQLite database");
    for (int percent : {10, 50, 90}) {
        QTest::newRow(qPrintable(QStringLiteral("truncated %1%").arg(percent)))
            << g.left(g.size() * percent / 100) << QStringLiteral("truncated");
    }
    QTest::newRow("header only") << g.left(100) << QStringLiteral("truncated");
    QTest::newRow("magic bit flip") << flipped(g, 3, 2) << QStringLiteral("not an SQLite database");
    QTest::newRow("read-version flip") << flipped(g, 19, 1) << QStringLiteral("damaged");
    QTest::newRow("page-size flip") << flipped(g, 16, 0) << QStringLiteral("damaged");
    QTest::newRow("page-count flip") << flipped(g, 30, 6) << QStringLiteral("truncated");
    QTest::newRow("application-id flip") << flipped(g, 70, 3) << QStringLiteral("another application");
    QTest::newRow("foreign application id")
        << withBig32(g, 68, 0x4b505843) << QStringLiteral("another application");
    QTest::newRow("no application id") << withBig32(g, 68, 0) << QStringLiteral("another application");
    QTest::newRow("newer schema") << withBig32(g, 60, 99) << QStringLiteral("newer Roundtable");
    QTest::newRow("schema-version high bit") << flipped(g, 60, 7) << QStringLiteral("newer Roundtable");
    // Damage inside the b-tree pages, past the header: SQLite's own checks must catch it.
    QByteArray pages = g;
    for (int i = 4096; i < pages.size(); i += 61)
        pages[i] = char(pages[i] ^ 0xa5);
    QTest::newRow("pages scrambled") << pages << QStringLiteral("damaged");
}

void TestBadFiles::sessionCorpus()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const QString bad = m_dir.filePath(
        QStringLiteral("bad %1.roundtable")
            .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char('%'), QLatin1Char('p'))));
    writeAll(bad, bytes);
    const QByteArray hash = test::fileHash(bad);
    const QString name = QFileInfo(bad).fileName();
    struct Case
    {
        QStringList args;
        QString output; // must not exist afterwards
    };
    const QString out = m_dir.filePath(QStringLiteral("out"));
    const QList<Case> cases = {
        {{QStringLiteral("info"), bad}, {}},
        {{QStringLiteral("info"), QStringLiteral("--json"), bad}, {}},
        {{QStringLiteral("dump"), bad}, {}},
        {{QStringLiteral("export"), bad, QStringLiteral("--format"), QStringLiteral("md"),
          QStringLiteral("-o"), out + QStringLiteral(".md")},
         out + QStringLiteral(".md")},
        {{QStringLiteral("merge"), out + QStringLiteral(".roundtable"), m_goodPath, bad},
         out + QStringLiteral(".roundtable")},
    };
    for (const Case& c : cases) {
        QByteArray stdoutBytes, stderrBytes;
        const int rc = test::runCli(c.args, &stdoutBytes, &stderrBytes);
        const QString message = QString::fromUtf8(stderrBytes).trimmed();
        const QString what = c.args.first();
        QVERIFY2(rc != 0, qPrintable(QStringLiteral("%1 accepted the bad file").arg(what)));
        QVERIFY2(!message.contains(QLatin1Char('\n')),
                 qPrintable(QStringLiteral("%1: more than one line: %2").arg(what, message)));
        QVERIFY2(message.contains(name),
                 qPrintable(QStringLiteral("%1: the message does not name the file: %2").arg(what, message)));
        QVERIFY2(
            message.contains(reason, Qt::CaseInsensitive),
            qPrintable(QStringLiteral("%1: expected the reason '%2' in: %3").arg(what, reason, message)));
        QCOMPARE(test::fileHash(bad), hash);
        if (!c.output.isEmpty())
            QVERIFY2(!QFileInfo::exists(c.output),
                     qPrintable(QStringLiteral("%1 left %2 behind").arg(what, c.output)));
    }
    QVERIFY(!QFileInfo::exists(bad + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(bad + QStringLiteral("-journal")));
    QFile::remove(bad);
}

void TestBadFiles::jsonCorpus_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    const QByteArray& j = m_json;
    QTest::newRow("0-byte") << QByteArray() << QStringLiteral("JSON");
    QTest::newRow("garbage") << QByteArray(4096, '\x07') << QStringLiteral("JSON");
    QTest::newRow("a session file") << m_good << QStringLiteral("JSON");
    for (int percent : {10, 50, 90})
        QTest::newRow(qPrintable(QStringLiteral("truncated %1%").arg(percent)))
            << j.left(j.size() * percent / 100) << QStringLiteral("JSON");
    QTest::newRow("array") << QByteArray("[1, 2, 3]") << QStringLiteral("object");
    QTest::newRow("wrong format") << QByteArray(j).replace("roundtable-session", "other-format")
                                  << QStringLiteral("format");
    QTest::newRow("newer version") << QByteArray(j).replace("\"version\": 1", "\"version\": 7")
                                   << QStringLiteral("version");
    // String escapes the JSON parser would turn into other text: refused, with the path.
    const auto escaped = [&j](const char* escape) {
        return QByteArray(j).replace("\"prompt\": \"", QByteArray("\"prompt\": \"") + escape);
    };
    QTest::newRow("lone surrogate") << escaped("A\\ud800x")
                                    << QStringLiteral("tables[0].notes[0].prompt: invalid string escape "
                                                      "\\ud800 (a lone surrogate)");
    QTest::newRow("short \\u escape")
        << escaped("\\u12") << QStringLiteral("tables[0].notes[0].prompt: invalid string escape \\u12");
    QTest::newRow("unknown escape") << escaped("\\q")
                                    << QStringLiteral("tables[0].notes[0].prompt: invalid string escape \\q");
}

void TestBadFiles::jsonCorpus()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const QString json = m_dir.filePath(QStringLiteral("bad.json"));
    writeAll(json, bytes);
    const QByteArray hash = test::fileHash(json);
    const QString out = m_dir.filePath(QStringLiteral("loaded.roundtable"));
    QByteArray stderrBytes;
    QVERIFY(test::runCli({QStringLiteral("load"), json, out}, nullptr, &stderrBytes) != 0);
    const QString message = QString::fromUtf8(stderrBytes).trimmed();
    QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
    QVERIFY2(message.contains(reason, Qt::CaseInsensitive),
             qPrintable(QStringLiteral("expected '%1' in: %2").arg(reason, message)));
    QVERIFY(!QFileInfo::exists(out));
    QCOMPARE(test::fileHash(json), hash);
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*loaded*")}, QDir::Files | QDir::Hidden),
             QStringList());
}

QTEST_GUILESS_MAIN(TestBadFiles)
#include "test_badfiles.moc"
