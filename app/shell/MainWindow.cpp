// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/MainWindow.h"

#include "agenda/AgendaWorkspace.h"
#include "datapack/DataPackWorkspace.h"
#include "export/ExportWorkspace.h"
#include "places/PlacesWorkspace.h"
#include "polls/PollsWorkspace.h"
#include "polls/ProjectorPollPanel.h"
#include "session/Document.h"
#include "shell/EventDialog.h"
#include "shell/MergeDialog.h"
#include "shell/NavigationModel.h"
#include "shell/SaveBanner.h"
#include "shell/Settings.h"
#include "shell/TemplateDialog.h"
#include "shell/Workspace.h"
#include "store/Store.h"
#include "tables/TablesWorkspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace rt {

namespace {

const QString& sessionSuffix()
{
    static const QString suffix = QStringLiteral(".roundtable");
    return suffix;
}

QString withSuffix(QString path)
{
    if (!path.isEmpty() && !path.endsWith(sessionSuffix(), Qt::CaseInsensitive))
        path += sessionSuffix();
    return path;
}

/** The platform's keys for @p standard, or @p fallback where the platform has none (e.g. Save As, Quit). */
QList<QKeySequence> keys(QKeySequence::StandardKey standard, const QKeySequence& fallback)
{
    QList<QKeySequence> list = QKeySequence::keyBindings(standard);
    if (list.isEmpty())
        list.append(fallback);
    return list;
}

QIcon pageIcon(const QString& key)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(key));
}

} // namespace

MainWindow::MainWindow(Document* document, bool useSettings, QWidget* parent)
    : QMainWindow(parent)
    , m_useSettings(useSettings)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/roundtable.svg")));
    m_undoGroup = new QUndoGroup(this);
    m_navigationModel = new NavigationModel(this);

    createActions();
    createMenus();

    m_central = new QStackedWidget(this);
    m_welcome = createWelcomePage();
    m_sessionArea = createSessionArea();
    m_central->addWidget(m_welcome);
    m_central->addWidget(m_sessionArea);
    setCentralWidget(m_central);

    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("pathLabel"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pathLabel->setContentsMargins(6, 0, 6, 0);
    m_modeIcon = new QLabel(this);
    m_modeLabel = new QLabel(this);
    m_modeLabel->setObjectName(QStringLiteral("modeLabel"));
    m_modeLabel->setContentsMargins(0, 0, 8, 0);
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_modeIcon);
    statusBar()->addPermanentWidget(m_modeLabel);

    resize(1280, 800);
    setDocument(document, nullptr);
}

MainWindow::~MainWindow()
{
    // The workspaces hold models over the document's store: they go first.
    clearPages();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
}

QStringList MainWindow::pageKeys()
{
    return {QStringLiteral("agenda"), QStringLiteral("tables"),   QStringLiteral("places"),
            QStringLiteral("polls"),  QStringLiteral("datapack"), QStringLiteral("export")};
}

