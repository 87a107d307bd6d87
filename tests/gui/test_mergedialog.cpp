// SPDX-License-Identifier: GPL-3.0-or-later
// File → Merge Files…: every input is checked before anything starts (a garbage file is named and
// no output appears); duplicates between sessions are found up front, copies of one session are
// not duplicates; the merge runs off the GUI thread and its report's counts add up to what the
// laptops held, what needs a look first; the merged file opens with those rows. Edit → Merge
// Conflicts… lists a session's conflicts, and "Use This Value" puts the other value in (undoable).
#include "TestSupport.h"
#include "interchange/Templates.h"
#include "models/ConflictModel.h"
#include "session/Document.h"
#include "shell/ConflictsDialog.h"
#include "shell/MainWindow.h"
#include "shell/MergeDialog.h"
#include "store/IdentityRepository.h"
#include "store/Store.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeWidget>
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

    void copiesOfOneSessionAreNotDuplicates()
    {
        // Three copies of one session (the same origin), as the laptops take them from a USB stick.
        const QString c1 = file(S("copy-1.roundtable")), c2 = file(S("copy-2.roundtable"));
        QVERIFY(QFile::copy(a, c1));
        QVERIFY(QFile::copy(a, c2));
        MergeDialog dialog;
        dialog.setOutput(file(S("copies.roundtable")));
        dialog.setInputs({a, c1, c2});
        QVERIFY2(dialog.check(), qPrintable(dialog.checkMessage()));
        const MergeCheck::Result& c = dialog.checkResult();
        QCOMPARE(c.duplicates.size(), 0);
        QCOMPARE(c.sessions.size(), 1);
        QCOMPARE(c.sessions[0].files,
                 (QStringList {S("table-a.roundtable"), S("copy-1.roundtable"), S("copy-2.roundtable")}));
        QCOMPARE(c.tables, 8); // the same rows, counted once
        QCOMPARE(c.notes, 3);
        QCOMPARE(c.votes, 2);
        QVERIFY2(dialog.sessionsMessage().startsWith(
                     S("3 copies of one session (table-a.roundtable, "
                       "copy-1.roundtable, copy-2.roundtable): merged row by row")),
                 qPrintable(dialog.sessionsMessage()));
        auto* sessions = dialog.findChild<QLabel*>(S("mergeSessions"));
        QCOMPARE(sessions->text(), dialog.sessionsMessage());
        auto* tree = dialog.findChild<QTreeWidget*>(S("mergeDuplicates"));
        QCOMPARE(tree->topLevelItemCount(), 1);
        QVERIFY(tree->topLevelItem(0)->text(0).contains(S("copies of one session")));
        // Nothing to choose for duplicates.
        for (QRadioButton* r : dialog.findChildren<QRadioButton*>())
            QVERIFY(!r->isEnabled());
        if (const QString dir = qEnvironmentVariable("RT_GRAB_DIR"); !dir.isEmpty())
            dialog.grab().save(dir + S("/merge-copies.png"));

        // With a separately made session: its same-named tables, places and polls are duplicates
        // (once each, naming every file that holds them); the copies still are not.
        dialog.setInputs({a, c1, b});
        QVERIFY2(dialog.check(), qPrintable(dialog.checkMessage()));
        const MergeCheck::Result& mixed = dialog.checkResult();
        QCOMPARE(mixed.sessions.size(), 2);
        QCOMPARE(mixed.duplicates.size(), 8 + 4 + 4);
        for (const MergeCheck::Duplicate& d : mixed.duplicates)
            QCOMPARE(
                d.files,
                (QStringList {S("table-a.roundtable"), S("copy-1.roundtable"), S("table-b.roundtable")}));
        QCOMPARE(mixed.tables, 16);
        QVERIFY(dialog.sessionsMessage().contains(S("Another session (table-b.roundtable)")));
        for (QRadioButton* r : dialog.findChildren<QRadioButton*>())
            QVERIFY(r->isEnabled());
        if (const QString dir = qEnvironmentVariable("RT_GRAB_DIR"); !dir.isEmpty())
            dialog.grab().save(dir + S("/merge-mixed.png"));
    }

    void reportSaysWhatNeedsALookFirst()
    {
        MergeDialog dialog;
        const QString out = file(S("report-only.roundtable"));
        dialog.setOutput(out);
        Merge::Report r;
        r.ok = true;
        r.sources = {S("t1.roundtable"), S("t2.roundtable")};
        r.conflicts = {S("table 3 \"Carers\" facilitator: kept \"Ann\" (Table 1 laptop), other \"Anne\"")};
        r.refusals = {S("a note on table 5, deleted on Table 2 laptop")};
        Merge::FileSummary f1;
        f1.file = S("t1.roundtable");
        f1.added = {{Kind::Note, 31}};
        f1.changed = 1;
        f1.conflicts = 1;
        Merge::FileSummary f2 = f1;
        f2.file = S("t2.roundtable");
        r.files = {f1, f2};
        r.differences = {S("venue: \"Luton\" in t2.roundtable")};
        dialog.showReport(r);
        QCOMPARE(dialog.findChild<QStackedWidget*>()->currentIndex(), 1);
        const QStringList lines
            = dialog.findChild<QPlainTextEdit*>(S("mergeReport"))->toPlainText().split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0), S("Needs a look (2):"));
        QVERIFY2(lines.value(1).contains(S("\"Anne\"")), qPrintable(lines.value(1)));
        QVERIFY(lines.value(2).contains(S("deleted on Table 2 laptop")));
        const qsizetype files = lines.indexOf(S("Files:"));
        QVERIFY(files > 2);
        QVERIFY2(lines.value(files + 1).contains(S("t1.roundtable: +31 note")),
                 qPrintable(lines.value(files + 1)));
        QVERIFY(lines.value(files + 2).contains(S("t2.roundtable")));
        // The counts, sources and differences come after.
        const qsizetype merged
            = lines.indexOf(S("Merged 2 sources into %1.").arg(QDir::toNativeSeparators(out)));
        QVERIFY(merged > files + 2);
        QVERIFY(lines.indexOf(S("Differences from the first file (1):")) > merged);
        // With conflicts, opening the file to review them is the default.
        auto* review = dialog.findChild<QPushButton*>(S("openReviewConflicts"));
        QVERIFY(!review->isHidden());
        QVERIFY(review->isDefault());
        if (const QString dir = qEnvironmentVariable("RT_GRAB_DIR"); !dir.isEmpty())
            dialog.grab().save(dir + S("/merge-report-conflicts.png"));
        review->click();
        QCOMPARE(dialog.fileToOpen(), out);
        QVERIFY(dialog.reviewConflicts());

        // Without any, only "Open Merged File".
        MergeDialog plain;
        plain.setOutput(out);
        r.conflicts.clear();
        r.refusals.clear();
        plain.showReport(r);
        QVERIFY(plain.findChild<QPushButton*>(S("openReviewConflicts"))->isHidden());
        QVERIFY(plain.findChild<QPushButton*>(S("openMerged"))->isDefault());
        QVERIFY(plain.findChild<QPlainTextEdit*>(S("mergeReport"))->toPlainText().startsWith(S("Files:")));
    }

    void conflictsAreListedAndUsed()
    {
        // A merged session as the engine leaves it: the row holds the value kept, the conflict list
        // the other one.
        const QString path = file(S("conflicts.roundtable"));
        QVERIFY(QFile::copy(a, path));
        Document doc;
        QVERIFY(!doc.open(path));
        Store* s = doc.store();
        s->setDevice({S("laptop-1"), S("Table 1 laptop")});
        IdentityRepository repo(*s);
        QVERIFY(repo.putDevice(S("laptop-1"), S("Table 1 laptop"), S("2023-07-21T10:00:00.000Z")));
        QVERIFY(repo.putDevice(S("laptop-3"), S("Table 3 laptop"), S("2023-07-21T10:00:00.000Z")));
        const Row table = s->rows(Kind::Table).value(2);
        QVERIFY(s->update(Kind::Table, table.id, S("facilitator"), S("Ann")));
        QVERIFY(repo.addConflict({0, Kind::Table, table.id, S("facilitator"), S("Anne Smith"), S("laptop-3"),
                                  S("2023-07-21T10:05:00.000Z"), S("table-3.roundtable")}));

        MainWindow window(&doc, false);
        QAction* menuAction = window.findChild<QAction*>(S("mergeConflicts"));
        QVERIFY(menuAction);
        QVERIFY(menuAction->isEnabled());
        QMenu* editMenu = window.menuBar()->actions().value(1)->menu();
        QVERIFY(editMenu->actions().contains(menuAction));

        ConflictsDialog dialog(&doc, &window);
        QCOMPARE(dialog.model()->rowCount(), 1);
        QCOMPARE(dialog.currentRow(), 0);
        const QString what
            = S("Table %1 \"%2\" – facilitator").arg(table.ref(S("number"))).arg(table.str(S("topic")));
        QCOMPARE(dialog.findChild<QLabel*>(S("conflictWhat"))->text(), what);
        QCOMPARE(dialog.findChild<QPlainTextEdit*>(S("conflictInUse"))->toPlainText(), S("Ann"));
        QCOMPARE(dialog.findChild<QPlainTextEdit*>(S("conflictOther"))->toPlainText(), S("Anne Smith"));
        const QString otherFrom = dialog.model()->index(0, ConflictModel::OtherFromColumn).data().toString();
        QVERIFY2(otherFrom.startsWith(S("Table 3 laptop, ")), qPrintable(otherFrom));
        auto* use = dialog.findChild<QPushButton*>(S("useConflictValue"));
        QVERIFY(use->isEnabled());
        dialog.resize(980, 620);
        if (const QString dir = qEnvironmentVariable("RT_GRAB_DIR"); !dir.isEmpty())
            dialog.grab().save(dir + S("/conflicts.png"));

        // "Use This Value" (Alt+U from the list): the field holds the other value; the list shows the swap.
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.view()->setFocus();
        QTest::keyClick(dialog.view(), Qt::Key_U, Qt::AltModifier); // the button clicks itself shortly
        QTRY_COMPARE(s->row(Kind::Table, table.id).str(S("facilitator")), S("Anne Smith"));
        QCOMPARE(doc.undoStack()->undoText(), S("Use other value from merge"));
        QCOMPARE(dialog.currentRow(), 0);
        QCOMPARE(dialog.findChild<QPlainTextEdit*>(S("conflictInUse"))->toPlainText(), S("Anne Smith"));
        QCOMPARE(dialog.findChild<QPlainTextEdit*>(S("conflictOther"))->toPlainText(), S("Ann"));
        QVERIFY(use->isEnabled()); // and back again, any time
        if (const QString dir = qEnvironmentVariable("RT_GRAB_DIR"); !dir.isEmpty())
            dialog.grab().save(dir + S("/conflicts-used.png"));

        // Edit → Undo in the window puts the value back, and the list follows.
        window.action(MainWindow::Undo)->trigger();
        QCOMPARE(s->row(Kind::Table, table.id).str(S("facilitator")), S("Ann"));
        QCOMPARE(dialog.findChild<QPlainTextEdit*>(S("conflictInUse"))->toPlainText(), S("Ann"));
        QCOMPARE(dialog.findChild<QPlainTextEdit*>(S("conflictOther"))->toPlainText(), S("Anne Smith"));
        QCOMPARE(IdentityRepository(*s).conflicts().size(), 1);
        window.action(MainWindow::Redo)->trigger();
        QCOMPARE(s->row(Kind::Table, table.id).str(S("facilitator")), S("Anne Smith"));
        dialog.close();
    }

    void conflictsMenuIsOffWithoutConflicts()
    {
        Document doc;
        QVERIFY(!doc.open(b, SessionFile::Mode::ReadOnly));
        MainWindow window(&doc, false);
        QAction* menuAction = window.findChild<QAction*>(S("mergeConflicts"));
        QVERIFY(menuAction);
        QVERIFY(!menuAction->isEnabled());
        ConflictsDialog dialog(&doc);
        QCOMPARE(dialog.model()->rowCount(), 0);
        QVERIFY(!dialog.findChild<QPushButton*>(S("useConflictValue"))->isEnabled());
        QVERIFY(!dialog.useSelected());
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
