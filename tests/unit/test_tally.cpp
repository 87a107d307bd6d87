// SPDX-License-Identifier: GPL-3.0-or-later
// Poll results recounted from vote rows, and the strict ballot check the phone server uses.
#include "domain/Tally.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace rt::vote;

Q_DECLARE_METATYPE(rt::vote::PollKind)

namespace {
QStringList L(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* s : items)
        out << QString::fromUtf8(s);
    return out;
}

QList<QByteArray> bytes(const QStringList& list)
{
    QList<QByteArray> out;
    for (const QString& s : list)
        out.append(s.toUtf8());
    return out;
}
} // namespace

class TestTally : public QObject
{
    Q_OBJECT
private slots:
    void counts_data()
    {
        QTest::addColumn<PollKind>("kind");
        QTest::addColumn<int>("options");
        QTest::addColumn<QStringList>("answers");
        QTest::addColumn<QList<int>>("counts");
        QTest::addColumn<int>("ballots");
        QTest::addColumn<int>("ignored");

        QTest::newRow("choice") << PollKind::Choice << 3
                                << L({"{\"choices\":[0]}", "{\"choices\":[2]}", "{\"choices\":[2]}"})
                                << QList<int> {1, 0, 2} << 3 << 0;
        QTest::newRow("choice no votes") << PollKind::Choice << 2 << L({}) << QList<int> {0, 0} << 0 << 0;
        QTest::newRow("choice bad rows ignored") << PollKind::Choice << 2
                                                 << L({"{\"choices\":[1]}", "{\"choices\":[5]}", "not json",
                                                       "{\"choices\":[0,1]}", "{\"scale\":1}"})
                                                 << QList<int> {0, 1} << 1 << 4;
        QTest::newRow("multi") << PollKind::Multi << 4
                               << L({"{\"choices\":[0,1]}", "{\"choices\":[1,3]}", "{\"choices\":[1]}"})
                               << QList<int> {1, 3, 0, 1} << 3 << 0;
        QTest::newRow("multi duplicate ignored")
            << PollKind::Multi << 2 << L({"{\"choices\":[1,1]}"}) << QList<int> {0, 0} << 0 << 1;
        // Borda: with 3 options, first place 2 points, second 1, last 0.
        QTest::newRow("ranking") << PollKind::Ranking << 3
                                 << L({"{\"ranking\":[2,0,1]}", "{\"ranking\":[2,1,0]}",
                                       "{\"ranking\":[0,2,1]}"})
                                 << QList<int> {1 + 0 + 2, 0 + 1 + 0, 2 + 2 + 1} << 3 << 0;
        QTest::newRow("ranking partial ignored")
            << PollKind::Ranking << 3 << L({"{\"ranking\":[2,0]}"}) << QList<int> {0, 0, 0} << 0 << 1;
        QTest::newRow("scale five labelled levels")
            << PollKind::Scale << 5 << L({"{\"scale\":1}", "{\"scale\":5}", "{\"scale\":5}", "{\"scale\":4}"})
            << QList<int> {1, 0, 0, 1, 2} << 4 << 0;
        QTest::newRow("scale default 1-5") << PollKind::Scale << 0 << L({"{\"scale\":3}", "{\"scale\":6}"})
                                           << QList<int> {0, 0, 1, 0, 0} << 1 << 1;
        QTest::newRow("scale zero ignored") << PollKind::Scale << 3 << L({"{\"scale\":0}", "{\"scale\":2.5}"})
                                            << QList<int> {0, 0, 0} << 0 << 2;
        QTest::newRow("wordcloud") << PollKind::WordCloud << 0 << L({"{\"text\":\"Trust\"}"}) << QList<int> {}
                                   << 1 << 0;
        QTest::newRow("open") << PollKind::Open << 0 << L({"{\"text\":\"a\"}", "{\"text\":\"  \"}"})
                              << QList<int> {} << 1 << 1;
    }
    void counts()
    {
        QFETCH(PollKind, kind);
        QFETCH(int, options);
        QFETCH(QStringList, answers);
        QFETCH(QList<int>, counts);
        QFETCH(int, ballots);
        QFETCH(int, ignored);
        const Results r = tally(kind, options, bytes(answers));
        QCOMPARE(r.kind, kind);
        QCOMPARE(r.counts, counts);
        QCOMPARE(r.ballots, ballots);
        QCOMPARE(r.ignored, ignored);
    }