bool MainWindow::hasSession() const
{
    return m_document && m_document->isOpen();
}

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
        ->setIcon(QIcon::fromTheme(QStringLiteral("document-new"), st->standardIcon(QStyle::SP_FileIcon)));
    make(Open, tr("&Open…"), QKeySequence::Open)
        ->setIcon(
            QIcon::fromTheme(QStringLiteral("document-open"), st->standardIcon(QStyle::SP_DialogOpenButton)));
    QAction* copy = make(SaveCopy, tr("Save a &Copy…"));
    copy->setShortcuts(keys(QKeySequence::SaveAs, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
    copy->setIcon(
        QIcon::fromTheme(QStringLiteral("document-save-as"), st->standardIcon(QStyle::SP_DialogSaveButton)));
    make(MergeFiles, tr("&Merge Files…"))
        ->setToolTip(tr("Combine the session files from several laptops into a new file"));
    make(EventDetails, tr("Event &Details…"))
        ->setToolTip(tr("Title, date, venue, purpose, disclaimer and the summary pack's language"));
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
    connect(mute, &QAction::toggled, this, [this](bool on) {
        if (m_useSettings)
            Settings::instance().setValue(Settings::MuteSound, on);
    });
    make(About, tr("&About Roundtable"))->setMenuRole(QAction::AboutRole);
    make(AboutQt, tr("About &Qt"))->setMenuRole(QAction::AboutQtRole);

    m_actions[Undo] = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_actions[Undo]->setShortcut(QKeySequence::Undo);
    m_actions[Undo]->setIcon(
        QIcon::fromTheme(QStringLiteral("edit-undo"), st->standardIcon(QStyle::SP_ArrowBack)));
    m_actions[Redo] = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_actions[Redo]->setShortcut(QKeySequence::Redo);
    m_actions[Redo]->setIcon(
        QIcon::fromTheme(QStringLiteral("edit-redo"), st->standardIcon(QStyle::SP_ArrowForward)));

    const QStringList keys = pageKeys();
    const QStringList names
        = {tr("&Agenda"), tr("&Tables"), tr("&Places"), tr("P&olls"), tr("&Data Pack"), tr("&Export")};
    for (int i = 0; i < keys.size(); ++i) {
        QAction* go
            = make(Action(GoAgenda + i), names.at(i), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        go->setIcon(pageIcon(keys.at(i)));
        connect(go, &QAction::triggered, this, [this, i] {
            setCurrentPage(i);
            m_navigation->setFocus(Qt::ShortcutFocusReason);
        });
    }
    for (QAction* a : m_actions)
        addAction(a); // shortcuts work even when the menu bar is hidden (full screen)

    connect(m_actions[NewFromTemplate], &QAction::triggered, this, &MainWindow::newFromTemplate);
    connect(m_actions[Open], &QAction::triggered, this, &MainWindow::openDialog);
    connect(m_actions[SaveCopy], &QAction::triggered, this, &MainWindow::saveCopy);
    connect(m_actions[MergeFiles], &QAction::triggered, this, &MainWindow::mergeFiles);
    connect(m_actions[EventDetails], &QAction::triggered, this, &MainWindow::editEvent);
    connect(m_actions[CloseSession], &QAction::triggered, this, &MainWindow::closeSession);
    connect(m_actions[Quit], &QAction::triggered, this, &QWidget::close);
    connect(m_actions[FullScreen], &QAction::triggered, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });
    connect(m_actions[About], &QAction::triggered, this, &MainWindow::about);
    connect(m_actions[AboutQt], &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions[NewFromTemplate]);
    file->addAction(m_actions[Open]);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addSeparator();
    file->addAction(m_actions[SaveCopy]);
    file->addAction(m_actions[MergeFiles]);
    file->addSeparator();
    file->addAction(m_actions[CloseSession]);
    file->addAction(m_actions[Quit]);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_actions[Undo]);
    edit->addAction(m_actions[Redo]);
    edit->addSeparator();
    edit->addAction(m_actions[EventDetails]);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = GoAgenda; i <= GoExport; ++i)
        view->addAction(m_actions[i]);
    view->addSeparator();
    view->addAction(m_actions[FullScreen]);
    view->addAction(m_actions[MuteSound]);
    m_languageMenu = view->addMenu(tr("&Language"));
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    connect(m_languageMenu, &QMenu::aboutToShow, this, &MainWindow::updateLanguageMenu);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions[About]);
    help->addAction(m_actions[AboutQt]);
}

