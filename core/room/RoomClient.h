// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Kind.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace rt {
class Store;
}

namespace rt::room {

/**
 * A table laptop in the room: sends its queued edits as soon as they are committed, and takes the
 * room's log back, every half second while nothing happens. Offline first: when the host cannot
 * be reached the edits stay queued in the file and go on the next successful call; nothing is
 * ever held only in memory.
 */
class RoomClient : public QObject
{
    Q_OBJECT
public:
    enum class State { Connecting, InRoom, Offline, Refused };

    RoomClient(Store* store, const QUrl& url, QObject* parent = nullptr);
    ~RoomClient() override;

    void start();
    void stop();
    State state() const { return m_state; }
    QUrl url() const { return m_url; }
    QDateTime lastSync() const { return m_lastSync; }
    /** Edits the host does not have yet. */
    int waiting() const;
    /** Why the last call failed, in words. */
    QString problem() const { return m_problem; }
    /** "In room · synced 2 s ago" / "Offline · 14 edits waiting" */
    QString statusText() const;
    /** Calls completed (for tests and benchmarks). */
    quint64 calls() const { return m_calls; }

    /** How long an idle laptop waits between calls, and after a failure. */
    static constexpr int PollMs = 500;
    static constexpr int RetryMs = 2000;

signals:
    void statusChanged();
    /** The room's edits were applied here: views of these kinds must re-read. */
    void applied(const QSet<rt::Kind>& kinds);

private:
    void kick();
    void call();
    void onReply(QNetworkReply* reply);
    void setState(State state, const QString& problem = {});

    Store* m_store;
    QUrl m_url;
    QNetworkAccessManager* m_net;
    QPointer<QNetworkReply> m_inFlight;
    QTimer m_timer;
    State m_state = State::Connecting;
    QDateTime m_lastSync;
    QString m_problem;
    bool m_again = false;
    bool m_running = false;
    quint64 m_calls = 0;
};

/** Before joining: the room's session identity, or the whole session for a laptop without one. */
struct RoomInfo
{
    QString origin;
    QString title;
    qint64 last = 0;
};
/** Asks the room at @p url who it is (blocking, up to @p timeoutMs). */
bool fetchHello(const QUrl& url, RoomInfo* info, QString* error, int timeoutMs = 10000);
/** Receives the room's session into a new file at @p path (written atomically), ready to join. */
bool fetchSession(const QUrl& url, const QString& path, QString* error, int timeoutMs = 60000);

} // namespace rt::room
