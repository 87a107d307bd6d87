// SPDX-License-Identifier: GPL-3.0-or-later
// A disk that fills up while the facilitator types: every note sent with Enter is either saved or
// still in its box, the window says so until writes get through again, the save indicator tells
// the truth, and closing leaves a file that is whole on its own. Runs on a small tmpfs (root).
#include "TestSupport.h"
#include "TestWindow.h"

#include "commands/RowCommands.h"
#include "session/Document.h"
#include "session/SessionFile.h"
#include "shell/MainWindow.h"
#include "shell/SaveBanner.h"
#include "store/Store.h"
#include "tables/NoteEntry.h"
#include "tables/PromptColumn.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace rt;
using rt::test::TestWindow;

namespace {
/** Fills the filesystem at @p folder to the last byte with @p filler. */
void fill(const QString& filler)
{
    QFile f(filler);
    QVERIFY(f.open(QIODevice::WriteOnly));
    const QByteArray block(4096, 'x');
    while (f.write(block) == block.size() && f.flush()) { }
    QByteArray one(1, 'x');
    while (f.write(one) == 1 && f.flush()) { }
    f.close();
}
} // namespace

class TestSaveFailure : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void notesTypedOnAFullDiskAreNeverLost();
    void pushReportsAFailedCommit();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::SmallDisk> m_disk;
    QString m_mount;
};

void TestSaveFailure::initTestCase()
{
    m_disk = std::make_unique<test::SmallDisk>(QStringLiteral("1m"));
    if (!m_disk->isMounted())
        QSKIP(qPrintable(m_disk->error()));
    m_mount = m_disk->path();
}

void TestSaveFailure::init()
{
    // Each case starts on an empty disk, whatever the one before left.
    const QStringList left = QDir(m_mount).entryList(QDir::Files | QDir::Hidden);
    for (const QString& name : left)
        QFile::remove(m_mount + QLatin1Char('/') + name);
}

void TestSaveFailure::cleanupTestCase()
{
    m_disk.reset();
}

