// SPDX-License-Identifier: GPL-3.0-or-later
#include "vote/VoteServer.h"

#include "store/Store.h"
#include "store/VoteRepository.h"

#include <QAbstractHttpServer>
#include <QFile>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpSocket>

namespace rt::vote {

namespace {
const QByteArray Json = QByteArrayLiteral("application/json");
const QByteArray CookieName = QByteArrayLiteral("rt_device");

QByteArray randomHex128()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char*>(words), sizeof words).toHex();
}

/** Compares in time that depends only on the expected length, not on where they differ. */
bool sameSecret(const QByteArray& expected, const QByteArray& given)
{
    unsigned diff = unsigned(expected.size() ^ given.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const char g = i < given.size() ? given.at(i) : '\0';
        diff |= unsigned(static_cast<unsigned char>(expected.at(i) ^ g));
    }
    return diff == 0;
}

bool isHex32(const QByteArray& s)
{
    if (s.size() != 32)
        return false;
    for (char c : s) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

QByteArray header(const QHttpServerRequest& request, const QByteArray& lowerName)
{
    const auto headers = request.headers();
    for (const auto& h : headers) {
        if (h.first.toLower() == lowerName)
            return h.second;
    }
    return {};
}

QByteArray deviceCookie(const QHttpServerRequest& request)
{
    const QList<QByteArray> parts = header(request, "cookie").split(';');
    for (const QByteArray& part : parts) {
        const qsizetype eq = part.indexOf('=');
        if (eq > 0 && part.left(eq).trimmed() == CookieName) {
            const QByteArray value = part.mid(eq + 1).trimmed();
            if (isHex32(value))
                return value;
        }
    }
    return {};
}

QByteArray error(const QString& why)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("ok"), false}, {QStringLiteral("error"), why}})
        .toJson(QJsonDocument::Compact);
}

QHostAddress plain(const QHostAddress& a)
{
    bool ok = false;
    const quint32 v4 = a.toIPv4Address(&ok);
    return ok ? QHostAddress(v4) : a;
}
} // namespace

/** Qt HTTP Server's request parsing, with routing and every answer done by VoteServer. */
class HttpFront : public QAbstractHttpServer
{
public:
    explicit HttpFront(VoteServer* owner)
        : m_owner(owner)
    { }

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override
    {
        m_owner->handle(request, socket);
        return true;
    }
    void missingHandler(const QHttpServerRequest&, QTcpSocket* socket) override
    {
        GuardedTcpServer::respond(socket, 404, Json, error(QStringLiteral("not found")));
    }

private:
    VoteServer* m_owner;
};

VoteServer::VoteServer(Store* store, qint64 pollId, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_pollId(pollId)
    , m_token(randomHex128())
{
    m_batchTimer.setSingleShot(true);
    connect(&m_batchTimer, &QTimer::timeout, this, &VoteServer::flush);
    connect(store, &Store::rowUpdated, this, [this](Kind kind, qint64 id, const QString& column) {
        if (kind == Kind::Poll)
            onPollUpdated(id, column);
    });
    connect(store, &Store::rowsChanged, this, [this](Kind kind) {
        if (kind == Kind::Poll || kind == Kind::PollOption)
            onPollUpdated(m_pollId, {});
    });
    connect(store, &Store::reset, this, [this] { onPollUpdated(m_pollId, {}); });
    m_clock.start();
}

VoteServer::~VoteServer()
{
    stop();
}

QUrl VoteServer::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(m_address.toString());
    u.setPort(m_port);
    u.setPath(QStringLiteral("/v/") + QString::fromLatin1(m_token));
    return u;
}

bool VoteServer::start(const QHostAddress& address, quint16 port, QString* errorText)
{
    stop();
    reloadPoll();
    if (m_kind == PollKind::Unknown) {
        if (errorText)
            *errorText = tr("There is no such poll to vote on.");
        return false;
    }
    auto front = std::make_unique<HttpFront>(this);
    auto* tcp = new GuardedTcpServer(m_limits, front.get());
    if (!tcp->listen(address, port)) {
        if (errorText)
            *errorText = tr("Cannot listen on %1 port %2: %3")
                             .arg(address.toString())
                             .arg(port)
                             .arg(tcp->errorString());
        return false;
    }
    front->bind(tcp);
    m_tcp = tcp;
    m_front = std::move(front);
    m_address = address;
    m_port = tcp->serverPort();
    m_acknowledged = 0;
    m_buckets.clear();
    const QUrl page = url();
    m_origin = page.adjusted(QUrl::RemovePath).toString(QUrl::FullyEncoded).toLatin1();
    return true;
}

void VoteServer::stop()
{
    if (!m_front)
        return;
    flush();
    if (m_tcp) {
        m_tcp->close(); // refuse new connections from now on
        m_tcp->abortAll();
    }
    // Sockets may be inside their own signal handlers; let the event loop delete them.
    m_front.release()->deleteLater();
    m_token = randomHex128();
    m_buckets.clear();
    emit stopped();
}

