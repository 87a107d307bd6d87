// SPDX-License-Identifier: GPL-3.0-or-later
// The main window: pages and shortcuts, undo/redo following the stack, title and status bar,
// read-only and refused files, recent files, and offscreen rendering of every shell view.
#include "TestSupport.h"
#include "TestWindow.h"
#include "commands/RowCommands.h"
#include "interchange/Templates.h"
#include "session/Document.h"
#include "shell/Gui.h"
#include "shell/MainWindow.h"
#include "shell/NavigationModel.h"
#include "shell/Settings.h"
#include "shell/TemplateDialog.h"
#include "shell/UserGuide.h"
#include "shell/Workspace.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolBar>
#include <QtTest>
#include <algorithm>

using namespace rt;
using rt::test::TestWindow;

namespace {

bool isOneColour(const QImage& image)
{
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            if (image.pixel(x, y) != first)
                return false;
        }
    }
    return true;
}

/** RT_SCREENSHOT_DIR keeps pictures of the window for a person to look at. */
void keepScreenshot(QWidget* window, const QString& name, const QSize& size = QSize(1024, 700))
{
    const QString keep = qEnvironmentVariable("RT_SCREENSHOT_DIR");
    if (keep.isEmpty())
        return;
    window->setAttribute(Qt::WA_DontShowOnScreen);
    window->resize(size);
    window->show();
    QCoreApplication::processEvents();
    window->grab().save(QDir(keep).filePath(name));
}

} // namespace

class TestShell : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString makeSession(const QString& name,
                        const QString& title = QStringLiteral("Health and work seminar"));

private slots:
    void initTestCase();
    void init();
    void welcomeWithoutSession();
    void navigationModel();
    void switchPagesByShortcut_data();
    void switchPagesByShortcut();
    void navigationByKeyboard();
    void workspaceRequestsView();
    void undoRedoFollowStack();
    void titleAndStatusBar();
    void readOnlyDisablesEditing();
    void lockedOffersReadOnly_data();
    void lockedOffersReadOnly();
    void badFileRefused_data();
    void badFileRefused();
    void refusalDialog();
    void fullScreenToggles();
    void windowGeometryRemembered();
    void languageAndMuteSettings();
    void recentFiles();
    void closeSession();
    void templatesListBlankFirst();
    void templateDialogListsTemplates();
    void newSessionFromTemplate();
    void everyTemplateMakesASession_data();
    void everyTemplateMakesASession();
    void saveCopy();
    void renderView_data();
    void renderView();
    void renderUnknownView();
    void viewHelpListsEveryPage();
    void toolbarNamedAndHideable();
    void toolbarReadOnlyCannotUndo();
    void editMenuActsOnFocusedEditor();
    void helpOpensUserGuide();
    void userGuideMissingSaysWhere();
    void templatesDatedToday();
    void templateDescriptionsWrap();
};

void TestShell::toolbarNamedAndHideable()
{
    const QString path = makeSession(QStringLiteral("toolbar.roundtable"));
    TestWindow window;
    QVERIFY(window.openFile(path));
    window.show();
    auto* bar = window.findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    QVERIFY(bar);
    QVERIFY(bar->isVisible());
    // The facilitator's actions are there, each button named for a screen reader.
    for (MainWindow::Action a :
         {MainWindow::NewFromTemplate, MainWindow::Open, MainWindow::Undo, MainWindow::Redo,
          MainWindow::StartRun, MainWindow::ShowProjector, MainWindow::GoExport}) {
        QVERIFY2(bar->actions().contains(window.action(a)), qPrintable(window.action(a)->text()));
        QWidget* button = bar->widgetForAction(window.action(a));
        QVERIFY(button);
        QVERIFY(!button->accessibleName().isEmpty());
    }
    QCOMPARE(bar->widgetForAction(window.action(MainWindow::StartRun))->accessibleName(),
             QStringLiteral("Start Run"));
    QVERIFY(window.action(MainWindow::StartRun)->shortcuts().contains(QKeySequence(Qt::Key_F5)));
    QVERIFY(window.action(MainWindow::ShowProjector)->shortcuts().contains(QKeySequence(Qt::Key_F6)));
    // View ▸ Toolbar hides it and brings it back.
    QAction* toggle = window.action(MainWindow::ShowToolBar);
    QVERIFY(toggle);
    QVERIFY(toggle->isChecked());
    toggle->trigger();
    QVERIFY(!bar->isVisible());
    toggle->trigger();
    QVERIFY(bar->isVisible());
}

void TestShell::toolbarReadOnlyCannotUndo()
{
    const QString path = makeSession(QStringLiteral("toolbar-ro.roundtable"));
    TestWindow window;
    QVERIFY(window.openFile(path, SessionFile::Mode::ReadOnly));
    auto* bar = window.findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    QVERIFY(bar);
    QVERIFY(!bar->widgetForAction(window.action(MainWindow::Undo))->isEnabled());
    QVERIFY(!bar->widgetForAction(window.action(MainWindow::Redo))->isEnabled());
    QVERIFY(bar->widgetForAction(window.action(MainWindow::Open))->isEnabled());
}

