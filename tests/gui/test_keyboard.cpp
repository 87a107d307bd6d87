// SPDX-License-Identifier: GPL-3.0-or-later
// The facilitator's day by keyboard (issue 19): grids that behave like spreadsheets (no keystroke
// reaches a button nobody focused), run mode's keys and countdown whatever page is in front, the
// Run menu's shortcuts, page switches worked through the accessibility actions, and a read-only
// second window that invites no typing and follows the writer live. RT_SCREENSHOT_DIR keeps the
// run-mode and read-only pictures for a person to look at.
#include "TestWindow.h"
#include "agenda/AgendaEditor.h"
#include "agenda/AgendaWorkspace.h"
#include "agenda/RunController.h"
#include "agenda/RunStatusWidget.h"
#include "commands/PlaceEdits.h"
#include "commands/PollEdits.h"
#include "export/ExportWorkspace.h"
#include "interchange/SessionBuilder.h"
#include "models/AgendaModel.h"
#include "places/ActionPlanWidget.h"
#include "places/PlacesWorkspace.h"
#include "polls/PhonePanel.h"
#include "polls/PollsWorkspace.h"
#include "session/Document.h"
#include "shell/ReadOnly.h"
#include "shell/Settings.h"
#include "slides/DeckBuilder.h"
#include "store/Columns.h"
#include "store/Store.h"
#include "tables/TablesWorkspace.h"

#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>
#include <memory>

using namespace rt;

