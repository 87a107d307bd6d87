// SPDX-License-Identifier: GPL-3.0-or-later
#include "vote/GuardedTcpServer.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <sys/resource.h>
#include <sys/socket.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace rt::vote {

namespace {
const QByteArray Html = QByteArrayLiteral("text/html; charset=utf-8");

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
    /** Where the connection is: what it is waiting for, and so which deadline applies. */
    enum class Phase {
        Fresh, ///< accepted, nothing sent yet
        Idle, ///< kept alive after an answer, waiting for the next request
        Head, ///< a request's headers are arriving
        Body, ///< its body is arriving
        Busy, ///< the request is complete and being answered: never closed to make room
    };

    ConnectionGuard(GuardedTcpServer* server, QTcpSocket* socket, const QHostAddress& peer)
        : QObject(socket)
        , m_server(server)
        , m_socket(socket)
        , m_peer(peer)
    {
        ++m_server->m_total;
        ++m_server->m_perAddress[peer];
        m_server->m_guards.insert(this);
        m_server->m_highWater = qMax(m_server->m_highWater, m_server->m_total);
        m_deadline.setSingleShot(true);
        connect(&m_deadline, &QTimer::timeout, this, &ConnectionGuard::expire);
        enter(Phase::Fresh);
        // Connected before Qt HTTP Server connects its own slot, so this runs first on each read.
        connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::inspect);
    }
    ~ConnectionGuard() override
    {
        if (m_server)
            m_server->release(this, m_peer);
    }

    Phase phase() const { return m_phase; }
    qint64 since() const { return m_since.elapsed(); }

    /** A response went out: the connection is idle until its next request. */
    void answered()
    {
        if (!m_refused)
            enter(Phase::Idle);
    }

    /** Closed to make room for a newcomer. */
    void evict()
    {
        if (m_server)
            m_server->m_guards.remove(this); // not chosen again while it goes
        m_busyGrace = false;
        expire();
    }

private:
    void enter(Phase phase)
    {
        const Phase from = m_phase;
        m_phase = phase;
        m_since.start();
        const ServerLimits& l = m_server ? m_server->limits() : ServerLimits {};
        switch (phase) {
        case Phase::Fresh:
            m_deadline.start(l.headerMs);
            break;
        case Phase::Head:
            // A new connection's header deadline runs from its acceptance.
            if (from != Phase::Fresh)
                m_deadline.start(l.headerMs);
            break;
        case Phase::Body:
            m_deadline.start(l.bodyMs);
            break;
        case Phase::Idle:
            m_deadline.start(l.idleMs);
            break;
        case Phase::Busy:
            // Answered within a commit (milliseconds): the running deadline is left as it is,
            // and if it comes first the request is given more time once (see expire()).
            m_busyGrace = true;
            break;
        }
    }

    void expire()
    {
        if (m_phase == Phase::Busy && m_busyGrace && !m_refused) {
            m_busyGrace = false;
            m_deadline.start(30000);
            return;
        }
        // Also reaps sockets whose signals Qt HTTP Server disconnected after a parse error.
        m_deadline.stop();
        m_socket->abort();
        m_socket->deleteLater();
    }

    void refuse(int status)
    {
        QObject::disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
        const QByteArray page = m_server ? m_server->m_refusedPage : QByteArray();
        GuardedTcpServer::respond(m_socket, status, Html,
                                  page.isEmpty() ? QByteArrayLiteral("<!DOCTYPE html>") : page, {}, false,
                                  true);
        m_refused = true;
        m_phase = Phase::Busy;
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
        m_deadline.start(2000);
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
            m_length = 0;
        }
        const qint64 available = m_socket->bytesAvailable();
        if (available <= 0)
            return;
        if (m_phase == Phase::Fresh || m_phase == Phase::Idle)
            enter(Phase::Head);
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
            m_headBytes = end + 4;
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
                    m_length = length;
                }
            }
        }
        if (m_bytes > limits.maxHeaderBytes + limits.maxBodyBytes + 4) {
            refuse(413);
            return;
        }
        if (m_bytes >= m_headBytes + m_length) {
            if (m_phase != Phase::Busy)
                enter(Phase::Busy);
        } else if (m_phase != Phase::Body) {
            enter(Phase::Body);
        }
    }

    QPointer<GuardedTcpServer> m_server;
    QTcpSocket* m_socket;
    QHostAddress m_peer;
    QTimer m_deadline;
    QElapsedTimer m_since;
    Phase m_phase = Phase::Fresh;
    QByteArray m_head;
    bool m_headDone = false;
    bool m_refused = false;
    bool m_busyGrace = false;
    qint64 m_bytes = 0;
    qint64 m_headBytes = 0;
    qint64 m_length = 0;
    qint64 m_drained = 0;
};

