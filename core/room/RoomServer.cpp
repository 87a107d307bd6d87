// SPDX-License-Identifier: GPL-3.0-or-later
#include "room/RoomServer.h"

#include "interchange/RoomSync.h"
#include "room/RoomAnnouncer.h"
#include "room/RoomProtocol.h"
#include "session/SessionFile.h"
#include "store/Columns.h"
#include "store/Database.h"
#include "store/IdentityRepository.h"
#include "store/RoomRepository.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

namespace rt::room {

namespace {
constexpr int MaxConnections = 64;
constexpr int MaxPerAddress = 12;
constexpr int MaxHeaderBytes = 16 * 1024;
constexpr int RequestMs = 30000; ///< a whole request, however large, within this
constexpr int IdleMs = 65000; ///< a kept-alive connection that says nothing is closed
constexpr double RatePerSecond = 30;
constexpr double Burst = 90;

QByteArray error(const QString& message)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("ok"), false}, {QStringLiteral("error"), message}})
        .toJson(QJsonDocument::Compact);
}

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    default:
        return "Internal Server Error";
    }
}
} // namespace

RoomServer::RoomServer(Store* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
    connect(&m_server, &QTcpServer::newConnection, this, &RoomServer::onNewConnection);
}

RoomServer::~RoomServer()
{
    stop();
}

bool RoomServer::start(const QHostAddress& address, quint16 port, QString* errorOut)
{
    RoomRepository room(*m_store);
    m_secret = room.value(SecretKey);
    if (m_secret.isEmpty()) {
        // The secret lasts as long as the session: a laptop rejoins after the host restarts.
        m_secret = newSecret();
        Store::Transaction tx(*m_store);
        if (!room.setValue(SecretKey, m_secret) || !tx.commit()) {
            *errorOut = m_store->lastError();
            return false;
        }
    }
    if (!startHosting(*m_store)) {
        *errorOut = m_store->lastError();
        return false;
    }
    const quint16 wanted = port ? port : quint16(room.value(PortKey).toUInt());
    if (!m_server.listen(address, wanted ? wanted : quint16(DefaultPort))
        && !(port == 0 && m_server.listen(address, 0))) {
        *errorOut = tr("cannot listen on %1: %2").arg(address.toString(), m_server.errorString());
        return false;
    }
    // Laptops on this network find the room in their Join dialog (they still need the code).
    const QList<Row> events = m_store->rows(Kind::Event);
    m_announcer
        = std::make_unique<RoomAnnouncer>(m_server.serverAddress(), m_server.serverPort(),
                                          events.isEmpty() ? QString() : events.first().str(col::Title));
    if (m_server.serverPort() != wanted) {
        Store::Transaction tx(*m_store);
        room.setValue(PortKey, QString::number(m_server.serverPort()));
        tx.commit();
    }
    return true;
}

void RoomServer::stop()
{
    m_announcer.reset();
    m_server.close();
    const QList<QTcpSocket*> sockets = m_connections.keys();
    for (QTcpSocket* s : sockets)
        drop(s);
}

QUrl RoomServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_server.serverAddress().toString());
    url.setPort(m_server.serverPort());
    url.setPath(QStringLiteral("/room/") + m_secret);
    return url;
}

QString RoomServer::joinCode() const
{
    return room::joinCode(m_secret);
}

bool RoomServer::allowed(const QHostAddress& peer)
{
    Bucket& b = m_rate[peer];
    if (!b.since.isValid()) {
        b.since.start();
        b.tokens = Burst;
    }
    b.tokens = qMin(Burst, b.tokens + double(b.since.restart()) * RatePerSecond / 1000.0);
    if (b.tokens < 1)
        return false;
    b.tokens -= 1;
    return true;
}

void RoomServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        const QHostAddress peer = socket->peerAddress();
        if (m_connections.size() >= MaxConnections || m_perAddress.value(peer) >= MaxPerAddress) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_perAddress[peer];
        Connection& c = m_connections[socket];
        c.deadline = new QTimer(socket);
        c.deadline->setSingleShot(true);
        connect(c.deadline, &QTimer::timeout, this, [this, socket] { drop(socket); });
        c.deadline->start(IdleMs);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { drop(socket); });
    }
}