    void scaleMean_data()
    {
        QTest::addColumn<QStringList>("answers");
        QTest::addColumn<double>("mean");
        QTest::newRow("none") << L({}) << 0.0;
        QTest::newRow("one") << L({"{\"scale\":4}"}) << 4.0;
        QTest::newRow("mixed") << L({"{\"scale\":1}", "{\"scale\":2}", "{\"scale\":5}", "{\"scale\":5}"})
                               << 3.25;
    }
    void scaleMean()
    {
        QFETCH(QStringList, answers);
        QFETCH(double, mean);
        QCOMPARE(tally(PollKind::Scale, 5, bytes(answers)).mean, mean);
    }

    void words_data()
    {
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QStringList>("words"); // "word=count", most frequent first
        QTest::newRow("case folded") << L({"Trust", "trust", "TRUST"}) << L({"trust=3"});
        QTest::newRow("punctuation trimmed")
            << L({"Trust!", "(trust)", "\"trust,\"", "don't"}) << L({"trust=3", "don't=1"});
        QTest::newRow("phrases split, ties by word")
            << L({"peer support", "Support, time", "time"}) << L({"support=2", "time=2", "peer=1"});
        QTest::newRow("only punctuation") << L({"...", "—", "!!"}) << L({});
        QTest::newRow("non-latin") << L({"Ωμέγα", "ωΜΈΓΑ", "مرحبا", "مرحبا؟"}) << L({"ωμέγα=2", "مرحبا=2"});
    }
    void words()
    {
        QFETCH(QStringList, texts);
        QFETCH(QStringList, words);
        QStringList answers;
        for (const QString& t : texts)
            answers << QStringLiteral("{\"text\":\"%1\"}")
                           .arg(QString(t).replace(QLatin1Char('"'), QStringLiteral("\\\"")));
        const Results r = tally(PollKind::WordCloud, 0, bytes(answers));
        QStringList got;
        for (const WordCount& w : r.words)
            got << QStringLiteral("%1=%2").arg(w.word).arg(w.count);
        QCOMPARE(got, words);
        QCOMPARE(r.answers, texts);
    }

    void openAnswersKeepOrder()
    {
        const QStringList texts {QStringLiteral("More time with a named worker."),
                                 QStringLiteral("<b>not markup</b>"), QStringLiteral("line one\nline two")};
        QList<QByteArray> answers;
        for (const QString& t : texts)
            answers << checkBallot(PollKind::Open, 0, 0,
                                   QJsonDocument(QJsonObject {{QStringLiteral("text"), t}}).toJson())
                           .json;
        const Results r = tally(PollKind::Open, 0, answers);
        QCOMPARE(r.answers, texts);
        QCOMPARE(r.ballots, 3);
    }

