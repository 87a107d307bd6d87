// SPDX-License-Identifier: GPL-3.0-or-later
// Disk full: "Save a Copy" onto a nearly full filesystem (a small tmpfs, mounted when running as
// root) must fail with a clear message, leave the existing file at the target untouched, leave no
// half-written files behind, and leave the open session intact.
#include "TestSupport.h"
#include "session/Document.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace rt;

class TestDiskFull : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void saveCopyOntoFullDisk();

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
                           {QStringLiteral("text"), QStringLiteral("note %1 ").arg(i).repeated(20)}});
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

QTEST_GUILESS_MAIN(TestDiskFull)
#include "test_diskfull.moc"