void TestShell::editMenuActsOnFocusedEditor()
{
    TestWindow window;
    auto* edit = new QLineEdit(QStringLiteral("health and work"), &window);
    auto* fixed = new QLineEdit(QStringLiteral("read only"), &window);
    fixed->setReadOnly(true);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    edit->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), edit);
    // The Edit menu holds them under the standard keys.
    QVERIFY(window.action(MainWindow::Copy)->shortcuts().contains(QKeySequence(QKeySequence::Copy)));
    QVERIFY(window.action(MainWindow::Paste)->shortcuts().contains(QKeySequence(QKeySequence::Paste)));
    QVERIFY(window.action(MainWindow::Cut)->isEnabled());
    window.action(MainWindow::SelectAll)->trigger();
    QCOMPARE(edit->selectedText(), QStringLiteral("health and work"));
    window.action(MainWindow::Cut)->trigger();
    QCOMPARE(edit->text(), QString());
    window.action(MainWindow::Paste)->trigger();
    window.action(MainWindow::Paste)->trigger();
    QCOMPARE(edit->text(), QStringLiteral("health and workhealth and work"));
    // A read-only field can be copied from, not cut or pasted into.
    fixed->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), fixed);
    QVERIFY(window.action(MainWindow::Copy)->isEnabled());
    QVERIFY(!window.action(MainWindow::Cut)->isEnabled());
    QVERIFY(!window.action(MainWindow::Paste)->isEnabled());
}

void TestShell::helpOpensUserGuide()
{
    TestWindow window;
    QAction* guide = window.action(MainWindow::UserGuide);
    QVERIFY(guide->shortcuts().contains(QKeySequence(Qt::Key_F1)));
    auto* help = window.menuBar()->findChild<QMenu*>(QStringLiteral("helpMenu"));
    QVERIFY(help);
    QVERIFY(help->actions().contains(guide));
    // Run from the build directory: the source tree's guide, its pictures resolved beside it.
    QVERIFY(!UserGuideWindow::locate().isEmpty());
    guide->trigger();
    auto* shown = window.findChild<UserGuideWindow*>();
    QVERIFY(shown);
    QVERIFY(shown->isVisible());
    const QTextDocument* text = shown->browser()->document();
    QVERIFY(text->toPlainText().contains(QStringLiteral("Agenda")));
    const QVariant picture
        = text->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("images/drivers.png")));
    QVERIFY(!picture.isNull());
    // The pictures fit the window's width: nothing scrolls sideways.
    QTRY_VERIFY(!shown->browser()->horizontalScrollBar()->isVisible());
    shown->browser()->scrollToAnchor(QStringLiteral("driver-diagram"));
    keepScreenshot(shown, QStringLiteral("shell-user-guide.png"), QSize(900, 760));
    shown->close();
}

void TestShell::userGuideMissingSaysWhere()
{
    UserGuideWindow window;
    QVERIFY(!window.load(m_dir.filePath(QStringLiteral("no-such-guide.md"))));
    const QString text = window.browser()->toPlainText();
    QVERIFY(text.contains(QStringLiteral("not installed")));
    QVERIFY(text.contains(QDir::toNativeSeparators(UserGuideWindow::candidates().first())));
}

void TestShell::templatesDatedToday()
{
    const auto dateOf = [this](const QString& name) {
        const QList<Templates::Template> list = Templates::available();
        const auto it
            = std::find_if(list.cbegin(), list.cend(), [&](const auto& t) { return t.name == name; });
        if (it == list.cend())
            return QString();
        const QString target = m_dir.filePath(name + QStringLiteral("-today.roundtable"));
        QFile::remove(target);
        if (Templates::create(*it, target))
            return QString();
        Document document;
        if (document.open(target, SessionFile::Mode::ReadOnly))
            return QString();
        return document.store()->rows(Kind::Event).value(0).str(QStringLiteral("date"));
    };
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    QCOMPARE(dateOf(QStringLiteral("health-employment-seminar")), today);
    // The sample records a past event, and says so.
    QCOMPARE(dateOf(QStringLiteral("sample-session")), QStringLiteral("2023-07-21"));
    // The command line's `new --template` reads the same dated JSON.
    QVERIFY(Templates::json(QStringLiteral("health-employment-seminar")).contains(today.toLatin1()));
    for (const Templates::Template& t : Templates::available())
        if (t.name == QLatin1String("sample-session"))
            QVERIFY(t.description.contains(QStringLiteral("date")));
}

