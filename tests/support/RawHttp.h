// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A minimal blocking HTTP/1.1 client for the vote server tests and benchmark. Loopback only:
// it connects to 127.0.0.1 and binds, when asked, to another 127/8 address so that one
// machine can play many phones. Call it off the thread whose event loop runs the server.

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QTcpSocket>
#include <QTimer>
#include <atomic>
#include <functional>
#include <thread>

namespace rt::test {

using Headers = QList<QPair<QByteArray, QByteArray>>;

struct HttpReply
{
    int status = 0; ///< 0: no answer (refused, reset, timed out)
    Headers headers;
    QByteArray body;
    QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError;

    QByteArray header(const QByteArray& name) const
    {
        for (const auto& h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

/** Loopback address number @p n (1…60000) other than 127.0.0.1: 127.1.x.y. */
inline QHostAddress loopbackPeer(int n)
{
    return QHostAddress(quint32((127u << 24) | (1u << 16) | quint32(n / 250) << 8 | quint32(n % 250 + 1)));
}

inline QByteArray requestBytes(quint16 port, const QByteArray& method, const QByteArray& path,
                               const Headers& headers, const QByteArray& body)
{
    QByteArray out
        = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
    for (const auto& h : headers)
        out += h.first + ": " + h.second + "\r\n";
    if (method == "POST" || !body.isEmpty())
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "\r\n" + body;
    return out;
}

/** Reads one response from @p s (status line, headers, Content-Length body). */
inline HttpReply readReply(QTcpSocket& s, int timeoutMs)
{
    HttpReply reply;
    QByteArray data;
    QElapsedTimer t;
    t.start();
    qsizetype headEnd = -1;
    qlonglong length = -1;
    while (t.elapsed() < timeoutMs) {
        data += s.readAll();
        if (headEnd < 0 && (headEnd = data.indexOf("\r\n\r\n")) >= 0) {
            const QList<QByteArray> lines = data.left(headEnd).split('\n');
            const QList<QByteArray> status = lines.value(0).split(' ');
            reply.status = status.value(1).toInt();
            for (int i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    reply.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
            }
            length = reply.header("Content-Length").toLongLong();
        }
        if (headEnd >= 0 && data.size() >= headEnd + 4 + length) {
            reply.body = data.mid(headEnd + 4, length);
            return reply;
        }
        if (s.state() != QAbstractSocket::ConnectedState && s.bytesAvailable() == 0)
            break;
        s.waitForReadyRead(50);
    }
    if (headEnd < 0)
        reply.status = 0;
    reply.error = s.error();
    return reply;
}

/** One request on a fresh connection from @p from (null: any loopback address). */
inline HttpReply http(quint16 port, const QByteArray& method, const QByteArray& path,
                      const Headers& headers = {}, const QByteArray& body = {}, const QHostAddress& from = {},
                      int timeoutMs = 10000)
{
    QTcpSocket s;
    if (!from.isNull())
        s.bind(from);
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(timeoutMs)) {
        HttpReply r;
        r.error = s.error();
        return r;
    }
    s.write(requestBytes(port, method, path, headers, body));
    s.waitForBytesWritten(timeoutMs);
    HttpReply r = readReply(s, timeoutMs);
    s.abort();
    return r;
}

/** The rt_device value a page response set, as a Cookie header value. */
inline QByteArray cookieFrom(const HttpReply& page)
{
    const QByteArray set = page.header("Set-Cookie");
    return set.left(set.indexOf(';'));
}

/** Runs @p work on another thread while this thread's event loop (the server's) keeps turning;
 *  gives up after @p timeoutMs. @return true if the work finished */
inline bool runBeside(const std::function<void()>& work, int timeoutMs = 120000)
{
    std::atomic<bool> done {false};
    std::thread worker([&] {
        work();
        done = true;
    });
    QElapsedTimer t;
    t.start();
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done || t.elapsed() > timeoutMs)
            loop.quit();
    });
    check.start(5);
    loop.exec();
    worker.join(); // the work's own timeouts bound this
    return done;
}

} // namespace rt::test