void VoteServer::onPollUpdated(qint64 id, const QString& column)
{
    if (id != m_pollId)
        return;
    m_pollDirty = true;
    if (!isRunning() || (!column.isEmpty() && column != QLatin1String("state")))
        return;
    reloadPoll();
    if (m_kind == PollKind::Unknown || m_state == QLatin1String("closed"))
        QTimer::singleShot(0, this, &VoteServer::stop);
}

void VoteServer::reloadPoll()
{
    if (!m_pollDirty)
        return;
    const Row poll = m_store->row(Kind::Poll, m_pollId);
    m_kind = poll.isValid() ? pollKindFromString(poll.str(QStringLiteral("kind"))) : PollKind::Unknown;
    m_question = poll.str(QStringLiteral("question"));
    m_state = poll.str(QStringLiteral("state"));
    m_maxChoices = int(poll.ref(QStringLiteral("max_choices")));
    m_options.clear();
    const QList<Row> options = m_store->rows(Kind::PollOption, {{QStringLiteral("poll_id"), m_pollId}});
    for (const Row& o : options)
        m_options.append(o.str(QStringLiteral("text")));
    m_pollDirty = false;
}

bool VoteServer::takeToken(const QHostAddress& peer)
{
    const qint64 now = m_clock.elapsed();
    if (m_buckets.size() > 4096) {
        // Forget addresses whose buckets have refilled; keeps the table small under a flood.
        for (auto it = m_buckets.begin(); it != m_buckets.end();) {
            if (it->tokens + (now - it->at) / 1000.0 * m_limits.ratePerSecond >= m_limits.burst)
                it = m_buckets.erase(it);
            else
                ++it;
        }
    }
    auto it = m_buckets.find(peer);
    if (it == m_buckets.end())
        it = m_buckets.insert(peer, {m_limits.burst, now});
    it->tokens = qMin(m_limits.burst, it->tokens + (now - it->at) / 1000.0 * m_limits.ratePerSecond);
    it->at = now;
    if (it->tokens < 1.0)
        return false;
    it->tokens -= 1.0;
    return true;
}

