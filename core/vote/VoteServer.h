// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Tally.h"
#include "vote/GuardedTcpServer.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <memory>

class QHttpServerRequest;
class QTcpSocket;

namespace rt {
class Store;
namespace slides {
class PackLanguage;
}
} // namespace rt

namespace rt::vote {

class HttpFront;

/**
 * Phone voting for one poll over the room's network. Binds only the address it is given, puts a
 * 128-bit random token in the URL (compared in constant time), serves exact routes only:
 *
 *   GET  /v/<token>           the voting page (sets the rt_device cookie if absent)
 *   GET  /v/<token>/vote.js   its script; GET /v/<token>/vote.css its style sheet
 *   GET  /v/<token>/poll      the poll as JSON (question, kind, options, state, …)
 *   POST /v/<token>/vote      a ballot: application/json, the page's Origin, ≤ 8 KiB
 *
 * A vote is answered 200 {"ok":true} only after it is committed: votes queue and commit in
 * batches (group commit). Errors: 400 malformed, 403 wrong origin, 404 wrong token or route,
 * 409 poll not open, 413 too large, 429 too many requests from one address.
 * Whatever a phone's browser shows is a page in the event's language and direction: the poll,
 * or "closed", "not started yet" (reloading itself), "many phones at once" (503/429, trying again
 * by itself), "link not in use" (404). The token is kept in the session (VoteRepository::linkToken),
 * so a poll has one link for the life of the session; a closed poll keeps answering "closed" until
 * the server is stopped. Bidi controls are taken out of text answers.
 *
 * Device dedup (cookie + UNIQUE(poll, device)) only stops honest re-votes: a client that drops
 * its cookie votes again, as with any cookie-based voting.
 */
class VoteServer : public QObject
{
    Q_OBJECT
public:
    VoteServer(Store* store, qint64 pollId, QObject* parent = nullptr);
    ~VoteServer() override;

    void setLimits(const ServerLimits& limits) { m_limits = limits; }
    const ServerLimits& limits() const { return m_limits; }

    /** Listens on @p address only (port 0: any free port). */
    bool start(const QHostAddress& address, quint16 port, QString* error);
    /** Commits and answers queued votes, closes every connection, changes the token. */
    void stop();

    bool isRunning() const { return m_front != nullptr; }
    /** Running and its poll open: phones can vote (a closed poll's server only says so). */
    bool isTakingVotes() const { return isRunning() && m_state == QLatin1String("open"); }
    qint64 pollId() const { return m_pollId; }
    QHostAddress address() const { return m_address; }
    quint16 port() const { return m_port; }
    /** The page a phone opens: http://ADDR:PORT/v/<token>. */
    QUrl url() const;
    QString token() const { return QString::fromLatin1(m_token); }
    /** Connections open at once (the limit in force, sized to the file limit by default). */
    int connectionLimit() const { return m_tcp ? m_tcp->limits().maxConnections : 0; }
    /** Connections closed to make room for newcomers since start. */
    qint64 evictions() const { return m_tcp ? m_tcp->evictions() : 0; }
    /** Votes committed and acknowledged since start. */
    qint64 acknowledged() const { return m_acknowledged; }

signals:
    void votesCommitted(int count);
    void stopped();
    /** The poll opened or closed while the server runs (isTakingVotes() changed). */
    void pollStateChanged();

private:
    friend class HttpFront;
    void handle(const QHttpServerRequest& request, QTcpSocket* socket);
    void servePage(const QHttpServerRequest& request, QTcpSocket* socket);
    void serveAsset(QTcpSocket* socket, const QString& name, const QByteArray& type);
    void servePoll(QTcpSocket* socket);
    void castVote(const QHttpServerRequest& request, QTcpSocket* socket);
    void flush();
    void notFound(QTcpSocket* socket);
    QString phoneText(const char* source) const;
    QByteArray statusPage(const QString& heading, const QString& message, int refreshSeconds) const;
    void updatePages();
    bool takeToken(const QHostAddress& peer);
    void reloadPoll();
    void onPollUpdated(qint64 id, const QString& column);

    struct Pending
    {
        QString device;
        QByteArray answer;
        QPointer<QTcpSocket> socket;
    };
    struct Bucket
    {
        double tokens = 0;
        qint64 at = 0;
    };

    Store* m_store;
    qint64 m_pollId;
    ServerLimits m_limits;
    std::unique_ptr<HttpFront> m_front;
    QPointer<GuardedTcpServer> m_tcp;
    QHostAddress m_address;
    quint16 m_port = 0;
    QByteArray m_token;
    QByteArray m_origin;

    // The poll as last read; reloaded when the store says it changed.
    bool m_pollDirty = true;
    PollKind m_kind = PollKind::Unknown;
    QString m_question;
    QString m_state;
    QStringList m_options;
    int m_maxChoices = 0;
    QString m_languageCode;
    std::shared_ptr<const slides::PackLanguage> m_language; ///< the event's: what phones read

    QList<Pending> m_queue;
    QTimer m_batchTimer;
    QHash<QHostAddress, Bucket> m_buckets;
    QElapsedTimer m_clock;
    qint64 m_acknowledged = 0;
};

} // namespace rt::vote
