// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QWidget;

namespace rt {
class Document;
namespace room {
class RoomClient;
class RoomServer;
} // namespace room

/**
 * The live room for the window's session: Room ▸ Host a Room… / Join a Room… / Room… / Leave,
 * and the status bar's "In room · synced 2 s ago", "Offline · 14 edits waiting" or "Hosting ·
 * 8 laptops". A laptop that was in a room rejoins it when its file is opened again; a host opens
 * its room again only when asked (it listens on the network).
 */
class RoomController : public QObject
{
    Q_OBJECT
public:
    explicit RoomController(QWidget* window);
    ~RoomController() override;

    void fillMenu(QMenu* menu);
    QLabel* statusLabel() const { return m_label; }
    /** The window's session changed (or closed: nullptr). */
    void setDocument(Document* document);

    room::RoomServer* server() const { return m_server.get(); }
    room::RoomClient* client() const { return m_client.get(); }

    /** Hosts on @p address (a textual IP) and @p port; false with @p error. */
    bool host(const QString& address, int port, QString* error);
    /** Joins the room at @p url with the open session; false with @p error. */
    bool join(const QString& url, const QString& captures, QString* error);
    void leave();

signals:
    /** A file received from a room is ready: the window opens it. */
    void openRequested(const QString& path);
    void stateChanged();

private:
    void showRoom();
    void showJoin();
    void updateStatus();
    void updateActions();

    QWidget* m_window;
    QPointer<Document> m_document;
    std::unique_ptr<room::RoomServer> m_server;
    std::unique_ptr<room::RoomClient> m_client;
    QLabel* m_label;
    QAction* m_host = nullptr;
    QAction* m_join = nullptr;
    QAction* m_room = nullptr;
    QAction* m_leave = nullptr;
    QTimer m_tick;
};

} // namespace rt