void RoomServer::drop(QTcpSocket* socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    m_connections.erase(it);
    const QHostAddress peer = socket->peerAddress();
    if (--m_perAddress[peer] <= 0)
        m_perAddress.remove(peer);
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void RoomServer::onReadyRead(QTcpSocket* socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection& c = it.value();
    c.buffer.append(socket->readAll());
    for (;;) {
        const qsizetype end = c.buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (c.buffer.size() > MaxHeaderBytes)
                respond(socket, 431, "application/json", error(tr("request header too large")), true);
            else if (!c.buffer.isEmpty())
                c.deadline->start(RequestMs);
            return;
        }
        if (end > MaxHeaderBytes) {
            respond(socket, 431, "application/json", error(tr("request header too large")), true);
            return;
        }
        const QList<QByteArray> lines = c.buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        Request request;
        qint64 length = 0;
        bool chunked = false;
        if (first.size() != 3 || !first.at(2).startsWith("HTTP/1.")) {
            respond(socket, 400, "application/json", error(tr("not an HTTP request")), true);
            return;
        }
        request.method = first.at(0);
        request.path = first.at(1);
        request.close = first.at(2) == "HTTP/1.0";
        for (int i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length") {
                bool ok = false;
                length = value.toLongLong(&ok);
                if (!ok || length < 0) {
                    respond(socket, 400, "application/json", error(tr("bad Content-Length")), true);
                    return;
                }
            } else if (name == "transfer-encoding") {
                chunked = true;
            } else if (name == "connection") {
                request.close = value.toLower() == "close";
            }
        }
        if (chunked) {
            respond(socket, 411, "application/json", error(tr("a body needs a Content-Length")), true);
            return;
        }
        if (length > MaxRequestBytes) {
            respond(socket, 413, "application/json", error(tr("request too large")), true);
            return;
        }
        if (c.buffer.size() < end + 4 + length) {
            c.deadline->start(RequestMs);
            return; // the rest of the body is on its way
        }
        request.body = c.buffer.mid(end + 4, length);
        c.buffer.remove(0, end + 4 + length);
        if (!allowed(socket->peerAddress())) {
            respond(socket, 429, "application/json", error(tr("too many requests")), false,
                    {{"Retry-After", "1"}});
        } else {
            handle(socket, request);
        }
        if (!m_connections.contains(socket))
            return;
        m_connections[socket].deadline->start(IdleMs);
    }
}