    void ballots_data()
    {
        QTest::addColumn<PollKind>("kind");
        QTest::addColumn<int>("options");
        QTest::addColumn<int>("maxChoices");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("stored"); // empty: refused
        QTest::newRow("choice") << PollKind::Choice << 3 << 0 << QByteArray("{ \"choices\" : [ 2 ] }")
                                << QByteArray("{\"choices\":[2]}");
        QTest::newRow("choice float index") << PollKind::Choice << 3 << 0 << QByteArray("{\"choices\":[2.0]}")
                                            << QByteArray("{\"choices\":[2]}");
        QTest::newRow("choice string index")
            << PollKind::Choice << 3 << 0 << QByteArray("{\"choices\":[\"2\"]}") << QByteArray();
        QTest::newRow("choice none") << PollKind::Choice << 3 << 0 << QByteArray("{\"choices\":[]}")
                                     << QByteArray();
        QTest::newRow("multi within max") << PollKind::Multi << 4 << 2 << QByteArray("{\"choices\":[3,0]}")
                                          << QByteArray("{\"choices\":[3,0]}");
        QTest::newRow("multi over max")
            << PollKind::Multi << 4 << 2 << QByteArray("{\"choices\":[3,0,1]}") << QByteArray();
        QTest::newRow("multi no limit") << PollKind::Multi << 3 << 0 << QByteArray("{\"choices\":[0,1,2]}")
                                        << QByteArray("{\"choices\":[0,1,2]}");
        QTest::newRow("multi empty") << PollKind::Multi << 3 << 0 << QByteArray("{\"choices\":[]}")
                                     << QByteArray();
        QTest::newRow("ranking") << PollKind::Ranking << 3 << 0 << QByteArray("{\"ranking\":[1,2,0]}")
                                 << QByteArray("{\"ranking\":[1,2,0]}");
        QTest::newRow("ranking repeats")
            << PollKind::Ranking << 3 << 0 << QByteArray("{\"ranking\":[1,1,0]}") << QByteArray();
        QTest::newRow("scale") << PollKind::Scale << 5 << 0 << QByteArray("{\"scale\":5}")
                               << QByteArray("{\"scale\":5}");
        QTest::newRow("scale too high")
            << PollKind::Scale << 5 << 0 << QByteArray("{\"scale\":6}") << QByteArray();
        QTest::newRow("scale string")
            << PollKind::Scale << 5 << 0 << QByteArray("{\"scale\":\"5\"}") << QByteArray();
        QTest::newRow("word") << PollKind::WordCloud << 0 << 0 << QByteArray("{\"text\":\"Hope\"}")
                              << QByteArray("{\"text\":\"Hope\"}");
        QTest::newRow("word too long")
            << PollKind::WordCloud << 0 << 0 << QByteArray("{\"text\":\"" + QByteArray(101, 'w') + "\"}")
            << QByteArray();
        QTest::newRow("open control char")
            << PollKind::Open << 0 << 0 << QByteArray("{\"text\":\"a\\u0007b\"}") << QByteArray();
        QTest::newRow("open blank") << PollKind::Open << 0 << 0 << QByteArray("{\"text\":\" \\n \"}")
                                    << QByteArray();
        QTest::newRow("null") << PollKind::Open << 0 << 0 << QByteArray("null") << QByteArray();
        QTest::newRow("duplicate key")
            << PollKind::Scale << 5 << 0 << QByteArray("{\"scale\":1,\"scale\":2}") << QByteArray();
    }
    void ballots()
    {
        QFETCH(PollKind, kind);
        QFETCH(int, options);
        QFETCH(int, maxChoices);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, stored);
        const BallotCheck c = checkBallot(kind, options, maxChoices, body);
        QCOMPARE(c.ok(), !stored.isEmpty());
        QCOMPARE(c.json, stored);
    }

    void handsMatchTheirOption()
    {
        for (PollKind kind : {PollKind::Choice, PollKind::Multi, PollKind::Scale}) {
            QList<QByteArray> answers;
            answers << handAnswer(kind, 1, 4) << handAnswer(kind, 1, 4) << handAnswer(kind, 3, 4);
            const Results r = tally(kind, 4, answers);
            QCOMPARE(r.ballots, 3);
            QCOMPARE(r.counts, (QList<int> {0, 2, 0, 1}));
        }
        for (PollKind kind : {PollKind::Ranking, PollKind::WordCloud, PollKind::Open})
            QVERIFY(handAnswer(kind, 0, 3).isEmpty());
    }

    void hiddenAnswersAreLeftOutAndCounted()
    {
        const QList<QByteArray> answers {R"({"text":"one"})", R"({"text":"two"})", R"({"text":"three"})"};
        const Results r = tally(PollKind::Open, 0, answers, {false, true, false});
        QCOMPARE(r.answers, (QStringList {QStringLiteral("one"), QStringLiteral("three")}));
        QCOMPARE(r.ballots, 2);
        QCOMPARE(r.hidden, 1);
        // Without flags (or fewer flags than answers) nothing is hidden.
        QCOMPARE(tally(PollKind::Open, 0, answers).hidden, 0);
        QCOMPARE(tally(PollKind::Open, 0, answers, {true}).ballots, 2);
    }

    void revealRule()
    {
        // Live: the room sees results as they come and after; closed: only once voting closes.
        QVERIFY(roomSeesResults(QStringLiteral("open"), Reveal::Live));
        QVERIFY(roomSeesResults(QStringLiteral("closed"), Reveal::Live));
        QVERIFY(!roomSeesResults(QStringLiteral("open"), Reveal::Closed));
        QVERIFY(!roomSeesResults(QStringLiteral("draft"), Reveal::Closed));
        QVERIFY(roomSeesResults(QStringLiteral("closed"), Reveal::Closed));
        QCOMPARE(revealFromString(QStringLiteral("closed")), Reveal::Closed);
        QCOMPARE(revealFromString(QStringLiteral("live")), Reveal::Live);
        QCOMPARE(revealFromString(QString()), Reveal::Live);
        QCOMPARE(revealName(Reveal::Closed), QStringLiteral("closed"));
    }

    void kindNamesRoundTrip()
    {
        for (const char* name : {"choice", "multi", "ranking", "scale", "wordcloud", "open"})
            QCOMPARE(pollKindName(pollKindFromString(QString::fromLatin1(name))), QString::fromLatin1(name));
        QCOMPARE(pollKindFromString(QStringLiteral("quiz")), PollKind::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestTally)
#include "test_tally.moc"
