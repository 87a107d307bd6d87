// SPDX-License-Identifier: GPL-3.0-or-later
// Phone voting under load, on loopback only: 1,000 concurrent clients (each from its own 127/8
// address, as phones on a room's Wi-Fi would be) vote over kept-alive connections, driven by one
// epoll thread while the server runs on the main thread. Prints durable
// votes per second (acknowledged = committed) and latency percentiles, then checks the file holds
// every acknowledged vote exactly once.
#include "RawHttp.h"
#include "TestSupport.h"

#include "session/Document.h"
#include "store/Store.h"
#include "store/VoteRepository.h"
#include "vote/VoteServer.h"

#include <QMutex>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <algorithm>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace rt;

namespace {

constexpr int Clients = 1000;
constexpr int VotesEach = 20;

struct Result
{
    QList<qint64> latenciesUs;
    QHash<QByteArray, QByteArray> acked; // device → answer
    int failed = 0;
};

QByteArray deviceOf(int client, int vote)
{
    return QByteArray::number(qulonglong(client) * 1000 + qulonglong(vote), 16).rightJustified(32, '0');
}

QByteArray answerOf(int client, int vote)
{
    return "{\"choices\":[" + QByteArray::number((client + vote) % 4) + "]}";
}

/** The phones, all driven by one thread over non-blocking sockets and epoll, so the client side
 *  takes as little CPU from the server as possible on a small machine. */
void runPhones(int intervalMs, quint16 port, const QByteArray& path, const QByteArray& origin, Result* result)
{
    struct Phone
    {
        int fd = -1;
        int id = 0;
        int vote = 0;
        bool connected = false;
        bool waiting = false; // a request is out
        qint64 offsetNs = 0;
        QByteArray out;
        qsizetype sent = 0;
        QByteArray in;
        qint64 startNs = 0;
    };
    QElapsedTimer clock;
    clock.start();
    const int ep = epoll_create1(0);
    std::vector<Phone> phones(Clients);
    for (int i = 0; i < Clients; ++i) {
        Phone& p = phones[size_t(i)];
        p.id = i;
        p.offsetNs = intervalMs > 0 ? qint64(QRandomGenerator::global()->bounded(intervalMs)) * 1000000 : 0;
        p.fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
        sockaddr_in from {};
        from.sin_family = AF_INET;
        from.sin_addr.s_addr = htonl(test::loopbackPeer(i).toIPv4Address());
        ::bind(p.fd, reinterpret_cast<sockaddr*>(&from), sizeof from);
        sockaddr_in to {};
        to.sin_family = AF_INET;
        to.sin_port = htons(port);
        to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::connect(p.fd, reinterpret_cast<sockaddr*>(&to), sizeof to);
        epoll_event ev {};
        ev.events = EPOLLIN | EPOLLOUT;
        ev.data.u32 = quint32(i);
        epoll_ctl(ep, EPOLL_CTL_ADD, p.fd, &ev);
    }
    const auto flushOut = [&](Phone& p) {
        while (p.sent < p.out.size()) {
            const ssize_t n
                = ::send(p.fd, p.out.constData() + p.sent, size_t(p.out.size() - p.sent), MSG_NOSIGNAL);
            if (n <= 0)
                return;
            p.sent += n;
        }
    };
    const auto sendVote = [&](Phone& p) {
        p.out = test::requestBytes(port, "POST", path + "/vote",
                                   {{"Content-Type", "application/json"},
                                    {"Origin", origin},
                                    {"Cookie", "rt_device=" + deviceOf(p.id, p.vote)}},
                                   answerOf(p.id, p.vote));
        p.sent = 0;
        p.in.clear();
        p.waiting = true;
        p.startNs = clock.nsecsElapsed();
        flushOut(p);
    };
    int done = 0;
    const auto finish = [&](Phone& p) {
        result->failed += VotesEach - p.vote;
        p.vote = VotesEach;
        ::close(p.fd);
        p.fd = -1;
        ++done;
    };
    std::vector<epoll_event> events(1024);
    while (done < Clients && clock.elapsed() < 120000) {
        const int n = epoll_wait(ep, events.data(), int(events.size()), 1);
        for (int e = 0; e < n; ++e) {
            Phone& p = phones[events[size_t(e)].data.u32];
            if (p.fd < 0)
                continue;
            if (events[size_t(e)].events & (EPOLLERR | EPOLLHUP)) {
                finish(p);
                continue;
            }
            if (!p.connected && (events[size_t(e)].events & EPOLLOUT)) {
                p.connected = true;
                epoll_event ev {};
                ev.events = EPOLLIN;
                ev.data.u32 = quint32(p.id);
                epoll_ctl(ep, EPOLL_CTL_MOD, p.fd, &ev);
            }
            if (p.waiting)
                flushOut(p);
            if (events[size_t(e)].events & EPOLLIN) {
                char buffer[4096];
                ssize_t got;
                while ((got = ::recv(p.fd, buffer, sizeof buffer, 0)) > 0)
                    p.in.append(buffer, got);
                if (got == 0) {
                    finish(p);
                    continue;
                }
                const qsizetype end = p.in.indexOf("\r\n\r\n");
                const qsizetype at = p.in.indexOf("Content-Length: ");
                if (end < 0 || at < 0)
                    continue;
                const int length = p.in.mid(at + 16, p.in.indexOf("\r\n", at) - at - 16).toInt();
                if (p.in.size() < end + 4 + length)
                    continue;
                if (p.in.startsWith("HTTP/1.1 200") && p.in.mid(end + 4, length) == "{\"ok\":true}") {
                    result->latenciesUs.append((clock.nsecsElapsed() - p.startNs) / 1000);
                    result->acked.insert(deviceOf(p.id, p.vote), answerOf(p.id, p.vote));
                } else {
                    ++result->failed;
                }
                p.waiting = false;
                if (++p.vote >= VotesEach) {
                    ::close(p.fd);
                    p.fd = -1;
                    ++done;
                }
            }
        }
        // Closed loop: vote again at once; paced: vote k of a phone is due at its offset + k × interval.
        const qint64 now = clock.nsecsElapsed();
        for (Phone& p : phones) {
            if (p.fd >= 0 && p.connected && !p.waiting
                && p.offsetNs + qint64(p.vote) * intervalMs * 1000000 <= now)
                sendVote(p);
        }
    }
    for (Phone& p : phones) {
        if (p.fd >= 0)
            finish(p);
    }
    ::close(ep);
}

qint64 percentile(QList<qint64> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(qMin(v.size() - 1, qsizetype(p * double(v.size()))));
}

} // namespace