QWidget* MainWindow::createWelcomePage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("welcomePage"));
    auto* outer = new QVBoxLayout(page);
    outer->setContentsMargins(48, 48, 48, 48);
    outer->addStretch(1);

    auto* column = new QWidget(page);
    column->setMaximumWidth(460);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);

    auto* logo = new QLabel(column);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/roundtable.svg")).pixmap(72, 72));
    layout->addWidget(logo, 0, Qt::AlignHCenter);
    auto* title = new QLabel(tr("Roundtable"), column);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setWeight(QFont::DemiBold);
    title->setFont(big);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    auto* subtitle
        = new QLabel(tr("Run a facilitated seminar and publish its verbatim summary pack."), column);
    subtitle->setWordWrap(true);
    subtitle->setAlignment(Qt::AlignHCenter);
    subtitle->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(subtitle);
    layout->addSpacing(12);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    auto* newButton = new QPushButton(m_actions[NewFromTemplate]->icon(), tr("New from Template…"), column);
    auto* openButton = new QPushButton(m_actions[Open]->icon(), tr("Open…"), column);
    newButton->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    openButton->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    newButton->setMinimumHeight(36);
    openButton->setMinimumHeight(36);
    newButton->setDefault(true);
    buttons->addWidget(newButton, 1);
    buttons->addWidget(openButton, 1);
    layout->addLayout(buttons);
    connect(newButton, &QPushButton::clicked, m_actions[NewFromTemplate], &QAction::trigger);
    connect(openButton, &QPushButton::clicked, m_actions[Open], &QAction::trigger);

    layout->addSpacing(12);
    auto* recentTitle = new QLabel(tr("Recent sessions"), column);
    QFont bold = recentTitle->font();
    bold.setWeight(QFont::DemiBold);
    recentTitle->setFont(bold);
    layout->addWidget(recentTitle);
    m_welcomeRecent = new QListWidget(column);
    m_welcomeRecent->setObjectName(QStringLiteral("welcomeRecent"));
    m_welcomeRecent->setMinimumHeight(160);
    m_welcomeRecent->setIconSize(QSize(24, 24));
    m_welcomeRecent->setSpacing(3);
    layout->addWidget(m_welcomeRecent);
    connect(m_welcomeRecent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { openRecent(item->data(Qt::UserRole).toString()); });

    // Centred, as wide as it may be up to its maximum, narrower in a small window.
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 2);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
    return page;
}

QWidget* MainWindow::createSessionArea()
{
    auto* area = new QWidget(this);
    auto* layout = new QHBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // The sidebar: which event this is, then the pages.
    auto* sidebar = new QWidget(area);
    sidebar->setObjectName(QStringLiteral("sidebar"));
    sidebar->setFixedWidth(210);
    auto* side = new QVBoxLayout(sidebar);
    side->setContentsMargins(0, 0, 0, 0);
    side->setSpacing(0);
    m_eventLabel = new QLabel(sidebar);
    m_eventLabel->setObjectName(QStringLiteral("eventLabel"));
    m_eventLabel->setWordWrap(true);
    m_eventLabel->setContentsMargins(14, 14, 12, 0);
    QFont heading = m_eventLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.15);
    heading.setWeight(QFont::DemiBold);
    m_eventLabel->setFont(heading);
    side->addWidget(m_eventLabel);
    m_eventDetails = new QLabel(sidebar);
    m_eventDetails->setObjectName(QStringLiteral("eventDetails"));
    m_eventDetails->setWordWrap(true);
    m_eventDetails->setContentsMargins(14, 2, 12, 4);
    m_eventDetails->setForegroundRole(QPalette::PlaceholderText);
    side->addWidget(m_eventDetails);

    m_navigation = new QListView(sidebar);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Workspaces"));
    m_navigation->setModel(m_navigationModel);
    m_navigation->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setUniformItemSizes(true);
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setFocusPolicy(Qt::StrongFocus);
    // A sidebar look: the window's colour, roomy rows, no focus rectangle.
    m_navigation->setAutoFillBackground(true);
    m_navigation->setStyleSheet(QStringLiteral(
        "QListView#navigation { background: palette(window); padding: 8px 6px; "
        "outline: 0; }"
        "QListView#navigation::item { padding: 8px 8px; border-radius: 4px; "
        "margin: 1px 0px; color: palette(window-text); }"
        "QListView#navigation::item:selected { background: palette(highlight); "
        "color: palette(highlighted-text); }"
        "QListView#navigation::item:hover:!selected { background: palette(midlight); }"
        // No dotted rectangle, but the keyboard's place must show: a frame on the
        // current page while the list has focus.
        "QListView#navigation:focus::item:selected { border: 2px solid palette(window-text); }"));
    side->addWidget(m_navigation, 1);
    layout->addWidget(sidebar);

    auto* line = new QFrame(area);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Plain);
    line->setForegroundRole(QPalette::Mid);
    layout->addWidget(line);

    // The pages, under the bar that says when changes stop reaching the file.
    auto* right = new QWidget(area);
    auto* column = new QVBoxLayout(right);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    m_saveBanner = new SaveBanner(right);
    column->addWidget(m_saveBanner);
    m_pages = new QStackedWidget(right);
    m_pages->setObjectName(QStringLiteral("pages"));
    column->addWidget(m_pages, 1);
    layout->addWidget(right, 1);

    connect(m_navigation->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!current.isValid() || current.row() >= m_pages->count())
                    return;
                m_pages->setCurrentIndex(current.row());
                m_navigation->selectionModel()->select(current, QItemSelectionModel::ClearAndSelect);
                emit currentPageChanged(current.row());
            });
    return area;
}

