// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTimer>
#include <QUdpSocket>

namespace rt::room {

/** The UDP port rooms are announced on (the room's own port is in the announcement). */
constexpr quint16 AnnouncePort = 47801;

/**
 * The host says "a room is open here" on its chosen network every two seconds: the event's title,
 * the address and port. Never the key: a laptop that picks the room still types the join code.
 */
class RoomAnnouncer : public QObject
{
    Q_OBJECT
public:
    RoomAnnouncer(const QHostAddress& address, quint16 port, const QString& title, QObject* parent = nullptr);

private:
    void announce();

    QUdpSocket m_socket;
    QHostAddress m_address;
    QHostAddress m_broadcast;
    QByteArray m_message;
    QTimer m_timer;
};

/** A table laptop listening for announced rooms (Room ▸ Join a Room…). */
class RoomFinder : public QObject
{
    Q_OBJECT
public:
    struct Found
    {
        QString title;
        QHostAddress address;
        quint16 port = 0;
    };
    explicit RoomFinder(QObject* parent = nullptr);
    bool isListening() const { return m_socket.state() == QAbstractSocket::BoundState; }
    QList<Found> rooms() const { return m_rooms.values(); }

signals:
    void roomsChanged();

private:
    void read();

    QUdpSocket m_socket;
    QHash<QString, Found> m_rooms;
};

} // namespace rt::room
