// SPDX-License-Identifier: GPL-3.0-or-later
// Disk full: "Save a Copy" onto a nearly full filesystem (a small tmpfs, mounted when running as
// root) must fail with a clear message, leave the existing file at the target untouched, leave no
// half-written files behind, and leave the open session intact.
#include "TestSupport.h"
#include "session/Document.h"
#include "slides/Export.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

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

private:
    QTemporaryDir m_dir;
    QString m_mount;
    bool m_mounted = false;
};

void TestDiskFull::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("mounting a small tmpfs needs root; CI runs as root");
    m_mount = m_dir.filePath(QStringLiteral("small"));
    QDir().mkpath(m_mount);
    const int rc = QProcess::execute(QStringLiteral("mount"),
                                     {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                      QStringLiteral("size=256k"), QStringLiteral("tmpfs"), m_mount});
    if (rc != 0)
        QSKIP("this machine does not allow mounting a tmpfs");
    m_mounted = true;
}

void TestDiskFull::cleanupTestCase()
{
    if (m_mounted)
        QProcess::execute(QStringLiteral("umount"), {m_mount});
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
    QCOMPARE(test::fileHash(target), before);
    QStringList left = QDir(m_mount).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    left.removeAll(QStringLiteral("copy.roundtable"));
    QCOMPARE(left, QStringList {QFileInfo(target).fileName()});
    QVERIFY(QFile::remove(target));
    qInfo("export %s onto a full disk: %s", qPrintable(format), qPrintable(error));
}

QTEST_MAIN(TestDiskFull)
#include "test_diskfull.moc"
