// SPDX-License-Identifier: GPL-3.0-or-later
// The Agenda page: undoable editing, flagged times, run mode driven by the keyboard alone,
// the projector, and the signals that let the agenda drive the main window.
#include "agenda/AgendaEditor.h"
#include "agenda/AgendaWorkspace.h"
#include "agenda/CountdownWidget.h"
#include "agenda/ProjectorView.h"
#include "agenda/ProjectorWindow.h"
#include "agenda/RunController.h"
#include "agenda/RunModeView.h"
#include "commands/AgendaEdits.h"
#include "commands/RowCommands.h"
#include "models/AgendaModel.h"
#include "session/Document.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QColor>
#include <QComboBox>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace rt;

namespace {
struct Item
{
    const char* start;
    const char* end;
    const char* title;
    const char* kind;
};
// Shaped like the health-and-employment seminar day; the wording is our own.
const Item kDay[] = {
    {"09:00", "09:30", "Arrival and coffee", "arrival"},
    {"09:30", "10:15", "Welcome: residents tell their story", "plenary"},
    {"10:15", "11:15", "Keynote: good work and good health", "plenary"},
    {"11:15", "11:45", "Break", "break"},
    {"11:45", "13:00", "What matters to me? Topic tables", "tables"},
    {"13:00", "14:00", "Lunch", "break"},
    {"14:00", "14:40", "Ideas for our place: PICK chart", "breakout"},
    {"14:40", "15:15", "Action planning for our place", "breakout"},
    {"15:20", "16:00", "Summary and reflection", "plenary"},
    {"16:00", "16:10", "Close", "close"},
};
constexpr int kDayCount = int(sizeof(kDay) / sizeof(kDay[0]));

QString s(const char* text)
{
    return QString::fromUtf8(text);
}
} // namespace

class TestAgenda : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    QDateTime m_now;
    qint64 m_pollId = 0;

    Store* store() { return m_doc->store(); }
    QString title(int row) { return store()->rows(Kind::AgendaItem).value(row).str(QStringLiteral("title")); }
    QString field(int row, const char* column)
    {
        return store()->rows(Kind::AgendaItem).value(row).str(QString::fromLatin1(column));
    }
    AgendaTimer::Clock clock()
    {
        return [this] { return m_now; };
    }