class BenchVotes : public QObject
{
    Q_OBJECT
private slots:
    void thousandPhones_data()
    {
        QTest::addColumn<int>("intervalMs");
        QTest::newRow("saturated: each phone votes again as soon as answered") << 0;
        QTest::newRow("paced: each phone votes every 200 ms, 5,000 votes/s offered") << 200;
        QTest::newRow("paced: each phone votes every second, 1,000 votes/s offered") << 1000;
    }
    void thousandPhones()
    {
        QFETCH(int, intervalMs);
        QCoreApplication::setApplicationVersion(QStringLiteral("bench"));
        QTemporaryDir dir;
        Document doc;
        QVERIFY(!doc.create(dir.filePath(QStringLiteral("bench.roundtable"))));
        Store* store = doc.store();
        const qint64 poll = store->insert(Kind::Poll,
                                          {{QStringLiteral("question"), QStringLiteral("Bench")},
                                           {QStringLiteral("kind"), QStringLiteral("choice")},
                                           {QStringLiteral("state"), QStringLiteral("open")}});
        for (int i = 0; i < 4; ++i)
            store->insert(Kind::PollOption,
                          {{QStringLiteral("poll_id"), poll}, {QStringLiteral("text"), QString::number(i)}});

        vote::VoteServer server(store, poll);
        vote::ServerLimits limits; // defaults, except room for 1,000 phones at once
        limits.maxConnections = 2 * Clients;
        server.setLimits(limits);
        QString error;
        QVERIFY2(server.start(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        const quint16 port = server.port();
        const QByteArray path = server.url().path().toLatin1();
        const QByteArray origin = "http://127.0.0.1:" + QByteArray::number(port);

        Result result;
        std::atomic<bool> finished {false};
        QElapsedTimer wall;
        wall.start();
        std::thread phones([&] {
            runPhones(intervalMs, port, path, origin, &result);
            finished = true;
        });
        QEventLoop serverLoop;
        QTimer check;
        connect(&check, &QTimer::timeout, &serverLoop, [&] {
            if (finished)
                serverLoop.quit();
        });
        check.start(5);
        serverLoop.exec();
        const double seconds = double(wall.nsecsElapsed()) / 1e9;
        phones.join();
        const std::vector<Result> results {result};

        QList<qint64> latencies;
        QHash<QByteArray, QByteArray> acked;
        int failed = 0;
        for (const Result& r : results) {
            latencies += r.latenciesUs;
            for (auto it = r.acked.cbegin(); it != r.acked.cend(); ++it)
                acked.insert(it.key(), it.value());
            failed += r.failed;
        }
        server.stop();

        // Durability and exactness: every acknowledged vote is in the file, once, as cast.
        VoteRepository repo(store);
        int wrong = 0;
        for (auto it = acked.cbegin(); it != acked.cend(); ++it) {
            if (repo.answerOf(poll, QString::fromLatin1(it.key())) != it.value())
                ++wrong;
        }
        const int rows = repo.count(poll);
        const double rate = double(latencies.size()) / seconds;
        const QString figures
            = QStringLiteral(
                  "bench_votes [%12]: %1 clients x %2 votes: %3 acknowledged, %4 failed, in %5 s = %6 "
                  "durable "
                  "votes/s; "
                  "latency p50 %7 ms, p99 %8 ms, max %9 ms; rows in file %10, wrong or missing %11")
                  .arg(Clients)
                  .arg(VotesEach)
                  .arg(latencies.size())
                  .arg(failed)
                  .arg(seconds, 0, 'f', 2)
                  .arg(rate, 0, 'f', 0)
                  .arg(double(percentile(latencies, 0.50)) / 1000.0, 0, 'f', 1)
                  .arg(double(percentile(latencies, 0.99)) / 1000.0, 0, 'f', 1)
                  .arg(double(percentile(latencies, 1.0)) / 1000.0, 0, 'f', 1)
                  .arg(rows)
                  .arg(wrong)
                  .arg(QString::fromLatin1(QTest::currentDataTag()));
        std::printf("%s\n", qPrintable(figures));
        std::fflush(stdout);
        QCOMPARE(failed, 0);
        QCOMPARE(latencies.size(), Clients * VotesEach);
        QCOMPARE(rows, int(acked.size())); // none lost, none counted twice
        QCOMPARE(wrong, 0);
    }
};

QTEST_GUILESS_MAIN(BenchVotes)
#include "bench_votes.moc"
