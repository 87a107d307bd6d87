// SPDX-License-Identifier: GPL-3.0-or-later
// File → Merge Files…: every input is checked before anything starts (a garbage file is named and
// no output appears); duplicates are found up front; the merge runs off the GUI thread and its
// report's counts add up to what the laptops held; the merged file opens with those rows.
#include "TestSupport.h"
#include "interchange/Templates.h"
#include "session/Document.h"
#include "shell/MainWindow.h"
#include "shell/MergeDialog.h"
#include "store/Store.h"

#include <QAction>
#include <QFile>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace rt;

namespace {

QString S(const char* text)
{
    return QString::fromUtf8(text);
}

const char* Feedback = "To what degree did the seminar achieve its purpose?";

/** A laptop's session from the seminar template, with @p notes notes on table 1 and one scale
 *  vote per entry of @p scale on the feedback poll. */
bool makeLaptop(const QString& path, int notes, const QList<int>& scale, const QString& device)
{
    Templates::Template seminar;
    for (const Templates::Template& t : Templates::available()) {
        if (t.name == S("health-employment-seminar"))
            seminar = t;
    }
    if (seminar.name.isEmpty() || Templates::create(seminar, path))
        return false;
    Document doc;
    if (doc.open(path))
        return false;
    Store* s = doc.store();
    Store::Transaction tx(*s);
    const qint64 table = s->ids(Kind::Table).value(0);
    const qint64 prompt = s->ids(Kind::Prompt).value(0);
    for (int i = 0; i < notes; ++i) {
        if (!s->insert(Kind::Note,
                       {{S("table_id"), table},
                        {S("prompt_id"), prompt},
                        {S("text"), QStringLiteral("%1 note %2").arg(device).arg(i + 1)}}))
            return false;
    }
    qint64 poll = 0;
    for (const Row& p : s->rows(Kind::Poll)) {
        if (p.str(S("question")) == S(Feedback))
            poll = p.id;
    }
    for (int i = 0; i < scale.size(); ++i) {
        if (!s->insert(Kind::Vote,
                       {{S("poll_id"), poll},
                        {S("device"), QStringLiteral("%1-%2").arg(device).arg(i)},
                        {S("answer"), QStringLiteral("{\"scale\":%1}").arg(scale[i])}}))
            return false;
    }
    return poll && tx.commit();
}

} // namespace

class TestMergeDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString a, b, garbage;
    QTranslator m_english; ///< what an English user sees: "2 files checked", not "2 file(s) checked"

    QString file(const QString& name) const { return m_tmp.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_english.load(S(":/i18n/roundtable_en.qm")));
        QCoreApplication::installTranslator(&m_english);
        a = file(S("table-a.roundtable"));
        b = file(S("table-b.roundtable"));
        QVERIFY(makeLaptop(a, 3, {4, 3}, S("a")));
        QVERIFY(makeLaptop(b, 2, {2}, S("b")));
        garbage = file(S("garbage.roundtable"));
        QFile g(garbage);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("this is a shopping list, not a session\n");
    }

    void garbageFileIsNamedAndNothingStarts()
    {
        MergeDialog dialog;
        const QString out = file(S("never.roundtable"));
        dialog.setOutput(out);
        dialog.setInputs({a, garbage, b});
        QVERIFY(!dialog.check());
        QVERIFY2(dialog.checkMessage().contains(S("garbage.roundtable")), qPrintable(dialog.checkMessage()));
        QCOMPARE(QFileInfo(dialog.checkResult().badFile).fileName(), S("garbage.roundtable"));
        // The bad one is marked in the list too.
        auto* list = dialog.findChild<QListWidget*>(S("mergeInputs"));
        QVERIFY(list->item(1)->text().contains(S("garbage.roundtable")));
        QVERIFY(list->item(1)->font().bold());
        QVERIFY(!list->item(0)->font().bold());

        const Merge::Report r = dialog.merge();
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(S("garbage.roundtable")));
        QVERIFY(!QFileInfo::exists(out));
        QCOMPARE(QDir(m_tmp.path()).entryList({S(".*merging*")}, QDir::Hidden | QDir::Files).size(), 0);
    }

    void outputMustBeNew()
    {
        MergeDialog dialog;
        dialog.setInputs({a, b});
        QVERIFY(!dialog.check()); // no output chosen yet
        dialog.setOutput(a);
        QVERIFY(!dialog.check());
        QVERIFY(dialog.checkMessage().contains(S("one of the files to merge")));
        const QByteArray before = test::fileHash(a);
        dialog.setOutput(file(S("table-b.roundtable")));
        QVERIFY(!dialog.check());
        dialog.setOutput(garbage); // exists: never replaced
        QVERIFY(!dialog.check());
        QVERIFY(dialog.checkMessage().contains(S("already exists")));
        QCOMPARE(dialog.merge().ok, false);
        QCOMPARE(test::fileHash(a), before);
    }

    void duplicatesAreFoundFirst()
    {
        MergeDialog dialog;
        dialog.setInputs({a, b});
        dialog.setOutput(file(S("check-only.roundtable")));
        QVERIFY2(dialog.check(), qPrintable(dialog.checkMessage()));
        const MergeCheck::Result& c = dialog.checkResult();
        QCOMPARE(c.tables, 16);
        QCOMPARE(c.notes, 5);
        QCOMPARE(c.votes, 3);
        QStringList labels;
        for (const MergeCheck::Duplicate& d : c.duplicates) {
            QCOMPARE(d.files, (QStringList {S("table-a.roundtable"), S("table-b.roundtable")}));
            labels << d.label;
        }
        QCOMPARE(labels.size(), 8 + 4 + 4); // every table, place and poll of the template is in both
        QVERIFY(labels.contains(S("table 1 \"Neurodiversity\"")));
        QVERIFY(labels.contains(S("place \"Luton\"")));
        QVERIFY(labels.contains(S("poll \"%1\"").arg(S(Feedback))));
        QVERIFY(dialog.checkMessage().contains(S("2 files checked")));
        QVERIFY(!QFileInfo::exists(file(S("check-only.roundtable"))));
        if (const QString dir = qEnvironmentVariable("RT_GRAB_DIR"); !dir.isEmpty()) {
            dialog.resize(760, 620);
            dialog.grab().save(dir + S("/merge-dialog.png"));
        }
    }

    void mergeCountsAddUp_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<int>("tables");
        QTest::addColumn<int>("places");
        QTest::newRow("keep both") << int(Merge::Duplicates::KeepBoth) << 16 << 8;
        QTest::newRow("combine") << int(Merge::Duplicates::Combine) << 8 << 4;
        QTest::newRow("keep first") << int(Merge::Duplicates::KeepFirst) << 8 << 4;
    }
    void mergeCountsAddUp()
    {
        QFETCH(int, policy);
        QFETCH(int, tables);
        QFETCH(int, places);
        const QString out = file(QStringLiteral("merged-%1.roundtable").arg(policy));
        MergeDialog dialog;
        dialog.setInputs({a, b});
        dialog.setOutput(out);
        dialog.setDuplicates(Merge::Duplicates(policy));
        QCOMPARE(int(dialog.duplicates()), policy);
        const Merge::Report r = dialog.merge();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.sources, (QStringList {S("table-a.roundtable"), S("table-b.roundtable")}));
        QCOMPARE(r.added.value(Kind::Table), tables);
        QCOMPARE(r.added.value(Kind::Place), places);
        const bool keepFirst = policy == int(Merge::Duplicates::KeepFirst);
        // Notes of a skipped table are not copied; otherwise every note arrives once.
        QCOMPARE(r.added.value(Kind::Note), keepFirst ? 3 : 5);
        // Every vote arrives (the laptops' phones are different people); the template's polls
        // are in both files, so they become one each unless both are kept.
        const bool keepBoth = policy == int(Merge::Duplicates::KeepBoth);
        QCOMPARE(r.added.value(Kind::Poll), keepBoth ? dialog.checkResult().polls : 4);
        QCOMPARE(r.added.value(Kind::Vote), dialog.checkResult().votes);
        QCOMPARE(r.combinedPolls, keepBoth ? 0 : 4);
        QVERIFY(!r.duplicates.isEmpty());

        Document merged;
        QVERIFY(!merged.open(out, SessionFile::Mode::ReadOnly));
        QCOMPARE(merged.store()->count(Kind::Table), tables);
        QCOMPARE(merged.store()->count(Kind::Note), r.added.value(Kind::Note));
        QCOMPARE(merged.store()->count(Kind::Vote), 3);
        int feedbackPolls = 0;
        for (const Row& p : merged.store()->rows(Kind::Poll))
            feedbackPolls += p.str(S("question")) == S(Feedback) ? 1 : 0;
        QCOMPARE(feedbackPolls, keepBoth ? 2 : 1);
        QCOMPARE(merged.store()->count(Kind::Indicator), 12); // the data pack once, not twice

        // The report page says it, and offers to open the file.
        auto* pages = dialog.findChild<QStackedWidget*>();
        QCOMPARE(pages->currentIndex(), 1);
        const QString text = dialog.findChild<QPlainTextEdit*>(S("mergeReport"))->toPlainText();
        QVERIFY(text.contains(QStringLiteral("%1 tables").arg(tables)));
        QVERIFY(text.contains(S("Duplicates (")));
        QVERIFY(text.contains(S("table-b.roundtable")));
        QVERIFY(text.contains(keepBoth ? S("Polls asked in more than one file, kept separately")
                                       : S("Polls asked in more than one file, combined into one poll")));
        QVERIFY(text.contains(S(Feedback)));
        if (const QString dir = qEnvironmentVariable("RT_GRAB_DIR");
            !dir.isEmpty() && policy == int(Merge::Duplicates::Combine)) {
            dialog.resize(760, 620);
            dialog.grab().save(dir + S("/merge-report.png"));
        }
        dialog.findChild<QPushButton*>(S("openMerged"))->click();
        QCOMPARE(dialog.fileToOpen(), out);
    }

    void mainWindowOffersIt()
    {
        MainWindow window(nullptr, false);
        QAction* merge = window.action(MainWindow::MergeFiles);
        QVERIFY(merge);
        QVERIFY(merge->isEnabled()); // no session needed
        QMenu* fileMenu = window.menuBar()->actions().first()->menu();
        QVERIFY(fileMenu->actions().contains(merge));
    }
};

QTEST_MAIN(TestMergeDialog)
#include "test_mergedialog.moc"
