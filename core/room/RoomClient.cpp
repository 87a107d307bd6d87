// SPDX-License-Identifier: GPL-3.0-or-later
#include "room/RoomClient.h"

#include "interchange/RoomSync.h"
#include "room/RoomProtocol.h"
#include "session/Document.h"
#include "session/SessionFile.h"
#include "store/IdentityRepository.h"
#include "store/RoomRepository.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>

namespace rt::room {

namespace {
QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("rt::room", text, nullptr, n);
}

QUrl callUrl(QUrl url, const QString& what)
{
    url.setPath(url.path() + QLatin1Char('/') + what);
    return url;
}

QString replyProblem(QNetworkReply* reply, const QByteArray& body)
{
    const QString said = QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toString();
    if (!said.isEmpty())
        return said;
    if (reply->error() == QNetworkReply::ConnectionRefusedError
        || reply->error() == QNetworkReply::HostNotFoundError || reply->error() == QNetworkReply::TimeoutError
        || reply->error() == QNetworkReply::OperationCanceledError)
        return tr("the host laptop cannot be reached");
    return reply->errorString();
}

/** A blocking GET for the join steps, which happen before the laptop takes part. */
QByteArray get(const QUrl& url, int timeoutMs, QString* error, QByteArray* gseq = nullptr)
{
    QNetworkAccessManager net;
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    QNetworkReply* reply = net.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        *error = replyProblem(reply, body);
        reply->deleteLater();
        return {};
    }
    if (gseq)
        *gseq = reply->rawHeader("X-Room-Gseq");
    reply->deleteLater();
    return body;
}
} // namespace

RoomClient::RoomClient(Store* store, const QUrl& url, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_url(url)
    , m_net(new QNetworkAccessManager(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RoomClient::call);
    // A committed edit goes at once (after the burst it belongs to).
    connect(m_store, &Store::committed, this, [this] {
        if (m_running)
            kick();
    });
}

RoomClient::~RoomClient()
{
    stop();
}

void RoomClient::start()
{
    m_running = true;
    setState(State::Connecting);
    kick();
}

void RoomClient::stop()
{
    m_running = false;
    m_timer.stop();
    if (m_inFlight)
        m_inFlight->abort();
}

int RoomClient::waiting() const
{
    return RoomRepository(*m_store).outboxCount();
}

QString RoomClient::statusText() const
{
    const int n = waiting();
    switch (m_state) {
    case State::Connecting:
        return tr("Joining the room…");
    case State::InRoom: {
        const qint64 ago = qMax<qint64>(0, m_lastSync.secsTo(QDateTime::currentDateTimeUtc()));
        return n > 0 ? tr("In room · synced %1 s ago · %n edit(s) sending", nullptr, n).arg(ago)
                     : tr("In room · synced %1 s ago").arg(ago);
    }
    case State::Offline:
        return tr("Offline · %n edit(s) waiting", nullptr, n);
    case State::Refused:
        return tr("Not in the room: %1").arg(m_problem);
    }
    return {};
}

void RoomClient::kick()
{
    if (m_inFlight) {
        m_again = true;
        return;
    }
    m_timer.start(20);
}

void RoomClient::setState(State state, const QString& problem)
{
    m_problem = problem;
    m_state = state;
    emit statusChanged();
}

void RoomClient::call()
{
    if (!m_running || m_inFlight)
        return;
    RoomRepository room(*m_store);
    const QList<RoomRepository::Entry> outbox = room.outbox(0, MaxBatchEntries, MaxBatchBytes);
    QJsonArray entries;
    for (const RoomRepository::Entry& e : outbox)
        entries.append(QJsonObject {{QStringLiteral("seq"), e.seq},
                                    {QStringLiteral("changes"), QString::fromLatin1(e.changes.toBase64())}});
    const QJsonObject body {{QStringLiteral("protocol"), ProtocolVersion},
                            {QStringLiteral("schema"), SessionFile::currentSchemaVersion()},
                            {QStringLiteral("origin"), IdentityRepository(*m_store).origin()},
                            {QStringLiteral("device"), m_store->device().id},
                            {QStringLiteral("name"), m_store->device().name},
                            {QStringLiteral("captures"), room.value(CapturesKey)},
                            {QStringLiteral("gseq"), room.value(GseqKey).toLongLong()},
                            {QStringLiteral("backlog"), room.outboxCount()},
                            {QStringLiteral("outbox"), entries}};
    QNetworkRequest request(callUrl(m_url, QStringLiteral("sync")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(15000);
    m_again = false;
    m_inFlight = m_net->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QNetworkReply* reply = m_inFlight;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReply(reply); });
}

void RoomClient::onReply(QNetworkReply* reply)
{
    reply->deleteLater();
    m_inFlight = nullptr;
    if (!m_running)
        return;
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    ++m_calls;
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        // The room refuses this file for good (another session, another version): say so and stop.
        if (status == 409 || status == 403) {
            setState(State::Refused, replyProblem(reply, body));
            m_running = false;
            return;
        }
        setState(State::Offline, replyProblem(reply, body));
        m_timer.start(RetryMs);
        return;
    }
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    bool more = m_again;
    const qint64 acked = o.value(QStringLiteral("acked")).toInteger();
    if (acked > 0 && !acknowledge(*m_store, acked)) {
        setState(State::Offline, m_store->lastError());
        m_timer.start(RetryMs);
        return;
    }
    QList<RoomRepository::Entry> log;
    const QJsonArray entries = o.value(QStringLiteral("log")).toArray();
    for (const QJsonValue& v : entries) {
        RoomRepository::Entry e;
        e.seq = v[QStringLiteral("gseq")].toInteger();
        e.changes = QByteArray::fromBase64(v[QStringLiteral("changes")].toString().toLatin1());
        log.append(e);
    }
    if (!log.isEmpty()) {
        const Outcome in = catchUp(*m_store, log);
        if (!in.ok) {
            setState(State::Offline, in.error);
            m_timer.start(RetryMs);
            return;
        }
        announce(*m_store, in.kinds);
        emit applied(in.kinds);
        more = more || in.upTo < o.value(QStringLiteral("last")).toInteger();
    }
    more = more || RoomRepository(*m_store).outboxCount() > 0;
    m_lastSync = QDateTime::currentDateTimeUtc();
    setState(State::InRoom);
    m_timer.start(more ? 0 : PollMs);
}

