// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's actions and menus, and the dialogs they open (see MainWindow.h).
#include "shell/MainWindow.h"

#include "agenda/AgendaWorkspace.h"
#include "agenda/ProjectorWindow.h"
#include "agenda/RunController.h"
#include "interchange/CarryForward.h"
#include "places/PlacesWorkspace.h"
#include "session/Document.h"
#include "shell/ConflictsDialog.h"
#include "shell/EventDialog.h"
#include "shell/LaptopDialog.h"
#include "shell/MergeDialog.h"
#include "shell/RoomController.h"
#include "shell/Settings.h"
#include "shell/TemplateDialog.h"
#include "shell/UserGuide.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenuBar>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoGroup>
#include <tuple>

namespace rt {

namespace {

/** The platform's keys for @p standard, or @p fallback where the platform has none (e.g. Save As, Quit). */
QList<QKeySequence> keys(QKeySequence::StandardKey standard, const QKeySequence& fallback)
{
    QList<QKeySequence> list = QKeySequence::keyBindings(standard);
    if (list.isEmpty())
        list.append(fallback);
    return list;
}

QIcon themeIcon(const char* name, QStyle::StandardPixmap fallback, const QStyle* style)
{
    return QIcon::fromTheme(QString::fromLatin1(name), style->standardIcon(fallback));
}

} // namespace

void MainWindow::createActions()
{
    auto make = [this](Action which, const QString& text, const QKeySequence& key = {}) {
        auto* action = new QAction(text, this);
        if (!key.isEmpty())
            action->setShortcut(key);
        m_actions[which] = action;
        return action;
    };
    QStyle* st = style();
    make(NewFromTemplate, tr("&New from Template…"), QKeySequence::New)
        ->setIcon(themeIcon("document-new", QStyle::SP_FileIcon, st));
    make(Open, tr("&Open…"), QKeySequence::Open)
        ->setIcon(themeIcon("document-open", QStyle::SP_DialogOpenButton, st));
    QAction* copy = make(SaveCopy, tr("Save a &Copy…"));
    copy->setShortcuts(keys(QKeySequence::SaveAs, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
    copy->setIcon(themeIcon("document-save-as", QStyle::SP_DialogSaveButton, st));
    make(MergeFiles, tr("&Merge Files…"))
        ->setToolTip(tr("Combine the session files from several laptops into a new file"));
    make(EventDetails, tr("Event &Details…"))
        ->setToolTip(tr("Title, date, venue, purpose, disclaimer and the summary pack's language"));
    // A board meeting walks a place's actions one by one (the place chosen on the Places page).
    make(ReviewActions, tr("&Review Actions with the Board…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R))
        ->setToolTip(
            tr("Walk a place's actions one by one at projector size, recording status and progress"));
    make(NewEventFromSession, tr("New &Event from This Session…"))
        ->setToolTip(tr("Start the next event's session: places, aims and open actions with their history "
                        "come along; tables and notes start fresh"));
    make(CloseSession, tr("&Close"), QKeySequence::Close);
    QAction* quit = make(Quit, tr("&Quit"));
    quit->setShortcuts(keys(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    quit->setMenuRole(QAction::QuitRole);
    quit->setIcon(QIcon::fromTheme(QStringLiteral("application-exit")));
    make(FullScreen, tr("&Full Screen"), QKeySequence(Qt::Key_F11))->setCheckable(true);
    QAction* mute = make(MuteSound, tr("&Mute Sounds"));
    mute->setCheckable(true);
    mute->setChecked(m_useSettings && Settings::instance().muteSound());
    mute->setToolTip(tr("No chime when an agenda item's time is up"));
    make(About, tr("&About Roundtable"))->setMenuRole(QAction::AboutRole);
    make(AboutQt, tr("About &Qt"))->setMenuRole(QAction::AboutQtRole);

    m_actions[Undo] = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_actions[Undo]->setShortcut(QKeySequence::Undo);
    m_actions[Undo]->setIcon(themeIcon("edit-undo", QStyle::SP_ArrowBack, st));
    m_actions[Redo] = m_undoGroup->createRedoAction(this, tr("&Redo"));
    // Ctrl+Y as well as the platform's redo (Ctrl+Shift+Z here): what people coming from
    // Office and Windows press.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::Key_Y);
    m_actions[Redo]->setShortcuts(redoKeys);
    m_actions[Redo]->setIcon(themeIcon("edit-redo", QStyle::SP_ArrowForward, st));

    auto* guide = make(UserGuide, tr("&User Guide"), QKeySequence::HelpContents);
    guide->setIcon(QIcon::fromTheme(QStringLiteral("help-contents")));
    guide->setToolTip(tr("The user guide, read offline"));
    if (guide->shortcut().isEmpty())
        guide->setShortcut(QKeySequence(Qt::Key_F1));

    createPageActions();
    createRunActions();
    createEditActions();
    for (QAction* a : m_actions)
        if (a)
            addAction(a); // shortcuts work even when the menu bar is hidden (full screen)
    connectActions();
}

/** One action per page, Ctrl+1… in navigation order, each bringing its own page by name. */
void MainWindow::createPageActions()
{
    const QList<Page> order = pages();
    for (int i = 0; i < order.size(); ++i) {
        const Page page = order.at(i);
        auto* go = new QAction(pageMenuName(page), this);
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        go->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(pageKey(page))));
        m_actions[goAction(page)] = go;
        connect(go, &QAction::triggered, this, [this, page] {
            showPage(page);
            m_navigation->setFocus(Qt::ShortcutFocusReason);
        });
    }
}

namespace {

/** The editor the Edit menu acts on: the focused widget with a @p slot (a line edit, a text box,
 *  an editable combo box's line), or null. */
QObject* focusedEditor(const char* slot)
{
    QWidget* w = QApplication::focusWidget();
    if (auto* combo = qobject_cast<QComboBox*>(w); combo && combo->lineEdit())
        w = combo->lineEdit();
    const QByteArray signature = QByteArray(slot) + "()";
    if (!w || w->metaObject()->indexOfMethod(signature.constData()) < 0)
        return nullptr;
    return w;
}

bool isReadOnlyEditor(const QObject* editor)
{
    return editor->property("readOnly").toBool();
}

} // namespace

/** Edit ▸ Cut, Copy, Paste, Select All on the focused editor. The editors take these keys
 *  themselves, so the actions' shortcuts only show the keys (a window-wide shortcut would take
 *  them from views that handle them, such as pasting ideas into the PICK chart). */
void MainWindow::createEditActions()
{
    struct EditAction
    {
        Action which;
        QString text;
        QKeySequence::StandardKey key;
        const char* icon;
        const char* slot;
    };
    const EditAction edits[] = {
        {Cut, tr("Cu&t"), QKeySequence::Cut, "edit-cut", "cut"},
        {Copy, tr("&Copy"), QKeySequence::Copy, "edit-copy", "copy"},
        {Paste, tr("&Paste"), QKeySequence::Paste, "edit-paste", "paste"},
        {SelectAll, tr("Select &All"), QKeySequence::SelectAll, "edit-select-all", "selectAll"},
    };
    for (const EditAction& e : edits) {
        auto* action = new QAction(e.text, this);
        action->setShortcuts(e.key);
        action->setShortcutContext(Qt::WidgetShortcut);
        action->setIcon(QIcon::fromTheme(QString::fromLatin1(e.icon)));
        const char* slot = e.slot;
        connect(action, &QAction::triggered, this, [slot] {
            if (QObject* editor = focusedEditor(slot))
                QMetaObject::invokeMethod(editor, slot);
        });
        m_actions[e.which] = action;
    }
    connect(qApp, &QApplication::focusChanged, this, &MainWindow::updateEditActions);
    updateEditActions();
}

void MainWindow::updateEditActions()
{
    for (auto [which, slot, edits] :
         {std::tuple {Cut, "cut", true}, std::tuple {Copy, "copy", false}, std::tuple {Paste, "paste", true},
          std::tuple {SelectAll, "selectAll", false}}) {
        const QObject* editor = focusedEditor(slot);
        m_actions[which]->setEnabled(editor && !(edits && isReadOnlyEditor(editor)));
    }
}

/** The main toolbar: what a facilitator reaches for most, named for screen readers, hideable
 *  from View ▸ Toolbar (its visibility is kept with the window's state). */
void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Main Toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setFloatable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(20, 20));
    QStyle* st = style();
    if (m_actions[StartRun]->icon().isNull())
        m_actions[StartRun]->setIcon(st->standardIcon(QStyle::SP_MediaPlay));
    if (m_actions[ShowProjector]->icon().isNull())
        m_actions[ShowProjector]->setIcon(st->standardIcon(QStyle::SP_DesktopIcon));
    // Short labels on the buttons; the menus keep the full names.
    const std::pair<Action, QString> buttons[] = {
        {NewFromTemplate, tr("New")}, {Open, tr("Open")},          {Undo, tr("Undo")},
        {Redo, tr("Redo")},           {StartRun, tr("Start Run")}, {ShowProjector, tr("Projector")},
        {GoExport, tr("Export…")},
    };
    for (const auto& [which, label] : buttons) {
        if (which == Undo || which == StartRun)
            m_toolBar->addSeparator();
        QAction* a = m_actions[which];
        a->setIconText(label);
        m_toolBar->addAction(a);
        if (QWidget* button = m_toolBar->widgetForAction(a)) {
            button->setObjectName(QStringLiteral("toolbar_%1").arg(int(which)));
            button->setAccessibleName(label);
            const QString key = a->shortcut().toString(QKeySequence::NativeText);
            button->setToolTip(key.isEmpty() ? label : tr("%1 (%2)").arg(label, key));
        }
    }
    QAction* toggle = m_toolBar->toggleViewAction();
    toggle->setText(tr("&Toolbar"));
    toggle->setToolTip(tr("Show or hide the main toolbar"));
    m_actions[ShowToolBar] = toggle;
}

void MainWindow::showUserGuide()
{
    auto* window = new UserGuideWindow(this);
    window->load(UserGuideWindow::locate());
    window->show();
    window->raise();
}

/** Run ▸ Start Run Mode (F5), Stop (Shift+F5), Projector (F6); View ▸ PICK Chart (Ctrl+Shift+P). */
void MainWindow::createRunActions()
{
    auto* start = new QAction(tr("&Start Run Mode"), this);
    start->setShortcut(QKeySequence(Qt::Key_F5));
    start->setToolTip(tr("The facilitator's screen: the current item, its countdown, what is next"));
    m_actions[StartRun] = start;
    connect(start, &QAction::triggered, this, [this] {
        if (!m_agenda)
            return;
        showPage(Page::Agenda);
        m_agenda->startRun();
    });
    auto* stop = new QAction(tr("St&op Run Mode"), this);
    stop->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_actions[StopRun] = stop;
    connect(stop, &QAction::triggered, this, [this] {
        if (!m_agenda)
            return;
        showPage(Page::Agenda);
        m_agenda->stopRun();
    });
    auto* projector = new QAction(tr("&Projector"), this);
    projector->setShortcut(QKeySequence(Qt::Key_F6));
    projector->setToolTip(tr("Show the projector window (full screen on a second screen)"));
    m_actions[ShowProjector] = projector;
    connect(projector, &QAction::triggered, this, [this] {
        if (m_agenda)
            m_agenda->projectorWindow()->showOn(ProjectorWindow::defaultScreen());
    });
    auto* pick = new QAction(tr("P&ICK Chart"), this);
    pick->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    pick->setToolTip(tr("The PICK chart of the chosen place's aim"));
    m_actions[GoPickChart] = pick;
    connect(pick, &QAction::triggered, this, [this] {
        for (Workspace* ws : std::as_const(m_workspaces))
            if (auto* places = qobject_cast<PlacesWorkspace*>(ws)) {
                showPage(Page::Places);
                places->showPage(PlacesWorkspace::PickPage);
                // The keys go to the chart's first control (the idea box), not to the list.
                const auto* tabs = places->findChild<QTabWidget*>();
                QWidget* page = tabs ? tabs->currentWidget() : nullptr;
                const QList<QWidget*> children = page ? page->findChildren<QWidget*>() : QList<QWidget*>();
                for (QWidget* w : children)
                    if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(page) && w->isEnabled()) {
                        w->setFocus(Qt::ShortcutFocusReason);
                        break;
                    }
            }
    });
}

/** The Run menu: starting and stopping run mode, the projector, and the run-mode keys (shown
 *  after a tab: they are handled by run mode itself, whatever has focus, not as shortcuts). */
void MainWindow::addRunMenu()
{
    QMenu* run = menuBar()->addMenu(tr("R&un"));
    run->setObjectName(QStringLiteral("runMenu"));
    run->addAction(m_actions[StartRun]);
    run->addAction(m_actions[StopRun]);
    run->addAction(m_actions[ShowProjector]);
    run->addSeparator();
    const auto step = [this, run](const QString& text, const QString& key, void (RunController::*slot)()) {
        QAction* a = run->addAction(text + QLatin1Char('\t') + key);
        connect(a, &QAction::triggered, this, [this, slot] {
            if (m_agenda && m_agenda->isRunning())
                (m_agenda->runController()->*slot)();
        });
        connect(run, &QMenu::aboutToShow, a, [this, a] { a->setEnabled(m_agenda && m_agenda->isRunning()); });
    };
    step(tr("&Next Item"), tr("N"), &RunController::next);
    step(tr("P&revious Item"), tr("P"), &RunController::back);
    step(tr("Pause or &Resume"), tr("Space"), &RunController::togglePause);
    step(tr("&Add 5 Minutes"), tr("E"), &RunController::extend);
    step(tr("&Follow the Clock"), tr("C"), &RunController::followClock);
    step(tr("&Go to the Item's Page"), tr("Enter"), &RunController::openWorkspace);
}

void MainWindow::connectActions()
{
    connect(m_actions[NewFromTemplate], &QAction::triggered, this, &MainWindow::newFromTemplate);
    connect(m_actions[Open], &QAction::triggered, this, &MainWindow::openDialog);
    connect(m_actions[SaveCopy], &QAction::triggered, this, &MainWindow::saveCopy);
    connect(m_actions[MergeFiles], &QAction::triggered, this, &MainWindow::mergeFiles);
    connect(m_actions[EventDetails], &QAction::triggered, this, &MainWindow::editEvent);
    connect(m_actions[CloseSession], &QAction::triggered, this, &MainWindow::closeSession);
    connect(m_actions[NewEventFromSession], &QAction::triggered, this, &MainWindow::newEventFromSession);
    connect(m_actions[ReviewActions], &QAction::triggered, this, [this] {
        for (Workspace* ws : std::as_const(m_workspaces)) {
            if (auto* places = qobject_cast<PlacesWorkspace*>(ws))
                places->openReview();
        }
    });
    connect(m_actions[Quit], &QAction::triggered, this, &QWidget::close);
    connect(m_actions[FullScreen], &QAction::triggered, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });
    connect(m_actions[MuteSound], &QAction::toggled, this, [this](bool on) {
        if (m_useSettings)
            Settings::instance().setValue(Settings::MuteSound, on);
    });
    connect(m_actions[About], &QAction::triggered, this, &MainWindow::about);
    connect(m_actions[UserGuide], &QAction::triggered, this, &MainWindow::showUserGuide);
    connect(m_actions[AboutQt], &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions[NewFromTemplate]);
    file->addAction(m_actions[NewEventFromSession]);
    file->addAction(m_actions[Open]);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addSeparator();
    file->addAction(m_actions[SaveCopy]);
    file->addAction(m_actions[MergeFiles]);
    // This laptop's name, recorded beside everything it captures (what merged sessions show).
    QAction* laptop = file->addAction(tr("This &Laptop…"));
    laptop->setObjectName(QStringLiteral("thisLaptop"));
    laptop->setToolTip(
        tr("The name this laptop is shown by beside the notes, ideas and actions it captures"));
    connect(laptop, &QAction::triggered, this, [this] {
        LaptopDialog dialog(Settings::instance(), m_document, this);
        dialog.exec();
    });
    file->addSeparator();
    file->addAction(m_actions[CloseSession]);
    file->addAction(m_actions[Quit]);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_actions[Undo]);
    edit->addAction(m_actions[Redo]);
    edit->addSeparator();
    edit->addAction(m_actions[Cut]);
    edit->addAction(m_actions[Copy]);
    edit->addAction(m_actions[Paste]);
    edit->addAction(m_actions[SelectAll]);
    connect(edit, &QMenu::aboutToShow, this, &MainWindow::updateEditActions);
    edit->addSeparator();
    edit->addAction(m_actions[EventDetails]);
    // The fields two laptops changed differently in a merge: on while the session records any.
    QAction* conflicts = edit->addAction(tr("Merge &Conflicts…"));
    conflicts->setObjectName(QStringLiteral("mergeConflicts"));
    conflicts->setToolTip(tr("Fields two laptops changed differently: see both values and choose"));
    const auto updateConflicts = [this, conflicts] {
        conflicts->setEnabled(ConflictsDialog::count(hasSession() ? m_document : nullptr) > 0);
    };
    connect(edit, &QMenu::aboutToShow, conflicts, updateConflicts);
    connect(this, &MainWindow::sessionChanged, conflicts, updateConflicts);
    updateConflicts();
    connect(conflicts, &QAction::triggered, this, [this] {
        if (!hasSession())
            return;
        ConflictsDialog dialog(m_document, this);
        dialog.exec();
    });

