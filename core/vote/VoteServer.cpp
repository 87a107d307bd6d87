// SPDX-License-Identifier: GPL-3.0-or-later
#include "vote/VoteServer.h"

#include "store/Store.h"
#include "store/VoteRepository.h"

#include "slides/PackLanguage.h"

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
const QByteArray Html = QByteArrayLiteral("text/html; charset=utf-8");
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

/** Explicit direction marks, embeddings, overrides and isolates (U+200E/F, U+202A–E, U+2066–9,
 *  U+061C): an answer holding them could show reversed or spill its direction onto what follows
 *  on the projector and in the pack. Letters keep their own direction without them. */
bool isBidiControl(char32_t c)
{
    return c == 0x200E || c == 0x200F || c == 0x061C || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
}

/** @p body with bidi controls taken out of its "text", or as it is when there is nothing to take. */
QByteArray withoutBidiControls(const QByteArray& body)
{
    // All of them are E2 80 8E/8F/AA–AE, E2 81 A6–A9 or D8 9C in UTF-8, or escaped as \u: most
    // bodies hold neither and are not parsed twice.
    if (!body.contains('\xE2') && !body.contains('\xD8') && !body.contains("\\u"))
        return body;
    QJsonParseError parsed {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parsed);
    if (parsed.error != QJsonParseError::NoError || !doc.isObject())
        return body;
    QJsonObject o = doc.object();
    const QJsonValue text = o.value(QStringLiteral("text"));
    if (!text.isString())
        return body;
    const QList<uint> ucs = text.toString().toUcs4();
    QList<uint> kept;
    kept.reserve(ucs.size());
    for (uint c : ucs) {
        if (!isBidiControl(char32_t(c)))
            kept.append(c);
    }
    if (kept.size() == ucs.size())
        return body;
    o.insert(QStringLiteral("text"),
             QString::fromUcs4(reinterpret_cast<const char32_t*>(kept.constData()), kept.size()));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray html(const QString& s)
{
    return s.toHtmlEscaped().toUtf8();
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
    void missingHandler(const QHttpServerRequest&, QTcpSocket* socket) override { m_owner->notFound(socket); }

private:
    VoteServer* m_owner;
};

VoteServer::VoteServer(Store* store, qint64 pollId, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_pollId(pollId)
{
    // One link for the poll for the life of the session: the projected QR code stays valid
    // across restarts of `serve` or the window.
    m_token = VoteRepository(store).linkToken(pollId, randomHex128());
    if (!isHex32(m_token))
        m_token = randomHex128();
    m_batchTimer.setSingleShot(true);
    connect(&m_batchTimer, &QTimer::timeout, this, &VoteServer::flush);
    connect(store, &Store::rowUpdated, this, [this](Kind kind, qint64 id, const QString& column) {
        if (kind == Kind::Poll)
            onPollUpdated(id, column);
        else if (kind == Kind::Event && column == QLatin1String("language"))
            onPollUpdated(m_pollId, {}); // the phones' language
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
    updatePages();
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
    // A closed poll keeps its link: phones are told it is closed, in the event's language. A
    // poll that is gone stops the server.
    if (m_kind == PollKind::Unknown) {
        QTimer::singleShot(0, this, &VoteServer::stop);
        return;
    }
    updatePages();
    emit pollStateChanged();
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
    const QString language = m_store->row(Kind::Event, 1).str(QStringLiteral("language"));
    if (language != m_languageCode) {
        m_languageCode = language;
        m_language = std::make_shared<slides::PackLanguage>(language);
    }
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

QString VoteServer::phoneText(const char* source) const
{
    // The phone speaks the event's language (the pack's), whatever the laptop's own language.
    return m_language ? m_language->translate("rt::vote::VoteServer", source) : QString::fromUtf8(source);
}

QByteArray VoteServer::statusPage(const QString& heading, const QString& message, int refreshSeconds) const
{
    const bool rtl = m_language && m_language->isRightToLeft();
    const QString lang = m_language ? m_language->bcp47() : QStringLiteral("en");
    QByteArray out = "<!DOCTYPE html>\n<html lang=\"" + html(lang) + "\" dir=\"" + (rtl ? "rtl" : "ltr")
        + "\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          "<meta name=\"referrer\" content=\"no-referrer\">\n";
    if (refreshSeconds > 0)
        out += "<meta http-equiv=\"refresh\" content=\"" + QByteArray::number(refreshSeconds) + "\">\n";
    out += "<title>" + html(heading)
        + "</title>\n<link rel=\"stylesheet\" href=\"/vote.css\">\n</head>\n"
          "<body>\n<main class=\"notice\">\n<h1>"
        + html(heading) + "</h1>\n<p class=\"status\">" + html(message) + "</p>\n";
    if (refreshSeconds > 0)
        out += "<p class=\"hint\">" + html(phoneText(QT_TR_NOOP("This page tries again by itself.")))
            + "</p>\n";
    out += "</main>\n</body>\n</html>\n";
    return out;
}

void VoteServer::updatePages()
{
    if (!m_tcp)
        return;
    reloadPoll();
    m_tcp->setPages(
        statusPage(phoneText(QT_TR_NOOP("Many phones are voting")),
                   phoneText(QT_TR_NOOP("Many phones are voting at once. Wait a moment.")), 2),
        statusPage(phoneText(QT_TR_NOOP("Your phone's request could not be read")),
                   phoneText(QT_TR_NOOP("Go back and try again, or scan the code on the screen again.")), 0));
}

void VoteServer::notFound(QTcpSocket* socket)
{
    GuardedTcpServer::respond(
        socket, 404, Html,
        statusPage(phoneText(QT_TR_NOOP("This voting link is not in use")),
                   phoneText(QT_TR_NOOP("Scan the code on the screen again, or ask the facilitator for the "
                                        "address.")),
                   0));
}

void VoteServer::handle(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const bool isPage = request.method() == QHttpServerRequest::Method::Get;
    if (!takeToken(plain(request.remoteAddress()))) {
        const QList<QPair<QByteArray, QByteArray>> retry {
            {QByteArrayLiteral("Retry-After"), QByteArrayLiteral("2")}};
        if (isPage)
            GuardedTcpServer::respond(
                socket, 429, Html,
                statusPage(phoneText(QT_TR_NOOP("Many phones are voting")),
                           phoneText(QT_TR_NOOP("Too many tries at once — wait a moment and send again.")),
                           2),
                retry);
        else
            GuardedTcpServer::respond(socket, 429, Json, error(QStringLiteral("too many requests")), retry);
        return;
    }
    const QByteArray path = request.url().path(QUrl::FullyEncoded).toLatin1();
    if (isPage && path == "/vote.css") { // for the pages that have no link of their own
        serveAsset(socket, QStringLiteral(":/vote/vote.css"), QByteArrayLiteral("text/css; charset=utf-8"));
        return;
    }
    static const QByteArray prefix = QByteArrayLiteral("/v/");
    const qsizetype tokenEnd = prefix.size() + m_token.size();
    if (!path.startsWith(prefix) || path.size() < tokenEnd
        || !sameSecret(m_token, path.mid(prefix.size(), m_token.size()))) {
        if (isPage)
            notFound(socket);
        else
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
    else if (isPage)
        notFound(socket);
    else
        GuardedTcpServer::respond(socket, 404, Json, error(QStringLiteral("not found")));
}

void VoteServer::servePage(const QHttpServerRequest& request, QTcpSocket* socket)
{
    reloadPoll();
    QList<QPair<QByteArray, QByteArray>> extra;
    if (deviceCookie(request).isEmpty()) {
        extra.append(
            {QByteArrayLiteral("Set-Cookie"),
             CookieName + '=' + randomHex128() + "; Path=/; Max-Age=86400; HttpOnly; SameSite=Strict"});
    }
    if (m_state == QLatin1String("closed")) {
        // Looked at again now and then: a facilitator may open it again.
        GuardedTcpServer::respond(socket, 200, Html,
                                  statusPage(phoneText(QT_TR_NOOP("This poll is closed")),
                                             phoneText(QT_TR_NOOP("This poll is closed. Thank you!")), 30),
                                  extra);
        return;
    }
    if (m_state != QLatin1String("open")) {
        GuardedTcpServer::respond(
            socket, 200, Html,
            statusPage(phoneText(QT_TR_NOOP("Voting has not started yet")),
                       phoneText(QT_TR_NOOP("Voting has not started yet. This page opens the poll by itself "
                                            "when the facilitator starts it.")),
                       5),
            extra);
        return;
    }
    QFile file(QStringLiteral(":/vote/vote.html"));
    if (!file.open(QIODevice::ReadOnly)) {
        GuardedTcpServer::respond(socket, 500, Json, error(QStringLiteral("page missing")));
        return;
    }
    // Poll text is not put in here (the script fills it in with textContent); only the base path
    // (the hex token), the language and direction, and fixed words, escaped.
    const bool rtl = m_language && m_language->isRightToLeft();
    QByteArray page = file.readAll();
    page.replace("{{BASE}}", "/v/" + m_token);
    page.replace("{{LANG}}", html(m_language ? m_language->bcp47() : QStringLiteral("en")));
    page.replace("{{DIR}}", rtl ? "rtl" : "ltr");
    page.replace("{{TITLE}}", html(phoneText(QT_TR_NOOP("Vote"))));
    page.replace("{{LOADING}}", html(phoneText(QT_TR_NOOP("Loading the poll…"))));
    page.replace("{{CANNOT_LOAD}}", html(phoneText(QT_TR_NOOP("Cannot load the poll. Trying again…"))));
    page.replace("{{SEND}}", html(phoneText(QT_TR_NOOP("Send my vote"))));
    page.replace("{{NOSCRIPT}}", html(phoneText(QT_TR_NOOP("This page needs JavaScript to send a vote."))));
    GuardedTcpServer::respond(socket, 200, Html, page, extra);
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
    const auto t = [this](const char* source) { return phoneText(source); };
    QJsonObject ui {
        {QStringLiteral("send"), t(QT_TR_NOOP("Send my vote"))},
        {QStringLiteral("change"), t(QT_TR_NOOP("Change my vote"))},
        {QStringLiteral("recorded"),
         t(QT_TR_NOOP("Vote recorded — you can change it until the poll closes."))},
        {QStringLiteral("closed"), t(QT_TR_NOOP("This poll is closed. Thank you!"))},
        {QStringLiteral("draft"),
         t(QT_TR_NOOP("Voting has not started yet. Reload the page when the facilitator opens it."))},
        {QStringLiteral("busy"), t(QT_TR_NOOP("Too many tries at once — wait a moment and send again."))},
        {QStringLiteral("retrying"), t(QT_TR_NOOP("Many phones are voting at once. Sending again…"))},
        {QStringLiteral("failed"),
         t(QT_TR_NOOP("Your vote was not recorded. Check your answer and send it again."))},
        {QStringLiteral("tooLong"), t(QT_TR_NOOP("Your answer is too long. Shorten it and send it again."))},
        {QStringLiteral("gone"),
         t(QT_TR_NOOP("This voting link is not in use. Scan the code on the screen again."))},
        {QStringLiteral("offline"),
         t(QT_TR_NOOP("Cannot reach the facilitator's laptop. Voting may have closed."))},
        {QStringLiteral("chooseOne"), t(QT_TR_NOOP("Choose one answer."))},
        {QStringLiteral("chooseMany"), t(QT_TR_NOOP("Choose one or more answers."))},
        {QStringLiteral("chooseUpTo"), t(QT_TR_NOOP("Choose up to %1 answers."))},
        {QStringLiteral("rankHint"),
         t(QT_TR_NOOP("Put the options in order, most important first. Use the arrow buttons to move "
                      "an option."))},
        {QStringLiteral("moveUp"), t(QT_TR_NOOP("Move up: %1"))},
        {QStringLiteral("moveDown"), t(QT_TR_NOOP("Move down: %1"))},
        {QStringLiteral("scaleHint"), t(QT_TR_NOOP("Choose a point on the scale."))},
        {QStringLiteral("wordHint"), t(QT_TR_NOOP("A word or a short phrase."))},
        {QStringLiteral("openHint"), t(QT_TR_NOOP("Your answer."))},
        {QStringLiteral("empty"), t(QT_TR_NOOP("Please answer before sending."))},
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
    const BallotCheck check
        = checkBallot(m_kind, int(m_options.size()), m_maxChoices, withoutBidiControls(body));
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