void TestShell::templateDescriptionsWrap()
{
    TemplateDialog dialog;
    dialog.resize(480, 420);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QListWidget* list = dialog.list();
    const QFontMetrics metrics(list->font());
    for (int i = 0; i < list->count(); ++i) {
        // Every line of the wrapped description fits in its row.
        const QRect row = list->visualItemRect(list->item(i));
        const int textWidth = row.width() - list->iconSize().width() - 24;
        const QRect needed
            = metrics.boundingRect(QRect(0, 0, textWidth, 10000), Qt::TextWordWrap, list->item(i)->text());
        QVERIFY2(row.height() >= needed.height(), qPrintable(list->item(i)->text()));
    }
    // The sample's long description takes more than the title's line and one more.
    const QRect sample = list->visualItemRect(list->item(list->count() - 1));
    QVERIFY(sample.height() > 2 * metrics.height());
    keepScreenshot(&dialog, QStringLiteral("shell-template-dialog-narrow.png"), dialog.size());
}

QString TestShell::makeSession(const QString& name, const QString& title)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    Document document;
    if (const SessionError error = document.create(path)) {
        qWarning("%s", qPrintable(error.message + QLatin1Char(' ') + error.detail));
        return {};
    }
    Store* store = document.store();
    const qint64 event = store->ids(Kind::Event).value(0);
    store->update(Kind::Event, event, QStringLiteral("title"), title);
    store->update(Kind::Event, event, QStringLiteral("date"), QStringLiteral("2023-07-21"));
    store->update(Kind::Event, event, QStringLiteral("venue"), QStringLiteral("Riverside conference centre"));
    document.close();
    return path;
}

void TestShell::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // As run() does; SessionFile::create records it in the file (and fails without it).
    QCoreApplication::setApplicationVersion(QStringLiteral(RT_VERSION));
    QVERIFY(m_dir.isValid());
    Settings::setPathOverride(m_dir.filePath(QStringLiteral("settings.ini")));
}

void TestShell::init()
{
    Settings::instance().reset(Settings::RecentFiles);
}

void TestShell::welcomeWithoutSession()
{
    TestWindow window;
    QVERIFY(!window.hasSession());
    QCOMPARE(window.windowTitle(), QStringLiteral("Roundtable"));
    QVERIFY(!window.action(MainWindow::SaveCopy)->isEnabled());
    QVERIFY(!window.action(MainWindow::CloseSession)->isEnabled());
    QVERIFY(!window.action(MainWindow::GoTables)->isEnabled());
    QVERIFY(!window.action(MainWindow::Undo)->isEnabled());
    QVERIFY(window.action(MainWindow::Open)->isEnabled());
    // Standard keys, with a fallback where the platform has none.
    QVERIFY(window.action(MainWindow::Open)->shortcuts().contains(QKeySequence(QKeySequence::Open)));
    QVERIFY(
        window.action(MainWindow::NewFromTemplate)->shortcuts().contains(QKeySequence(QKeySequence::New)));
    QVERIFY(!window.action(MainWindow::Quit)->shortcut().isEmpty());
    QVERIFY(!window.action(MainWindow::SaveCopy)->shortcut().isEmpty());
    QCOMPARE(window.navigationModel()->rowCount(), 0);
    QVERIFY(window.findChild<QWidget*>(QStringLiteral("welcomePage"))->isVisibleTo(&window));
    keepScreenshot(&window, QStringLiteral("shell-welcome.png"));
}

void TestShell::navigationModel()
{
    const QString path = makeSession(QStringLiteral("nav.roundtable"));
    TestWindow window;
    QAbstractItemModelTester tester(window.navigationModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(window.openFile(path));
    NavigationModel* model = window.navigationModel();
    QCOMPARE(model->rowCount(), 6);
    for (int i = 0; i < 6; ++i) {
        const QModelIndex index = model->index(i, 0);
        QCOMPARE(index.data(NavigationModel::KeyRole).toString(), MainWindow::pageKeys().at(i));
        QCOMPARE(index.data().toString(), window.workspaces().at(i)->title());
        QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().pixmap(22, 22).isNull());
        QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Ctrl+%1").arg(i + 1)));
    }
    QCOMPARE(MainWindow::pageKeys(),
             (QStringList {QStringLiteral("agenda"), QStringLiteral("tables"), QStringLiteral("places"),
                           QStringLiteral("polls"), QStringLiteral("datapack"), QStringLiteral("export")}));
    // Reopening rebuilds the pages (a model reset the tester checks).
    QVERIFY(window.openFile(makeSession(QStringLiteral("nav2.roundtable"))));
    QCOMPARE(model->rowCount(), 6);
    window.closeSession();
    QCOMPARE(model->rowCount(), 0);
}

void TestShell::switchPagesByShortcut_data()
{
    QTest::addColumn<int>("page");
    for (int i = 0; i < 6; ++i)
        QTest::newRow(qPrintable(MainWindow::pageKeys().at(i))) << i;
}

