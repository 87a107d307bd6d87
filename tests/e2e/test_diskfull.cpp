// SPDX-License-Identifier: GPL-3.0-or-later
// Disk full: "Save a Copy" onto a nearly full filesystem (a small tmpfs, mounted when running as
// root) must fail with a clear message, leave the existing file at the target untouched, leave no
// half-written files behind, and leave the open session intact.
#include "TestSupport.h"
#include "interchange/IndicatorCsvWriter.h"
#include "session/Document.h"
#include "slides/Export.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace rt;

namespace {
/** Text that compresses poorly, so a zipped or compressed export cannot slip under the limit. */
QString noteText(int i)
{
    QRandomGenerator random(quint32(i) + 1);
    QStringList words;
    for (int w = 0; w < 24; ++w)
        words << QString::number(random.generate64(), 36);
    return words.join(QLatin1Char(' '));
}
} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void saveCopyOntoFullDisk();
    void exportOntoFullDisk_data();
    void exportOntoFullDisk();
    void csvExportOntoFullDisk();
    void dataPackCsvOntoFullDisk();

private:
    QStringList leftOnMount() const;

    QTemporaryDir m_dir;
    std::unique_ptr<test::SmallDisk> m_disk;
    QString m_mount;
};

void TestDiskFull::initTestCase()
{
    m_disk = std::make_unique<test::SmallDisk>(QStringLiteral("256k"));
    if (!m_disk->isMounted())
        QSKIP(qPrintable(m_disk->error()));
    m_mount = m_disk->path();
}

void TestDiskFull::cleanupTestCase()
{
    m_disk.reset();
}

void TestDiskFull::saveCopyOntoFullDisk()
{
    const QString path = m_dir.filePath(QStringLiteral("big.roundtable"));
    Document doc;
    QVERIFY(!doc.create(path));
    Store* store = doc.store();
    const qint64 prompt = store->insert(Kind::Prompt,
                                        {{QStringLiteral("key"), QStringLiteral("matters")},
                                         {QStringLiteral("question"), QStringLiteral("What matters?")}});
    const qint64 table = store->insert(Kind::Table, {{QStringLiteral("number"), 1}});
    {
        Store::Transaction tx(*store);
        for (int i = 0; i < 3000; ++i) {
            store->insert(Kind::Note,
                          {{QStringLiteral("table_id"), table},
                           {QStringLiteral("prompt_id"), prompt},
                           {QStringLiteral("text"), noteText(i)}});
        }
        QVERIFY(tx.commit());
    }
    // Something the organiser already had at the target: it must survive the failed copy.
    const QString target = m_mount + QStringLiteral("/copy.roundtable");
    {
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(100 * 1024, 'k'));
    }
    const QByteArray before = test::fileHash(target);
    const SessionError e = doc.file().saveCopy(target);
    QVERIFY2(e, "a copy larger than the free space must fail");
    QVERIFY2(e.message.contains(QStringLiteral("copy.roundtable")), qPrintable(e.message));
    QCOMPARE(test::fileHash(target), before);
    QCOMPARE(QDir(m_mount).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList {QStringLiteral("copy.roundtable")});
    // The session itself is untouched and still editable.
    QCOMPARE(store->count(Kind::Note), 3000);
    QVERIFY(store->insert(Kind::Note,
                          {{QStringLiteral("table_id"), table},
                           {QStringLiteral("prompt_id"), prompt},
                           {QStringLiteral("text"), QStringLiteral("after")}}));
    qInfo("disk full: %s", qPrintable(e.message));
}

void TestDiskFull::exportOntoFullDisk_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("pdf") << QStringLiteral("pdf");
    QTest::newRow("pptx") << QStringLiteral("pptx");
    QTest::newRow("md") << QStringLiteral("md");
}

