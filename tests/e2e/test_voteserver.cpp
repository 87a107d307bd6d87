// SPDX-License-Identifier: GPL-3.0-or-later
// The phone voting server on loopback only (127.0.0.0/8, port 0): the protocol contract, its
// guards, and `roundtable serve` keeping every acknowledged vote when it is terminated.
#include "RawHttp.h"
#include "TestSupport.h"

#include "domain/Tally.h"
#include "session/Document.h"
#include "store/Store.h"
#include "store/VoteRepository.h"
#include "vote/RoomNetwork.h"
#include "vote/VoteServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <csignal>

using namespace rt;
using namespace rt::test;

namespace {

qint64 rssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

qint64 addPoll(Store* store, const QString& question, const QString& kind, const QStringList& options,
               const QString& state, int maxChoices = 0)
{
    const qint64 id = store->insert(Kind::Poll,
                                    {{QStringLiteral("question"), question},
                                     {QStringLiteral("kind"), kind},
                                     {QStringLiteral("state"), state},
                                     {QStringLiteral("max_choices"), maxChoices}});
    for (const QString& o : options)
        store->insert(Kind::PollOption, {{QStringLiteral("poll_id"), id}, {QStringLiteral("text"), o}});
    return id;
}

} // namespace

class TestVoteServer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<vote::VoteServer> m_server;
    qint64 m_poll = 0;
    QByteArray m_path; // /v/<token>
    QByteArray m_origin; // http://127.0.0.1:PORT
    quint16 m_port = 0;

    Store* store() const { return m_doc->store(); }

    bool startServer(const QString& kind, const QStringList& options, const QString& state,
                     const QString& question = QStringLiteral("Which matters most?"),
                     const vote::ServerLimits& limits = {})
    {
        m_server.reset();
        m_doc = std::make_unique<Document>();
        const QString file
            = m_dir.filePath(QStringLiteral("s%1.roundtable").arg(QRandomGenerator::global()->generate()));
        if (const SessionError created = m_doc->create(file)) {
            qWarning("%s", qPrintable(created.message));
            return false;
        }
        m_poll = addPoll(store(), question, kind, options, state);
        m_server = std::make_unique<vote::VoteServer>(store(), m_poll);
        m_server->setLimits(limits);
        QString error;
        if (m_poll <= 0 || !m_server->start(QHostAddress::LocalHost, 0, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        m_port = m_server->port();
        m_path = m_server->url().path().toLatin1();
        m_origin = "http://127.0.0.1:" + QByteArray::number(m_port);
        return m_server->url().host() == QStringLiteral("127.0.0.1");
    }

    /** A phone: opens the page (gets its cookie) then posts @p body. */
    HttpReply phoneVote(const QByteArray& body, const QHostAddress& from, QByteArray* cookie = nullptr)
    {
        QByteArray c = cookie ? *cookie : QByteArray();
        if (c.isEmpty()) {
            const HttpReply page = http(m_port, "GET", m_path, {}, {}, from);
            if (page.status != 200)
                return page;
            c = cookieFrom(page);
            if (cookie)
                *cookie = c;
        }
        return http(m_port, "POST", m_path + "/vote",
                    {{"Content-Type", "application/json"}, {"Origin", m_origin}, {"Cookie", c}}, body, from);
    }

    QList<Row> votes() const { return store()->rows(Kind::Vote, {{QStringLiteral("poll_id"), m_poll}}); }

private slots:
    void initTestCase() { QCoreApplication::setApplicationVersion(QStringLiteral("test")); }
    void init() { QVERIFY(m_dir.isValid()); }
    void cleanup()
    {
        m_server.reset();
        m_doc.reset();
    }

    void pageHasSecurityHeadersAndCookie()
    {
        QVERIFY(startServer(QStringLiteral("choice"), {QStringLiteral("A"), QStringLiteral("B")},
                            QStringLiteral("open")));
        HttpReply page;
        QVERIFY(runBeside([&] { page = http(m_port, "GET", m_path); }));
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("Content-Type").startsWith("text/html"));
        QVERIFY(page.header("Content-Security-Policy").contains("default-src 'self'"));
        QCOMPARE(page.header("X-Content-Type-Options"), QByteArray("nosniff"));
        QCOMPARE(page.header("Cache-Control"), QByteArray("no-store"));
        const QByteArray cookie = page.header("Set-Cookie");
        QVERIFY(cookie.startsWith("rt_device="));
        QVERIFY(cookie.contains("HttpOnly"));
        QVERIFY(cookie.contains("SameSite=Strict"));
        QVERIFY(page.body.contains("<html lang="));
        QVERIFY(page.body.contains(m_path + "/vote.js"));
        QVERIFY(!page.body.contains("<script>")); // no inline script: CSP would block it

        HttpReply js, css, again;
        QVERIFY(runBeside([&] {
            js = http(m_port, "GET", m_path + "/vote.js");
            css = http(m_port, "GET", m_path + "/vote.css");
            again = http(m_port, "GET", m_path, {{"Cookie", cookieFrom(page)}});
        }));
        QCOMPARE(js.status, 200);
        QVERIFY(js.header("Content-Type").startsWith("text/javascript"));
        QVERIFY(js.body.contains("textContent"));
        QVERIFY(!js.body.contains("innerHTML"));
        QCOMPARE(css.status, 200);
        QCOMPARE(again.status, 200);
        QVERIFY(again.header("Set-Cookie").isEmpty()); // a known device keeps its cookie
    }

    void twoHundredDevicesVote()
    {
        QVERIFY(startServer(QStringLiteral("choice"),
                            {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")},
                            QStringLiteral("open")));
        constexpr int Devices = 200;
        std::atomic<int> acked {0};
        QVERIFY(runBeside([&] {
            std::vector<std::thread> threads;
            for (int t = 0; t < 8; ++t) {
                threads.emplace_back([&, t] {
                    for (int d = t; d < Devices; d += 8) {
                        const QByteArray body = "{\"choices\":[" + QByteArray::number(d % 3) + "]}";
                        const HttpReply r = phoneVote(body, loopbackPeer(d));
                        if (r.status == 200 && r.body == "{\"ok\":true}")
                            ++acked;
                    }
                });
            }
            for (auto& th : threads)
                th.join();
        }));
        QCOMPARE(acked.load(), Devices);
        QCOMPARE(votes().size(), Devices);
        const vote::Results results
            = vote::tally(vote::PollKind::Choice, 3, VoteRepository(store()).answers(m_poll));
        QCOMPARE(results.counts, (QList<int> {67, 67, 66}));
        QCOMPARE(m_server->acknowledged(), qint64(Devices));
    }

    void secondVoteReplacesFirst()
    {
        QVERIFY(startServer(QStringLiteral("choice"),
                            {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")},
                            QStringLiteral("open")));
        HttpReply first, second;
        QByteArray cookie;
        QVERIFY(runBeside([&] {
            first = phoneVote("{\"choices\":[0]}", {}, &cookie);
            second = phoneVote("{\"choices\":[2]}", {}, &cookie);
        }));
        QCOMPARE(first.status, 200);
        QCOMPARE(second.status, 200);
        const QList<Row> rows = votes();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().str(QStringLiteral("answer")), QStringLiteral("{\"choices\":[2]}"));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("suffix"); // after http://…:PORT; %T = the token path
        QTest::addColumn<QByteArray>("origin");
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        const QByteArray ok = "ORIGIN";
        const QByteArray json = "application/json";
        QTest::newRow("valid") << QByteArray("POST") << QByteArray("%T/vote") << ok << json
                               << QByteArray("{\"choices\":[1]}") << 200;
        QTest::newRow("wrong token") << QByteArray("GET") << QByteArray("/v/00000000000000000000000000000000")
                                     << ok << json << QByteArray() << 404;
        QTest::newRow("token prefix")
            << QByteArray("GET") << QByteArray("%Tx") << ok << json << QByteArray() << 404;
        QTest::newRow("root") << QByteArray("GET") << QByteArray("/") << ok << json << QByteArray() << 404;
        QTest::newRow("unknown route")
            << QByteArray("GET") << QByteArray("%T/admin") << ok << json << QByteArray() << 404;
        QTest::newRow("traversal") << QByteArray("GET") << QByteArray("%T/../../etc/passwd") << ok << json
                                   << QByteArray() << 404;
        QTest::newRow("vote by GET") << QByteArray("GET") << QByteArray("%T/vote") << ok << json
                                     << QByteArray() << 404;
        QTest::newRow("wrong vote token")
            << QByteArray("POST") << QByteArray("/v/ffffffffffffffffffffffffffffffff/vote") << ok << json
            << QByteArray("{\"choices\":[1]}") << 404;
        QTest::newRow("too large") << QByteArray("POST") << QByteArray("%T/vote") << ok << json
                                   << QByteArray("{\"text\":\"" + QByteArray(9000, 'x') + "\"}") << 413;
        QTest::newRow("wrong origin")
            << QByteArray("POST") << QByteArray("%T/vote") << QByteArray("http://evil.example") << json
            << QByteArray("{\"choices\":[1]}") << 403;
        QTest::newRow("no origin") << QByteArray("POST") << QByteArray("%T/vote") << QByteArray() << json
                                   << QByteArray("{\"choices\":[1]}") << 403;
        QTest::newRow("form post") << QByteArray("POST") << QByteArray("%T/vote") << ok
                                   << QByteArray("application/x-www-form-urlencoded")
                                   << QByteArray("choices=1") << 400;
        QTest::newRow("not json") << QByteArray("POST") << QByteArray("%T/vote") << ok << json
                                  << QByteArray("{choices:[1]}") << 400;
        QTest::newRow("trailing junk") << QByteArray("POST") << QByteArray("%T/vote") << ok << json
                                       << QByteArray("{\"choices\":[1]}x") << 400;
        QTest::newRow("array") << QByteArray("POST") << QByteArray("%T/vote") << ok << json
                               << QByteArray("[1]") << 400;
        QTest::newRow("out of range") << QByteArray("POST") << QByteArray("%T/vote") << ok << json
                                      << QByteArray("{\"choices\":[3]}") << 400;
        QTest::newRow("negative") << QByteArray("POST") << QByteArray("%T/vote") << ok << json
                                  << QByteArray("{\"choices\":[-1]}") << 400;
        QTest::newRow("fraction") << QByteArray("POST") << QByteArray("%T/vote") << ok << json
                                  << QByteArray("{\"choices\":[0.5]}") << 400;
        QTest::newRow("two choices") << QByteArray("POST") << QByteArray("%T/vote") << ok << json
                                     << QByteArray("{\"choices\":[0,1]}") << 400;
        QTest::newRow("extra key") << QByteArray("POST") << QByteArray("%T/vote") << ok << json
                                   << QByteArray("{\"choices\":[1],\"x\":1}") << 400;
        QTest::newRow("wrong kind") << QByteArray("POST") << QByteArray("%T/vote") << ok << json
                                    << QByteArray("{\"scale\":1}") << 400;
        QTest::newRow("empty") << QByteArray("POST") << QByteArray("%T/vote") << ok << json << QByteArray()
                               << 400;
    }

    void errors()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, suffix);
        QFETCH(QByteArray, origin);
        QFETCH(QByteArray, type);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QVERIFY(startServer(QStringLiteral("choice"),
                            {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")},
                            QStringLiteral("open")));
        suffix.replace("%T", m_path);
        if (origin == "ORIGIN")
            origin = m_origin;
        HttpReply reply;
        QVERIFY(runBeside([&] {
            const QByteArray cookie = cookieFrom(http(m_port, "GET", m_path));
            Headers h {{"Content-Type", type}, {"Cookie", cookie}};
            if (!origin.isEmpty())
                h.append({"Origin", origin});
            reply = http(m_port, method, suffix, h, body);
        }));
        QCOMPARE(reply.status, status);
        QVERIFY(reply.header("Content-Security-Policy").contains("default-src 'self'"));
        QCOMPARE(votes().size(), status == 200 ? 1 : 0);
    }

    void notOpenPollRefusesVotes_data()
    {
        QTest::addColumn<QString>("state");
        QTest::newRow("draft") << QStringLiteral("draft");
        QTest::newRow("closed") << QStringLiteral("closed");
    }
    void notOpenPollRefusesVotes()
    {
        QFETCH(QString, state);
        QVERIFY(startServer(QStringLiteral("choice"), {QStringLiteral("A"), QStringLiteral("B")}, state));
        HttpReply r;
        QVERIFY(runBeside([&] { r = phoneVote("{\"choices\":[0]}", {}); }));
        QCOMPARE(r.status, 409);
        QVERIFY(votes().isEmpty());
    }

    void rateLimited()
    {
        QVERIFY(startServer(QStringLiteral("choice"), {QStringLiteral("A"), QStringLiteral("B")},
                            QStringLiteral("open")));
        QList<int> statuses;
        HttpReply other;
        QVERIFY(runBeside([&] {
            for (int i = 0; i < 60; ++i)
                statuses.append(http(m_port, "GET", m_path + "/poll", {}, {}, loopbackPeer(4000)).status);
            other = http(m_port, "GET", m_path + "/poll", {}, {}, loopbackPeer(4001));
        }));
        QCOMPARE(statuses.first(), 200);
        QVERIFY2(statuses.contains(429), "a burst from one address is cut off");
        QCOMPARE(statuses.count(0), 0);
        QCOMPARE(other.status, 200); // other phones are not affected
    }

    void pollTextIsEscaped()
    {
        const QString hostile = QStringLiteral("<script>alert(1)</script>");
        const QString option = QStringLiteral("<img src=x onerror=alert(2)> & \"quotes\"");
        QVERIFY(startServer(QStringLiteral("multi"), {option, QStringLiteral("B")}, QStringLiteral("open"),
                            hostile));
        HttpReply page, poll;
        QVERIFY(runBeside([&] {
            page = http(m_port, "GET", m_path);
            poll = http(m_port, "GET", m_path + "/poll");
        }));
        QCOMPARE(page.status, 200);
        QVERIFY(!page.body.contains("alert("));
        QVERIFY(!page.body.contains("onerror"));
        QCOMPARE(poll.status, 200);
        QVERIFY(poll.header("Content-Type").startsWith("application/json"));
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(poll.body, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("question")).toString(), hostile);
        QCOMPARE(o.value(QStringLiteral("options")).toArray().at(0).toString(), option);
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("multi"));
        QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
    }

    /** A closed poll keeps its link: a phone that scans the projected code after voting closed
     *  sees "This poll is closed", a late vote is refused, and the link is the same after the
     *  server (serve or the window) starts again on the same session. */
    void closedPollKeepsItsLinkAndSaysSo()
    {
        QVERIFY(startServer(QStringLiteral("choice"), {QStringLiteral("A"), QStringLiteral("B")},
                            QStringLiteral("open")));
        const QString token = m_server->token();
        HttpReply before;
        QByteArray cookie;
        QVERIFY(runBeside([&] { before = phoneVote("{\"choices\":[1]}", {}, &cookie); }));
        QCOMPARE(before.status, 200);
        QVERIFY(store()->update(Kind::Poll, m_poll, QStringLiteral("state"), QStringLiteral("closed")));
        QVERIFY(m_server->isRunning());
        HttpReply page, late;
        QVERIFY(runBeside([&] {
            page = http(m_port, "GET", m_path);
            late = phoneVote("{\"choices\":[0]}", {}, &cookie);
        }));
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("Content-Type").startsWith("text/html"));
        QVERIFY(page.body.contains("This poll is closed. Thank you!"));
        QVERIFY(page.body.contains("<html lang=\"en"));
        QCOMPARE(late.status, 409);
        QCOMPARE(votes().size(), 1);

        // Stopped: refused. Started again on the same session: the same link.
        const quint16 port = m_port;
        m_server->stop();
        QVERIFY(!m_server->isRunning());
        QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError;
        QVERIFY(runBeside([&] {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, port);
            s.waitForConnected(3000);
            error = s.error();
        }));
        QCOMPARE(error, QAbstractSocket::ConnectionRefusedError);
        m_server = std::make_unique<vote::VoteServer>(store(), m_poll);
        QCOMPARE(m_server->token(), token);
        QVERIFY(store()->update(Kind::Poll, m_poll, QStringLiteral("state"), QStringLiteral("open")));
        QString why;
        QVERIFY2(m_server->start(QHostAddress::LocalHost, port, &why), qPrintable(why));
        HttpReply again;
        QVERIFY(runBeside([&] { again = phoneVote("{\"choices\":[0]}", {}, &cookie); }));
        QCOMPARE(again.status, 200);
        QCOMPARE(votes().size(), 1); // the same phone changed its vote
    }

    /** An Urdu event: every page a phone sees is in Urdu and right to left — the poll, closed,
     *  not started (reloading itself), an unknown link, and the poll's words for the script. */
    void phonePagesSpeakTheEventLanguage()
    {
        QVERIFY(startServer(QStringLiteral("choice"), {QStringLiteral("A"), QStringLiteral("B")},
                            QStringLiteral("draft")));
        QVERIFY(store()->update(Kind::Event, 1, QStringLiteral("language"), QStringLiteral("ur")));
        HttpReply draft, gone, open, poll, closed;
        QVERIFY(runBeside([&] {
            draft = http(m_port, "GET", m_path);
            gone = http(m_port, "GET", "/v/ffffffffffffffffffffffffffffffff");
        }));
        QVERIFY(store()->update(Kind::Poll, m_poll, QStringLiteral("state"), QStringLiteral("open")));
        QVERIFY(runBeside([&] {
            open = http(m_port, "GET", m_path);
            poll = http(m_port, "GET", m_path + "/poll");
        }));
        QVERIFY(store()->update(Kind::Poll, m_poll, QStringLiteral("state"), QStringLiteral("closed")));
        QVERIFY(runBeside([&] { closed = http(m_port, "GET", m_path); }));
        for (const HttpReply* r : {&draft, &gone, &open, &closed}) {
            QVERIFY(r->header("Content-Type").startsWith("text/html"));
            QVERIFY2(r->body.contains("lang=\"ur") && r->body.contains("dir=\"rtl\""), r->body.constData());
        }
        QCOMPARE(draft.status, 200);
        QVERIFY(draft.body.contains("http-equiv=\"refresh\"")); // opens the poll by itself
        QCOMPARE(gone.status, 404);
        QVERIFY(!gone.body.contains("{\"")); // a page, not JSON
        QVERIFY(open.body.contains(QStringLiteral("میرا ووٹ بھیجیں").toUtf8())); // "Send my vote"
        QVERIFY(!open.body.contains("{{"));
        const QJsonObject ui
            = QJsonDocument::fromJson(poll.body).object().value(QStringLiteral("ui")).toObject();
        QCOMPARE(ui.value(QStringLiteral("closed")).toString(),
                 QStringLiteral("یہ پول بند ہو چکا ہے۔ شکریہ!"));
        QVERIFY(closed.body.contains(QStringLiteral("یہ پول بند ہو چکا ہے۔ شکریہ!").toUtf8()));
        QVERIFY(closed.body.contains("/vote.css"));
        HttpReply css;
        QVERIFY(runBeside([&] { css = http(m_port, "GET", "/vote.css"); }));
        QCOMPARE(css.status, 200); // the pages without a link still have their style
    }

    /** A phone kept out by a full server sees a page that tries again by itself. */
    void fullServerShowsAPageThatRetries()
    {
        vote::ServerLimits limits;
        limits.maxPerAddress = 1;
        QVERIFY(startServer(QStringLiteral("choice"), {QStringLiteral("A"), QStringLiteral("B")},
                            QStringLiteral("open"), QStringLiteral("Q"), limits));
        HttpReply busy;
        QVERIFY(runBeside([&] {
            QTcpSocket held;
            held.bind(loopbackPeer(7));
            held.connectToHost(QHostAddress::LocalHost, m_port);
            held.waitForConnected(2000);
            QThread::msleep(100);
            busy = http(m_port, "GET", m_path, {}, {}, loopbackPeer(7));
        }));
        QCOMPARE(busy.status, 503);
        QVERIFY(busy.header("Content-Type").startsWith("text/html"));
        QCOMPARE(busy.header("Retry-After"), QByteArray("2"));
        QVERIFY(busy.body.contains("http-equiv=\"refresh\" content=\"2\""));
        QVERIFY(busy.body.contains("Many phones are voting at once."));
    }

    void fiveHundredCharactersInAnyScript_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("stored");
        const QString han = QString(500, QChar(0x6C34)); // 水: 3 bytes each in UTF-8
        QTest::newRow("500 Chinese characters") << QByteArray("{\"text\":\"" + han.toUtf8() + "\"}") << han;
        QString emoji;
        QByteArray escaped;
        for (int i = 0; i < 250; ++i) {
            emoji += QString::fromUcs4(U"\U0001F600", 1);
            escaped += "\\ud83d\\ude00"; // as a client that escapes everything sends it
        }
        QTest::newRow("250 emoji, JSON-escaped (500 UTF-16 units, 3,000 bytes)")
            << QByteArray("{\"text\":\"" + escaped + "\"}") << emoji;
        QTest::newRow("right-to-left override taken out") << QByteArray("{\"text\":\"ab\xE2\x80\xAE"
                                                                        "cd\xE2\x81\xA6"
                                                                        "ef\"}")
                                                          << QStringLiteral("abcdef");
    }
    void fiveHundredCharactersInAnyScript()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, stored);
        QVERIFY(startServer(QStringLiteral("open"), {}, QStringLiteral("open")));
        HttpReply reply;
        QVERIFY(runBeside([&] { reply = phoneVote(body, {}); }));
        QCOMPARE(reply.status, 200);
        const QList<Row> v = votes();
        QCOMPARE(v.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(v.first().str(QStringLiteral("answer")).toUtf8())
                     .object()
                     .value(QStringLiteral("text"))
                     .toString(),
                 stored);
    }

    void floodsDoNotGrowMemory()
    {
        vote::ServerLimits limits;
        limits.maxConnections = 256; // below the 1,000 idle sockets, to see room made for a phone
        limits.idleMs = 1500; // the defaults are 10 s and 5 s; shorter so the test sees idle sockets reaped
        limits.headerMs = 1500;
        QVERIFY(startServer(QStringLiteral("choice"), {QStringLiteral("A"), QStringLiteral("B")},
                            QStringLiteral("open"), QStringLiteral("Q"), limits));
        const qint64 before = rssKb();
        QVERIFY(before > 0);
        qint64 peak = before;
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this, [&] { peak = qMax(peak, rssKb()); });
        sampler.start(50);

        int closedByServer = 0;
        HttpReply huge, chunked, headers, capped, afterwards;
        qint64 sentHuge = 0;
        QVERIFY(runBeside([&] {
            // 100 MB announced and sent in 64 KiB chunks: answered 413 and cut off.
            {
                QTcpSocket s;
                s.bind(loopbackPeer(20001));
                s.connectToHost(QHostAddress::LocalHost, m_port);
                if (s.waitForConnected(3000)) {
                    s.write("POST " + m_path
                            + "/vote HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                              "Content-Length: 104857600\r\n\r\n");
                    const QByteArray chunk(64 * 1024, 'a');
                    QByteArray seen;
                    while (sentHuge < 100 * 1024 * 1024 && s.state() == QAbstractSocket::ConnectedState) {
                        if (s.write(chunk) < 0 || !s.waitForBytesWritten(2000))
                            break;
                        sentHuge += chunk.size();
                        seen += s.readAll();
                    }
                    seen += s.readAll();
                    huge.status = seen.startsWith("HTTP/1.1 ") ? seen.mid(9, 3).toInt() : 0;
                }
            }
            // A chunked body never states its size: refused before it is read.
            {
                QTcpSocket s;
                s.bind(loopbackPeer(20002));
                s.connectToHost(QHostAddress::LocalHost, m_port);
                if (s.waitForConnected(3000)) {
                    s.write("POST " + m_path
                            + "/vote HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
                    const QByteArray chunk = "10000\r\n" + QByteArray(0x10000, 'b') + "\r\n";
                    QByteArray seen;
                    for (int i = 0; i < 1600 && s.state() == QAbstractSocket::ConnectedState; ++i) {
                        if (s.write(chunk) < 0 || !s.waitForBytesWritten(2000))
                            break;
                        seen += s.readAll();
                    }
                    seen += s.readAll();
                    chunked.status = seen.startsWith("HTTP/1.1 ") ? seen.mid(9, 3).toInt() : 0;
                }
            }
            // 1 MB of headers.
            headers = http(m_port, "GET", m_path, {{"X-Pad", QByteArray(1024 * 1024, 'h')}}, {},
                           loopbackPeer(20003));

            // 1,000 silent connections from 1,000 addresses: the oldest make room for the newest
            // and for a phone; the rest are reaped by the deadline.
            std::vector<std::unique_ptr<QTcpSocket>> idle;
            for (int i = 0; i < 1000; ++i) {
                auto s = std::make_unique<QTcpSocket>();
                s->bind(loopbackPeer(10000 + i));
                s->connectToHost(QHostAddress::LocalHost, m_port);
                idle.push_back(std::move(s));
            }
            for (auto& s : idle)
                s->waitForConnected(2000);
            capped = http(m_port, "GET", m_path + "/poll", {}, {}, loopbackPeer(20005));

            // Idle sockets are closed by the server within its deadline.
            QElapsedTimer t;
            t.start();
            for (auto& s : idle) {
                if (s->state() == QAbstractSocket::ConnectedState)
                    s->waitForDisconnected(int(qMax<qint64>(1, 8000 - t.elapsed())));
                if (s->state() != QAbstractSocket::ConnectedState)
                    ++closedByServer;
            }
            idle.clear();
            afterwards = http(m_port, "GET", m_path + "/poll", {}, {}, loopbackPeer(20004));
        }));
        sampler.stop();
        peak = qMax(peak, rssKb());
        qInfo("RSS before %lld kB, peak %lld kB, 100 MB body: %lld bytes sent before the cut", before, peak,
              sentHuge);
        QCOMPARE(huge.status, 413);
        QVERIFY(sentHuge < 100 * 1024 * 1024);
        QCOMPARE(chunked.status, 411);
        QVERIFY(headers.status == 431 || headers.status == 0);
        QCOMPARE(capped.status, 200); // at the cap, the connection silent longest makes room
        QCOMPARE(closedByServer, 1000);
        QCOMPARE(afterwards.status, 200);
        QVERIFY2(peak - before < 50 * 1024,
                 qPrintable(QStringLiteral("RSS grew by %1 kB").arg(peak - before)));
        QVERIFY(votes().isEmpty());
    }

    /** Slow senders holding every connection (slowloris) cannot keep phones out: the slowest
     *  unfinished request is closed to make room, and a request stalled in its headers or body
     *  is cut off at its deadline. */
    void slowSendersDoNotStarvePhones()
    {
        vote::ServerLimits limits;
        limits.maxConnections = 128; // as on a computer with a low file limit
        QVERIFY(startServer(QStringLiteral("choice"), {QStringLiteral("A"), QStringLiteral("B")},
                            QStringLiteral("open"), QStringLiteral("Q"), limits));
        QCOMPARE(m_server->connectionLimit(), 128);
        int voted = 0;
        int slowOpen = 0;
        int stalledCut = 0;
        QVERIFY(runBeside([&] {
            // 8 addresses x 16 sockets, each sending the start of a request and a byte a second.
            std::vector<std::unique_ptr<QTcpSocket>> slow;
            for (int i = 0; i < 128; ++i) {
                auto s = std::make_unique<QTcpSocket>();
                s->bind(QHostAddress(quint32((127u << 24) | quint32(2 + i / 16))));
                s->connectToHost(QHostAddress::LocalHost, m_port);
                if (s->waitForConnected(2000)) {
                    s->write("GET " + m_path + " HTTP/1.1\r\nHost: x\r\nX-Slow: ");
                    s->waitForBytesWritten(1000);
                }
                slow.push_back(std::move(s));
            }
            for (int i = 0; i < 40; ++i) {
                if (phoneVote("{\"choices\":[" + QByteArray::number(i % 2) + "]}", loopbackPeer(i)).status
                    == 200)
                    ++voted;
                for (auto& s : slow) {
                    if (s->state() == QAbstractSocket::ConnectedState) {
                        s->write("a");
                        s->waitForBytesWritten(10);
                    }
                }
            }
            for (auto& s : slow)
                slowOpen += s->state() == QAbstractSocket::ConnectedState ? 1 : 0;
            // A request whose headers never end is cut off at the header deadline (5 s).
            QTcpSocket stalled;
            stalled.bind(loopbackPeer(500));
            stalled.connectToHost(QHostAddress::LocalHost, m_port);
            if (stalled.waitForConnected(2000)) {
                stalled.write("GET " + m_path + " HTTP/1.1\r\nHost: x\r\n");
                QElapsedTimer t;
                t.start();
                while (stalled.state() == QAbstractSocket::ConnectedState && t.elapsed() < 8000) {
                    stalled.write("X-More: a\r\n");
                    stalled.waitForDisconnected(500);
                }
                stalledCut = stalled.state() != QAbstractSocket::ConnectedState && t.elapsed() < 7000 ? 1 : 0;
            }
        }));
        QCOMPARE(voted, 40);
        QCOMPARE(votes().size(), 40);
        QVERIFY(m_server->evictions() >= 1); // the first phone found every connection taken
        QVERIFY(slowOpen < 128);
        QCOMPARE(stalledCut, 1);
    }

    /** `serve --qr OUT.png` writes a code that scans to the address it prints, prints the code in
     *  the terminal too, and keeps the same address when started again on the same session. */
    /** A laptop with a VPN, Docker and a virtual machine up before its Wi-Fi: phones are on the
     *  Wi-Fi, so that is chosen, and the reason names what was passed over. */
    void defaultNetworkSkipsVpnContainersAndVms()
    {
        const auto at = [](const char* ip, const char* name) {
            const QString n = QString::fromLatin1(name);
            return vote::RoomAddress {QHostAddress(QString::fromLatin1(ip)), n, n, false,
                                      vote::RoomNetwork::isVirtualOrVpn(n)};
        };
        for (const char* name : {"tun0", "wg0", "docker0", "br-1a2b3c", "veth12ab", "virbr0", "vboxnet0",
                                 "vmnet8", "tailscale0", "zt7nnig26"})
            QVERIFY2(vote::RoomNetwork::isVirtualOrVpn(QString::fromLatin1(name)), name);
        for (const char* name : {"wlp2s0", "wlan0", "eth0", "enp0s31f6", "en0", "ap0"})
            QVERIFY2(!vote::RoomNetwork::isVirtualOrVpn(QString::fromLatin1(name)), name);
        const QList<vote::RoomAddress> up {at("10.8.0.2", "tun0"), at("172.17.0.1", "docker0"),
                                           at("192.168.122.1", "virbr0"), at("192.168.1.23", "wlp2s0")};
        QString why;
        const vote::RoomAddress chosen = vote::RoomNetwork::chooseDefault(up, &why);
        QCOMPARE(chosen.address, QHostAddress(QStringLiteral("192.168.1.23")));
        QVERIFY2(why.contains(QStringLiteral("wlp2s0")) && why.contains(QStringLiteral("tun0"))
                     && why.contains(QStringLiteral("docker0")) && why.contains(QStringLiteral("virbr0")),
                 qPrintable(why));
        const vote::RoomAddress alone = vote::RoomNetwork::chooseDefault({at("10.8.0.2", "tun0")}, &why);
        QCOMPARE(alone.address, QHostAddress(QHostAddress::LocalHost));
        QVERIFY(why.contains(QStringLiteral("127.0.0.1")));
    }

    void serveWritesTheQrCodeAndKeepsItsLink()
    {
        const QString binary = qEnvironmentVariable("RT_BINARY");
        QVERIFY2(!binary.isEmpty(), "RT_BINARY is not set (CTest sets it to the roundtable binary)");
        const QString file = m_dir.filePath(QStringLiteral("qr.roundtable"));
        {
            Document doc;
            QVERIFY(!doc.create(file));
            addPoll(doc.store(), QStringLiteral("Pick one"), QStringLiteral("choice"),
                    {QStringLiteral("A"), QStringLiteral("B")}, QStringLiteral("draft"));
        }
        const quint16 port = quint16(20000 + QRandomGenerator::global()->bounded(20000));
        const QString png = m_dir.filePath(QStringLiteral("code.png"));
        QStringList urls;
        for (int run = 0; run < 2; ++run) {
            QProcess serve;
            serve.start(binary,
                        {QStringLiteral("serve"), file, QStringLiteral("--poll"), QStringLiteral("1"),
                         QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                         QString::number(port), QStringLiteral("--qr"), png});
            QVERIFY(serve.waitForStarted());
            QByteArray out;
            QElapsedTimer t;
            t.start();
            while (!out.contains("Stop with") && t.elapsed() < 15000 && serve.state() == QProcess::Running) {
                serve.waitForReadyRead(200);
                out += serve.readAllStandardOutput();
            }
            QVERIFY2(serve.state() == QProcess::Running, serve.readAllStandardError().constData());
            const QString text = QString::fromUtf8(out);
            const QString first = text.section(QLatin1Char('\n'), 0, 0);
            QVERIFY2(first.startsWith(QStringLiteral("Voting open at http://127.0.0.1:")), out.constData());
            urls.append(first.mid(15));
            QVERIFY(text.contains(QChar(0x2580)) && text.contains(QChar(0x2584))); // the terminal's code
            QVERIFY(text.contains(QStringLiteral("127.0.0.1")));
            serve.terminate();
            QVERIFY(serve.waitForFinished(10000));
        }
        QCOMPARE(urls.at(1), urls.at(0)); // the same link after a restart
        const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
        if (zbarimg.isEmpty())
            QSKIP("zbarimg is not installed (zbar-tools): the PNG was written but not decoded");
        QProcess zbar;
        zbar.start(zbarimg, {QStringLiteral("--raw"), QStringLiteral("-q"), png});
        QVERIFY(zbar.waitForFinished(20000));
        QCOMPARE(QString::fromUtf8(zbar.readAllStandardOutput()).trimmed(), urls.at(0));
    }

    void serveKeepsAcknowledgedVotesOnSigterm()
    {
        const QString binary = qEnvironmentVariable("RT_BINARY");
        QVERIFY2(!binary.isEmpty(), "RT_BINARY is not set (CTest sets it to the roundtable binary)");
        const QString file = m_dir.filePath(QStringLiteral("serve.roundtable"));
        {
            Document doc;
            QVERIFY(!doc.create(file));
            addPoll(doc.store(), QStringLiteral("Pick one"), QStringLiteral("choice"),
                    {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}, QStringLiteral("draft"));
        }
        QProcess serve;
        serve.start(binary,
                    {QStringLiteral("serve"), file, QStringLiteral("--poll"), QStringLiteral("1"),
                     QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                     QStringLiteral("0")});
        QVERIFY(serve.waitForStarted());
        QByteArray first;
        QElapsedTimer t;
        t.start();
        while (!first.contains('\n') && t.elapsed() < 15000 && serve.state() == QProcess::Running) {
            serve.waitForReadyRead(200);
            first += serve.readAllStandardOutput();
        }
        if (serve.state() != QProcess::Running)
            QFAIL(qPrintable(
                QStringLiteral("serve exited: %1").arg(QString::fromUtf8(serve.readAllStandardError()))));
        const QRegularExpression line(
            QStringLiteral("^Voting open at (http://127\\.0\\.0\\.1:(\\d+)(/v/[0-9a-f]{32}))\\n"));
        const auto match = line.match(QString::fromUtf8(first));
        QVERIFY2(match.hasMatch(), first.constData());
        const quint16 port = quint16(match.captured(2).toUInt());
        const QByteArray path = match.captured(3).toLatin1();
        const QByteArray origin = "http://127.0.0.1:" + QByteArray::number(port);

        QMutex mutex;
        QHash<QByteArray, QByteArray> acked; // cookie → answer
        std::atomic<int> ackCount {0};
        std::atomic<bool> stop {false};
        std::vector<std::thread> phones;
        for (int th = 0; th < 6; ++th) {
            phones.emplace_back([&, th] {
                for (int d = th; d < 5000 && !stop; d += 6) {
                    const QHostAddress from = loopbackPeer(30000 + d);
                    const HttpReply page = http(port, "GET", path, {}, {}, from, 3000);
                    if (page.status != 200)
                        break; // refused: the server is gone
                    const QByteArray cookie = cookieFrom(page);
                    const QByteArray body = "{\"choices\":[" + QByteArray::number(d % 3) + "]}";
                    const HttpReply r
                        = http(port, "POST", path + "/vote",
                               {{"Content-Type", "application/json"}, {"Origin", origin}, {"Cookie", cookie}},
                               body, from, 3000);
                    if (r.status == 200) {
                        QMutexLocker lock(&mutex);
                        acked.insert(cookie.mid(cookie.indexOf('=') + 1), body);
                        ++ackCount;
                    } else if (r.status == 0) {
                        break;
                    }
                }
            });
        }
        while (ackCount < 150 && t.elapsed() < 60000 && serve.state() == QProcess::Running)
            QThread::msleep(5);
        serve.terminate(); // SIGTERM, while phones are still voting
        const bool finished = serve.waitForFinished(15000);
        stop = true;
        for (auto& p : phones)
            p.join();
        if (!finished)
            serve.kill();
        QVERIFY(finished);
        QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
        QCOMPARE(serve.exitCode(), 0);
        QVERIFY(ackCount >= 150);

        Document doc;
        QVERIFY(!doc.open(file));
        const qint64 pollId = doc.store()->ids(Kind::Poll).value(0);
        QCOMPARE(doc.store()->row(Kind::Poll, pollId).str(QStringLiteral("state")), QStringLiteral("closed"));
        VoteRepository votes(doc.store());
        int missing = 0;
        for (auto it = acked.cbegin(); it != acked.cend(); ++it) {
            if (votes.answerOf(pollId, QString::fromLatin1(it.key())) != it.value())
                ++missing;
        }
        qInfo("%d votes acknowledged before SIGTERM; %d rows in the file", int(acked.size()),
              votes.count(pollId));
        QCOMPARE(missing, 0);
        QVERIFY(votes.count(pollId) >= acked.size());
    }
};

QTEST_GUILESS_MAIN(TestVoteServer)
#include "test_voteserver.moc"
