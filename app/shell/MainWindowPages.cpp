// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's pages: one workspace per Page for the open session, wired to each other by
// their Page, and bringing a page or a workspace's view to the front (see MainWindow.h).
#include "shell/MainWindow.h"

#include "agenda/AgendaWorkspace.h"
#include "agenda/RunStatusWidget.h"
#include "datapack/DataPackWorkspace.h"
#include "export/ExportWorkspace.h"
#include "places/PlacesWorkspace.h"
#include "polls/PollsWorkspace.h"
#include "polls/ProjectorPollPanel.h"
#include "session/Document.h"
#include "shell/NavigationModel.h"
#include "shell/ReadOnly.h"
#include "shell/WelcomePage.h"
#include "shell/Workspace.h"
#include "store/Store.h"
#include "tables/TablesWorkspace.h"

#include <QAction>
#include <QListView>
#include <QStackedWidget>
#include <QStatusBar>

namespace rt {

QList<MainWindow::Page> MainWindow::pages()
{
    return {Page::Agenda, Page::Tables, Page::Places, Page::Polls, Page::DataPack, Page::Export};
}

QString MainWindow::pageKey(Page page)
{
    switch (page) {
    case Page::Agenda:
        return QStringLiteral("agenda");
    case Page::Tables:
        return QStringLiteral("tables");
    case Page::Places:
        return QStringLiteral("places");
    case Page::Polls:
        return QStringLiteral("polls");
    case Page::DataPack:
        return QStringLiteral("datapack");
    case Page::Export:
        return QStringLiteral("export");
    }
    Q_UNREACHABLE();
}

QStringList MainWindow::pageKeys()
{
    QStringList keys;
    for (Page page : pages())
        keys.append(pageKey(page));
    return keys;
}

MainWindow::Action MainWindow::goAction(Page page)
{
    switch (page) {
    case Page::Agenda:
        return GoAgenda;
    case Page::Tables:
        return GoTables;
    case Page::Places:
        return GoPlaces;
    case Page::Polls:
        return GoPolls;
    case Page::DataPack:
        return GoDataPack;
    case Page::Export:
        return GoExport;
    }
    Q_UNREACHABLE();
}

QString MainWindow::pageMenuName(Page page)
{
    switch (page) {
    case Page::Agenda:
        return tr("&Agenda");
    case Page::Tables:
        return tr("&Tables");
    case Page::Places:
        return tr("&Places");
    case Page::Polls:
        return tr("P&olls");
    case Page::DataPack:
        return tr("&Data Pack");
    case Page::Export:
        return tr("&Export");
    }
    Q_UNREACHABLE();
}

Workspace* MainWindow::createWorkspace(Page page)
{
    switch (page) {
    case Page::Agenda:
        return m_agenda = new AgendaWorkspace(m_document, m_pages);
    case Page::Tables:
        return new TablesWorkspace(m_document, m_pages);
    case Page::Places:
        return new PlacesWorkspace(m_document, m_pages);
    case Page::Polls:
        return m_polls = new PollsWorkspace(m_document, m_pages);
    case Page::DataPack:
        return new DataPackWorkspace(m_document, m_pages);
    case Page::Export:
        return new ExportWorkspace(m_document, m_pages);
    }
    Q_UNREACHABLE();
}

void MainWindow::buildPages()
{
    clearPages();
    if (!hasSession())
        return;
    const QList<Page> order = pages();
    for (Page page : order)
        m_workspaces.append(createWorkspace(page));
    QList<NavigationModel::Entry> entries;
    for (int i = 0; i < order.size(); ++i) {
        Workspace* ws = m_workspaces.at(i);
        m_pages->addWidget(ws);
        connect(ws, &Workspace::viewRequested, this, [this](const QString& view) {
            QString error;
            if (!showView(view, &error))
                statusBar()->showMessage(error, 8000);
        });
        const QAction* go = m_actions[goAction(order.at(i))];
        entries.append({pageKey(order.at(i)), ws->title(), go->icon(),
                        go->shortcut().toString(QKeySequence::NativeText)});
    }
    m_navigationModel->setEntries(entries);
    connectProjectorPoll();
    // A read-only window: nothing invites an edit it would discard, and it follows the writer.
    if (m_document->isReadOnly())
        new ReadOnlyGuard(m_document, m_pages, m_agenda);
    // Run mode's compact countdown, at the left of the permanent part of the status bar: after the
    // one ordinary widget, the file's path (index 0 is refused with a warning and appends instead).
    statusBar()->insertPermanentWidget(1, m_agenda->runStatus());
    m_agenda->runStatus()->setVisible(m_agenda->isRunning());
    RunStatusWidget* status = m_agenda->runStatus();
    connect(this, &MainWindow::currentPageChanged, status,
            [status](int page) { status->setShownPage(pageKey(pages().value(page))); });

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

/** The open poll goes up beside the projector's timer: Polls says which poll (and the phones'
 *  address), Agenda shows whatever side widget it is given; neither knows the other. */
void MainWindow::connectProjectorPoll()
{
    Document* doc = m_document;
    AgendaWorkspace* agenda = m_agenda;
    const auto showPoll = [doc, agenda](qint64 poll, const QUrl& url) {
        if (poll <= 0)
            agenda->setProjectorSide({});
        else
            agenda->setProjectorSide(
                [doc, poll, url] { return new polls::ProjectorPollPanel(doc, poll, url); });
    };
    connect(m_polls, &PollsWorkspace::projectorPollChanged, agenda, showPoll);
    showPoll(m_polls->projectorPoll(), m_polls->projectorUrl());
}

void MainWindow::clearPages()
{
    if (!m_pages)
        return;
    m_navigationModel->setEntries({});
    const QList<Workspace*> old = m_workspaces;
    m_workspaces.clear();
    m_agenda = nullptr;
    m_polls = nullptr;
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

void MainWindow::showPage(Page page)
{
    setCurrentPage(m_navigationModel->rowOf(pageKey(page)));
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
        if (!m_polls || !m_polls->showView(view, error))
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

} // namespace rt
