// SPDX-License-Identifier: GPL-3.0-or-later
// Phone voting under load, on loopback only: 1,000 concurrent clients (each from its own 127/8
// address, as phones on a room's Wi-Fi would be) vote over kept-alive connections. Prints durable
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

using namespace rt;

namespace {

constexpr int Clients = 1000;
constexpr int VotesEach = 20;
constexpr int Threads = 4;

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

/** One phone: connects from its own address, then votes VotesEach times, one after another. */
class Client : public QObject
{
public:
    Client(int id, int intervalMs, quint16 port, const QByteArray& path, const QByteArray& origin,
           Result* result, std::function<void()> done)
        : m_id(id)
        , m_interval(intervalMs)
        , m_port(port)
        , m_path(path)
        , m_origin(origin)
        , m_result(result)
        , m_done(std::move(done))
    {
        m_socket.bind(test::loopbackPeer(id));
        connect(&m_socket, &QTcpSocket::connected, this, [this] {
            // Paced phones start at a random moment within their interval.
            m_pace.start();
            m_offset = m_interval > 0 ? int(QRandomGenerator::global()->bounded(m_interval)) : 0;
            schedule();
        });
        connect(&m_socket, &QTcpSocket::readyRead, this, &Client::read);
        connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] { finish(); });
        m_socket.connectToHost(QHostAddress::LocalHost, m_port);
    }

private:
    void send()
    {
        if (m_vote >= VotesEach)
            return finish();
        const QByteArray device = deviceOf(m_id, m_vote);
        m_buffer.clear();
        m_clock.start();
        m_socket.write(test::requestBytes(
            m_port, "POST", m_path + "/vote",
            {{"Content-Type", "application/json"}, {"Origin", m_origin}, {"Cookie", "rt_device=" + device}},
            answerOf(m_id, m_vote)));
    }
    void read()
    {
        m_buffer += m_socket.readAll();
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const qsizetype lengthAt = m_buffer.indexOf("Content-Length: ");
        const qsizetype lineEnd = m_buffer.indexOf("\r\n", lengthAt);
        const int length = m_buffer.mid(lengthAt + 16, lineEnd - lengthAt - 16).toInt();
        if (m_buffer.size() < end + 4 + length)
            return;
        const qint64 us = m_clock.nsecsElapsed() / 1000;
        if (m_buffer.startsWith("HTTP/1.1 200") && m_buffer.mid(end + 4, length) == "{\"ok\":true}") {
            m_result->latenciesUs.append(us);
            m_result->acked.insert(deviceOf(m_id, m_vote), answerOf(m_id, m_vote));
        } else {
            ++m_result->failed;
        }
        ++m_vote;
        schedule();
    }
    /** Closed loop (interval 0): the next vote at once. Paced: vote k is due at offset + k × interval. */
    void schedule()
    {
        const qint64 due = m_offset + qint64(m_vote) * m_interval - m_pace.elapsed();
        if (due <= 0)
            send();
        else
            QTimer::singleShot(int(due), Qt::PreciseTimer, this, &Client::send);
    }
    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        m_result->failed += VotesEach - m_vote;
        m_socket.abort();
        m_done();
    }

    int m_id;
    int m_interval;
    int m_offset = 0;
    QElapsedTimer m_pace;
    quint16 m_port;
    QByteArray m_path, m_origin;
    Result* m_result;
    std::function<void()> m_done;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    QElapsedTimer m_clock;
    int m_vote = 0;
    bool m_finished = false;
};

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

        std::vector<Result> results(Threads);
        std::atomic<int> finishedThreads {0};
        QList<QThread*> threads;
        QElapsedTimer wall;
        wall.start();
        for (int t = 0; t < Threads; ++t) {
            threads << QThread::create([&, t] {
                QEventLoop loop;
                int remaining = 0;
                std::vector<std::unique_ptr<Client>> clients;
                for (int c = t; c < Clients; c += Threads)
                    ++remaining;
                for (int c = t; c < Clients; c += Threads) {
                    clients.push_back(
                        std::make_unique<Client>(c, intervalMs, port, path, origin, &results[size_t(t)], [&] {
                            if (--remaining == 0)
                                loop.quit();
                        }));
                }
                QTimer::singleShot(120000, &loop, &QEventLoop::quit); // bound: never hang
                loop.exec();
                clients.clear();
                ++finishedThreads;
            });
            threads.last()->start();
        }
        QEventLoop serverLoop;
        QTimer check;
        connect(&check, &QTimer::timeout, &serverLoop, [&] {
            if (finishedThreads == Threads)
                serverLoop.quit();
        });
        check.start(5);
        serverLoop.exec();
        const double seconds = double(wall.nsecsElapsed()) / 1e9;
        for (QThread* th : threads) {
            th->wait();
            delete th;
        }

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