void MainWindow::setDocument(Document* document, std::unique_ptr<Document> owned)
{
    clearPages();
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
        m_undoGroup->removeStack(m_document->undoStack());
    }
    // The previous owned document (if any) closes here, after its pages are gone.
    m_ownedDocument = std::move(owned);
    m_document = document;
    m_saveBanner->setDocument(document);

    if (m_document) {
        m_undoGroup->addStack(m_document->undoStack());
        m_undoGroup->setActiveStack(m_document->undoStack());
        connect(m_document, &Document::opened, this, [this] {
            buildPages();
            updateTitle();
            updateActions();
            emit sessionChanged();
        });
        connect(m_document, &Document::aboutToClose, this, [this] {
            clearPages();
            // After this slot the store is gone: refresh once it is.
            QMetaObject::invokeMethod(
                this,
                [this] {
                    updateTitle();
                    updateActions();
                    emit sessionChanged();
                },
                Qt::QueuedConnection);
        });
        connect(m_document, &Document::refused, this, [this](const QString& message) {
            m_lastMessage = message;
            statusBar()->showMessage(message, 8000);
        });
        connect(m_document, &Document::saveFailed, this, &MainWindow::updateTitle);
        connect(m_document, &Document::saveRecovered, this, &MainWindow::updateTitle);
        if (m_document->isOpen())
            buildPages();
    }
    updateTitle();
    updateActions();
    emit sessionChanged();
}

void MainWindow::buildPages()
{
    clearPages();
    if (!hasSession())
        return;
    Document* doc = m_document;
    m_workspaces = {new AgendaWorkspace(doc, m_pages),   new TablesWorkspace(doc, m_pages),
                    new PlacesWorkspace(doc, m_pages),   new PollsWorkspace(doc, m_pages),
                    new DataPackWorkspace(doc, m_pages), new ExportWorkspace(doc, m_pages)};
    const QStringList keys = pageKeys();
    QList<NavigationModel::Entry> entries;
    for (int i = 0; i < m_workspaces.size(); ++i) {
        Workspace* ws = m_workspaces.at(i);
        m_pages->addWidget(ws);
        connect(ws, &Workspace::viewRequested, this, [this](const QString& view) {
            QString error;
            if (!showView(view, &error))
                statusBar()->showMessage(error, 8000);
        });
        QAction* go = m_actions[GoAgenda + i];
        entries.append({keys.at(i), ws->title(), pageIcon(keys.at(i)),
                        go->shortcut().toString(QKeySequence::NativeText)});
    }
    m_navigationModel->setEntries(entries);

    // The open poll goes up beside the projector's timer: Polls says which poll (and the phones'
    // address), Agenda shows whatever side widget it is given; neither knows the other.
    auto* agenda = qobject_cast<AgendaWorkspace*>(m_workspaces.at(0));
    auto* pollsPage = qobject_cast<PollsWorkspace*>(m_workspaces.at(3));
    const auto showPoll = [doc, agenda](qint64 poll, const QUrl& url) {
        if (poll <= 0)
            agenda->setProjectorSide({});
        else
            agenda->setProjectorSide(
                [doc, poll, url] { return new polls::ProjectorPollPanel(doc, poll, url); });
    };
    connect(pollsPage, &PollsWorkspace::projectorPollChanged, agenda, showPoll);
    showPoll(pollsPage->projectorPoll(), pollsPage->projectorUrl());

    // The title follows the event's name as it is edited.
    if (Store* store = m_document->store()) {
        connect(store, &Store::rowUpdated, this, [this](Kind kind) {
            if (kind == Kind::Event)
                updateTitle();
        });
        connect(store, &Store::reset, this, &MainWindow::updateTitle);
    }
    m_central->setCurrentWidget(m_sessionArea);
    setCurrentPage(0);
}