bool fetchHello(const QUrl& url, RoomInfo* info, QString* error, int timeoutMs)
{
    const QByteArray body = get(callUrl(url, QStringLiteral("hello")), timeoutMs, error);
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (body.isEmpty() || !o.value(QStringLiteral("ok")).toBool()) {
        if (error->isEmpty())
            *error = tr("the host's answer is not a room's");
        return false;
    }
    if (o.value(QStringLiteral("protocol")).toInt() != ProtocolVersion
        || o.value(QStringLiteral("schema")).toInt() != SessionFile::currentSchemaVersion()) {
        *error = tr("the host runs a different version of Roundtable; use the same version on every laptop");
        return false;
    }
    info->origin = o.value(QStringLiteral("origin")).toString();
    info->title = o.value(QStringLiteral("title")).toString();
    info->last = o.value(QStringLiteral("last")).toInteger();
    return true;
}

bool fetchSession(const QUrl& url, const QString& path, QString* error, int timeoutMs)
{
    QByteArray gseq;
    const QByteArray file = get(callUrl(url, QStringLiteral("session")), timeoutMs, error, &gseq);
    if (file.isEmpty())
        return false;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(file) != file.size() || !out.commit()) {
        *error = tr("cannot write %1: %2").arg(path, out.errorString());
        return false;
    }
    // The host's copy: make it this laptop's, caught up to where the copy was taken.
    Document doc;
    if (const SessionError e = doc.open(path)) {
        *error = e.message;
        QFile::remove(path);
        return false;
    }
    if (!adoptCopy(*doc.store(), url.toString(), gseq.toLongLong())) {
        *error = doc.store()->lastError();
        doc.close();
        QFile::remove(path);
        return false;
    }
    return true;
}

} // namespace rt::room