void TestDiskFull::exportOntoFullDisk()
{
    QFETCH(QString, format);
    // The session from saveCopyOntoFullDisk holds 3,000 long notes: its pack is far over 256 KiB.
    const QString session = m_dir.filePath(QStringLiteral("big.roundtable"));
    QVERIFY(QFileInfo::exists(session));
    const QString target = m_mount + QStringLiteral("/pack.") + format;
    {
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(100 * 1024, 'p')); // last week's pack, which must survive
    }
    const QByteArray before = test::fileHash(target);
    QString error;
    QVERIFY2(!slides::exportSession(session, format, target, &error),
             "an export larger than the free space must fail");
    QVERIFY2(!error.isEmpty(), "the failure must say why");
    QVERIFY2(error.contains(QStringLiteral("the disk is full")) && error.contains(QStringLiteral("pack.")),
             qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("Unknown error")), qPrintable(error));
    QCOMPARE(test::fileHash(target), before);
    QStringList left = QDir(m_mount).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    left.removeAll(QStringLiteral("copy.roundtable"));
    QCOMPARE(left, QStringList {QFileInfo(target).fileName()});
    QVERIFY(QFile::remove(target));
    qInfo("export %s onto a full disk: %s", qPrintable(format), qPrintable(error));
}

QStringList TestDiskFull::leftOnMount() const
{
    QStringList left = QDir(m_mount).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    left.removeAll(QStringLiteral("copy.roundtable"));
    left.sort();
    return left;
}

void TestDiskFull::csvExportOntoFullDisk()
{
    // Two files from one export: the notes (far over the free space) and the actions. Neither
    // may be committed, last week's notes file survives, and the command says why, non-zero.
    const QString session = m_dir.filePath(QStringLiteral("big.roundtable"));
    QVERIFY(QFileInfo::exists(session));
    const QString base = m_mount + QStringLiteral("/pack.csv");
    const QString notes = m_mount + QStringLiteral("/pack-notes.csv");
    {
        QFile f(notes);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(100 * 1024, 'n'));
    }
    const QByteArray before = test::fileHash(notes);
    QByteArray out, err;
    const int rc = test::runCli({QStringLiteral("export"), session, QStringLiteral("--format"),
                                 QStringLiteral("csv"), QStringLiteral("-o"), base},
                                &out, &err);
    QVERIFY2(rc != 0, "a CSV export larger than the free space must fail");
    const QString said = QString::fromUtf8(err).trimmed();
    QCOMPARE(said.split(QLatin1Char('\n')).size(), 1);
    QVERIFY2(said.contains(QStringLiteral("the disk is full")) && said.contains(QStringLiteral("pack-")),
             qPrintable(said));
    QCOMPARE(test::fileHash(notes), before);
    QCOMPARE(leftOnMount(), QStringList {QStringLiteral("pack-notes.csv")});
    QVERIFY(QFile::remove(notes));
    qInfo("csv export onto a full disk: %s", qPrintable(said));
}

void TestDiskFull::dataPackCsvOntoFullDisk()
{
    const QString path = m_dir.filePath(QStringLiteral("datapack.roundtable"));
    Document doc;
    QVERIFY(!doc.create(path));
    Store* store = doc.store();
    {
        Store::Transaction tx(*store);
        for (const char* area : {"Bedford Borough", "Central Bedfordshire", "Luton", "Milton Keynes"})
            store->insert(
                Kind::IndicatorColumn,
                {{QStringLiteral("name"), QString::fromLatin1(area)}, {QStringLiteral("comparator"), false}});
        for (int i = 0; i < 2000; ++i) {
            store->insert(Kind::Indicator,
                          {{QStringLiteral("domain"), noteText(i).left(60)},
                           {QStringLiteral("indicator"), noteText(i + 5000)},
                           {QStringLiteral("vals"), QStringLiteral("[\"%1\",\"2\",\"3\",\"4\"]").arg(i)},
                           {QStringLiteral("higher_is_better"), i % 2 == 0}});
        }
        QVERIFY(tx.commit());
    }
    QVERIFY(IndicatorCsvWriter::toCsv(store).size() > 400 * 1024);
    const QString target = m_mount + QStringLiteral("/datapack.csv");
    {
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(100 * 1024, 'd'));
    }
    const QByteArray before = test::fileHash(target);
    QString error;
    QVERIFY2(!IndicatorCsvWriter::writeFile(store, target, &error, {path}), "the data pack cannot fit");
    QVERIFY2(error.contains(QStringLiteral("the disk is full"))
                 && error.contains(QStringLiteral("datapack.csv")),
             qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
    QCOMPARE(test::fileHash(target), before);
    QCOMPARE(leftOnMount(), QStringList {QStringLiteral("datapack.csv")});
    QVERIFY(QFile::remove(target));
    qInfo("data pack CSV onto a full disk: %s", qPrintable(error));
}

QTEST_MAIN(TestDiskFull)
#include "test_diskfull.moc"
