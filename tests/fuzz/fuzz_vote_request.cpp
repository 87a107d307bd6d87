// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the phone-voting server's request handling end to end: each input is sent as raw bytes
// (request line, headers, body) to a real VoteServer on loopback, with the valid token spliced in
// where the input says TOKEN, so routing, header guards, cookie and JSON ballot checks all run.
// The server must answer or close, never crash, and never commit a malformed vote.
#include "session/Document.h"
#include "store/Store.h"
#include "vote/VoteServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace rt;

namespace {
Document* document = nullptr;
vote::VoteServer* server = nullptr;
} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    QCoreApplication::setApplicationVersion(QStringLiteral("fuzz"));
    static QTemporaryDir dir;
    document = new Document;
    if (document->create(dir.filePath(QStringLiteral("vote.roundtable"))))
        abort();
    Store* store = document->store();
    const qint64 poll = store->insert(Kind::Poll,
                                      {{QStringLiteral("question"), QStringLiteral("Which cohort?")},
                                       {QStringLiteral("kind"), QStringLiteral("multi")},
                                       {QStringLiteral("state"), QStringLiteral("open")},
                                       {QStringLiteral("max_choices"), 2}});
    for (const char* option : {"Carers", "Mental health", "Young people"})
        store->insert(
            Kind::PollOption,
            {{QStringLiteral("poll_id"), poll}, {QStringLiteral("text"), QString::fromLatin1(option)}});
    server = new vote::VoteServer(store, poll);
    vote::ServerLimits limits;
    limits.ratePerSecond = 1e9; // one fuzzer client: the rate limit would answer 429 to everything
    limits.burst = 1e9;
    limits.idleMs = 200;
    server->setLimits(limits);
    QString error;
    if (!server->start(QHostAddress::LocalHost, 0, &error))
        abort();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray request(reinterpret_cast<const char*>(data), qsizetype(size));
    request.replace("TOKEN", server->token().toLatin1());
    request.replace("PORT", QByteArray::number(server->port()));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server->port());
    QElapsedTimer timer;
    timer.start();
    while (socket.state() != QAbstractSocket::ConnectedState && timer.elapsed() < 1000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    socket.write(request);
    // Until the server answers and closes, or gives up on us (its idle deadline), or we do.
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 400) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (socket.bytesAvailable() && socket.peek(16 * 1024).contains("\r\n\r\n"))
            break;
    }
    socket.abort();
    QCoreApplication::processEvents();
    return 0;
}