void RoomServer::respond(QTcpSocket* socket, int status, const QByteArray& type, const QByteArray& body,
                         bool close, const QList<QPair<QByteArray, QByteArray>>& extra)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    head += "Content-Type: " + type + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n";
    for (const auto& h : extra)
        head += h.first + ": " + h.second + "\r\n";
    if (close)
        head += "Connection: close\r\n";
    socket->write(head + "\r\n" + body);
    if (close) {
        socket->disconnectFromHost();
        m_connections.remove(socket);
        const QHostAddress peer = socket->peerAddress();
        if (--m_perAddress[peer] <= 0)
            m_perAddress.remove(peer);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void RoomServer::handle(QTcpSocket* socket, const Request& r)
{
    // Exact routes only: /room/SECRET/(hello|sync|session).
    const QList<QByteArray> parts = r.path.split('/');
    if (parts.size() != 4 || !parts.at(0).isEmpty() || parts.at(1) != "room") {
        respond(socket, 404, "application/json", error(tr("no such page")), r.close);
        return;
    }
    if (!sameSecret(parts.at(2), m_secret.toLatin1())) {
        respond(socket, 403, "application/json", error(tr("this is not the room's key")), true);
        return;
    }
    const QByteArray& what = parts.at(3);
    if (what == "hello" && r.method == "GET") {
        respond(socket, 200, "application/json", hello(), r.close);
    } else if (what == "sync" && r.method == "POST") {
        int status = 200;
        const QByteArray body = sync(r.body, &status);
        respond(socket, status, "application/json", body, r.close);
    } else if (what == "session" && r.method == "GET") {
        qint64 gseq = 0;
        QString problem;
        const QByteArray file = snapshot(&gseq, &problem);
        if (file.isEmpty())
            respond(socket, 500, "application/json", error(problem), r.close);
        else
            respond(socket, 200, "application/octet-stream", file, r.close,
                    {{"X-Room-Gseq", QByteArray::number(gseq)}});
    } else if (what == "hello" || what == "sync" || what == "session") {
        respond(socket, 405, "application/json", error(tr("wrong method")), r.close);
    } else {
        respond(socket, 404, "application/json", error(tr("no such page")), r.close);
    }
}

QByteArray RoomServer::hello() const
{
    const QList<Row> events = m_store->rows(Kind::Event);
    QJsonObject o {{QStringLiteral("ok"), true},
                   {QStringLiteral("protocol"), ProtocolVersion},
                   {QStringLiteral("schema"), SessionFile::currentSchemaVersion()},
                   {QStringLiteral("origin"), IdentityRepository(*m_store).origin()},
                   {QStringLiteral("title"), events.isEmpty() ? QString() : events.first().str(col::Title)},
                   {QStringLiteral("last"), RoomRepository(*m_store).lastGseq()}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray RoomServer::sync(const QByteArray& body, int* status)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject o = doc.object();
    *status = 400;
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return error(tr("the body is not JSON: %1").arg(parseError.errorString()));
    if (o.value(QStringLiteral("protocol")).toInt() != ProtocolVersion
        || o.value(QStringLiteral("schema")).toInt() != SessionFile::currentSchemaVersion()) {
        *status = 409;
        return error(
            tr("this laptop runs a different version of Roundtable than the host; use the same version"));
    }
    if (o.value(QStringLiteral("origin")).toString() != IdentityRepository(*m_store).origin()) {
        *status = 409;
        return error(tr("this laptop's session is not a copy of the room's session"));
    }
    RoomRepository::Peer peer;
    peer.device = o.value(QStringLiteral("device")).toString();
    peer.name = o.value(QStringLiteral("name")).toString().left(200);
    peer.captures = o.value(QStringLiteral("captures")).toString().left(100);
    peer.gseq = o.value(QStringLiteral("gseq")).toInteger();
    peer.backlog = o.value(QStringLiteral("backlog")).toInt();
    if (peer.device.isEmpty() || peer.device.size() > 100 || peer.gseq < 0)
        return error(tr("device and gseq are required"));
    QList<RoomRepository::Entry> entries;
    qint64 previous = 0;
    const QJsonArray outbox = o.value(QStringLiteral("outbox")).toArray();
    for (const QJsonValue& v : outbox) {
        RoomRepository::Entry e;
        e.seq = v[QStringLiteral("seq")].toInteger();
        const QByteArray text = v[QStringLiteral("changes")].toString().toLatin1();
        auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
        if (e.seq <= previous || !decoded)
            return error(tr("outbox entries must have increasing seq and base64 changes"));
        e.changes = *decoded;
        previous = e.seq;
        entries.append(e);
    }
    const Outcome in = receive(*m_store, peer, entries);
    if (!in.ok) {
        *status = 500;
        return error(tr("the host could not apply this laptop's edits: %1").arg(in.error));
    }
    if (!in.kinds.isEmpty()) {
        announce(*m_store, in.kinds);
        emit applied(in.kinds);
    }
    emit peersChanged();
    RoomRepository room(*m_store);
    const QList<RoomRepository::Entry> log = room.logAfter(peer.gseq, MaxBatchEntries, MaxBatchBytes);
    QJsonArray out;
    for (const RoomRepository::Entry& e : log)
        out.append(QJsonObject {{QStringLiteral("gseq"), e.seq},
                                {QStringLiteral("changes"), QString::fromLatin1(e.changes.toBase64())}});
    *status = 200;
    return QJsonDocument(QJsonObject {{QStringLiteral("ok"), true},
                                      {QStringLiteral("acked"), in.upTo},
                                      {QStringLiteral("log"), out},
                                      {QStringLiteral("last"), room.lastGseq()}})
        .toJson(QJsonDocument::Compact);
}

QByteArray RoomServer::snapshot(qint64* gseq, QString* problem)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("session.roundtable"));
    *gseq = RoomRepository(*m_store).lastGseq();
    QSqlDatabase db = m_store->database();
    if (!db::vacuumInto(db, path, problem))
        return {};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *problem = f.errorString();
        return {};
    }
    return f.readAll();
}

} // namespace rt::room