    // The live room: table laptops stream to the organiser's laptop over the room's network.
    QMenu* roomMenu = menuBar()->addMenu(tr("&Room"));
    roomMenu->setObjectName(QStringLiteral("roomMenu"));
    m_room->fillMenu(roomMenu);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (Page page : pages())
        view->addAction(m_actions[goAction(page)]);
    view->addAction(m_actions[GoPickChart]);
    view->addSeparator();
    view->addAction(m_actions[ReviewActions]);
    view->addSeparator();
    createToolBar();
    view->addAction(m_actions[ShowToolBar]);
    view->addAction(m_actions[FullScreen]);
    view->addAction(m_actions[MuteSound]);
    m_languageMenu = view->addMenu(tr("&Language"));
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    connect(m_languageMenu, &QMenu::aboutToShow, this, &MainWindow::updateLanguageMenu);

    addRunMenu();

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_actions[UserGuide]);
    help->addSeparator();
    help->addAction(m_actions[About]);
    help->addAction(m_actions[AboutQt]);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_useSettings ? Settings::instance().recentFiles() : QStringList();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        const QString label = tr("&%1 %2").arg(i < 9 ? QString::number(i + 1) : QStringLiteral("1&0"),
                                               QFileInfo(path).fileName());
        QAction* item = m_recentMenu->addAction(label);
        item->setToolTip(QDir::toNativeSeparators(path));
        item->setStatusTip(QDir::toNativeSeparators(path));
        connect(item, &QAction::triggered, this, [this, path] { m_sessionActions->openRecent(path); });
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent sessions"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("&Clear List")), &QAction::triggered, this, [this] {
        Settings::instance().reset(Settings::RecentFiles);
        updateWelcomeRecent();
    });
}