void MainWindow::clearPages()
{
    if (!m_pages)
        return;
    m_navigationModel->setEntries({});
    const QList<Workspace*> old = m_workspaces;
    m_workspaces.clear();
    for (Workspace* ws : old) {
        m_pages->removeWidget(ws);
        delete ws; // now: its models must not outlive the store
    }
    if (m_central)
        m_central->setCurrentWidget(m_welcome);
    updateWelcomeRecent();
}

int MainWindow::currentPage() const
{
    return m_workspaces.isEmpty() ? -1 : m_pages->currentIndex();
}

Workspace* MainWindow::currentWorkspace() const
{
    return m_workspaces.value(currentPage());
}

void MainWindow::setCurrentPage(int page)
{
    if (page < 0 || page >= m_navigationModel->rowCount())
        return;
    m_navigation->setCurrentIndex(m_navigationModel->index(page, 0));
}

bool MainWindow::showView(const QString& view, QString* error)
{
    if (!hasSession()) {
        *error = tr("no session is open");
        return false;
    }
    const int page = m_navigationModel->rowOf(view);
    if (page >= 0) {
        setCurrentPage(page);
        return true;
    }
    if (view.startsWith(QLatin1String("projector-poll:"))) {
        // The Polls page picks the poll; the Agenda page's projector shows it beside the timer.
        auto* pollsPage = qobject_cast<PollsWorkspace*>(m_workspaces.value(3));
        if (!pollsPage || !pollsPage->showView(view, error))
            return false;
        return showView(QStringLiteral("projector"), error);
    }
    QString firstError;
    for (int i = 0; i < m_workspaces.size(); ++i) {
        QString wsError;
        if (m_workspaces.at(i)->showView(view, &wsError)) {
            setCurrentPage(i);
            return true;
        }
        if (firstError.isEmpty())
            firstError = wsError;
    }
    *error = firstError.isEmpty() ? tr("unknown view %1; see roundtable screenshot --help").arg(view)
                                  : firstError;
    return false;
}

