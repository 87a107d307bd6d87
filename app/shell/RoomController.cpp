// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/RoomController.h"

#include "interchange/RoomSync.h"
#include "room/RoomClient.h"
#include "room/RoomServer.h"
#include "session/Document.h"
#include "shell/JoinRoomDialog.h"
#include "shell/RoomDialog.h"
#include "store/RoomRepository.h"
#include "store/Store.h"

#include <QAction>
#include <QHostAddress>
#include <QLabel>
#include <QMenu>

namespace rt {

RoomController::RoomController(QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_label(new QLabel(window))
{
    m_label->setObjectName(QStringLiteral("roomStatus"));
    m_label->setContentsMargins(6, 0, 6, 0);
    m_label->hide();
    // "synced 2 s ago" must stay true while nothing happens.
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &RoomController::updateStatus);
}

RoomController::~RoomController() = default;

void RoomController::fillMenu(QMenu* menu)
{
    m_host = menu->addAction(tr("&Host a Room…"));
    m_host->setObjectName(QStringLiteral("hostRoom"));
    m_host->setToolTip(tr("Let the table laptops stream their notes to this laptop over the room's network"));
    connect(m_host, &QAction::triggered, this, &RoomController::showRoom);
    m_join = menu->addAction(tr("&Join a Room…"));
    m_join->setObjectName(QStringLiteral("joinRoom"));
    m_join->setToolTip(tr("Stream this laptop's edits to the organiser's laptop, and receive theirs"));
    connect(m_join, &QAction::triggered, this, &RoomController::showJoin);
    m_room = menu->addAction(tr("&Room…"));
    m_room->setObjectName(QStringLiteral("roomStatusAction"));
    m_room->setToolTip(tr("The room's address and join code, and the laptops in it"));
    connect(m_room, &QAction::triggered, this, &RoomController::showRoom);
    menu->addSeparator();
    m_leave = menu->addAction(tr("&Leave the Room"));
    m_leave->setObjectName(QStringLiteral("leaveRoom"));
    connect(m_leave, &QAction::triggered, this, &RoomController::leave);
    updateActions();
}

void RoomController::setDocument(Document* document)
{
    m_client.reset();
    m_server.reset();
    m_document = document;
    if (document && document->isOpen() && !document->isReadOnly()) {
        const RoomRepository room(*document->store());
        const QString url = room.value(room::UrlKey);
        if (room.value(room::RoleKey) == room::Member && !url.isEmpty()) {
            QString ignored;
            join(url, room.value(room::CapturesKey), &ignored);
        }
    }
    updateActions();
    updateStatus();
}

bool RoomController::host(const QString& address, int port, QString* error)
{
    if (!m_document || !m_document->isOpen() || m_document->isReadOnly()) {
        *error = tr("Open the session the room works on first (not read-only).");
        return false;
    }
    m_client.reset();
    auto server = std::make_unique<room::RoomServer>(m_document->store());
    if (!server->start(QHostAddress(address), quint16(port), error))
        return false;
    m_server = std::move(server);
    connect(m_server.get(), &room::RoomServer::peersChanged, this, &RoomController::updateStatus);
    updateActions();
    updateStatus();
    emit stateChanged();
    return true;
}

bool RoomController::join(const QString& url, const QString& captures, QString* error)
{
    if (!m_document || !m_document->isOpen() || m_document->isReadOnly()) {
        *error = tr("Open this laptop's copy of the session first (not read-only).");
        return false;
    }
    m_server.reset();
    if (!room::startMember(*m_document->store(), url, captures)) {
        *error = m_document->store()->lastError();
        return false;
    }
    m_client = std::make_unique<room::RoomClient>(m_document->store(), QUrl(url));
    connect(m_client.get(), &room::RoomClient::statusChanged, this, &RoomController::updateStatus);
    m_client->start();
    updateActions();
    updateStatus();
    emit stateChanged();
    return true;
}

void RoomController::leave()
{
    m_client.reset();
    m_server.reset();
    if (m_document && m_document->isOpen() && !m_document->isReadOnly())
        room::leave(*m_document->store());
    updateActions();
    updateStatus();
    emit stateChanged();
}

void RoomController::showRoom()
{
    RoomDialog dialog(this, m_document, m_window);
    dialog.exec();
}

void RoomController::showJoin()
{
    JoinRoomDialog dialog(this, m_document, m_window);
    dialog.exec();
}

void RoomController::updateActions()
{
    const bool writable = m_document && m_document->isOpen() && !m_document->isReadOnly();
    const bool inRoom = m_server || m_client;
    if (m_host) {
        m_host->setEnabled(writable && !inRoom);
        m_join->setEnabled(!inRoom && (!m_document || !m_document->isReadOnly()));
        m_room->setEnabled(inRoom);
        m_leave->setEnabled(inRoom);
    }
}

void RoomController::updateStatus()
{
    QString text;
    if (m_server) {
        const int laptops = int(RoomRepository(*m_document->store()).peers().size());
        text = tr("Hosting a room · %n laptop(s)", nullptr, laptops);
    } else if (m_client) {
        text = m_client->statusText();
    }
    m_label->setText(text);
    m_label->setAccessibleName(text);
    m_label->setVisible(!text.isEmpty());
    if (text.isEmpty())
        m_tick.stop();
    else if (!m_tick.isActive())
        m_tick.start();
}

} // namespace rt
