// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QSet>
#include <QTcpServer>

class QTcpSocket;

namespace rt::vote {

class ConnectionGuard;

/** The limits Qt HTTP Server 6.4 does not have; defaults suit one room of phones. */
struct ServerLimits
{
    /// open connections in total; 0: sized to the process's file limit (see connectionBudget())
    int maxConnections = 0;
    int maxPerAddress = 16; ///< open connections from one peer address
    qint64 readBuffer = 16 * 1024;
    int maxHeaderBytes = 8 * 1024;
    /// a 500-character answer in any script, however a client encodes it: 4-byte UTF-8, or
    /// 12 bytes a character as JSON escapes (\uD83D\uDE00), plus the braces
    int maxBodyBytes = 8 * 1024;
    int headerMs = 5000; ///< a request's headers must be complete within this of its first byte
    int bodyMs = 5000; ///< …and its body within this of the end of its headers
    int idleMs = 10000; ///< a kept-alive connection may wait this long for its next request
    double ratePerSecond = 5; ///< requests per second per address, refilled continuously…
    double burst = 30; ///< …into a bucket of this many
    int batchMs = 2; ///< group commit: the longest a vote waits for its batch
    int batchSize = 256; ///< group commit: a batch this full commits at once
};

/** Raises the soft limit on open files to the hard limit (once per process) and returns how
 *  many connections fit in it, keeping room for the session file, its journal and the rest of
 *  the application; at most 8192, at least 64. */
int connectionBudget();

/**
 * A QTcpServer that polices its connections before Qt HTTP Server sees them: caps on connections
 * in total and per address, a read-buffer cap, deadlines for a request's headers and body and for
 * an idle kept-alive connection, and a look at each request head as it arrives so an oversized
 * Content-Length (413), a chunked body (411) or an endless header (431) is answered and the
 * connection closed before any body is buffered. When every connection is taken, a newcomer is
 * not refused while another can make room: the connection idle longest (kept alive between
 * requests) is closed first, then the one whose unfinished request started longest ago — the
 * slowest, which is what a slow-sending attacker is. Connections whose request is complete and
 * being answered are never closed to make room.
 */
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit GuardedTcpServer(const ServerLimits& limits, QObject* parent = nullptr);
    ~GuardedTcpServer() override;

    const ServerLimits& limits() const { return m_limits; }
    /** A response went out on @p socket: its deadline starts again for the next request. */
    static void requestDone(QTcpSocket* socket);
    /** Closes every connection at once (the poll closed). */
    void abortAll();
    /** The HTML pages a phone is shown when every connection is taken (503, retried by itself)
     *  and when its request is refused before it is read (400, 411, 413, 431). */
    void setPages(const QByteArray& busy, const QByteArray& refused)
    {
        m_busyPage = busy;
        m_refusedPage = refused;
    }
    /** Open connections now, and connections closed to make room for newcomers since start. */
    int connectionCount() const { return m_total; }
    qint64 evictions() const { return m_evicted; }

    /** Writes a complete response with the security headers every response carries.
     *  @param close disconnect once it is written; @param closeHeader say "Connection: close" */
    static void respond(QTcpSocket* socket, int status, const QByteArray& contentType, const QByteArray& body,
                        const QList<QPair<QByteArray, QByteArray>>& extra = {}, bool close = false,
                        bool closeHeader = false);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    friend class ConnectionGuard;
    void release(ConnectionGuard* guard, const QHostAddress& peer);
    bool makeRoom();

    ServerLimits m_limits;
    QHash<QHostAddress, int> m_perAddress;
    QSet<ConnectionGuard*> m_guards;
    int m_total = 0;
    int m_highWater = 0;
    qint64 m_evicted = 0;
    bool m_trimPending = false;
    QByteArray m_busyPage;
    QByteArray m_refusedPage;
};

} // namespace rt::vote