void MainWindow::updateTitle()
{
    if (!hasSession()) {
        setWindowTitle(tr("Roundtable"));
        m_eventLabel->clear();
        m_eventDetails->clear();
        m_pathLabel->clear();
        m_modeLabel->clear();
        m_modeLabel->setToolTip({});
        return;
    }
    const QString fileName = QFileInfo(m_document->path()).fileName();
    QString event;
    QStringList details;
    if (Store* store = m_document->store()) {
        const QList<Row> rows = store->rows(Kind::Event);
        if (!rows.isEmpty()) {
            const Row& row = rows.first();
            event = row.str(QStringLiteral("title")).simplified();
            const QDate date = QDate::fromString(row.str(QStringLiteral("date")), Qt::ISODate);
            if (date.isValid())
                details.append(QLocale().toString(date, QLocale::LongFormat));
            else if (!row.str(QStringLiteral("date")).isEmpty())
                details.append(row.str(QStringLiteral("date")).simplified());
            if (!row.str(QStringLiteral("venue")).simplified().isEmpty())
                details.append(row.str(QStringLiteral("venue")).simplified());
        }
    }
    m_eventLabel->setText(event.isEmpty() ? tr("Untitled event") : event);
    m_eventDetails->setText(details.join(QLatin1Char('\n')));
    m_eventDetails->setVisible(!details.isEmpty());
    QString title = event.isEmpty() ? fileName : tr("%1 — %2").arg(event, fileName);
    if (m_document->isReadOnly())
        title = tr("%1 (read-only)").arg(title);
    setWindowTitle(title);
    setWindowFilePath(m_document->path());

    m_pathLabel->setText(QDir::toNativeSeparators(m_document->path()));
    const QString icon = m_document->isReadOnly() ? QStringLiteral(":/icons/lock.svg")
        : m_document->hasSaveFailure()            ? QStringLiteral(":/icons/unsaved.svg")
                                                  : QStringLiteral(":/icons/saved.svg");
    m_modeIcon->setPixmap(QIcon(icon).pixmap(QSize(14, 14), devicePixelRatio()));
    if (m_document->hasSaveFailure()) {
        m_modeLabel->setText(tr("Not saved"));
        m_modeLabel->setToolTip(m_document->saveFailure());
    } else if (m_document->isReadOnly()) {
        m_modeLabel->setText(tr("Read-only"));
        m_modeLabel->setToolTip(tr("This session is open read-only: changes are not possible."));
    } else {
        m_modeLabel->setText(tr("Every change is saved"));
        m_modeLabel->setToolTip(
            tr("Each edit is written to the session file at once; there is nothing to save."));
    }
}

void MainWindow::updateActions()
{
    const bool open = hasSession();
    const bool writable = open && !m_document->isReadOnly();
    m_actions[SaveCopy]->setEnabled(open);
    m_actions[CloseSession]->setEnabled(open);
    m_actions[EventDetails]->setEnabled(writable);
    for (int i = GoAgenda; i <= GoExport; ++i)
        m_actions[i]->setEnabled(open);
    // A read-only session never has anything to undo; keep the group off so nothing can.
    if (writable)
        m_undoGroup->setActiveStack(m_document->undoStack());
    else
        m_undoGroup->setActiveStack(nullptr);
    m_modeLabel->setVisible(open);
    m_modeIcon->setVisible(open);
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
        connect(item, &QAction::triggered, this, [this, path] { openRecent(path); });
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

void MainWindow::updateWelcomeRecent()
{
    if (!m_welcomeRecent)
        return;
    m_welcomeRecent->clear();
    const QStringList files = m_useSettings ? Settings::instance().recentFiles() : QStringList();
    const QIcon icon(QStringLiteral(":/icons/roundtable.svg"));
    for (const QString& path : files) {
        const QFileInfo info(path);
        auto* item = new QListWidgetItem(
            icon, tr("%1\n%2").arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())),
            m_welcomeRecent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    if (files.isEmpty()) {
        auto* item = new QListWidgetItem(tr("Sessions you open appear here."), m_welcomeRecent);
        item->setFlags(Qt::NoItemFlags);
    }
}

void MainWindow::rememberRecent(const QString& path)
{
    if (!m_useSettings)
        return;
    Settings::instance().addRecentFile(path);
    Settings::instance().setValue(Settings::LastOpenFolder, QFileInfo(path).absolutePath());
}

void MainWindow::openRecent(const QString& path)
{
    if (!QFileInfo::exists(path)) {
        if (m_useSettings)
            Settings::instance().removeRecentFile(path);
        updateWelcomeRecent();
        report({QMessageBox::Warning,
                tr("Open Recent"),
                tr("%1 no longer exists; it has been removed from the recent sessions.")
                    .arg(QDir::toNativeSeparators(path)),
                {},
                false,
                false});
        return;
    }
    openFile(path);
}

bool MainWindow::openFile(const QString& path, SessionFile::Mode mode)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (hasSession() && QFileInfo(m_document->path()).absoluteFilePath() == absolute) {
        // Already on screen (editing covers looking); only a read-only view may be reopened for editing.
        if (!m_document->isReadOnly() || mode == SessionFile::Mode::ReadOnly)
            return true;
    }
    auto next = std::make_unique<Document>();
    const SessionError error = next->open(absolute, mode);
    if (!error) {
        Document* raw = next.get();
        setDocument(raw, std::move(next));
        rememberRecent(absolute);
        return true;
    }
    Message message;
    message.title = tr("Cannot open session");
    message.text = error.message;
    if ((error.code == SessionError::Locked || error.code == SessionError::ReadOnlyFile)
        && mode == SessionFile::Mode::ReadWrite) {
        message.icon = QMessageBox::Warning;
        message.informativeText
            = tr("You can open it read-only to look at it and copy it; changes will not be possible.");
        message.offerReadOnly = true;
        if (report(message) == Choice::OpenReadOnly)
            return openFile(absolute, SessionFile::Mode::ReadOnly);
        return false;
    }
    message.icon = QMessageBox::Critical;
    message.informativeText = error.detail.isEmpty()
        ? tr("The file has not been changed.")
        : tr("%1\nThe file has not been changed.").arg(error.detail);
    report(message);
    return false;
}