void TestShell::switchPagesByShortcut()
{
    QFETCH(int, page);
    TestWindow window;
    QVERIFY(window.openFile(makeSession(QStringLiteral("keys.roundtable"))));
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    // Start from another page, so the shortcut has to move.
    window.setCurrentPage(page == 5 ? 0 : 5);
    QTest::keyClick(&window, Qt::Key(Qt::Key_1 + page), Qt::ControlModifier);
    QCOMPARE(window.currentPage(), page);
    QCOMPARE(window.currentWorkspace(), window.workspaces().at(page));
    QVERIFY(window.workspaces().at(page)->isVisible());
    QCOMPARE(window.navigationView()->currentIndex().row(), page);
}

void TestShell::navigationByKeyboard()
{
    TestWindow window;
    QVERIFY(window.openFile(makeSession(QStringLiteral("arrows.roundtable"))));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.navigationView()->setFocus();
    QCOMPARE(window.currentPage(), 0);
    QTest::keyClick(window.navigationView(), Qt::Key_Down);
    QTest::keyClick(window.navigationView(), Qt::Key_Down);
    QCOMPARE(window.currentPage(), 2);
    QTest::keyClick(window.navigationView(), Qt::Key_End);
    QCOMPARE(window.currentPage(), 5);
    QTest::keyClick(window.navigationView(), Qt::Key_Up);
    QCOMPARE(window.currentPage(), 4);
}

void TestShell::workspaceRequestsView()
{
    TestWindow window;
    QVERIFY(window.openFile(makeSession(QStringLiteral("request.roundtable"))));
    QCOMPARE(window.currentPage(), 0);
    emit window.workspaces().at(0)->viewRequested(QStringLiteral("polls"));
    QCOMPARE(window.currentPage(), 3);
    emit window.workspaces().at(3)->viewRequested(QStringLiteral("nowhere"));
    QCOMPARE(window.currentPage(), 3);
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("unknown view nowhere")));
}

void TestShell::undoRedoFollowStack()
{
    TestWindow window;
    QVERIFY(window.openFile(makeSession(QStringLiteral("undo.roundtable"))));
    QAction* undo = window.action(MainWindow::Undo);
    QAction* redo = window.action(MainWindow::Redo);
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    QCOMPARE(redo->shortcut(), QKeySequence(QKeySequence::Redo));
    QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y))); // as in Office
    QVERIFY(!undo->isEnabled());
    QVERIFY(!redo->isEnabled());

    Document* document = window.document();
    Store* store = document->store();
    const QVariantMap values {{QStringLiteral("number"), 1},
                              {QStringLiteral("topic"), QStringLiteral("Carers")}};
    QVERIFY(
        document->push(new InsertRowCommand(store, Kind::Table, values, -1, QStringLiteral("Add table 1"))));
    QCOMPARE(store->count(Kind::Table), 1);
    QVERIFY(undo->isEnabled());
    QVERIFY(undo->text().contains(QStringLiteral("Add table 1")));
    QVERIFY(!redo->isEnabled());

    undo->trigger();
    QCOMPARE(store->count(Kind::Table), 0);
    QVERIFY(!undo->isEnabled());
    QVERIFY(redo->isEnabled());
    QVERIFY(redo->text().contains(QStringLiteral("Add table 1")));

    redo->trigger();
    QCOMPARE(store->count(Kind::Table), 1);
    QCOMPARE(store->rows(Kind::Table).first().str(QStringLiteral("topic")), QStringLiteral("Carers"));
    QVERIFY(undo->isEnabled());
    QVERIFY(!redo->isEnabled());
}

void TestShell::titleAndStatusBar()
{
    const QString path
        = makeSession(QStringLiteral("title.roundtable"), QStringLiteral("Working well together"));
    TestWindow window;
    QVERIFY(window.openFile(path));
    QVERIFY(window.windowTitle().contains(QStringLiteral("title.roundtable")));
    QVERIFY(window.windowTitle().contains(QStringLiteral("Working well together")));
    QVERIFY(!window.windowTitle().contains(QStringLiteral("read-only")));
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("eventLabel"))->text(),
             QStringLiteral("Working well together"));
    const QString details = window.findChild<QLabel*>(QStringLiteral("eventDetails"))->text();
    QVERIFY2(details.contains(QStringLiteral("2023")), qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("Riverside conference centre")));
    auto* pathLabel = window.findChild<QLabel*>(QStringLiteral("pathLabel"));
    QVERIFY(pathLabel);
    QCOMPARE(pathLabel->text(), QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));

    // The title follows an edit of the event's name, and its undo.
    Document* document = window.document();
    const qint64 event = document->store()->ids(Kind::Event).value(0);
    QVERIFY(document->push(new EditRowCommand(document->store(), Kind::Event, event,
                                              {{QStringLiteral("title"), QStringLiteral("Renamed day")}})));
    QVERIFY(window.windowTitle().contains(QStringLiteral("Renamed day")));
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("eventLabel"))->text(), QStringLiteral("Renamed day"));
    window.action(MainWindow::Undo)->trigger();
    QVERIFY(window.windowTitle().contains(QStringLiteral("Working well together")));
}