void TestSaveFailure::notesTypedOnAFullDiskAreNeverLost()
{
    const QString path = m_mount + QStringLiteral("/day.roundtable");
    QCOMPARE(test::runCli({QStringLiteral("new"), QStringLiteral("--template"),
                           QStringLiteral("sample-session"), path}),
             0);
    TestWindow window(nullptr, false);
    window.resize(1366, 768);
    QVERIFY(window.openFile(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString error;
    QVERIFY2(window.showView(QStringLiteral("table:1"), &error), qPrintable(error));
    auto* column = window.findChild<PromptColumn*>();
    QVERIFY(column);
    NoteEntry* entry = column->entry();
    auto* banner = window.findChild<SaveBanner*>();
    QVERIFY(banner);
    auto* mode = window.findChild<QLabel*>(QStringLiteral("modeLabel"));
    QVERIFY(mode);
    Store* store = window.document()->store();
    const int before = store->count(Kind::Note);

    const QString filler = m_mount + QStringLiteral("/filler");
    fill(filler);
    QStringList sent, kept;
    for (int i = 1; i <= 40; ++i) {
        const QString text = QStringLiteral("note %1 typed while the disk filled up").arg(i);
        entry->setPlainText(text);
        QTest::keyClick(entry, Qt::Key_Return);
        if (entry->text().isEmpty())
            sent << text;
        else {
            QCOMPARE(entry->text(), text); // refused: still in its box, word for word
            kept << text;
            break;
        }
    }
    QVERIFY2(!kept.isEmpty(), "the full disk took every note: the test did not fill it");
    QVERIFY(banner->isVisible());
    QCOMPARE(mode->text(), QStringLiteral("Not saved"));
    QCOMPARE(store->count(Kind::Note), before + sent.size());
    if (const QString keep = qEnvironmentVariable("RT_SCREENSHOT_DIR"); !keep.isEmpty())
        window.grab().save(QDir(keep).filePath(QStringLiteral("save-failure-1366.png")));

    // Space comes back: the bar notices by itself and says so; Enter saves the kept note, and
    // only then is every change saved again.
    QFile::remove(filler);
    auto* retry = banner->findChild<QPushButton*>();
    QVERIFY(retry);
    QVERIFY(QTest::qWaitFor([&] { return !retry->isVisible(); }, SaveBanner::RetryMs * 3));
    QVERIFY(banner->isVisible());
    QCOMPARE(mode->text(), QStringLiteral("Not saved"));
    QTest::keyClick(entry, Qt::Key_Return);
    QVERIFY(entry->text().isEmpty());
    QCOMPARE(store->count(Kind::Note), before + sent.size() + 1);
    QVERIFY(!banner->isVisible());
    QCOMPARE(mode->text(), QStringLiteral("Every change is saved"));

    // Full again, then closing: the user is warned, and the file on its own is whole.
    fill(filler);
    entry->setPlainText(QStringLiteral("one more"));
    QTest::keyClick(entry, Qt::Key_Return);
    QCOMPARE(entry->text(), QStringLiteral("one more"));
    window.answer = MainWindow::Choice::Cancel;
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    QVERIFY(!window.messages.isEmpty());
    QVERIFY(window.messages.last().offerCloseAnyway);
    QVERIFY(window.messages.last().text.contains(QStringLiteral("day.roundtable")));
    QVERIFY(window.messages.last().text.contains(QStringLiteral("disk is full")));
    window.answer = MainWindow::Choice::CloseAnyway;
    QVERIFY(window.close());
    // The main file alone (as a user would copy or mail it) is a complete session.
    const QString alone = m_dir.filePath(QStringLiteral("alone.roundtable"));
    QVERIFY(QFile::copy(path, alone));
    QVERIFY2(!SessionFile::inspect(alone), qPrintable(SessionFile::inspect(alone).message));
    QFile::remove(filler);
    QByteArray out;
    QCOMPARE(test::runCli({QStringLiteral("info"), QStringLiteral("--json"), path}, &out), 0);
    QVERIFY2(out.contains(QStringLiteral("\"notes\": %1").arg(before + sent.size() + 1).toUtf8()),
             out.constData());
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));
}

void TestSaveFailure::pushReportsAFailedCommit()
{
    const QString path = m_mount + QStringLiteral("/push.roundtable");
    QCOMPARE(test::runCli({QStringLiteral("new"), QStringLiteral("--template"),
                           QStringLiteral("sample-session"), path}),
             0);
    Document doc;
    QVERIFY(!doc.open(path));
    QSignalSpy failed(&doc, &Document::saveFailed);
    const QList<qint64> tables = doc.store()->ids(Kind::Table);
    const QList<qint64> prompts = doc.store()->ids(Kind::Prompt);
    QVERIFY(!tables.isEmpty() && !prompts.isEmpty());
    const qint64 table = tables.first();
    const qint64 prompt = prompts.first();
    const QString filler = m_mount + QStringLiteral("/filler2");
    fill(filler);
    bool refused = false;
    for (int i = 0; i < 200 && !refused; ++i) {
        QVariantMap note {{QStringLiteral("table_id"), table},
                          {QStringLiteral("prompt_id"), prompt},
                          {QStringLiteral("text"), QString(400, QLatin1Char('a' + i % 26))}};
        refused = !doc.push(new InsertRowCommand(doc.store(), Kind::Note, note));
    }
    QVERIFY(refused);
    QVERIFY(doc.hasSaveFailure());
    QVERIFY(failed.count() >= 1);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("disk is full")));
    QFile::remove(filler);
    QVERIFY(doc.retrySave());
    QVERIFY(doc.hasSaveFailure()); // until an edit gets through
    QVERIFY(doc.push(new InsertRowCommand(doc.store(), Kind::Note,
                                          {{QStringLiteral("table_id"), table},
                                           {QStringLiteral("prompt_id"), prompt},
                                           {QStringLiteral("text"), QStringLiteral("saved again")}})));
    QVERIFY(!doc.hasSaveFailure());
    doc.close();
}

QTEST_MAIN(TestSaveFailure)
#include "test_savefailure.moc"