void MainWindow::updateLanguageMenu()
{
    m_languageMenu->clear();
    qDeleteAll(m_languageMenu->findChildren<QActionGroup*>(QString(), Qt::FindDirectChildrenOnly));
    const QString current = m_useSettings ? Settings::instance().language() : QString();
    // English is the source language; the others are the translations compiled in.
    QStringList locales {QStringLiteral("en")};
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("roundtable_*.qm")});
    for (const QString& file : files) {
        const QString name = file.mid(11).chopped(3); // roundtable_<name>.qm
        if (!locales.contains(name))
            locales.append(name);
    }
    auto* group = new QActionGroup(m_languageMenu);
    auto add = [&](const QString& text, const QString& locale) {
        QAction* item = m_languageMenu->addAction(text);
        item->setCheckable(true);
        item->setChecked(locale == current);
        item->setData(locale);
        group->addAction(item);
        connect(item, &QAction::triggered, this, [this, locale] {
            if (m_useSettings)
                Settings::instance().setValue(Settings::Language, locale);
            statusBar()->showMessage(tr("The language changes the next time Roundtable starts."), 8000);
        });
    };
    add(tr("System Default"), QString());
    m_languageMenu->addSeparator();
    for (const QString& locale : locales) {
        const QLocale l(locale);
        QString name = l.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();
        add(name.isEmpty() ? locale : name, locale);
    }
}

