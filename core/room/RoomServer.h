// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Kind.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QTcpServer>
#include <QUrl>
#include <memory>

class QTcpSocket;
class QTimer;

namespace rt {
class Store;
}

namespace rt::room {

class RoomAnnouncer;

/**
 * The organiser's laptop hosting the room: answers laptops' sync calls over HTTP on the one
 * address the organiser chose. The host's session file is the room's record; what the laptops
 * send is applied there (RoomSync) and logged for the others. Guards: the room's secret on every
 * call (compared in constant time, else 403), exact routes, caps on connections in total and per
 * address, on header and body sizes, a request rate per address, and a deadline per request.
 */
class RoomServer : public QObject
{
    Q_OBJECT
public:
    explicit RoomServer(Store* store, QObject* parent = nullptr);
    ~RoomServer() override;

    /** Starts hosting @p store's session (it becomes the room's record). */
    bool start(const QHostAddress& address, quint16 port, QString* error);
    void stop();
    bool isListening() const { return m_server.isListening(); }
    QUrl url() const;
    QString joinCode() const;
    QHostAddress address() const { return m_server.serverAddress(); }
    quint16 port() const { return m_server.serverPort(); }
    int connectionCount() const { return int(m_connections.size()); }

signals:
    /** Laptops' edits were applied: the views of these kinds must re-read. */
    void applied(const QSet<rt::Kind>& kinds);
    /** A laptop called (its row in room_peer changed). */
    void peersChanged();

private:
    struct Connection
    {
        QByteArray buffer;
        QTimer* deadline = nullptr;
    };
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QByteArray body;
        bool close = false;
    };
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void drop(QTcpSocket* socket);
    bool allowed(const QHostAddress& peer);
    void handle(QTcpSocket* socket, const Request& request);
    void respond(QTcpSocket* socket, int status, const QByteArray& type, const QByteArray& body, bool close,
                 const QList<QPair<QByteArray, QByteArray>>& extra = {});
    QByteArray hello() const;
    QByteArray sync(const QByteArray& body, int* status);
    QByteArray snapshot(qint64* gseq, QString* error);

    Store* m_store;
    QTcpServer m_server;
    std::unique_ptr<RoomAnnouncer> m_announcer;
    QString m_secret;
    QHash<QTcpSocket*, Connection> m_connections;
    QHash<QHostAddress, int> m_perAddress;
    struct Bucket
    {
        double tokens = 0;
        QElapsedTimer since;
    };
    QHash<QHostAddress, Bucket> m_rate;
};

} // namespace rt::room