private slots:
    void initTestCase()
    {
        // Session files record the version that made them (an empty version is refused).
        QCoreApplication::setApplicationVersion(QStringLiteral(RT_VERSION));
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_doc = std::make_unique<Document>();
        const QString path = m_dir.filePath(
            QStringLiteral("agenda-%1.roundtable").arg(QString::fromLatin1(QTest::currentTestFunction())));
        QFile::remove(path);
        const SessionError created = m_doc->create(path);
        QVERIFY2(!created, qPrintable(created.message));
        const QStringList keys
            = {QStringLiteral("matters"), QStringLiteral("working"), QStringLiteral("not_working")};
        const QStringList questions
            = {QStringLiteral("What matters to us?"), QStringLiteral("What's working well?"),
               QStringLiteral("What's not working so well?")};
        for (int i = 0; i < keys.size(); ++i)
            QVERIFY(store()->insert(
                Kind::Prompt,
                {{QStringLiteral("key"), keys[i]}, {QStringLiteral("question"), questions[i]}}));
        m_pollId = store()->insert(Kind::Poll,
                                   {{QStringLiteral("question"), QStringLiteral("Which cohort first?")},
                                    {QStringLiteral("kind"), QStringLiteral("choice")}});
        QVERIFY(m_pollId > 0);
        for (const Item& it : kDay) {
            QVERIFY(store()->insert(Kind::AgendaItem,
                                    {{QStringLiteral("start"), s(it.start)},
                                     {QStringLiteral("end"), s(it.end)},
                                     {QStringLiteral("title"), s(it.title)},
                                     {QStringLiteral("kind"), s(it.kind)},
                                     {QStringLiteral("guidance"), QStringLiteral("")}}));
        }
        m_now = QDateTime(QDate(2026, 3, 12), QTime(8, 0));
    }
    void cleanup() { m_doc.reset(); }

    void modelFollowsEveryEdit()
    {
        AgendaModel model(m_doc.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), kDayCount);
        QVERIFY(model.setData(model.index(0, AgendaModel::End), QStringLiteral("08:50")));
        QVERIFY(model.moveItem(3, 1));
        QVERIFY(model.setData(model.index(2, AgendaModel::PollColumn), m_pollId));
        AgendaEditor editor(m_doc.get(), &model);
        editor.selectRow(4);
        editor.addItem();
        editor.removeItem();
        while (m_doc->undoStack()->canUndo())
            m_doc->undoStack()->undo();
        QCOMPARE(model.rowCount(), kDayCount);
        QCOMPARE(title(1), s(kDay[1].title));
    }

    void undoEachEdit_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("stored");
        QTest::newRow("title") << int(AgendaModel::Title) << QVariant(QStringLiteral("Keynote — Q&A"))
                               << "Keynote — Q&A";
        QTest::newRow("start, normalised")
            << int(AgendaModel::Start) << QVariant(QStringLiteral("9.35")) << "09:35";
        QTest::newRow("end, bad text kept")
            << int(AgendaModel::End) << QVariant(QStringLiteral("late")) << "late";
        QTest::newRow("kind") << int(AgendaModel::KindColumn) << QVariant(QStringLiteral("tables"))
                              << "tables";
    }
    void undoEachEdit()
    {
        QFETCH(int, column);
        QFETCH(QVariant, value);
        QFETCH(QString, stored);
        AgendaModel model(m_doc.get());
        const QStringList columns = {QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("title"),
                                     QStringLiteral("kind")};
        const QByteArray name = columns[column].toLatin1();
        const QString before = field(2, name.constData());
        QVERIFY(model.setData(model.index(2, column), value));
        QCOMPARE(field(2, name.constData()), stored);
        m_doc->undoStack()->undo();
        QCOMPARE(field(2, name.constData()), before);
        m_doc->undoStack()->redo();
        QCOMPARE(field(2, name.constData()), stored);
    }

    void attachPollUndoable()
    {
        AgendaModel model(m_doc.get());
        QVERIFY(model.setData(model.index(8, AgendaModel::PollColumn), m_pollId));
        QCOMPARE(store()->rows(Kind::AgendaItem)[8].ref(QStringLiteral("poll_id")), m_pollId);
        QCOMPARE(model.index(8, AgendaModel::PollColumn).data().toString(),
                 QStringLiteral("Which cohort first?"));
        QVERIFY(model.setData(model.index(8, AgendaModel::PollColumn), qint64(0)));
        QVERIFY(store()->rows(Kind::AgendaItem)[8].values.value(QStringLiteral("poll_id")).isNull());
        m_doc->undoStack()->undo();
        QCOMPARE(store()->rows(Kind::AgendaItem)[8].ref(QStringLiteral("poll_id")), m_pollId);
        m_doc->undoStack()->undo();
        QCOMPARE(store()->rows(Kind::AgendaItem)[8].ref(QStringLiteral("poll_id")), 0);
    }

    void comboDelegatesEditKindAndPoll()
    {
        AgendaModel model(m_doc.get());
        AgendaEditor editor(m_doc.get(), &model);
        editor.resize(1000, 600);
        editor.show();
        QTableView* view = editor.view();
        auto pick = [&](int row, int column, const QVariant& data) {
            const QModelIndex index = model.index(row, column);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the last editor
            view->setCurrentIndex(index);
            view->edit(index);
            auto* combo = view->findChild<QComboBox*>();
            QVERIFY(combo);
            const int at = combo->findData(data);
            QVERIFY(at >= 0);
            combo->setCurrentIndex(at);
            view->setCurrentIndex(model.index(row, AgendaModel::Title)); // moving on commits the editor
        };
        pick(2, AgendaModel::KindColumn, QStringLiteral("breakout"));
        QCOMPARE(field(2, "kind"), QStringLiteral("breakout"));
        QCOMPARE(model.index(2, AgendaModel::KindColumn).data().toString(), QStringLiteral("Place breakout"));
        pick(2, AgendaModel::PollColumn, m_pollId);
        QCOMPARE(store()->rows(Kind::AgendaItem)[2].ref(QStringLiteral("poll_id")), m_pollId);
        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
        QCOMPARE(field(2, "kind"), QStringLiteral("plenary"));
        QCOMPARE(store()->rows(Kind::AgendaItem)[2].ref(QStringLiteral("poll_id")), 0);
    }

    void addAndDeleteUndoable()
    {
        AgendaModel model(m_doc.get());
        AgendaEditor editor(m_doc.get(), &model);
        editor.selectRow(3);
        editor.addItem();
        QCOMPARE(model.rowCount(), kDayCount + 1);
        // The new item starts when the selected one ends.
        QCOMPARE(field(4, "start"), s(kDay[3].end));
        QCOMPARE(editor.currentRow(), 4);
        m_doc->undoStack()->undo();
        QCOMPARE(model.rowCount(), kDayCount);

        editor.selectRow(5);
        QTest::keyClick(editor.view(), Qt::Key_Delete);
        QCOMPARE(model.rowCount(), kDayCount - 1);
        QCOMPARE(title(5), s(kDay[6].title));
        m_doc->undoStack()->undo();
        QCOMPARE(title(5), s(kDay[5].title));
    }

    void altDownMovesKeepingDurations()
    {
        AgendaModel model(m_doc.get());
        AgendaEditor editor(m_doc.get(), &model);
        editor.selectRow(1); // 09:30–10:15 (45 min); the keynote is 60 min
        QTest::keyClick(editor.view(), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(title(1), s(kDay[2].title));
        QCOMPARE(title(2), s(kDay[1].title));
        QCOMPARE(field(1, "start"), QStringLiteral("09:30"));
        QCOMPARE(field(1, "end"), QStringLiteral("10:30"));
        QCOMPARE(field(2, "start"), QStringLiteral("10:30"));
        QCOMPARE(field(2, "end"), QStringLiteral("11:15"));
        QCOMPARE(editor.currentRow(), 2); // the selection follows the item
        QTest::keyClick(editor.view(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(title(1), s(kDay[1].title));
        QCOMPARE(field(1, "end"), QStringLiteral("10:15"));
        // Each move, with its time edits, is one undo step.
        m_doc->undoStack()->undo();
        QCOMPARE(title(2), s(kDay[1].title));
        m_doc->undoStack()->undo();
        QCOMPARE(title(1), s(kDay[1].title));
        QCOMPARE(field(1, "end"), QStringLiteral("10:15"));
        QCOMPARE(field(2, "start"), QStringLiteral("10:15"));
    }

    void dragAndDropKeepsDurations()
    {
        AgendaModel model(m_doc.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Drag "Break" (row 3, 30 min) above "Welcome" (row 1).
        std::unique_ptr<QMimeData> mime(model.mimeData({model.index(3, 0)}));
        QVERIFY(model.canDropMimeData(mime.get(), Qt::MoveAction, 1, 0, {}));
        model.dropMimeData(mime.get(), Qt::MoveAction, 1, 0, {});
        QCOMPARE(title(1), s("Break"));
        QCOMPARE(field(1, "start"), QStringLiteral("09:30"));
        QCOMPARE(field(1, "end"), QStringLiteral("10:00"));
        QCOMPARE(field(2, "start"), QStringLiteral("10:00"));
        QCOMPARE(field(3, "end"), QStringLiteral("11:45"));
        QCOMPARE(field(4, "start"), QStringLiteral("11:45")); // later items untouched
        m_doc->undoStack()->undo();
        QCOMPARE(title(3), s("Break"));
        QCOMPARE(field(1, "end"), QStringLiteral("10:15"));
        QCOMPARE(m_doc->undoStack()->count(), 1);
    }

    void badTimesFlaggedNotRejected_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("flaggedRow");
        QTest::addColumn<int>("flaggedColumn");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unparsable") << int(AgendaModel::Start) << "quarter past" << 2
                                    << int(AgendaModel::Start) << "not a time";
        QTest::newRow("end before start")
            << int(AgendaModel::End) << "10:00" << 2 << int(AgendaModel::End) << "before it starts";
        QTest::newRow("overlap flags this end")
            << int(AgendaModel::End) << "11:30" << 2 << int(AgendaModel::End) << "Overlaps the next item";
        QTest::newRow("overlap flags the next start")
            << int(AgendaModel::End) << "11:30" << 3 << int(AgendaModel::Start) << "previous item ends";
    }
    void badTimesFlaggedNotRejected()
    {
        QFETCH(int, column);
        QFETCH(QString, value);
        QFETCH(int, flaggedRow);
        QFETCH(int, flaggedColumn);
        QFETCH(QString, reason);
        AgendaModel model(m_doc.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex flagged = model.index(flaggedRow, flaggedColumn);
        QVERIFY(!flagged.data(Qt::BackgroundRole).isValid());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(2, column), value));
        QCOMPARE(model.index(2, column).data(Qt::EditRole).toString(), value); // kept as typed
        QCOMPARE(flagged.data(Qt::BackgroundRole).value<QColor>().red(), 0xf8);
        QVERIFY2(flagged.data(Qt::ToolTipRole).toString().contains(reason),
                 qPrintable(flagged.data(Qt::ToolTipRole).toString()));
        // Views hear about the flag even when it is on a neighbour's cell.
        bool told = false;
        for (const QList<QVariant>& args : changed) {
            const auto tl = args[0].toModelIndex(), br = args[1].toModelIndex();
            told |= tl.row() <= flaggedRow && br.row() >= flaggedRow && tl.column() <= flaggedColumn
                && br.column() >= flaggedColumn;
        }
        QVERIFY(told);
        m_doc->undoStack()->undo();
        QVERIFY(!flagged.data(Qt::BackgroundRole).isValid());
    }

    void guidancePaneUndoable()
    {
        AgendaModel model(m_doc.get());
        AgendaEditor editor(m_doc.get(), &model);
        editor.selectRow(4);
        // Empty guidance: the built-in guidance for table discussions shows as the placeholder.
        QVERIFY(editor.guidanceEdit()->placeholderText().contains(QStringLiteral("verbatim")));
        editor.guidanceEdit()->setFocus();
        QTest::keyClicks(editor.guidanceEdit(), QStringLiteral("Start with introductions."));
        QCOMPARE(field(4, "guidance"), QStringLiteral("Start with introductions."));
        // Typing is one undo step.
        m_doc->undoStack()->undo();
        QCOMPARE(field(4, "guidance"), QString());
        QCOMPARE(editor.guidanceEdit()->toPlainText(), QString());
        m_doc->undoStack()->redo();
        QCOMPARE(editor.guidanceEdit()->toPlainText(), QStringLiteral("Start with introductions."));
    }

    void runThroughTheDayWithTheKeyboard()
    {
        AgendaWorkspace ws(m_doc.get());
        ws.setClock(clock());
        ws.resize(1280, 800);
        ws.show();
        QSignalSpy asked(&ws, &AgendaWorkspace::requestWorkspace);
        QString error;
        QVERIFY(ws.showView(QStringLiteral("run"), &error));
        QCOMPARE(ws.page(), AgendaWorkspace::RunPage);
        // 08:00: before the day, so run mode opens on the first item, without driving the app.
        QCOMPARE(ws.runView()->titleText(), s(kDay[0].title));
        QCOMPARE(asked.count(), 0);
        for (int i = 1; i < kDayCount; ++i) {
            QTest::keyClick(ws.runView(), i % 2 ? Qt::Key_N : Qt::Key_Right);
            QCOMPARE(ws.runView()->titleText(), s(kDay[i].title));
            QCOMPARE(ws.projectorPreview()->titleText(), s(kDay[i].title));
            // The item's page is offered, never forced: moving on asks for no page.
            QCOMPARE(asked.count(), 0);
        }
        QTest::keyClick(ws.runView(), Qt::Key_N); // past the end: stays on the last item
        QCOMPARE(ws.runView()->titleText(), s(kDay[kDayCount - 1].title));
        QTest::keyClick(ws.runView(), Qt::Key_P);
        QTest::keyClick(ws.runView(), Qt::Key_Left);
        QCOMPARE(ws.runView()->titleText(), s(kDay[kDayCount - 3].title));
        QCOMPARE(asked.count(), 0);
        QTest::keyClick(ws.runView(), Qt::Key_Return); // Enter goes to the item's page when asked
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.last().first().toString(), QStringLiteral("places"));
    }

    void runModeOpensOnTheItemByTheClock()
    {
        m_now = QDateTime(QDate(2026, 3, 12), QTime(12, 15));
        AgendaWorkspace ws(m_doc.get());
        ws.setClock(clock());
        QString error;
        QVERIFY(ws.showView(QStringLiteral("run"), &error));
        QCOMPARE(ws.runView()->titleText(), s(kDay[4].title));
        QCOMPARE(ws.runController()->timer().text(), QStringLiteral("45:00"));
        // The lid was closed over lunch: on the next tick the clock moves run mode on.
        QSignalSpy asked(&ws, &AgendaWorkspace::requestWorkspace);
        QSignalSpy ended(ws.runController(), &RunController::endReached);
        m_now = QDateTime(QDate(2026, 3, 12), QTime(14, 10));
        ws.runController()->tick();
        QCOMPARE(ended.count(), 1); // the table discussion's time ran out while the lid was shut
        ws.runController()->tick();
        QCOMPARE(ended.count(), 1);
        QCOMPARE(ws.runView()->titleText(), s(kDay[6].title));
        QCOMPARE(ws.runController()->timer().text(), QStringLiteral("30:00"));
        QCOMPARE(asked.count(), 0); // the clock moving on never switches the window's page
    }

    void runKeysControlTheTimer()
    {
        AgendaWorkspace ws(m_doc.get());
        ws.setClock(clock());
        QString error;
        QVERIFY(ws.showView(QStringLiteral("run:2"), &error));
        const AgendaTimer& t = ws.runController()->timer();
        QCOMPARE(t.totalMs(), qint64(45 * 60000));
        QTest::keyClick(ws.runView(), Qt::Key_Space);
        QVERIFY(t.isPaused());
        m_now = m_now.addSecs(600);
        QCOMPARE(t.text(), QStringLiteral("45:00"));
        QTest::keyClick(ws.runView(), Qt::Key_Space);
        QVERIFY(!t.isPaused());
        QTest::keyClick(ws.runView(), Qt::Key_E);
        QTest::keyClick(ws.runView(), Qt::Key_Plus);
        QCOMPARE(t.totalMs(), qint64(55 * 60000));
        QCOMPARE(t.text(), QStringLiteral("55:00"));

        // M mutes the end sound for the rest of the app's run.
        const bool muted = RunController::isMuted();
        QTest::keyClick(ws.runView(), Qt::Key_M);
        QCOMPARE(RunController::isMuted(), !muted);
        QTest::keyClick(ws.runView(), Qt::Key_M);
        QCOMPARE(RunController::isMuted(), muted);
    }

    void editingTheAgendaDuringTheDayKeepsTheCountdown()
    {
        AgendaWorkspace ws(m_doc.get());
        ws.setClock(clock());
        QString error;
        QVERIFY(ws.showView(QStringLiteral("run:5"), &error));
        m_now = m_now.addSecs(30 * 60);
        QCOMPARE(ws.runController()->timer().text(), QStringLiteral("45:00"));
        // The organiser moves lunch up to second place: the same item stays current, one place later.
        QVERIFY(ws.model()->moveItem(5, 1));
        QCOMPARE(ws.runController()->current(), 5);
        QCOMPARE(ws.runView()->titleText(), s(kDay[4].title));
        QCOMPARE(ws.runController()->timer().text(), QStringLiteral("45:00"));
        // Deleting the current item moves run mode to the item now in its place.
        m_doc->push(new RemoveRowCommand(store(), Kind::AgendaItem, store()->rows(Kind::AgendaItem)[5].id));
        QCOMPARE(ws.runView()->titleText(), s(kDay[6].title));
    }

    void pollOpensFromRunMode()
    {
        AgendaModel model(m_doc.get());
        QVERIFY(model.setData(model.index(8, AgendaModel::PollColumn), m_pollId));
        AgendaWorkspace ws(m_doc.get());
        ws.setClock(clock());
        QSignalSpy asked(&ws, &AgendaWorkspace::requestWorkspace);
        QSignalSpy poll(&ws, &AgendaWorkspace::openPoll);
        QString error;
        QVERIFY(ws.showView(QStringLiteral("run:8"), &error));
        QTest::keyClick(ws.runView(), Qt::Key_O); // no poll on this item
        QCOMPARE(poll.count(), 0);
        QTest::keyClick(ws.runView(), Qt::Key_Return); // a breakout: Places
        QCOMPARE(asked.last().first().toString(), QStringLiteral("places"));
        QTest::keyClick(ws.runView(), Qt::Key_N);
        QTest::keyClick(ws.runView(), Qt::Key_O);
        QCOMPARE(poll.count(), 1);
        QCOMPARE(poll.first().first().toLongLong(), m_pollId);
        QCOMPARE(asked.last().first().toString(), QStringLiteral("polls"));
    }

    void requestsReachTheMainWindowSignal()
    {
        AgendaModel model(m_doc.get());
        QVERIFY(model.setData(model.index(8, AgendaModel::PollColumn), m_pollId));
        AgendaWorkspace ws(m_doc.get());
        ws.setClock(clock());
        QSignalSpy views(&ws, &Workspace::viewRequested);
        QString error;
        QVERIFY(ws.showView(QStringLiteral("run:4"), &error));
        QTest::keyClick(ws.runView(), Qt::Key_N);
        QCOMPARE(views.count(), 0);
        QTest::keyClick(ws.runView(), Qt::Key_Return);
        QCOMPARE(views.count(), 1);
        QCOMPARE(views.last().first().toString(), QStringLiteral("tables"));
        QVERIFY(ws.showView(QStringLiteral("run:9"), &error));
        QTest::keyClick(ws.runView(), Qt::Key_O);
        QCOMPARE(views.count(), 3);
        QCOMPARE(views.at(1).first().toString(), QStringLiteral("polls"));
        QCOMPARE(views.at(2).first().toString(), QStringLiteral("poll:1"));
    }

    void countdownColoursAndEndCue_data()
    {
        QTest::addColumn<int>("secondsIn");
        QTest::addColumn<AgendaTimer::Phase>("phase");
        QTest::addColumn<QString>("text");
        // "Welcome" is 45 minutes: amber at 9 minutes left, red at 2:15.
        QTest::newRow("normal") << 0 << AgendaTimer::Phase::Normal << "45:00";
        QTest::newRow("amber") << 36 * 60 << AgendaTimer::Phase::Amber << "09:00";
        QTest::newRow("red") << 43 * 60 << AgendaTimer::Phase::Red << "02:00";
        QTest::newRow("over") << 47 * 60 + 5 << AgendaTimer::Phase::Overrun << "+02:05";
    }
    void countdownColoursAndEndCue()
    {
        QFETCH(int, secondsIn);
        QFETCH(AgendaTimer::Phase, phase);
        QFETCH(QString, text);
        AgendaWorkspace ws(m_doc.get());
        ws.setClock(clock());
        QString error;
        QVERIFY(ws.showView(QStringLiteral("run:2"), &error));
        QSignalSpy ended(ws.runController(), &RunController::endReached);
        m_now = m_now.addSecs(secondsIn);
        ws.runController()->tick();
        CountdownWidget* cd = ws.runView()->countdown();
        QCOMPARE(cd->text(), text);
        QCOMPARE(cd->phase(), phase);
        QCOMPARE(ws.projectorPreview()->countdown()->text(), text);
        const bool over = phase == AgendaTimer::Phase::Overrun;
        QCOMPARE(ended.count(), over ? 1 : 0);
        QCOMPARE(cd->isFlashing(), over);
        ws.runController()->tick();
        QCOMPARE(ended.count(), over ? 1 : 0); // once per item
    }

    void projectorIsReadable()
    {
        AgendaWorkspace ws(m_doc.get());
        ws.setClock(clock());
        ws.resize(1280, 800);
        ws.show();
        QString error;
        QVERIFY(ws.showView(QStringLiteral("projector:5"), &error));
        QCOMPARE(ws.page(), AgendaWorkspace::ProjectorPage);
        ProjectorWindow* window = ws.projectorWindow();
        window->resize(1280, 800);
        window->show();
        QApplication::processEvents();
        ProjectorView* view = window->view();
        QCOMPARE(view->titleText(), s(kDay[4].title));
        QVERIFY2(view->titlePixelSize() >= 48, QByteArray::number(view->titlePixelSize()));
        QVERIFY2(view->countdown()->digitPixelSize() >= 120,
                 QByteArray::number(view->countdown()->digitPixelSize()));
        // It scales both ways: a 1080p projector, then back to a small window.
        window->resize(1920, 1080);
        QApplication::processEvents();
        QVERIFY(view->countdown()->digitPixelSize() > 300);
        window->resize(1024, 768);
        QApplication::processEvents();
        QCOMPARE(window->size(), QSize(1024, 768));
        QVERIFY(view->titlePixelSize() >= 48);
        QVERIFY(view->countdown()->digitPixelSize() >= 120);
        // The prompts of the event are on the screen for a table discussion.
        const QList<QLabel*> labels = view->findChildren<QLabel*>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel* l) {
            return l->text().contains(QStringLiteral("What matters to us?"));
        }));
        // The polls page's side area.
        auto* side = new QLabel(QStringLiteral("QR"));
        ws.setProjectorSideWidget(side);
        QCOMPARE(view->sideWidget(), side);
        QCOMPARE(side->parentWidget(), view);
        QApplication::processEvents();
        QVERIFY(view->countdown()->digitPixelSize() >= 120);
        window->close();
    }

    void projectorShowsOnlyRoomText()
    {
        // The facilitator's guidance may be for facilitators only; the room sees its own line.
        const qint64 arrival = store()->rows(Kind::AgendaItem).first().id;
        QVERIFY(edit::editAgendaGuidance(*m_doc, arrival,
                                         QStringLiteral("Check every table laptop has this session open.")));
        AgendaWorkspace ws(m_doc.get());
        ws.setClock(clock());
        QString error;
        QVERIFY(ws.showView(QStringLiteral("projector:1"), &error));
        ProjectorWindow* window = ws.projectorWindow();
        window->resize(1366, 768);
        window->show();
        QApplication::processEvents();
        const auto shown = [&] {
            QStringList texts;
            for (QLabel* l : window->view()->findChildren<QLabel*>())
                texts << l->text();
            return texts.join(QLatin1Char('\n'));
        };
        QVERIFY2(!shown().contains(QStringLiteral("Check every table laptop")), qPrintable(shown()));
        QVERIFY2(shown().contains(QStringLiteral("Find your table")), qPrintable(shown())); // built-in
        // The agenda editor's "Shown to the room" field: typed, one undo step, on the projector.
        AgendaModel model(m_doc.get());
        AgendaEditor editor(m_doc.get(), &model);
        editor.selectRow(0);
        QVERIFY(editor.roomTextEdit()->placeholderText().contains(QStringLiteral("Find your table")));
        editor.roomTextEdit()->setFocus();
        QTest::keyClicks(editor.roomTextEdit(), QStringLiteral("Coffee is in the foyer"));
        QCOMPARE(field(0, "room_text"), QStringLiteral("Coffee is in the foyer"));
        QApplication::processEvents();
        QVERIFY2(shown().contains(QStringLiteral("Coffee is in the foyer")), qPrintable(shown()));
        QVERIFY(!shown().contains(QStringLiteral("Check every table laptop")));
        m_doc->undoStack()->undo();
        QCOMPARE(field(0, "room_text"), QString());
        QApplication::processEvents();
        QVERIFY(shown().contains(QStringLiteral("Find your table")));
        // Run mode, which only the facilitator sees, keeps the guidance.
        QVERIFY(ws.showView(QStringLiteral("run:1"), &error));
        QVERIFY(ws.runView()->findChild<QTextBrowser*>()->toPlainText().contains(
            QStringLiteral("Check every table laptop")));
        window->close();
    }

    void longTitlesAreShownWhole_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("laptop") << QSize(1366, 768);
        QTest::newRow("projector") << QSize(1920, 1080);
    }
    void longTitlesAreShownWhole()
    {
        // Titles as long as the seminar's own: on the projector and in run mode's NEXT panel they
        // wrap and shrink, and are never cut at an edge.
        QFETCH(QSize, size);
        const QString longTitle = QStringLiteral(
            "Welcome and introductions; the voice of the resident; keynote speaker on good work");
        const QList<Row> items = store()->rows(Kind::AgendaItem);
        QVERIFY(store()->update(Kind::AgendaItem, items[1].id, QStringLiteral("title"), longTitle));
        AgendaWorkspace ws(m_doc.get());
        ws.setClock(clock());
        ws.resize(size - QSize(220, 60)); // beside the navigation pane
        ws.show();
        QString error;
        QVERIFY(ws.showView(QStringLiteral("run:1"), &error));
        QApplication::processEvents();
        QVERIFY(ws.runView()->nextPanelFits());
        QVERIFY(ws.runView()->findChildren<QLabel*>().size() > 0);
        QVERIFY(ws.showView(QStringLiteral("projector:2"), &error));
        ProjectorWindow* window = ws.projectorWindow();
        window->resize(size);
        window->show();
        QApplication::processEvents();
        QLabel* title = nullptr;
        for (QLabel* l : window->view()->findChildren<QLabel*>()) {
            if (l->text() == longTitle)
                title = l;
        }
        QVERIFY(title);
        QVERIFY2(
            title->heightForWidth(title->width()) <= title->height(),
            qPrintable(
                QStringLiteral("%1 > %2").arg(title->heightForWidth(title->width())).arg(title->height())));
        window->close();
    }

    void projectorWindowOnTheOnlyScreen()
    {
        AgendaWorkspace ws(m_doc.get());
        ws.setClock(clock());
        QString error;
        QVERIFY(ws.showView(QStringLiteral("run:3"), &error));
        ProjectorWindow* window = ws.projectorWindow();
        QCOMPARE(QGuiApplication::screens().size(), 1); // offscreen: one screen
        window->showOn(nullptr);
        QVERIFY(window->isVisible());
        QVERIFY(!window->isFullScreen()); // one screen: a window, so the laptop keeps its controls
        // A clicker focused on the projector window still moves the day on.
        QTest::keyClick(window, Qt::Key_PageDown);
        QCOMPARE(window->view()->titleText(), s(kDay[3].title));
        QCOMPARE(ws.runView()->titleText(), s(kDay[3].title));
        window->close();
    }

    void fitsBesideTheNavigation_data()
    {
        QTest::addColumn<QString>("view");
        QTest::newRow("editor") << QStringLiteral("agenda");
        QTest::newRow("run") << QStringLiteral("run:5");
        QTest::newRow("projector") << QStringLiteral("projector:5");
    }
    void fitsBesideTheNavigation()
    {
        // A 1280-wide laptop screen keeps 960-1000 px for a page beside the navigation pane.
        QFETCH(QString, view);
        AgendaWorkspace ws(m_doc.get());
        ws.setClock(clock());
        QString error;
        QVERIFY(ws.showView(view, &error));
        QVERIFY2(ws.minimumSizeHint().width() <= 960, QByteArray::number(ws.minimumSizeHint().width()));
        QVERIFY2(ws.minimumSizeHint().height() <= 700, QByteArray::number(ws.minimumSizeHint().height()));
    }

    void showViewErrors()
    {
        AgendaWorkspace ws(m_doc.get());
        QString error;
        QVERIFY(!ws.showView(QStringLiteral("run:0"), &error));
        QVERIFY(error.contains(QStringLiteral("1 to 10")));
        QVERIFY(!ws.showView(QStringLiteral("run:x"), &error));
        QVERIFY(!ws.showView(QStringLiteral("table:1"), &error));
        QVERIFY(ws.showView(QStringLiteral("agenda"), &error));
        QCOMPARE(ws.page(), AgendaWorkspace::EditPage);
        QCOMPARE(ws.viewNames().size(), 5);
    }

    /** Every view renders at 1280x800; with RT_SCREENSHOTS=DIR the pictures are kept for a person
     *  to look at (otherwise they go to a temporary folder). */
    void screenshots()
    {
        QTemporaryDir scratch;
        const QString dir = qEnvironmentVariable("RT_SCREENSHOTS", scratch.path());
        QDir().mkpath(dir);
        AgendaModel model(m_doc.get());
        QVERIFY(model.setData(model.index(8, AgendaModel::PollColumn), m_pollId));
        QVERIFY(model.setData(model.index(5, AgendaModel::End), QStringLiteral("14:10")));
        AgendaWorkspace ws(m_doc.get());
        ws.setClock(clock());
        ws.resize(1280, 800);
        ws.show();
        QString error;
        auto shot = [&](const QString& name) {
            QApplication::processEvents();
            QVERIFY(ws.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
        };
        QVERIFY(ws.showView(QStringLiteral("agenda"), &error));
        ws.editor()->selectRow(4);
        shot(QStringLiteral("agenda-editor"));
        m_doc->undoStack()->undo();
        m_now = QDateTime(QDate(2026, 3, 12), QTime(11, 52, 13));
        QVERIFY(ws.showView(QStringLiteral("run"), &error));
        ws.runController()->tick();
        shot(QStringLiteral("run-normal"));
        m_now = QDateTime(QDate(2026, 3, 12), QTime(12, 47, 30));
        ws.runController()->tick();
        shot(QStringLiteral("run-amber"));
        m_now = QDateTime(QDate(2026, 3, 12), QTime(12, 57, 10));
        ws.runController()->tick();
        shot(QStringLiteral("run-red"));
        QVERIFY(ws.showView(QStringLiteral("run:2"), &error));
        m_now = m_now.addSecs(47 * 60 + 25);
        ws.runController()->tick();
        shot(QStringLiteral("run-overrun-flash"));
        ws.runView()->countdown()->stopFlash();
        ws.projectorPreview()->countdown()->stopFlash();
        shot(QStringLiteral("run-overrun"));
        m_now = QDateTime(QDate(2026, 3, 12), QTime(11, 52, 13));
        QVERIFY(ws.showView(QStringLiteral("projector"), &error));
        ws.runController()->followClock();
        shot(QStringLiteral("projector"));
        QVERIFY(ws.showView(QStringLiteral("projector:7"), &error));
        shot(QStringLiteral("projector-pick"));
        ProjectorWindow* window = ws.projectorWindow();
        window->resize(1920, 1080);
        window->show();
        QApplication::processEvents();
        QVERIFY(window->grab().save(dir + QStringLiteral("/projector-window-1080p.png")));
        window->close();
    }
};

QTEST_MAIN(TestAgenda)
#include "test_agenda.moc"