void TestShell::readOnlyDisablesEditing()
{
    const QString path = makeSession(QStringLiteral("readonly.roundtable"));
    const QByteArray before = test::fileHash(path);
    TestWindow window;
    QVERIFY(window.openFile(path, SessionFile::Mode::ReadOnly));
    QVERIFY(window.document()->isReadOnly());
    QVERIFY(window.windowTitle().contains(QStringLiteral("(read-only)")));
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("modeLabel"))->text(), QStringLiteral("Read-only"));
    QVERIFY(!window.action(MainWindow::Undo)->isEnabled());
    QVERIFY(!window.action(MainWindow::Redo)->isEnabled());
    QVERIFY(window.action(MainWindow::SaveCopy)->isEnabled()); // copying is still allowed

    Document* document = window.document();
    const QVariantMap values {{QStringLiteral("number"), 2}};
    QVERIFY(!document->push(new InsertRowCommand(document->store(), Kind::Table, values)));
    QCOMPARE(document->store()->count(Kind::Table), 0);
    QVERIFY(!window.action(MainWindow::Undo)->isEnabled());
    QVERIFY(window.lastMessage().contains(QStringLiteral("read-only")));
    QCOMPARE(test::fileHash(path), before); // looking changed nothing

    // Asking to edit the same file upgrades the view once nobody else holds it.
    QVERIFY(window.openFile(path));
    QVERIFY(!window.document()->isReadOnly());
    QVERIFY(!window.windowTitle().contains(QStringLiteral("(read-only)")));
    QVERIFY(window.openFile(path, SessionFile::Mode::ReadOnly)); // already on screen, still editable
    QVERIFY(!window.document()->isReadOnly());
    QVERIFY(window.messages.isEmpty());
}

void TestShell::lockedOffersReadOnly_data()
{
    QTest::addColumn<bool>("accept");
    QTest::newRow("open read-only") << true;
    QTest::newRow("cancel") << false;
}

void TestShell::lockedOffersReadOnly()
{
    QFETCH(bool, accept);
    const QString path = makeSession(QStringLiteral("locked.roundtable"));
    Document other; // another "instance" editing the file
    QVERIFY(!other.open(path));

    TestWindow window;
    window.answer = accept ? MainWindow::Choice::OpenReadOnly : MainWindow::Choice::Cancel;
    QCOMPARE(window.openFile(path), accept);
    QCOMPARE(window.messages.size(), 1);
    QVERIFY(window.messages.first().offerReadOnly);
    QVERIFY(window.messages.first().text.contains(QStringLiteral("locked.roundtable")));
    QCOMPARE(window.hasSession(), accept);
    if (accept) {
        QVERIFY(window.document()->isReadOnly());
        QVERIFY(window.windowTitle().contains(QStringLiteral("(read-only)")));
        QVERIFY(!window.action(MainWindow::Undo)->isEnabled());
    }
}

void TestShell::badFileRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("create");
    QTest::newRow("garbage") << QByteArray("this is not a database\x01\x02\x03 at all", 36) << true;
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("sqlite magic, truncated") << QByteArray("SQLite format 3\0", 16) << true;
    QTest::newRow("missing") << QByteArray() << false;
}

void TestShell::badFileRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, create);
    const QString good = makeSession(QStringLiteral("good.roundtable"));
    const QString bad = m_dir.filePath(QStringLiteral("bad file.roundtable"));
    QFile::remove(bad);
    if (create) {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    const QByteArray before = create ? test::fileHash(bad) : QByteArray();

    TestWindow window;
    QVERIFY(window.openFile(good));
    QVERIFY(!window.openFile(bad));
    QCOMPARE(window.messages.size(), 1);
    const MainWindow::Message& message = window.messages.first();
    QCOMPARE(message.icon, QMessageBox::Critical);
    QVERIFY(!message.offerReadOnly);
    QVERIFY2(message.text.contains(QStringLiteral("bad file.roundtable")), qPrintable(message.text));
    QCOMPARE(window.lastMessage(), message.text);
    // Nothing changed: the refused file, and the session that was on screen.
    QCOMPARE(QFileInfo::exists(bad), create);
    if (create)
        QCOMPARE(test::fileHash(bad), before);
    QVERIFY(window.hasSession());
    QCOMPARE(window.document()->path(), QFileInfo(good).absoluteFilePath());
    QCOMPARE(window.navigationModel()->rowCount(), 6);
    QVERIFY(!Settings::instance().recentFiles().contains(QFileInfo(bad).absoluteFilePath()));
}

