// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/MainWindow.h"

#include "session/Document.h"
#include "shell/NavigationModel.h"
#include "shell/RoomController.h"
#include "shell/SaveBanner.h"
#include "shell/SessionSidebar.h"
#include "shell/Settings.h"
#include "shell/WelcomePage.h"
#include "store/Columns.h"
#include "store/Store.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace rt {

namespace {

/** The event's name and, one per line, its date and venue, as the sidebar shows them. */
struct EventHeading
{
    QString name;
    QStringList details;
};

EventHeading eventHeading(Store* store)
{
    EventHeading heading;
    const QList<Row> rows = store ? store->rows(Kind::Event) : QList<Row>();
    if (rows.isEmpty())
        return heading;
    const Row& row = rows.first();
    heading.name = row.str(col::Title).simplified();
    const QString date = row.str(col::Date);
    const QDate parsed = QDate::fromString(date, Qt::ISODate);
    if (parsed.isValid())
        heading.details.append(QLocale().toString(parsed, QLocale::LongFormat));
    else if (!date.isEmpty())
        heading.details.append(date.simplified());
    const QString venue = row.str(col::Venue).simplified();
    if (!venue.isEmpty())
        heading.details.append(venue);
    return heading;
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
    SessionActions::Hooks hooks;
    hooks.current = [this] { return m_document; };
    hooks.ask = [this](const Message& message) { return report(message); };
    hooks.show = [this](std::unique_ptr<Document> next) {
        Document* raw = next.get();
        setDocument(raw, std::move(next));
    };
    hooks.recentChanged = [this] { updateWelcomeRecent(); };
    m_sessionActions = std::make_unique<SessionActions>(std::move(hooks), useSettings);

    createActions();
    m_room = new RoomController(this);
    connect(m_room, &RoomController::openRequested, this, [this](const QString& path) { openFile(path); });
    createMenus();

    m_central = new QStackedWidget(this);
    m_welcome = new WelcomePage(m_actions[NewFromTemplate], m_actions[Open], this);
    connect(m_welcome, &WelcomePage::recentActivated, this,
            [this](const QString& path) { m_sessionActions->openRecent(path); });
    m_sessionArea = createSessionArea();
    m_central->addWidget(m_welcome);
    m_central->addWidget(m_sessionArea);
    setCentralWidget(m_central);
    createStatusBar();

    resize(1280, 800);
    setDocument(document, nullptr);
}

MainWindow::~MainWindow()
{
    // Children go one by one from here; a focus change meanwhile must not reach the Edit
    // menu's actions, which may already be gone (a quit by signal crashed here).
    disconnect(qApp, &QApplication::focusChanged, this, nullptr);
    // The room and the workspaces hold on to the document's store: they go first.
    m_room->setDocument(nullptr);
    clearPages();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
}

bool MainWindow::hasSession() const
{
    return m_document && m_document->isOpen();
}

QWidget* MainWindow::createSessionArea()
{
    auto* area = new QWidget(this);
    auto* layout = new QHBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // The sidebar: which event this is, then the pages.
    m_sidebar = new SessionSidebar(m_navigationModel, area);
    m_navigation = m_sidebar->navigation();
    layout->addWidget(m_sidebar);

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

/** The file's path, then (at the right end) whether every change reaches it. */
void MainWindow::createStatusBar()
{
    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("pathLabel"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pathLabel->setContentsMargins(6, 0, 6, 0);
    m_modeIcon = new QLabel(this);
    m_modeIcon->setObjectName(QStringLiteral("modeIcon"));
    m_modeLabel = new QLabel(this);
    m_modeLabel->setObjectName(QStringLiteral("modeLabel"));
    m_modeLabel->setContentsMargins(0, 0, 8, 0);
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_room->statusLabel());
    statusBar()->addPermanentWidget(m_modeIcon);
    statusBar()->addPermanentWidget(m_modeLabel);
}

void MainWindow::setDocument(Document* document, std::unique_ptr<Document> owned)
{
    // The room works on the session's store: it stops before that store can go.
    m_room->setDocument(nullptr);
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
        connectDocument();
        if (m_document->isOpen())
            buildPages();
        m_room->setDocument(m_document);
    }
    updateTitle();
    updateActions();
    emit sessionChanged();
}

void MainWindow::connectDocument()
{
    connect(m_document, &Document::opened, this, [this] {
        m_room->setDocument(m_document);
        buildPages();
        updateTitle();
        updateActions();
        emit sessionChanged();
    });
    connect(m_document, &Document::aboutToClose, this, [this] {
        m_room->setDocument(nullptr);
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
}

void MainWindow::updateTitle()
{
    if (!hasSession()) {
        setWindowTitle(tr("Roundtable"));
        m_sidebar->clear();
        updateSaveIndicator();
        return;
    }
    const QString path = shownPath();
    const QString fileName = QFileInfo(path).fileName();
    const EventHeading event = eventHeading(m_document->store());
    m_sidebar->setEvent(event.name.isEmpty() ? tr("Untitled event") : event.name, event.details);
    QString title = event.name.isEmpty() ? fileName : tr("%1 — %2").arg(event.name, fileName);
    if (m_document->isReadOnly())
        title = tr("%1 (read-only)").arg(title);
    setWindowTitle(title);
    setWindowFilePath(path);
    updateSaveIndicator();
}

void MainWindow::setShownPath(const QString& path)
{
    m_shownPath = path;
    updateTitle();
}

QString MainWindow::shownPath() const
{
    return m_shownPath.isEmpty() ? m_document->path() : m_shownPath;
}

/** The status bar: the file's path, and a lock, a tick or a warning with what it means. */
void MainWindow::updateSaveIndicator()
{
    if (!hasSession()) {
        m_pathLabel->clear();
        m_modeLabel->clear();
        m_modeLabel->setToolTip({});
        return;
    }
    m_pathLabel->setText(QDir::toNativeSeparators(shownPath()));
    const QString icon = m_document->isReadOnly() ? QStringLiteral(":/icons/lock.svg")
        : m_document->hasSaveFailure()            ? QStringLiteral(":/icons/unsaved.svg")
                                                  : QStringLiteral(":/icons/saved.svg");
    m_modeIcon->setPixmap(QIcon(icon).pixmap(QSize(14, 14), devicePixelRatio()));
    // The icon says by ear what it shows by sight.
    m_modeIcon->setAccessibleName(m_document->isReadOnly()           ? tr("Read-only")
                                      : m_document->hasSaveFailure() ? tr("Not saved")
                                                                     : tr("Every change is saved"));
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
    m_actions[ReviewActions]->setEnabled(open);
    m_actions[NewEventFromSession]->setEnabled(open);
    for (Page page : pages())
        m_actions[goAction(page)]->setEnabled(open);
    for (Action a : {StartRun, StopRun, ShowProjector, GoPickChart})
        m_actions[a]->setEnabled(open);
    // A read-only session never has anything to undo; keep the group off so nothing can.
    if (writable)
        m_undoGroup->setActiveStack(m_document->undoStack());
    else
        m_undoGroup->setActiveStack(nullptr);
    m_modeLabel->setVisible(open);
    m_modeIcon->setVisible(open);
}

void MainWindow::updateWelcomeRecent()
{
    if (m_welcome)
        m_welcome->setRecentFiles(m_useSettings ? Settings::instance().recentFiles() : QStringList());
}

bool MainWindow::openFile(const QString& path, SessionFile::Mode mode)
{
    return m_sessionActions->open(path, mode);
}

bool MainWindow::createSession(const Templates::Template& chosen, const QString& target)
{
    return m_sessionActions->create(chosen, target);
}

bool MainWindow::saveCopyTo(const QString& target)
{
    if (!m_sessionActions->saveCopy(target))
        return false;
    statusBar()->showMessage(tr("Copy saved to %1").arg(QDir::toNativeSeparators(target)), 8000);
    return true;
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
    // A change that never reached the file: ask, and close the session while the window is here.
    if (!m_sessionActions->prepareToCloseWindow()) {
        event->ignore();
        return;
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
