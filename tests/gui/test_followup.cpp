// SPDX-License-Identifier: GPL-3.0-or-later
// The place leads' follow-up: the tracker sets a status from the keyboard (and undo puts it back),
// overdue and unreviewed actions stand out in words as well as colour, review mode records one
// progress line per action from the keyboard, the heat map shows a later period's change against
// the baseline, and a read-only window changes nothing.
#include "TestWindow.h"
#include "commands/PlaceEdits.h"
#include "datapack/DataPackWorkspace.h"
#include "export/ExportWorkspace.h"
#include "interchange/IndicatorCsv.h"
#include "models/ActionFollowUp.h"
#include "models/ActionTrackerFilter.h"
#include "models/ActionTrackerModel.h"
#include "models/IndicatorTableModel.h"
#include "places/ActionTracker.h"
#include "places/ReviewMode.h"
#include "session/Document.h"
#include "store/Columns.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>
#include <memory>

using namespace rt;

class TestFollowUp : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    QList<qint64> m_places;
    QList<qint64> m_actions; // three of the first place, one of the second
    int m_files = 0;

    Store* store() const { return m_doc->store(); }

    qint64 action(qint64 place, const QString& what, const QString& who, const QString& byWhen)
    {
        const qint64 id = edit::addAction(*m_doc, place, QStringLiteral("Young people"));
        store()->update(Kind::Action, id, col::Action, what);
        store()->update(Kind::Action, id, col::Who, who);
        store()->update(Kind::Action, id, col::ByWhen, byWhen);
        store()->update(Kind::Action, id, col::Measure, QStringLiteral("More referrals"));
        return id;
    }

    /** The tracker's status cell of @p id, in the view's terms. */
    QModelIndex statusCell(ActionTracker& tracker, qint64 id) const
    {
        const int row = tracker.model()->rowOf(id);
        return tracker.filter()->mapFromSource(tracker.model()->index(row, ActionTrackerModel::Status));
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setApplicationVersion(QStringLiteral("test"));
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    void cleanupTestCase() { QLocale::setDefault(QLocale::c()); }
    void init()
    {
        m_doc = std::make_unique<Document>();
        const SessionError e = m_doc->create(m_dir.filePath(QStringLiteral("f%1.roundtable").arg(++m_files)));
        QVERIFY2(!e, qPrintable(e.message));
        m_places = {edit::addPlace(*m_doc, QStringLiteral("North Town")),
                    edit::addPlace(*m_doc, QStringLiteral("South Vale"))};
        m_actions = {action(m_places[0], QStringLiteral("Open a drop-in at the library"),
                            QStringLiteral("Asha"), QStringLiteral("Aug-23")),
                     action(m_places[0], QStringLiteral("Train job coaches"), QStringLiteral("Ben"),
                            QStringLiteral("Sept 2023")),
                     action(m_places[0], QStringLiteral("Share referral data"), QStringLiteral("Asha"),
                            QStringLiteral("ongoing")),
                     action(m_places[1], QStringLiteral("Map employers"), QStringLiteral("Cai"),
                            QStringLiteral("end of Q3"))};
        m_doc->undoStack()->clear();
    }
    void cleanup() { m_doc.reset(); }

    void modelIsSound()
    {
        ActionTrackerModel model(m_doc.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ActionTrackerFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(3, ActionTrackerModel::Place).data().toString(), QStringLiteral("South Vale"));
        QVERIFY(followup::setStatus(*m_doc, m_actions[1], QStringLiteral("at_risk")));
        filter.setPlace(m_places[0]);
        QCOMPARE(filter.rowCount(), 3);
        filter.setOwner(QStringLiteral(" asha "));
        QCOMPARE(filter.rowCount(), 2);
        filter.setOwner({});
        filter.setStatus(QStringLiteral("at_risk"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, ActionTrackerModel::Owner).data().toString(), QStringLiteral("Ben"));
    }

    void statusByKeyboardAndUndo()
    {
        ActionTracker tracker(m_doc.get());
        tracker.resize(1200, 700);
        tracker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tracker));
        QTableView* table = tracker.table();
        const QModelIndex cell = statusCell(tracker, m_actions[0]);
        table->setFocus();
        table->setCurrentIndex(cell);
        QCOMPARE(cell.data().toString().section(QStringLiteral(" — "), 0, 0), QStringLiteral("Not started"));

        // F2 opens the combo box; Down picks the next status; Enter commits it.
        QTest::keyClick(table, Qt::Key_F2);
        auto* combo = table->findChild<QComboBox*>();
        QVERIFY(combo);
        QTest::keyClick(combo, Qt::Key_Down);
        QTest::keyClick(combo, Qt::Key_Return);
        QTRY_COMPARE(followup::status(store()->row(Kind::Action, m_actions[0])), QStringLiteral("on_track"));
        QVERIFY(statusCell(tracker, m_actions[0]).data().toString().startsWith(QStringLiteral("On track")));

        // A digit sets it straight away (4: off track), as in review mode.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_4);
        QCOMPARE(followup::status(store()->row(Kind::Action, m_actions[0])), QStringLiteral("off_track"));

        m_doc->undoStack()->undo();
        QCOMPARE(followup::status(store()->row(Kind::Action, m_actions[0])), QStringLiteral("on_track"));
        m_doc->undoStack()->undo();
        QCOMPARE(followup::status(store()->row(Kind::Action, m_actions[0])), QStringLiteral("not_started"));
        QVERIFY(
            statusCell(tracker, m_actions[0]).data().toString().startsWith(QStringLiteral("Not started")));
        QCOMPARE(tracker.currentAction(), m_actions[0]); // the selection stayed where it was
    }

    void overdueStandsOut()
    {
        ActionTracker tracker(m_doc.get());
        tracker.model()->setToday(QDate(2024, 1, 15));
        QVERIFY(followup::setDue(*m_doc, m_actions[0], QDate(2023, 8, 31)));
        QVERIFY(followup::setDue(*m_doc, m_actions[1], QDate(2024, 9, 30)));
        ActionTrackerModel* m = tracker.model();
        const QModelIndex due = m->index(m->rowOf(m_actions[0]), ActionTrackerModel::Due);
        QVERIFY(due.data(ActionTrackerModel::OverdueRole).toBool());
        QVERIFY2(due.data().toString().contains(QStringLiteral("overdue")),
                 qPrintable(due.data().toString()));
        QVERIFY(due.data(Qt::BackgroundRole).isValid());
        const QModelIndex later = m->index(m->rowOf(m_actions[1]), ActionTrackerModel::Due);
        QVERIFY(!later.data(ActionTrackerModel::OverdueRole).toBool());
        QVERIFY(!later.data().toString().contains(QStringLiteral("overdue")));
        QVERIFY(!later.data(Qt::BackgroundRole).isValid());
        QVERIFY2(tracker.summary()->text().contains(QStringLiteral("1 overdue")),
                 qPrintable(tracker.summary()->text()));

        // Only the overdue one under "Overdue"; done, it no longer is.
        tracker.statusCombo()->setCurrentIndex(
            tracker.statusCombo()->findData(ActionTrackerFilter::overdue()));
        QCOMPARE(tracker.filter()->rowCount(), 1);
        QVERIFY(followup::setStatus(*m_doc, m_actions[0], QStringLiteral("done")));
        QCOMPARE(tracker.filter()->rowCount(), 0);
        QVERIFY(tracker.summary()->text().contains(QStringLiteral("0 overdue")));

        // Never reviewed: said in the status cell.
        const QModelIndex status = m->index(m->rowOf(m_actions[2]), ActionTrackerModel::Status);
        QVERIFY(status.data(ActionTrackerModel::UnreviewedRole).toBool());
        QVERIFY(status.data().toString().contains(QStringLiteral("not reviewed")));
    }

    void reviewRecordsAnUpdatePerAction()
    {
        ReviewMode review(m_doc.get(), m_places[0]);
        review.resize(1366, 768);
        review.show();
        QVERIFY(QTest::qWaitForWindowExposed(&review));
        QCOMPARE(review.count(), 3);
        QLineEdit* line = review.progressLine();
        line->setFocus();
        const QStringList said = {QStringLiteral("Venue booked"), QStringLiteral("12 coaches trained"),
                                  QStringLiteral("Data sharing agreement signed")};
        for (int i = 0; i < said.size(); ++i) {
            QCOMPARE(review.currentAction(), m_actions[i]);
            QTest::keyClick(line, Qt::Key(Qt::Key_2 + (i % 2))); // on track, at risk, on track
            // A line that starts with a number starts with a space (digits on an empty line set
            // the status); the space is not kept.
            QTest::keyClicks(line, said[i].front().isDigit() ? QLatin1Char(' ') + said[i] : said[i]);
            QTest::keyClick(line, Qt::Key_Return);
            QVERIFY(line->text().isEmpty());
        }
        for (int i = 0; i < said.size(); ++i) {
            const QList<followup::Update> log = followup::updates(*store(), m_actions[i]);
            QCOMPARE(log.size(), 1);
            QCOMPARE(log[0].text, said[i]);
            QCOMPARE(followup::status(store()->row(Kind::Action, m_actions[i])),
                     i % 2 ? QStringLiteral("at_risk") : QStringLiteral("on_track"));
        }
        QVERIFY(followup::updates(*store(), m_actions[3]).isEmpty()); // another place's action

        // Up goes back; Ctrl+Z takes the last line back out.
        QTest::keyClick(line, Qt::Key_PageUp);
        QCOMPARE(review.position(), 1);
        QTest::keyClick(line, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(followup::updates(*store(), m_actions[2]).isEmpty());

        QSignalSpy left(&review, &ReviewMode::left);
        QTest::keyClick(line, Qt::Key_Escape);
        QCOMPARE(left.count(), 1);
    }

    void heatMapShowsChangeAgainstBaseline()
    {
        QStringList errors;
        QVERIFY2(IndicatorCsv::import(m_doc.get(),
                                      QByteArray("domain,indicator,North Town,South Vale,higher_is_better\n"
                                                 "Work,Employment rate,71%,79%,yes\n"
                                                 "Work,Unemployment rate,6.2%,3.9%,no\n"),
                                      &errors),
                 qPrintable(errors.join(QStringLiteral("; "))));
        DataPackWorkspace page(m_doc.get());
        IndicatorTableModel* model = page.model();
        QVERIFY(model->periods().isEmpty());
        QVERIFY(!model->index(0, 2).data(IndicatorTableModel::ChangeRole).isValid());
        QVERIFY(!page.periodCombo()->isEnabled());

        // A later period: employment up in North Town (better), unemployment up too (worse).
        const QString csv = m_dir.filePath(QStringLiteral("later.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("domain,indicator,North Town,South Vale,higher_is_better\n"
                "Work,Employment rate,74%,79%,yes\n"
                "Work,Unemployment rate,6.8%,3.1%,no\n");
        f.close();
        QVERIFY2(page.importPeriodCsv(csv, QStringLiteral("2024 Q1"), &errors),
                 qPrintable(errors.join(QStringLiteral("; "))));
        QCOMPARE(model->periods(), QStringList {QStringLiteral("2024 Q1")});
        QCOMPARE(model->period(), QStringLiteral("2024 Q1")); // the latest is shown
        QCOMPARE(page.periodCombo()->currentText(), QStringLiteral("2024 Q1"));
        const QModelIndex employment = model->index(0, 2);
        QCOMPARE(employment.data().toString(), QStringLiteral("74%"));
        QCOMPARE(employment.data(IndicatorTableModel::ChangeRole).toString(), QStringLiteral("▲ +3"));
        QCOMPARE(employment.data(IndicatorTableModel::ChangeGoodRole).toInt(), 1);
        QVERIFY(employment.data(Qt::AccessibleDescriptionRole).toString().contains(QStringLiteral("better")));
        const QModelIndex unemployment = model->index(1, 2);
        QCOMPARE(unemployment.data(IndicatorTableModel::ChangeRole).toString(), QStringLiteral("▲ +0.6"));
        QCOMPARE(unemployment.data(IndicatorTableModel::ChangeGoodRole).toInt(), -1);
        QVERIFY(
            unemployment.data(Qt::AccessibleDescriptionRole).toString().contains(QStringLiteral("worse")));
        QCOMPARE(model->index(1, 3).data(IndicatorTableModel::ChangeGoodRole).toInt(), 1); // 3.9% → 3.1%
        QVERIFY(!(employment.flags() & Qt::ItemIsEditable)); // a period's figures come from its CSV

        // The baseline again: the event's figures, editable, no change shown.
        page.periodCombo()->setCurrentIndex(0);
        emit page.periodCombo()->activated(0);
        QCOMPARE(model->index(0, 2).data().toString(), QStringLiteral("71%"));
        QVERIFY(!model->index(0, 2).data(IndicatorTableModel::ChangeRole).isValid());

        // A bad line names its line and changes nothing; undo takes the period back out.
        f.open(QIODevice::WriteOnly);
        f.write("domain,indicator,North Town,South Vale,higher_is_better\nWork,Employment rate,74%\n");
        f.close();
        QVERIFY(!page.importPeriodCsv(csv, QStringLiteral("2024 Q2"), &errors));
        QVERIFY2(errors.join(QLatin1Char(' ')).contains(QStringLiteral("line 2")),
                 qPrintable(errors.join(QLatin1Char(' '))));
        QCOMPARE(model->periods().size(), 1);
        m_doc->undoStack()->undo();
        QVERIFY(model->periods().isEmpty());
    }

    void exportPageWritesTheProgressUpdate()
    {
        QVERIFY(followup::addUpdate(*m_doc, m_actions[1], QStringLiteral("Ben"),
                                    QStringLiteral("Eight coaches booked"), QStringLiteral("on_track")));
        ExportWorkspace page(m_doc.get());
        page.resize(1366, 768);
        page.show();
        auto* sections = page.findChild<QWidget*>(QStringLiteral("packSections"));
        QVERIFY(sections && sections->isVisible());
        page.setPack(ExportWorkspace::Pack::Progress);
        // The summary pack's sections and caveat do not apply: not shown, rather than greyed.
        QVERIFY(!sections->isVisible());
        QVERIFY(!page.findChild<QWidget*>(QStringLiteral("packCaveat"))->isVisible());
        page.setProgressScope(m_places[1], QDate());
        const int southVale = page.slideCount();
        QVERIFY(southVale > 0);
        page.setProgressScope(m_places[0], QDate());
        QVERIFY(page.slideCount() > 0);
        const QString out = m_dir.filePath(QStringLiteral("north-%1.md").arg(m_files));
        QSignalSpy done(&page, &ExportWorkspace::exportFinished);
        page.startExport(slides::Format::Markdown, out, false);
        QVERIFY(done.wait(30000));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(2).toString()));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        // Every action of the place once, its update with it; another place's action not at all.
        QCOMPARE(text.count(QStringLiteral("Train job coaches")), 1);
        QCOMPARE(text.count(QStringLiteral("Eight coaches booked")), 1);
        QVERIFY(text.contains(QStringLiteral("Open a drop-in at the library")));
        QVERIFY(!text.contains(QStringLiteral("Map employers")));

        // Back to the summary pack: the CSV button is offered again.
        page.setPack(ExportWorkspace::Pack::Summary);
        QCOMPARE(page.pack(), ExportWorkspace::Pack::Summary);
        QVERIFY(sections->isVisible());
    }

    void newEventFromThisSession()
    {
        QVERIFY(followup::setStatus(*m_doc, m_actions[0], QStringLiteral("done")));
        QVERIFY(followup::addUpdate(*m_doc, m_actions[1], QStringLiteral("Ben"), QStringLiteral("Halfway"),
                                    QStringLiteral("on_track")));
        const QString path = m_doc->path();
        m_doc.reset();
        test::TestWindow window(nullptr, false);
        QVERIFY(window.openFile(path));
        const QString next = m_dir.filePath(QStringLiteral("next-%1.roundtable").arg(m_files));
        QVERIFY(window.action(MainWindow::NewEventFromSession)->isEnabled());
        QVERIFY2(window.newEventFromSessionTo(next), qPrintable(window.lastMessage()));
        QCOMPARE(window.document()->path(), next);
        Store* store = window.document()->store();
        QCOMPARE(store->count(Kind::Place), 2);
        // The open actions came along with their history, the done one did not.
        QVERIFY(!store->row(Kind::Action, m_actions[0]).isValid());
        QVERIFY(store->row(Kind::Action, m_actions[1]).isValid());
        QCOMPARE(followup::updates(*store, m_actions[1]).size(), 1);
        // A file that is already there is never written over.
        QVERIFY(!window.newEventFromSessionTo(next));
        QVERIFY(!window.lastMessage().isEmpty());
        window.closeSession();
    }

    void readOnlyChangesNothing()
    {
        const QString path = m_doc->path();
        QVERIFY(followup::setStatus(*m_doc, m_actions[0], QStringLiteral("on_track")));
        m_doc.reset();
        m_doc = std::make_unique<Document>();
        QVERIFY(!m_doc->open(path, SessionFile::Mode::ReadOnly));
        ActionTracker tracker(m_doc.get());
        tracker.show();
        const QModelIndex cell = statusCell(tracker, m_actions[0]);
        QVERIFY(!(cell.flags() & Qt::ItemIsEditable));
        tracker.table()->setCurrentIndex(cell);
        QVERIFY(!tracker.addUpdateButton()->isEnabled());
        QTest::keyClick(tracker.table(), Qt::Key_5);
        ReviewMode review(m_doc.get(), m_places[0]);
        review.show();
        QTest::keyClick(review.progressLine(), Qt::Key_3);
        QTest::keyClicks(review.progressLine(), QStringLiteral("x"));
        QTest::keyClick(review.progressLine(), Qt::Key_Return);
        QCOMPARE(followup::status(store()->row(Kind::Action, m_actions[0])), QStringLiteral("on_track"));
        QVERIFY(followup::updates(*store()).isEmpty());
    }
};

QTEST_MAIN(TestFollowUp)
#include "test_followup.moc"