void TestShell::refusalDialog()
{
    // What the user sees for a locked file: the reason, and a way to look at it anyway.
    const QString path = makeSession(QStringLiteral("seen locked.roundtable"));
    Document other;
    QVERIFY(!other.open(path));
    TestWindow window;
    QVERIFY(!window.openFile(path));
    QCOMPARE(window.messages.size(), 1);
    std::unique_ptr<QMessageBox> box(MainWindow::createMessageBox(window.messages.first()));
    QVERIFY(box->text().contains(QStringLiteral("seen locked.roundtable")));
    QVERIFY(!box->informativeText().isEmpty());
    auto* readOnly = box->findChild<QPushButton*>(QStringLiteral("openReadOnly"));
    QVERIFY(readOnly);
    QCOMPARE(readOnly->text(), QStringLiteral("Open &Read-Only"));
    QCOMPARE(box->defaultButton(), readOnly);
    QVERIFY(box->button(QMessageBox::Cancel));
    keepScreenshot(box.get(), QStringLiteral("shell-refusal-locked.png"), box->sizeHint());

    // A bad file: the reason, and only OK.
    const QString bad = m_dir.filePath(QStringLiteral("seen bad.roundtable"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("garbage, not a session");
    file.close();
    QVERIFY(!window.openFile(bad));
    box.reset(MainWindow::createMessageBox(window.messages.last()));
    QVERIFY(box->text().contains(QStringLiteral("seen bad.roundtable")));
    QVERIFY(!box->findChild<QPushButton*>(QStringLiteral("openReadOnly")));
    QVERIFY(box->button(QMessageBox::Ok));
    keepScreenshot(box.get(), QStringLiteral("shell-refusal-bad.png"), box->sizeHint());
}

void TestShell::fullScreenToggles()
{
    TestWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction* full = window.action(MainWindow::FullScreen);
    QCOMPARE(full->shortcut(), QKeySequence(Qt::Key_F11));
    full->trigger();
    QVERIFY(window.windowState() & Qt::WindowFullScreen);
    QVERIFY(full->isChecked());
    full->trigger();
    QVERIFY(!(window.windowState() & Qt::WindowFullScreen));
    QVERIFY(!full->isChecked());
}

void TestShell::windowGeometryRemembered()
{
    Settings::instance().reset(Settings::WindowGeometry);
    {
        TestWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(900, 640);
        QVERIFY(window.close());
    }
    QVERIFY(!Settings::instance().value(Settings::WindowGeometry).toByteArray().isEmpty());
    TestWindow again;
    again.restoreWindowSettings();
    QCOMPARE(again.size(), QSize(900, 640));

    // Screenshots neither read nor write the user's window settings.
    MainWindow offscreen(nullptr, false);
    offscreen.restoreWindowSettings();
    QCOMPARE(offscreen.size(), QSize(1280, 800));
}

void TestShell::languageAndMuteSettings()
{
    Settings::instance().reset(Settings::Language);
    Settings::instance().reset(Settings::MuteSound);
    TestWindow window;
    QAction* mute = window.action(MainWindow::MuteSound);
    QVERIFY(!mute->isChecked());
    mute->trigger();
    QVERIFY(Settings::instance().muteSound());
    mute->trigger();
    QVERIFY(!Settings::instance().muteSound());

    if (!qEnvironmentVariableIsEmpty("RT_SCREENSHOT_DIR")) {
        QVERIFY(window.openFile(makeSession(QStringLiteral("menus.roundtable"))));
        for (QMenu* m : window.findChildren<QMenu*>()) {
            if (m->parent() != window.menuBar())
                continue;
            m->popup(QPoint(0, 0));
            QCoreApplication::processEvents();
            const QString name = m->title().remove(QLatin1Char('&')).toLower();
            m->grab().save(QDir(qEnvironmentVariable("RT_SCREENSHOT_DIR"))
                               .filePath(QStringLiteral("shell-menu-%1.png").arg(name)));
            m->hide();
        }
    }

    auto* menu = window.findChild<QMenu*>(QStringLiteral("languageMenu"));
    QVERIFY(menu);
    emit menu->aboutToShow();
    QAction* english = nullptr;
    for (QAction* a : menu->actions()) {
        if (a->data().toString() == QLatin1String("en"))
            english = a;
        if (a->isCheckable() && a->data().toString().isEmpty())
            QVERIFY(a->isChecked()); // "System Default" while nothing is set
    }
    QVERIFY(english);
    english->trigger();
    QCOMPARE(Settings::instance().language(), QStringLiteral("en"));
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("next time")));
    Settings::instance().reset(Settings::Language);
}