void VoteServer::handle(const QHttpServerRequest& request, QTcpSocket* socket)
{
    if (!takeToken(plain(request.remoteAddress()))) {
        GuardedTcpServer::respond(socket, 429, Json, error(QStringLiteral("too many requests")),
                                  {{QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")}});
        return;
    }
    const QByteArray path = request.url().path(QUrl::FullyEncoded).toLatin1();
    static const QByteArray prefix = QByteArrayLiteral("/v/");
    const qsizetype tokenEnd = prefix.size() + m_token.size();
    if (!path.startsWith(prefix) || path.size() < tokenEnd
        || !sameSecret(m_token, path.mid(prefix.size(), m_token.size()))) {
        GuardedTcpServer::respond(socket, 404, Json, error(QStringLiteral("not found")));
        return;
    }
    const QByteArray rest = path.mid(tokenEnd);
    const auto method = request.method();
    using M = QHttpServerRequest::Method;
    if (method == M::Get && rest.isEmpty())
        servePage(request, socket);
    else if (method == M::Get && rest == "/vote.js")
        serveAsset(socket, QStringLiteral(":/vote/vote.js"),
                   QByteArrayLiteral("text/javascript; charset=utf-8"));
    else if (method == M::Get && rest == "/vote.css")
        serveAsset(socket, QStringLiteral(":/vote/vote.css"), QByteArrayLiteral("text/css; charset=utf-8"));
    else if (method == M::Get && rest == "/poll")
        servePoll(socket);
    else if (method == M::Post && rest == "/vote")
        castVote(request, socket);
    else
        GuardedTcpServer::respond(socket, 404, Json, error(QStringLiteral("not found")));
}

void VoteServer::servePage(const QHttpServerRequest& request, QTcpSocket* socket)
{
    QFile file(QStringLiteral(":/vote/vote.html"));
    if (!file.open(QIODevice::ReadOnly)) {
        GuardedTcpServer::respond(socket, 500, Json, error(QStringLiteral("page missing")));
        return;
    }
    // The page holds no poll text (the script fills it in with textContent); only its own
    // base path, made of the hex token, is put in.
    QByteArray html = file.readAll();
    html.replace("{{BASE}}", "/v/" + m_token);
    QList<QPair<QByteArray, QByteArray>> extra;
    if (deviceCookie(request).isEmpty()) {
        extra.append(
            {QByteArrayLiteral("Set-Cookie"),
             CookieName + '=' + randomHex128() + "; Path=/; Max-Age=86400; HttpOnly; SameSite=Strict"});
    }
    GuardedTcpServer::respond(socket, 200, QByteArrayLiteral("text/html; charset=utf-8"), html, extra);
}

void VoteServer::serveAsset(QTcpSocket* socket, const QString& name, const QByteArray& type)
{
    QFile file(name);
    if (!file.open(QIODevice::ReadOnly)) {
        GuardedTcpServer::respond(socket, 404, Json, error(QStringLiteral("not found")));
        return;
    }
    GuardedTcpServer::respond(socket, 200, type, file.readAll());
}

void VoteServer::servePoll(QTcpSocket* socket)
{
    reloadPoll();
    QJsonObject ui {
        {QStringLiteral("send"), tr("Send my vote")},
        {QStringLiteral("change"), tr("Change my vote")},
        {QStringLiteral("recorded"), tr("Vote recorded — you can change it until the poll closes.")},
        {QStringLiteral("closed"), tr("This poll is closed. Thank you!")},
        {QStringLiteral("draft"),
         tr("Voting has not started yet. Reload the page when the facilitator opens it.")},
        {QStringLiteral("busy"), tr("Too many tries at once — wait a moment and send again.")},
        {QStringLiteral("failed"), tr("Your vote was not recorded:")},
        {QStringLiteral("offline"), tr("Cannot reach the facilitator's laptop. Voting may have closed.")},
        {QStringLiteral("chooseOne"), tr("Choose one answer.")},
        {QStringLiteral("chooseMany"), tr("Choose one or more answers.")},
        {QStringLiteral("chooseUpTo"), tr("Choose up to %1 answers.")},
        {QStringLiteral("rankHint"),
         tr("Put the options in order, most important first. Use the arrow buttons to move "
            "an option.")},
        {QStringLiteral("moveUp"), tr("Move up: %1")},
        {QStringLiteral("moveDown"), tr("Move down: %1")},
        {QStringLiteral("scaleHint"), tr("Choose a point on the scale.")},
        {QStringLiteral("wordHint"), tr("A word or a short phrase.")},
        {QStringLiteral("openHint"), tr("Your answer.")},
        {QStringLiteral("empty"), tr("Please answer before sending.")},
    };
    QJsonArray options;
    for (const QString& o : std::as_const(m_options))
        options.append(o);
    QJsonObject poll {
        {QStringLiteral("question"), m_question},
        {QStringLiteral("kind"), pollKindName(m_kind)},
        {QStringLiteral("options"), options},
        {QStringLiteral("state"), m_state},
        {QStringLiteral("max_choices"), m_maxChoices},
        {QStringLiteral("levels"), m_kind == PollKind::Scale ? scaleLevels(int(m_options.size())) : 0},
        {QStringLiteral("ui"), ui},
    };
    GuardedTcpServer::respond(socket, 200, Json, QJsonDocument(poll).toJson(QJsonDocument::Compact));
}

void VoteServer::castVote(const QHttpServerRequest& request, QTcpSocket* socket)
{
    if (!sameSecret(m_origin, header(request, "origin"))) {
        GuardedTcpServer::respond(socket, 403, Json, error(QStringLiteral("wrong origin")));
        return;
    }
    const QByteArray body = request.body();
    if (body.size() > m_limits.maxBodyBytes) {
        GuardedTcpServer::respond(socket, 413, Json, error(QStringLiteral("too large")), {}, true);
        return;
    }
    const QByteArray type = header(request, "content-type").trimmed().toLower();
    if (type != "application/json" && !type.startsWith("application/json;")) {
        GuardedTcpServer::respond(socket, 400, Json,
                                  error(QStringLiteral("Content-Type must be application/json")));
        return;
    }
    reloadPoll();
    if (m_state != QLatin1String("open")) {
        GuardedTcpServer::respond(socket, 409, Json, error(QStringLiteral("the poll is not open")));
        return;
    }
    const QByteArray device = deviceCookie(request);
    if (device.isEmpty()) {
        GuardedTcpServer::respond(socket, 400, Json,
                                  error(QStringLiteral("no device cookie: open the page first")));
        return;
    }
    const BallotCheck check = checkBallot(m_kind, int(m_options.size()), m_maxChoices, body);
    if (!check.ok()) {
        GuardedTcpServer::respond(socket, 400, Json, error(check.error));
        return;
    }
    m_queue.append({QString::fromLatin1(device), check.json, socket});
    if (m_queue.size() >= m_limits.batchSize)
        flush();
    else if (!m_batchTimer.isActive())
        m_batchTimer.start(m_limits.batchMs);
}

void VoteServer::flush()
{
    m_batchTimer.stop();
    if (m_queue.isEmpty())
        return;
    const QList<Pending> batch = std::exchange(m_queue, {});
    QList<VoteRepository::Ballot> ballots;
    ballots.reserve(batch.size());
    for (const Pending& p : batch)
        ballots.append({p.device, p.answer});
    const bool ok = VoteRepository(m_store).castBatch(m_pollId, ballots);
    static const QByteArray okBody = QByteArrayLiteral("{\"ok\":true}");
    const QByteArray failBody = error(QStringLiteral("the vote could not be saved; send it again"));
    for (const Pending& p : batch) {
        if (ok)
            GuardedTcpServer::respond(p.socket, 200, Json, okBody);
        else
            GuardedTcpServer::respond(p.socket, 503, Json, failBody);
    }
    if (ok) {
        m_acknowledged += batch.size();
        emit votesCommitted(int(batch.size()));
    }
}

} // namespace rt::vote