void MainWindow::closeSession()
{
    if (!m_document)
        return;
    if (m_ownedDocument) {
        setDocument(nullptr, nullptr);
    } else {
        m_document->close();
    }
}

MainWindow::Choice MainWindow::report(const Message& message)
{
    m_lastMessage = message.text;
    return showMessage(message);
}

QMessageBox* MainWindow::createMessageBox(const Message& message, QWidget* parent)
{
    auto* box = new QMessageBox(message.icon, message.title, message.text, QMessageBox::NoButton, parent);
    box->setInformativeText(message.informativeText);
    if (message.offerReadOnly) {
        QPushButton* readOnly = box->addButton(tr("Open &Read-Only"), QMessageBox::AcceptRole);
        readOnly->setObjectName(QStringLiteral("openReadOnly"));
        box->addButton(QMessageBox::Cancel);
        box->setDefaultButton(readOnly);
    } else if (message.offerCloseAnyway) {
        QPushButton* close = box->addButton(tr("Close &Anyway"), QMessageBox::DestructiveRole);
        close->setObjectName(QStringLiteral("closeAnyway"));
        box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    } else {
        box->addButton(QMessageBox::Ok);
    }
    return box;
}

MainWindow::Choice MainWindow::showMessage(const Message& message)
{
    std::unique_ptr<QMessageBox> box(createMessageBox(message, this));
    box->exec();
    QAbstractButton* clicked = box->clickedButton();
    if (clicked && clicked->objectName() == QLatin1String("openReadOnly"))
        return Choice::OpenReadOnly;
    if (clicked && clicked->objectName() == QLatin1String("closeAnyway"))
        return Choice::CloseAnyway;
    return message.offerReadOnly || message.offerCloseAnyway ? Choice::Cancel : Choice::Ok;
}

void MainWindow::newFromTemplate()
{
    TemplateDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Templates::Template chosen = dialog.selected();
    QString folder
        = m_useSettings ? Settings::instance().value(Settings::LastOpenFolder).toString() : QString();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(chosen.name + sessionSuffix());
    const QString target = withSuffix(QFileDialog::getSaveFileName(
        this, tr("New Session"), suggested, tr("Roundtable sessions (*.roundtable)"), nullptr,
        QFileDialog::DontConfirmOverwrite));
    if (!target.isEmpty())
        createSession(chosen, target);
}