void MainWindow::newFromTemplate()
{
    TemplateDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Templates::Template chosen = dialog.selected();
    const QString suggested
        = QDir(m_sessionActions->startFolder()).filePath(chosen.name + SessionActions::suffix());
    const QString target = SessionActions::withSuffix(QFileDialog::getSaveFileName(
        this, tr("New Session"), suggested, tr("Roundtable sessions (*.roundtable)"), nullptr,
        QFileDialog::DontConfirmOverwrite));
    if (!target.isEmpty())
        createSession(chosen, target);
}

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Session"), m_sessionActions->startFolder(),
        tr("Roundtable sessions (*.roundtable)") + QStringLiteral(";;") + tr("All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::saveCopy()
{
    if (!hasSession())
        return;
    const QFileInfo current(m_document->path());
    const QString suggested
        = current.dir().filePath(tr("%1 copy").arg(current.completeBaseName()) + SessionActions::suffix());
    const QString target = SessionActions::withSuffix(QFileDialog::getSaveFileName(
        this, tr("Save a Copy"), suggested, tr("Roundtable sessions (*.roundtable)")));
    if (!target.isEmpty())
        saveCopyTo(target);
}

void MainWindow::newEventFromSession()
{
    if (!hasSession())
        return;
    const QFileInfo current(m_document->path());
    const QString suggested = current.dir().filePath(tr("%1 next event").arg(current.completeBaseName())
                                                     + SessionActions::suffix());
    const QString target = SessionActions::withSuffix(QFileDialog::getSaveFileName(
        this, tr("New Event from This Session"), suggested, tr("Roundtable sessions (*.roundtable)"), nullptr,
        QFileDialog::DontConfirmOverwrite));
    if (!target.isEmpty())
        newEventFromSessionTo(target);
}

bool MainWindow::newEventFromSessionTo(const QString& target)
{
    if (!hasSession())
        return false;
    QString error;
    // The new file is made from this one as committed (every edit already is); this one stays open
    // until the new one opens in its place.
    if (!interchange::carryForwardFile(m_document->path(), target, &error)) {
        Message message;
        message.icon = QMessageBox::Warning;
        message.title = tr("New Event from This Session");
        message.text = error;
        report(message);
        return false;
    }
    return openFile(target);
}

void MainWindow::mergeFiles()
{
    MergeDialog dialog(this);
    dialog.exec();
    if (dialog.fileToOpen().isEmpty() || !openFile(dialog.fileToOpen()))
        return;
    if (dialog.reviewConflicts() && hasSession()) {
        ConflictsDialog conflicts(m_document, this);
        conflicts.exec();
    }
}

void MainWindow::editEvent()
{
    if (!hasSession())
        return;
    EventDialog dialog(m_document, this);
    dialog.exec(); // OK applies the edit (one undo step); the title follows through the store
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Roundtable"),
        tr("<h3>Roundtable %1</h3>"
           "<p>Run a facilitated seminar with breakout tables and publish its verbatim summary pack.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QStringLiteral(RT_VERSION), QString::fromLatin1(qVersion())));
}

} // namespace rt