void TestShell::recentFiles()
{
    const QString first = makeSession(QStringLiteral("recent1.roundtable"));
    const QString second = makeSession(QStringLiteral("recent2.roundtable"));
    TestWindow window;
    QVERIFY(window.openFile(first));
    QVERIFY(window.openFile(second));
    const QStringList recent = Settings::instance().recentFiles();
    QCOMPARE(recent.size(), 2);
    QCOMPARE(recent.at(0), QFileInfo(second).absoluteFilePath());
    QCOMPARE(recent.at(1), QFileInfo(first).absoluteFilePath());

    // A recent file that has gone: picking it explains, and it leaves the list.
    window.closeSession();
    auto* welcomeList = window.findChild<QListWidget*>(QStringLiteral("welcomeRecent"));
    QCOMPARE(welcomeList->count(), 2);
    QVERIFY(welcomeList->item(0)->text().startsWith(QStringLiteral("recent2.roundtable")));
    keepScreenshot(&window, QStringLiteral("shell-welcome-recent.png"));
    QVERIFY(QFile::remove(first));
    auto* menu = window.findChild<QMenu*>(QStringLiteral("recentMenu"));
    QVERIFY(menu);
    emit menu->aboutToShow();
    QAction* gone = nullptr;
    for (QAction* a : menu->actions()) {
        if (a->text().contains(QStringLiteral("recent1.roundtable")))
            gone = a;
    }
    QVERIFY(gone);
    gone->trigger();
    QVERIFY(!window.hasSession());
    QCOMPARE(window.messages.size(), 1);
    QVERIFY(window.messages.first().text.contains(QStringLiteral("recent1.roundtable")));
    QCOMPARE(Settings::instance().recentFiles(), QStringList {QFileInfo(second).absoluteFilePath()});

    // The remaining one opens from the menu.
    emit menu->aboutToShow();
    for (QAction* a : menu->actions()) {
        if (a->text().contains(QStringLiteral("recent2.roundtable")))
            a->trigger();
    }
    QVERIFY(window.hasSession());
    QCOMPARE(window.document()->path(), QFileInfo(second).absoluteFilePath());
}

void TestShell::closeSession()
{
    TestWindow window;
    QVERIFY(window.openFile(makeSession(QStringLiteral("close.roundtable"))));
    QVERIFY(window.action(MainWindow::CloseSession)->isEnabled());
    window.action(MainWindow::CloseSession)->trigger();
    QVERIFY(!window.hasSession());
    QCOMPARE(window.windowTitle(), QStringLiteral("Roundtable"));
    QVERIFY(window.workspaces().isEmpty());
    QVERIFY(!window.action(MainWindow::SaveCopy)->isEnabled());
    QVERIFY(!window.action(MainWindow::GoAgenda)->isEnabled());
}

void TestShell::templatesListBlankFirst()
{
    const QList<Templates::Template> list = Templates::available();
    QVERIFY(!list.isEmpty());
    QCOMPARE(list.first().name, QStringLiteral("blank"));
    const QString target = m_dir.filePath(QStringLiteral("from-blank.roundtable"));
    QFile::remove(target);
    QVERIFY(!Templates::create(list.first(), target));
    TestWindow window;
    QVERIFY(window.openFile(target));
    // A second create does not overwrite what is there.
    QVERIFY(Templates::create(list.first(), target));
}

void TestShell::templateDialogListsTemplates()
{
    TemplateDialog dialog;
    auto* list = dialog.findChild<QListWidget*>();
    QVERIFY(list);
    const QList<Templates::Template> templates = Templates::available();
    QCOMPARE(list->count(), templates.size());
    for (int i = 0; i < templates.size(); ++i)
        QVERIFY(list->item(i)->text().startsWith(templates.at(i).title));
    QCOMPARE(dialog.selected().name, QStringLiteral("blank"));
    keepScreenshot(&dialog, QStringLiteral("shell-template-dialog.png"), dialog.size());
}

void TestShell::newSessionFromTemplate()
{
    const QString target = m_dir.filePath(QStringLiteral("new session.roundtable"));
    QFile::remove(target);
    TestWindow window;
    QVERIFY(window.createSession(Templates::available().first(), target));
    QVERIFY(window.hasSession());
    QCOMPARE(window.document()->path(), QFileInfo(target).absoluteFilePath());
    QVERIFY(!window.document()->isReadOnly());
    QCOMPARE(Settings::instance().recentFiles().value(0), QFileInfo(target).absoluteFilePath());
    // Not over the session that is open.
    QVERIFY(!window.createSession(Templates::available().first(), target));
    QCOMPARE(window.messages.size(), 1);
    QVERIFY(window.hasSession());
    // Nor over any other file: a session that is not open is never deleted to make room.
    const QString other = m_dir.filePath(QStringLiteral("other session.roundtable"));
    QFile::remove(other);
    QCOMPARE(test::runCli({QStringLiteral("new"), QStringLiteral("--template"),
                           QStringLiteral("sample-session"), other}),
             0);
    const QByteArray hash = test::fileHash(other);
    QVERIFY(!window.createSession(Templates::available().first(), other));
    QCOMPARE(window.messages.size(), 2);
    QVERIFY(window.messages.last().text.contains(QStringLiteral("already exists")));
    QCOMPARE(test::fileHash(other), hash);
    QCOMPARE(window.document()->path(), QFileInfo(target).absoluteFilePath());
}