bool MainWindow::createSession(const Templates::Template& chosen, const QString& target)
{
    if (hasSession()
        && QFileInfo(target).absoluteFilePath() == QFileInfo(m_document->path()).absoluteFilePath()) {
        report(
            {QMessageBox::Warning,
             tr("New Session"),
             tr("%1 is the session that is open; choose another name.").arg(QDir::toNativeSeparators(target)),
             {},
             false,
             false});
        return false;
    }
    // Never by deleting what is there: it may be a session, even the open one.
    if (QFileInfo::exists(target) || QFileInfo(target).isSymLink()) {
        report({QMessageBox::Warning,
                tr("New Session"),
                tr("%1 already exists; a new session never replaces a file. Choose another name.")
                    .arg(QDir::toNativeSeparators(target)),
                {},
                false,
                false});
        return false;
    }
    const SessionError error = Templates::create(chosen, target);
    if (error) {
        report({QMessageBox::Critical, tr("New Session"), error.message, error.detail, false, false});
        return false;
    }
    return openFile(target);
}

void MainWindow::openDialog()
{
    QString folder
        = m_useSettings ? Settings::instance().value(Settings::LastOpenFolder).toString() : QString();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Session"), folder,
                                                      tr("Roundtable sessions (*.roundtable)")
                                                          + QStringLiteral(";;") + tr("All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::saveCopy()
{
    if (!hasSession())
        return;
    const QFileInfo current(m_document->path());
    const QString suggested
        = current.dir().filePath(tr("%1 copy").arg(current.completeBaseName()) + sessionSuffix());
    const QString target = withSuffix(QFileDialog::getSaveFileName(this, tr("Save a Copy"), suggested,
                                                                   tr("Roundtable sessions (*.roundtable)")));
    if (!target.isEmpty())
        saveCopyTo(target);
}

bool MainWindow::saveCopyTo(const QString& target)
{
    if (!hasSession())
        return false;
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(m_document->path()).absoluteFilePath()) {
        report({QMessageBox::Warning,
                tr("Save a Copy"),
                tr("%1 is the session itself; choose another name for the copy.")
                    .arg(QDir::toNativeSeparators(target)),
                {},
                false,
                false});
        return false;
    }
    const SessionError error = m_document->file().saveCopy(target);
    if (error) {
        report({QMessageBox::Critical, tr("Save a Copy"), error.message, error.detail, false, false});
        return false;
    }
    statusBar()->showMessage(tr("Copy saved to %1").arg(QDir::toNativeSeparators(target)), 8000);
    return true;
}

void MainWindow::mergeFiles()
{
    MergeDialog dialog(this);
    dialog.exec();
    if (!dialog.fileToOpen().isEmpty())
        openFile(dialog.fileToOpen());
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

void MainWindow::restoreWindowSettings()
{
    if (!m_useSettings)
        return;
    const Settings& settings = Settings::instance();
    restoreGeometry(settings.value(Settings::WindowGeometry).toByteArray());
    restoreState(settings.value(Settings::WindowState).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // A change that never reached the file is lost on closing: say so, unless it gets through now.
    if (hasSession() && m_document->hasSaveFailure() && !qApp->property("rt_quitNow").toBool()) {
        Message message;
        message.icon = QMessageBox::Warning;
        message.title = tr("Changes Not Saved");
        message.text = m_document->saveFailure();
        message.informativeText = tr("If you close now, the change that could not be saved is lost; "
                                     "everything saved before it stays in the file. To keep it, free "
                                     "some space and send it again, then close.");
        message.offerCloseAnyway = true;
        if (report(message) != Choice::CloseAnyway) {
            event->ignore();
            return;
        }
    }
    if (hasSession() && m_document->hasSaveFailure()) {
        // Close now, while there is a window to say whether the file could be folded into one.
        Document* document = m_document;
        document->close();
        if (const SessionError e = document->file().closeError()) {
            Message message;
            message.icon = QMessageBox::Warning;
            message.title = tr("Session Closed");
            message.text = e.message;
            report(message);
        }
    }
    if (m_useSettings) {
        Settings& settings = Settings::instance();
        settings.setValue(Settings::WindowGeometry, saveGeometry());
        settings.setValue(Settings::WindowState, saveState());
        settings.sync();
    }
    event->accept();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::WindowStateChange)
        m_actions[FullScreen]->setChecked(windowState() & Qt::WindowFullScreen);
    QMainWindow::changeEvent(event);
}

} // namespace rt
