// SPDX-License-Identifier: GPL-3.0-or-later
#include "vote/GuardedTcpServer.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <sys/socket.h>

namespace rt::vote {

namespace {
QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 411:
        return QByteArrayLiteral("Length Required");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    default:
        return QByteArrayLiteral("Internal Server Error");
    }
}
} // namespace

/** Lives as the socket's child: counts the connection while it exists and polices its requests. */
class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    ConnectionGuard(GuardedTcpServer* server, QTcpSocket* socket, const QHostAddress& peer)
        : QObject(socket)
        , m_server(server)
        , m_socket(socket)
        , m_peer(peer)
    {
        ++m_server->m_total;
        ++m_server->m_perAddress[peer];
        m_deadline.setSingleShot(true);
        connect(&m_deadline, &QTimer::timeout, this, &ConnectionGuard::expire);
        m_deadline.start(m_server->limits().idleMs);
        // Connected before Qt HTTP Server connects its own slot, so this runs first on each read.
        connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::inspect);
    }
    ~ConnectionGuard() override
    {
        if (m_server)
            m_server->release(m_peer);
    }

    void restart() { m_deadline.start(m_server ? m_server->limits().idleMs : 10000); }

private:
    void expire()
    {
        // Also reaps sockets whose signals Qt HTTP Server disconnected after a parse error.
        m_socket->abort();
        m_socket->deleteLater();
    }

    void refuse(int status)
    {
        QObject::disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
        GuardedTcpServer::respond(m_socket, status, QByteArrayLiteral("application/json"),
                                  QByteArrayLiteral("{\"ok\":false}"), {}, false, true);
        m_refused = true;
        // Closing with unread input would reset the connection, and the client could lose the
        // answer. So: send FIN after the answer, then read and drop a little more before closing.
        m_socket->flush();
        if (m_socket->bytesToWrite() > 0 || ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR) != 0) {
            m_socket->disconnectFromHost();
            return;
        }
        connect(m_socket, &QTcpSocket::readyRead, this, [this] {
            m_drained += m_socket->skip(m_socket->bytesAvailable());
            if (m_drained > 1024 * 1024)
                expire();
        });
        QTimer::singleShot(2000, this, &ConnectionGuard::expire);
    }

    void inspect()
    {
        if (m_refused || !m_server)
            return;
        const ServerLimits& limits = m_server->limits();
        // Qt HTTP Server keeps a read transaction open until a request is complete, and reads
        // everything on each readyRead: no transaction means a new request starts here.
        if (!m_socket->isTransactionStarted()) {
            m_head.clear();
            m_headDone = false;
            m_bytes = 0;
        }
        const qint64 available = m_socket->bytesAvailable();
        m_bytes += available;
        if (!m_headDone) {
            const qint64 room = limits.maxHeaderBytes + 4 - m_head.size();
            m_head += m_socket->peek(qMin(available, qMax<qint64>(room, 0)));
            const qsizetype end = m_head.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_head.size() > limits.maxHeaderBytes)
                    refuse(431);
                return;
            }
            m_headDone = true;
            const QList<QByteArray> lines = m_head.left(end).split('\n');
            for (const QByteArray& raw : lines) {
                const qsizetype colon = raw.indexOf(':');
                if (colon < 0)
                    continue;
                const QByteArray name = raw.left(colon).trimmed().toLower();
                const QByteArray value = raw.mid(colon + 1).trimmed();
                if (name == "transfer-encoding") {
                    refuse(411);
                    return;
                }
                if (name == "content-length") {
                    bool ok = false;
                    const qlonglong length = value.toLongLong(&ok);
                    if (!ok || length < 0) {
                        refuse(400);
                        return;
                    }
                    if (length > limits.maxBodyBytes) {
                        refuse(413);
                        return;
                    }
                }
            }
        }
        if (m_bytes > limits.maxHeaderBytes + limits.maxBodyBytes + 4)
            refuse(413);
    }

    QPointer<GuardedTcpServer> m_server;
    QTcpSocket* m_socket;
    QHostAddress m_peer;
    QTimer m_deadline;
    QByteArray m_head;
    bool m_headDone = false;
    bool m_refused = false;
    qint64 m_bytes = 0;
    qint64 m_drained = 0;
};

GuardedTcpServer::GuardedTcpServer(const ServerLimits& limits, QObject* parent)
    : QTcpServer(parent)
    , m_limits(limits)
{
    // Phones arrive together when the QR code goes up; a short backlog would drop their SYNs.
    setListenBacklogSize(1024);
    setMaxPendingConnections(1024);
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QHostAddress peer = socket->peerAddress();
    if (m_total >= m_limits.maxConnections || m_perAddress.value(peer) >= m_limits.maxPerAddress) {
        respond(socket, 503, QByteArrayLiteral("application/json"), QByteArrayLiteral("{\"ok\":false}"),
                {{QByteArrayLiteral("Retry-After"), QByteArrayLiteral("2")}}, true);
        QTimer::singleShot(1000, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        return;
    }
    socket->setReadBufferSize(m_limits.readBuffer);
    new ConnectionGuard(this, socket, peer);
    addPendingConnection(socket);
}

void GuardedTcpServer::release(const QHostAddress& peer)
{
    --m_total;
    auto it = m_perAddress.find(peer);
    if (it != m_perAddress.end() && --it.value() <= 0)
        m_perAddress.erase(it);
}

void GuardedTcpServer::requestDone(QTcpSocket* socket)
{
    if (auto* guard = socket->findChild<ConnectionGuard*>(QString(), Qt::FindDirectChildrenOnly))
        guard->restart();
}

void GuardedTcpServer::abortAll()
{
    const QList<QTcpSocket*> sockets = findChildren<QTcpSocket*>(QString(), Qt::FindDirectChildrenOnly);
    for (QTcpSocket* s : sockets)
        s->abort();
}

void GuardedTcpServer::respond(QTcpSocket* socket, int status, const QByteArray& contentType,
                               const QByteArray& body, const QList<QPair<QByteArray, QByteArray>>& extra,
                               bool close, bool closeHeader)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray out;
    out.reserve(512 + body.size());
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "Content-Security-Policy: default-src 'self'; frame-ancestors 'none'; form-action 'self'\r\n";
    out += "X-Content-Type-Options: nosniff\r\n";
    out += "Cache-Control: no-store\r\n";
    out += "Referrer-Policy: no-referrer\r\n";
    for (const auto& h : extra)
        out += h.first + ": " + h.second + "\r\n";
    if (close || closeHeader)
        out += "Connection: close\r\n";
    out += "\r\n";
    out += body;
    socket->write(out);
    if (close)
        socket->disconnectFromHost();
    else
        requestDone(socket);
}

} // namespace rt::vote

#include "GuardedTcpServer.moc"
