// SPDX-License-Identifier: GPL-3.0-or-later
#include "room/RoomAnnouncer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkDatagram>
#include <QNetworkInterface>

namespace rt::room {

RoomAnnouncer::RoomAnnouncer(const QHostAddress& address, quint16 port, const QString& title, QObject* parent)
    : QObject(parent)
    , m_address(address)
    , m_broadcast(address.isLoopback() ? QHostAddress(QHostAddress::LocalHost) : QHostAddress::Broadcast)
{
    // The broadcast address of the chosen network only, not every network this laptop is on.
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface& i : interfaces)
        for (const QNetworkAddressEntry& e : i.addressEntries())
            if (e.ip() == address && !e.broadcast().isNull())
                m_broadcast = e.broadcast();
    m_message = QJsonDocument(QJsonObject {{QStringLiteral("roundtable-room"), 1},
                                           {QStringLiteral("title"), title.left(200)},
                                           {QStringLiteral("address"), address.toString()},
                                           {QStringLiteral("port"), port}})
                    .toJson(QJsonDocument::Compact);
    m_socket.bind(address, 0);
    connect(&m_timer, &QTimer::timeout, this, &RoomAnnouncer::announce);
    m_timer.start(2000);
    announce();
}

void RoomAnnouncer::announce()
{
    m_socket.writeDatagram(m_message, m_broadcast, AnnouncePort);
}

RoomFinder::RoomFinder(QObject* parent)
    : QObject(parent)
{
    m_socket.bind(QHostAddress::AnyIPv4, AnnouncePort,
                  QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint);
    connect(&m_socket, &QUdpSocket::readyRead, this, &RoomFinder::read);
}

void RoomFinder::read()
{
    bool changed = false;
    while (m_socket.hasPendingDatagrams()) {
        const QNetworkDatagram d = m_socket.receiveDatagram(2048);
        const QJsonObject o = QJsonDocument::fromJson(d.data()).object();
        if (o.value(QStringLiteral("roundtable-room")).toInt() != 1)
            continue;
        Found f;
        f.title = o.value(QStringLiteral("title")).toString().left(200);
        f.address = QHostAddress(o.value(QStringLiteral("address")).toString());
        f.port = quint16(o.value(QStringLiteral("port")).toInt());
        // Only what the sender itself is: an announcement cannot point laptops at a third machine.
        if (f.address.isNull() || f.port == 0
            || !f.address.isEqual(d.senderAddress(), QHostAddress::TolerantConversion))
            continue;
        const QString key = f.address.toString() + QLatin1Char(':') + QString::number(f.port);
        if (!m_rooms.contains(key) || m_rooms.value(key).title != f.title) {
            m_rooms.insert(key, f);
            changed = true;
        }
    }
    if (changed)
        emit roomsChanged();
}

} // namespace rt::room