namespace {

void process()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

QPushButton* buttonNamed(QWidget* root, const QString& text)
{
    const QList<QPushButton*> all = root->findChildren<QPushButton*>();
    for (QPushButton* b : all)
        if (b->text() == text || b->accessibleName() == text)
            return b;
    return nullptr;
}

/** The widget a cell's editor put the keys in (the editor or its own line edit). */
QWidget* editorFocus()
{
    return QApplication::focusWidget();
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_pristine;
    QString m_path;
    std::unique_ptr<Document> m_document;
    std::unique_ptr<test::TestWindow> m_window;

    void openWindow()
    {
        m_window.reset();
        m_document.reset();
        m_path = m_dir.filePath(QStringLiteral("sample.roundtable"));
        QFile::remove(m_path);
        QVERIFY(QFile::copy(m_pristine, m_path));
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
        m_document = std::make_unique<Document>();
        QVERIFY(!m_document->open(m_path, SessionFile::Mode::ReadWrite));
        m_window = std::make_unique<test::TestWindow>(m_document.get(), false);
        m_window->resize(1366, 768);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    Store* store() const { return m_document->store(); }
    template<class T> T* workspace() const
    {
        for (Workspace* ws : m_window->workspaces())
            if (auto* t = qobject_cast<T*>(ws))
                return t;
        return nullptr;
    }
    void shoot(const QString& name)
    {
        const QString dir = qEnvironmentVariable("RT_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        m_window->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        Settings::setPathOverride(m_dir.filePath(QStringLiteral("settings.ini")));
        QFile json(QStringLiteral(RT_SOURCE_DIR "/resources/templates/sample-session.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject object = QJsonDocument::fromJson(json.readAll()).object();
        m_pristine = m_dir.filePath(QStringLiteral("pristine.roundtable"));
        QString error;
        QVERIFY2(interchange::buildSessionFile(m_pristine, object, &error), qPrintable(error));
    }
    void cleanup()
    {
        m_window.reset();
        m_document.reset();
    }

    /** Typing an aim and its cohort with Tab between them: nothing but the two cells changes. */
    void aimsGridTabStaysInTheGrid()
    {
        openWindow();
        QString error;
        QVERIFY2(m_window->showView(QStringLiteral("places"), &error), qPrintable(error));
        process();
        auto* aims = m_window->findChild<QTableView*>();
        const QList<QTableView*> tables = m_window->findChildren<QTableView*>();
        for (QTableView* t : tables)
            if (t->accessibleName() == QLatin1String("Aims"))
                aims = t;
        QVERIFY(aims && aims->isVisible());
        QVERIFY(aims->model()->rowCount() > 0);
        const int places = store()->count(Kind::Place);
        const int aimCount = aims->model()->rowCount();
        const int lastRow = aimCount - 1;
        aims->setFocus();
        aims->setCurrentIndex(aims->model()->index(lastRow, 0));
        aims->edit(aims->currentIndex());
        process();
        QTest::keyClicks(editorFocus(), QStringLiteral(" Adults"));
        QTest::keyClick(editorFocus(), Qt::Key_Tab);
        process();
        QCOMPARE(aims->currentIndex().row(), lastRow);
        QCOMPARE(aims->currentIndex().column(), 1); // the cohort cell, being edited
        QVERIFY(aims->isAncestorOf(editorFocus()));
        QTest::keyClicks(editorFocus(), QStringLiteral("18-64 with common mental health problems"));
        QTest::keyClick(editorFocus(), Qt::Key_Return);
        process();
        QCOMPARE(store()->count(Kind::Place), places); // no place named "18-64 …"
        QCOMPARE(aims->model()->rowCount(), aimCount);
        const QString statement = aims->model()->index(lastRow, 0).data(Qt::EditRole).toString();
        QVERIFY2(statement.endsWith(QLatin1String("Adults")), qPrintable(statement));
        // Enter committed the one-line cohort without a line break.
        QCOMPARE(aims->model()->index(lastRow, 1).data(Qt::EditRole).toString(),
                 QStringLiteral("18-64 with common mental health problems"));
        QCOMPARE(aims, QApplication::focusWidget());

        // Tab from the last cell makes a new aim (one undo step) and edits its first cell.
        aims->setCurrentIndex(aims->model()->index(lastRow, 1));
        aims->edit(aims->currentIndex());
        QTest::keyClick(editorFocus(), Qt::Key_Tab);
        process();
        QCOMPARE(aims->model()->rowCount(), aimCount + 1);
        QCOMPARE(aims->currentIndex().row(), aimCount);
        QVERIFY(aims->isAncestorOf(editorFocus()));
        QTest::keyClick(editorFocus(), Qt::Key_Escape);
        QCOMPARE(store()->count(Kind::Place), places);
        m_document->undoStack()->undo();
        QCOMPARE(aims->model()->rowCount(), aimCount);
    }

    /** The action plan: words typed with Tab between cells all land, whole, in their cells. */
    void actionPlanTabKeepsEveryWord()
    {
        openWindow();
        QString error;
        QVERIFY2(m_window->showView(QStringLiteral("actions:1"), &error), qPrintable(error));
        process();
        ActionPlanWidget* plan = workspace<PlacesWorkspace>()->actions();
        QTableView* table = plan->table();
        const int actions = store()->count(Kind::Action);
        QVERIFY(plan->addAction() > 0); // edits the new row's Action cell
        process();
        const int row = table->currentIndex().row();
        QCOMPARE(table->currentIndex().column(), int(ActionPlanWidget::Action));
        QTest::keyClicks(editorFocus(), QStringLiteral("Run a peer group"));
        QTest::keyClick(editorFocus(), Qt::Key_Tab);
        QTest::keyClicks(editorFocus(), QStringLiteral("Practice nurse"));
        QTest::keyClick(editorFocus(), Qt::Key_Tab);
        QTest::keyClicks(editorFocus(), QStringLiteral("Within 3 months"));
        QTest::keyClick(editorFocus(), Qt::Key_Tab);
        QTest::keyClicks(editorFocus(), QStringLiteral("Ten people attend"));
        QTest::keyClick(editorFocus(), Qt::Key_Backtab); // back to "by when", committing
        QTest::keyClick(editorFocus(), Qt::Key_Escape);
        process();
        QCOMPARE(store()->count(Kind::Action), actions + 1); // no junk rows
        auto cell
            = [&](int column) { return table->model()->index(row, column).data(Qt::EditRole).toString(); };
        QCOMPARE(cell(ActionPlanWidget::Action), QStringLiteral("Run a peer group"));
        QCOMPARE(cell(ActionPlanWidget::Who), QStringLiteral("Practice nurse"));
        QCOMPARE(cell(ActionPlanWidget::ByWhen), QStringLiteral("Within 3 months"));
        QCOMPARE(cell(ActionPlanWidget::Measure), QStringLiteral("Ten people attend"));
        // Tab from the last cell adds a row through the undoable add command.
        table->setCurrentIndex(
            table->model()->index(table->model()->rowCount() - 1, ActionPlanWidget::Measure));
        table->edit(table->currentIndex());
        QTest::keyClick(editorFocus(), Qt::Key_Tab);
        process();
        QCOMPARE(store()->count(Kind::Action), actions + 2);
        QVERIFY(table->isAncestorOf(editorFocus()));
        QTest::keyClick(editorFocus(), Qt::Key_Escape);
        m_document->undoStack()->undo();
        QCOMPARE(store()->count(Kind::Action), actions + 1);
    }

    /** A multi-line cell: Shift+Enter breaks the line, Enter commits without a trailing break. */
    void enterCommitsWithoutTrailingLineBreak()
    {
        openWindow();
        QString error;
        QVERIFY2(m_window->showView(QStringLiteral("agenda"), &error), qPrintable(error));
        AgendaEditor* editor = workspace<AgendaWorkspace>()->editor();
        QTableView* view = editor->view();
        const int items = view->model()->rowCount();
        const QModelIndex title = view->model()->index(items - 1, AgendaModel::Title);
        view->setFocus();
        view->setCurrentIndex(title);
        view->edit(title);
        process();
        auto* line = qobject_cast<QLineEdit*>(editorFocus());
        QVERIFY(line);
        line->selectAll();
        QTest::keyClicks(line, QStringLiteral("Close"));
        QTest::keyClick(line, Qt::Key_Return);
        process();
        QCOMPARE(view->model()->index(items - 1, AgendaModel::Title).data(Qt::EditRole).toString(),
                 QStringLiteral("Close"));
        QCOMPARE(QApplication::focusWidget(), view);
        // Tab through the last item's cells ends in a new item, edited.
        view->setCurrentIndex(view->model()->index(items - 1, view->model()->columnCount() - 1));
        view->edit(view->currentIndex());
        process();
        QTest::keyClick(editorFocus(), Qt::Key_Tab);
        process();
        QCOMPARE(view->model()->rowCount(), items + 1);
        QCOMPARE(view->currentIndex().row(), items);
    }

    /** Run mode: F5 starts it; its keys work with the navigation list focused (Ctrl+1, then P);
     *  moving on never switches the page; the status bar's countdown stays on every page. */
    void runModeKeysAndCountdownEverywhere()
    {
        openWindow();
        QCOMPARE(m_window->action(MainWindow::StartRun)->shortcut(), QKeySequence(Qt::Key_F5));
        QCOMPARE(m_window->action(MainWindow::ShowProjector)->shortcut(), QKeySequence(Qt::Key_F6));
        const QList<QKeySequence> redo = m_window->action(MainWindow::Redo)->shortcuts();
        QVERIFY(redo.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
        QVERIFY(redo.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));

        AgendaWorkspace* agenda = workspace<AgendaWorkspace>();
        // Before the day starts, so run mode begins at the first item whatever the hour the test
        // runs (during the day it follows the clock to the item under way).
        agenda->setClock([] { return QDateTime(QDate::currentDate(), QTime(6, 0)); });
        RunStatusWidget* status = agenda->runStatus();
        QVERIFY(!status->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        process();
        QVERIFY(agenda->isRunning());
        QCOMPARE(agenda->page(), AgendaWorkspace::RunPage);
        QVERIFY(status->isVisible());
        QVERIFY(m_window->statusBar()->isAncestorOf(status));
        RunController* run = agenda->runController();
        const int first = run->current();
        QVERIFY(first >= 0);

        // Ctrl+1 focuses the navigation list: P is the previous item, not the Places page.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N);
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        process();
        QCOMPARE(QApplication::focusWidget(), m_window->navigationView());
        QTest::keyClick(m_window->navigationView(), Qt::Key_N);
        QCOMPARE(run->current(), first + 2);
        QTest::keyClick(m_window->navigationView(), Qt::Key_P);
        QCOMPARE(run->current(), first + 1);
        QCOMPARE(m_window->currentWorkspace(), static_cast<Workspace*>(agenda));

        // Onto the table discussion: the window stays, and offers the page.
        int tablesItem = -1;
        for (int i = 0; i < run->items().size(); ++i)
            if (RunController::workspaceFor(run->items().at(i)) == QLatin1String("tables")) {
                tablesItem = i;
                break;
            }
        QVERIFY(tablesItem >= 0);
        while (run->current() < tablesItem)
            QTest::keyClick(m_window->navigationView(), Qt::Key_N);
        run->tick();
        process();
        QCOMPARE(m_window->currentWorkspace(), static_cast<Workspace*>(agenda));
        QVERIFY(status->goButton()->isVisible());
        QCOMPARE(status->goButton()->text(), QStringLiteral("Go to Tables"));
        shoot(QStringLiteral("run-mode-status"));
        QTest::mouseClick(status->goButton(), Qt::LeftButton);
        process();
        QVERIFY(qobject_cast<TablesWorkspace*>(m_window->currentWorkspace()));
        QVERIFY(!status->goButton()->isVisible()); // not offered on the page it would go to
        // The countdown stays on screen, named for a screen reader.
        QVERIFY(status->isVisible());
        QVERIFY(status->text().contains(run->currentItem().str(col::Title).left(20)));
        QVERIFY(status->timerButton()->accessibleName().startsWith(QLatin1String("Run mode: ")));
        shoot(QStringLiteral("run-mode-status-tables"));
        // Space pauses from the Tables page too (its overview list has the focus).
        m_window->currentWorkspace()->findChild<QListView*>()->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QVERIFY(run->timer().isPaused());
        // Typing a note is typing: N is a letter there.
        QString error;
        QVERIFY(m_window->showView(QStringLiteral("table:1"), &error));
        process();
        const int current = run->current();
        QWidget* entry = QApplication::focusWidget();
        QVERIFY(qobject_cast<QPlainTextEdit*>(entry));
        QTest::keyClicks(entry, QStringLiteral("Need"));
        QCOMPARE(run->current(), current);
        QVERIFY(qobject_cast<QPlainTextEdit*>(entry)->toPlainText().contains(QLatin1String("Need")));

        // Shift+F5 ends run mode: the countdown goes, the keys are letters again.
        QTest::keyClick(m_window.get(), Qt::Key_F5, Qt::ShiftModifier);
        process();
        QVERIFY(!agenda->isRunning());
        QVERIFY(!status->isVisible());
    }

    /** The page switches are in the Tab order, and their accessibility actions change the view. */
    void pageSwitchesByKeysAndAccessibilityActions()
    {
        openWindow();
        AgendaWorkspace* agenda = workspace<AgendaWorkspace>();
        QList<QToolButton*> agendaTabs;
        for (QToolButton* b : agenda->findChildren<QToolButton*>())
            if (b->isCheckable())
                agendaTabs << b;
        QCOMPARE(agendaTabs.size(), 3);
        for (QToolButton* b : std::as_const(agendaTabs)) {
            QVERIFY(b->focusPolicy() & Qt::TabFocus);
            QVERIFY(!b->accessibleName().isEmpty());
        }
        auto toggle = [](QWidget* w) {
            QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
            QVERIFY(iface && iface->actionInterface());
            QAccessibleActionInterface* actions = iface->actionInterface();
            const QStringList names = actions->actionNames();
            const QString action = names.contains(QAccessibleActionInterface::toggleAction())
                ? QAccessibleActionInterface::toggleAction()
                : QAccessibleActionInterface::pressAction();
            actions->doAction(action);
            process();
        };
        toggle(agendaTabs[1]);
        QCOMPARE(agenda->page(), AgendaWorkspace::RunPage);
        toggle(agendaTabs[2]);
        QCOMPARE(agenda->page(), AgendaWorkspace::ProjectorPage);
        toggle(agendaTabs[0]);
        QCOMPARE(agenda->page(), AgendaWorkspace::EditPage);
        // Space on a focused switch works it too.
        agendaTabs[1]->setFocus();
        QTest::keyClick(agendaTabs[1], Qt::Key_Space);
        QCOMPARE(agenda->page(), AgendaWorkspace::RunPage);
        agenda->stopRun();

        QString error;
        QVERIFY(m_window->showView(QStringLiteral("table:1"), &error));
        TablesWorkspace* tables = workspace<TablesWorkspace>();
        auto* stack = tables->findChild<QStackedWidget*>();
        QVERIFY(stack);
        for (int mode : {2, 0, 1}) {
            auto* b = tables->findChild<QToolButton*>(QStringLiteral("mode%1").arg(mode));
            QVERIFY(b);
            toggle(b);
            QCOMPARE(stack->currentIndex(), mode);
        }
        // The switches are one stop in the Tab order (the checked one), like a tab bar; the
        // arrows move between them and change the view.
        auto* table = tables->findChild<QToolButton*>(QStringLiteral("mode1"));
        QVERIFY(table->isChecked());
        QWidget* search = tables->findChild<QLineEdit*>(QStringLiteral("tablesSearch"));
        QVERIFY(search);
        search->setFocus(Qt::TabFocusReason);
        QTest::keyClick(search, Qt::Key_Backtab, Qt::ShiftModifier);
        QVERIFY(QApplication::focusWidget()->objectName().startsWith(QLatin1String("mode")));
        table->setFocus(Qt::TabFocusReason);
        QTest::keyClick(table, Qt::Key_Right);
        QCOMPARE(stack->currentIndex(), 2);
        QCOMPARE(QApplication::focusWidget(), tables->findChild<QToolButton*>(QStringLiteral("mode2")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
        QCOMPARE(stack->currentIndex(), 1);
        // View ▸ PICK Chart brings the chart in one key.
        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        process();
        PlacesWorkspace* places = workspace<PlacesWorkspace>();
        QCOMPARE(m_window->currentWorkspace(), static_cast<Workspace*>(places));
        QCOMPARE(places->findChild<QTabWidget*>()->currentIndex(), int(PlacesWorkspace::PickPage));
    }

    /** A second window opens the file read-only: nothing invites typing or an edit, and it
     *  follows what the writing window adds. */
    void readOnlyWindowFollowsTheWriter()
    {
        openWindow(); // the writer
        Document reader;
        QVERIFY(!reader.open(m_path, SessionFile::Mode::ReadOnly));
        QVERIFY(reader.isReadOnly());
        test::TestWindow second(&reader, false);
        second.resize(1366, 768);
        second.show();
        process();
        auto* guard = second.findChild<ReadOnlyGuard*>();
        QVERIFY(guard);
        QString error;
        QVERIFY(second.showView(QStringLiteral("polls"), &error));
        process();
        PollsWorkspace* polls = nullptr;
        for (Workspace* ws : second.workspaces())
            if (auto* p = qobject_cast<PollsWorkspace*>(ws))
                polls = p;
        QVERIFY(polls);
        QPushButton* addPoll = buttonNamed(polls, QStringLiteral("Add poll"));
        QVERIFY(addPoll);
        QVERIFY(!addPoll->isEnabled());
        QCOMPARE(addPoll->toolTip(), readonly::reason());
        QPushButton* phones = buttonNamed(polls, QStringLiteral("Start phone voting"));
        QVERIFY(phones);
        QVERIFY(!phones->isEnabled());
        // Every text box on every page is read-only, and no grid opens an editor.
        for (const QString& view :
             {QStringLiteral("agenda"), QStringLiteral("table:1"), QStringLiteral("places"),
              QStringLiteral("actions:1"), QStringLiteral("poll:1"), QStringLiteral("export")}) {
            QVERIFY2(second.showView(view, &error), qPrintable(error));
            process();
            for (QLineEdit* e : second.findChildren<QLineEdit*>())
                if (e->isVisible() && !e->property("rtUsableReadOnly").toBool()
                    && !qobject_cast<QAbstractSpinBox*>(e->parentWidget())
                    && e->objectName() != QLatin1String("qt_spinbox_lineedit"))
                    QVERIFY2(e->isReadOnly(), qPrintable(view + QLatin1Char(' ') + e->accessibleName()));
            for (QPlainTextEdit* e : second.findChildren<QPlainTextEdit*>())
                if (e->isVisible())
                    QVERIFY2(e->isReadOnly(), qPrintable(view + QLatin1Char(' ') + e->accessibleName()));
            for (QAbstractItemView* v : second.findChildren<QAbstractItemView*>())
                if (v->isVisible())
                    QCOMPARE(v->editTriggers(), QAbstractItemView::NoEditTriggers);
        }
        for (const QString& name : {QStringLiteral("Add action"), QStringLiteral("Add aim")}) {
            QPushButton* b = buttonNamed(&second, name);
            QVERIFY2(b, qPrintable(name));
            QVERIFY2(!b->isEnabled(), qPrintable(name));
        }

        // The pack's sections are the session's too: shown, not rearranged.
        ExportWorkspace* exportPage = nullptr;
        for (Workspace* ws : second.workspaces())
            if (auto* p = qobject_cast<ExportWorkspace*>(ws))
                exportPage = p;
        QVERIFY(exportPage);
        for (const QString& name :
             {QStringLiteral("Move up"), QStringLiteral("Move down"), QStringLiteral("Defaults")}) {
            QPushButton* b = buttonNamed(exportPage, name);
            QVERIFY2(b && !b->isEnabled(), qPrintable(name));
        }
        // and its caveat box, with no placeholder here, shows the words the slides carry
        auto* caveat = exportPage->findChild<QLineEdit*>(QStringLiteral("packCaveat"));
        QVERIFY(caveat && caveat->isReadOnly());
        QCOMPARE(caveat->text(), slides::DeckBuilder::caveat());

        // The writer adds a poll and an aim; the reader shows them after its next look.
        const int before = reader.store()->count(Kind::Poll);
        QVERIFY(edit::addPoll(*m_document, QStringLiteral("Which aim first?")) > 0);
        QVERIFY(guard->follow());
        QCOMPARE(reader.store()->count(Kind::Poll), before + 1);
        QVERIFY(second.showView(QStringLiteral("polls"), &error));
        process();
        bool listed = false;
        for (QListView* list : polls->findChildren<QListView*>())
            for (int r = 0; r < list->model()->rowCount(); ++r)
                listed = listed
                    || list->model()->index(r, 0).data().toString().contains(
                        QLatin1String("Which aim first?"));
        QVERIFY(listed);
        QVERIFY(!guard->follow()); // nothing new: nothing re-read
        // The timer does it by itself.
        QVERIFY(edit::addPoll(*m_document, QStringLiteral("And then?")) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(reader.store()->count(Kind::Poll), before + 2, 3 * ReadOnlyGuard::interval);
        QVERIFY(!addPoll->isEnabled()); // still off after the refresh
        QVERIFY(second.windowTitle().contains(QLatin1String("read-only")));
        const QString dir = qEnvironmentVariable("RT_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            second.grab().save(QDir(dir).filePath(QStringLiteral("read-only-polls.png")));
        reader.close();
    }
};

QTEST_MAIN(TestKeyboard)
#include "test_keyboard.moc"
