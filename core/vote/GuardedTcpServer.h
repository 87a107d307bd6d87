// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QTcpServer>

class QTcpSocket;

namespace rt::vote {

/** The limits Qt HTTP Server 6.4 does not have; defaults suit one room of phones. */
struct ServerLimits
{
    int maxConnections = 256; ///< open connections in total
    int maxPerAddress = 16; ///< open connections from one peer address
    qint64 readBuffer = 16 * 1024;
    int maxHeaderBytes = 8 * 1024;
    int maxBodyBytes = 1024;
    int idleMs = 10000; ///< a request must complete (and a kept-alive socket speak) within this
    double ratePerSecond = 5; ///< requests per second per address, refilled continuously…
    double burst = 30; ///< …into a bucket of this many
    int batchMs = 2; ///< group commit: the longest a vote waits for its batch
    int batchSize = 256; ///< group commit: a batch this full commits at once
};

/**
 * A QTcpServer that polices its connections before Qt HTTP Server sees them: caps on connections
 * in total and per address, a read-buffer cap, a deadline per request, and a look at each request
 * head as it arrives so an oversized Content-Length (413), a chunked body (411) or an endless
 * header (431) is answered and the connection closed before any body is buffered.
 */
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit GuardedTcpServer(const ServerLimits& limits, QObject* parent = nullptr);

    const ServerLimits& limits() const { return m_limits; }
    /** A response went out on @p socket: its deadline starts again for the next request. */
    static void requestDone(QTcpSocket* socket);
    /** Closes every connection at once (the poll closed). */
    void abortAll();

    /** Writes a complete response with the security headers every response carries.
     *  @param close disconnect once it is written; @param closeHeader say "Connection: close" */
    static void respond(QTcpSocket* socket, int status, const QByteArray& contentType, const QByteArray& body,
                        const QList<QPair<QByteArray, QByteArray>>& extra = {}, bool close = false,
                        bool closeHeader = false);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    friend class ConnectionGuard;
    void release(const QHostAddress& peer);

    ServerLimits m_limits;
    QHash<QHostAddress, int> m_perAddress;
    int m_total = 0;
};

} // namespace rt::vote