void TestShell::everyTemplateMakesASession_data()
{
    QTest::addColumn<int>("index");
    const QList<Templates::Template> templates = Templates::available();
    for (int i = 0; i < templates.size(); ++i)
        QTest::newRow(qPrintable(templates.at(i).name)) << i;
}

void TestShell::everyTemplateMakesASession()
{
    QFETCH(int, index);
    const Templates::Template chosen = Templates::available().at(index);
    const QString target = m_dir.filePath(QStringLiteral("template-%1.roundtable").arg(chosen.name));
    QFile::remove(target);
    TestWindow window;
    QVERIFY(window.createSession(chosen, target));
    QVERIFY2(window.messages.isEmpty(), qPrintable(window.lastMessage()));
    Store* store = window.document()->store();
    if (chosen.name != QLatin1String("blank")) {
        QCOMPARE(store->rows(Kind::Event).first().str(QStringLiteral("title")), chosen.title);
        QVERIFY(window.windowTitle().contains(chosen.title));
    }
    // With the interchange loader in the tree, a template brings its prompts (blank has the three defaults).
    if (QFile::exists(QStringLiteral(":/templates/blank.json")))
        QVERIFY(store->count(Kind::Prompt) >= 3);
}

void TestShell::saveCopy()
{
    const QString path = makeSession(QStringLiteral("original.roundtable"), QStringLiteral("Copy me"));
    const QString copy = m_dir.filePath(QStringLiteral("the copy.roundtable"));
    QFile::remove(copy);
    TestWindow window;
    QVERIFY(window.openFile(path));
    Document* document = window.document();
    QVERIFY(document->push(new InsertRowCommand(document->store(), Kind::Place,
                                                {{QStringLiteral("name"), QStringLiteral("Luton")}})));
    QVERIFY(window.saveCopyTo(copy));
    QCOMPARE(window.document()->path(), QFileInfo(path).absoluteFilePath()); // still on the original

    Document reopened;
    QVERIFY(!reopened.open(copy, SessionFile::Mode::ReadOnly));
    QCOMPARE(reopened.store()->count(Kind::Place), 1);
    QCOMPARE(reopened.store()->rows(Kind::Event).first().str(QStringLiteral("title")),
             QStringLiteral("Copy me"));

    QVERIFY(!window.saveCopyTo(path)); // never over the session itself
    QCOMPARE(window.messages.size(), 1);
    QVERIFY(window.messages.first().text.contains(QStringLiteral("original.roundtable")));
}

void TestShell::renderView_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QSize>("expected");
    for (const QString& key : MainWindow::pageKeys())
        QTest::newRow(qPrintable(key)) << key << QSize(1024, 700) << QSize(1024, 700);
    QTest::newRow("default size") << QStringLiteral("tables") << QSize() << QSize(1280, 800);
    QTest::newRow("small") << QStringLiteral("agenda") << QSize(320, 240) << QSize(320, 240);
}

void TestShell::renderView()
{
    QFETCH(QString, view);
    QFETCH(QSize, size);
    QFETCH(QSize, expected);
    const QString path = makeSession(QStringLiteral("render.roundtable"));
    Document document;
    QVERIFY(!document.open(path, SessionFile::Mode::ReadOnly));
    QImage image;
    QString error;
    QVERIFY2(gui::renderView(&document, view, size, &image, &error), qPrintable(error));
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), expected);
    QVERIFY(!isOneColour(image));
    const QString keep = qEnvironmentVariable("RT_SCREENSHOT_DIR");
    if (!keep.isEmpty())
        image.save(QDir(keep).filePath(
            QStringLiteral("shell-%1-%2x%3.png").arg(view).arg(expected.width()).arg(expected.height())));
}

void TestShell::renderUnknownView()
{
    const QString path = makeSession(QStringLiteral("unknown.roundtable"));
    Document document;
    QVERIFY(!document.open(path, SessionFile::Mode::ReadOnly));
    QImage image;
    QString error;
    QVERIFY(!gui::renderView(&document, QStringLiteral("no-such-view"), QSize(800, 600), &image, &error));
    QVERIFY(image.isNull());
    QCOMPARE(error, QStringLiteral("unknown view no-such-view; see roundtable screenshot --help"));

    Document closed;
    QVERIFY(!gui::renderView(&closed, QStringLiteral("agenda"), QSize(800, 600), &image, &error));
    QVERIFY(!error.isEmpty());
}

void TestShell::viewHelpListsEveryPage()
{
    const QStringList lines = gui::viewHelp();
    for (const QString& key : MainWindow::pageKeys()) {
        bool found = false;
        for (const QString& line : lines)
            found = found || line.startsWith(key + QLatin1Char(' '));
        QVERIFY2(found, qPrintable(key));
    }
}

QTEST_MAIN(TestShell)
#include "test_shell.moc"