int connectionBudget()
{
    static const int budget = [] {
        rlimit limit {};
        if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
            return 256;
        if (limit.rlim_cur < limit.rlim_max) {
            rlimit raised = limit;
            raised.rlim_cur = limit.rlim_max;
            if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
                limit = raised;
        }
        // Room for the session file, its journal, fonts, the window system and the live room.
        constexpr rlim_t Reserve = 128;
        const rlim_t usable = limit.rlim_cur > Reserve + 64 ? limit.rlim_cur - Reserve : 64;
        return int(qMin<rlim_t>(usable, 8192));
    }();
    return budget;
}

GuardedTcpServer::GuardedTcpServer(const ServerLimits& limits, QObject* parent)
    : QTcpServer(parent)
    , m_limits(limits)
{
    if (m_limits.maxConnections <= 0)
        m_limits.maxConnections = connectionBudget();
    // Phones arrive together when the QR code goes up; a short backlog would drop their SYNs.
    setListenBacklogSize(1024);
    setMaxPendingConnections(1024);
}

// The guards are grandchildren: their QPointer to this server is already null when they go.
GuardedTcpServer::~GuardedTcpServer() = default;

bool GuardedTcpServer::makeRoom()
{
    // Idle kept-alive connections first (longest idle first), then the unfinished request that
    // started longest ago. A request already complete is never cut off.
    ConnectionGuard* idle = nullptr;
    ConnectionGuard* slow = nullptr;
    for (ConnectionGuard* g : std::as_const(m_guards)) {
        switch (g->phase()) {
        case ConnectionGuard::Phase::Idle:
            if (!idle || g->since() > idle->since())
                idle = g;
            break;
        case ConnectionGuard::Phase::Fresh:
        case ConnectionGuard::Phase::Head:
        case ConnectionGuard::Phase::Body:
            if (!slow || g->since() > slow->since())
                slow = g;
            break;
        case ConnectionGuard::Phase::Busy:
            break;
        }
    }
    ConnectionGuard* victim = idle ? idle : slow;
    if (!victim)
        return false;
    ++m_evicted;
    victim->evict();
    return true;
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QHostAddress peer = socket->peerAddress();
    // The evicted socket is counted until it is deleted: count what is still taking room.
    const bool full = qsizetype(m_guards.size()) >= m_limits.maxConnections;
    if (m_perAddress.value(peer) >= m_limits.maxPerAddress || (full && !makeRoom())) {
        respond(socket, 503, Html, m_busyPage.isEmpty() ? QByteArrayLiteral("<!DOCTYPE html>") : m_busyPage,
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

void GuardedTcpServer::release(ConnectionGuard* guard, const QHostAddress& peer)
{
    m_guards.remove(guard);
    --m_total;
    auto it = m_perAddress.find(peer);
    if (it != m_perAddress.end() && --it.value() <= 0)
        m_perAddress.erase(it);
#ifdef __GLIBC__
    // After a crowd or an attack has gone, hand the freed heap back to the system rather than
    // keep it: the laptop runs the rest of the event too.
    if (m_highWater >= 256 && m_total <= m_highWater / 8 && !m_trimPending) {
        m_trimPending = true;
        QTimer::singleShot(500, this, [this] {
            m_trimPending = false;
            if (m_total <= m_highWater / 8) {
                ::malloc_trim(0);
                m_highWater = m_total;
            }
        });
    }
#endif
}

void GuardedTcpServer::requestDone(QTcpSocket* socket)
{
    if (auto* guard = socket->findChild<ConnectionGuard*>(QString(), Qt::FindDirectChildrenOnly))
        guard->answered();
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
