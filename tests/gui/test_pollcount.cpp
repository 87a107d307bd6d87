// SPDX-License-Identifier: GPL-3.0-or-later
// One count (vote::tally) for every place a poll's results are shown: for each poll kind, with one
// stored answer that does not fit the poll, the Polls page (its chart and the workspace), the
// projector and the summary pack (and its Markdown) give the same votes, bars, mean and
// not-counted answers; a 4-level scale has 4 rows, not 5.
#include "TestSupport.h"

#include "polls/PollData.h"
#include "polls/PollsWorkspace.h"
#include "polls/ProjectorPollPanel.h"
#include "session/Document.h"
#include "slides/DeckBuilder.h"
#include "slides/SessionData.h"
#include "slides/Writers.h"
#include "store/Columns.h"
#include "store/Store.h"
#include "store/VoteRepository.h"

#include <QLabel>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace rt;

namespace {

QString S(const char* text)
{
    return QString::fromUtf8(text);
}

/** The first capture of @p pattern in @p text, or empty. */
QString capture(const QString& text, const char* pattern)
{
    return QRegularExpression(S(pattern)).match(text).captured(1);
}

} // namespace

class TestPollCount : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    int m_files = 0;

private slots:
    void initTestCase() { QCoreApplication::setApplicationVersion(QStringLiteral("test")); }

    void screenAndPackAgree_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("answers"); // the last one does not fit the poll
        QTest::addColumn<QString>("mean"); // scale only
        const QStringList three {S("Carers"), S("Young people"), S("People with MSK pain")};
        QTest::newRow("choice") << S("choice") << three
                                << QStringList {S("{\"choices\":[0]}"), S("{\"choices\":[1]}"),
                                                S("{\"choices\":[1]}"), S("{\"choices\":[5]}")}
                                << QString();
        QTest::newRow("multi") << S("multi") << three
                               << QStringList {S("{\"choices\":[0,1]}"), S("{\"choices\":[1]}"),
                                               S("{\"choices\":[2,0]}"), S("{\"choices\":[3]}")}
                               << QString();
        // The case: the pack said "Mean 3.0 from 4 votes" and drew a 5th row.
        QTest::newRow("scale of 4") << S("scale")
                                    << QStringList {S("Not at all"), S("A little"), S("Quite"), S("Very")}
                                    << QStringList {S("{\"scale\":2}"), S("{\"scale\":2}"),
                                                    S("{\"scale\":3}"), S("{\"scale\":5}")}
                                    << S("2.33");
        QTest::newRow("ranking") << S("ranking") << three
                                 << QStringList {S("{\"ranking\":[0,1,2]}"), S("{\"ranking\":[2,1,0]}"),
                                                 S("{\"ranking\":[2,0,1]}"), S("{\"ranking\":[0,1]}")}
                                 << QString();
        QTest::newRow("wordcloud") << S("wordcloud") << QStringList()
                                   << QStringList {S("{\"text\":\"hope\"}"), S("{\"text\":\"Hope!\"}"),
                                                   S("{\"text\":\"tired\"}"), S("{\"choices\":[0]}")}
                                   << QString();
        QTest::newRow("open") << S("open") << QStringList()
                              << QStringList {S("{\"text\":\"More time at tables\"}"),
                                              S("{\"text\":\"Fewer slides\"}"),
                                              S("{\"text\":\"A longer lunch\"}"), S("{\"text\":\"\"}")}
                              << QString();
    }
    void screenAndPackAgree()
    {
        QFETCH(QString, kind);
        QFETCH(QStringList, options);
        QFETCH(QStringList, answers);
        QFETCH(QString, mean);

        Document doc;
        QVERIFY(!doc.create(m_tmp.filePath(QStringLiteral("count%1.roundtable").arg(++m_files))));
        Store* s = doc.store();
        const QString question = S("How did the %1 poll go?").arg(kind);
        const qint64 poll = s->insert(
            Kind::Poll, {{col::Question, question}, {col::Kind, kind}, {col::State, S("closed")}});
        for (const QString& o : options)
            s->insert(Kind::PollOption, {{col::PollId, poll}, {col::Text, o}});
        QList<VoteRepository::Ballot> ballots;
        for (int i = 0; i < answers.size(); ++i)
            ballots.append({QStringLiteral("d%1").arg(i), answers.at(i).toUtf8()});
        QVERIFY(VoteRepository(s).castBatch(poll, ballots));

        // The Polls page: what it counts, and that the workspace shows just that.
        const polls::PollInfo info = polls::loadPoll(s, poll);
        const vote::Results results = polls::countVotes(s, info);
        QCOMPARE(results.ballots, 3);
        QCOMPARE(results.ignored, 1);
        const charts::PollChartData page = polls::chartData(info, results);
        {
            PollsWorkspace ws(&doc);
            ws.selectPoll(poll);
            bool shown = false;
            for (const QLabel* l : ws.findChildren<QLabel*>())
                shown = shown || l->text() == page.note;
            QVERIFY2(shown, qPrintable(page.note));
        }
        const QString pageVotes = capture(page.note, "^(\\d+) vote");
        QCOMPARE(pageVotes, S("3"));
        QCOMPARE(capture(page.note, "(\\d+) stored answer"), S("1"));

        // The projector's total line.
        {
            polls::ProjectorPollPanel projector(&doc, poll, QUrl());
            const QString total = projector.resultsText().split(QLatin1Char('\n')).last();
            QCOMPARE(capture(total, "^(\\d+) (?:vote|answer)"), pageVotes);
        }

        // The pack.
        const slides::SessionData data = slides::SessionData::load(*s);
        const slides::Deck deck = slides::DeckBuilder(data).build();
        QList<const slides::Slide*> pollSlides;
        for (const slides::Slide& slide : deck.slides) {
            if (slide.section == QLatin1String("polls") && slide.title.startsWith(question))
                pollSlides << &slide;
        }
        QCOMPARE(pollSlides.size(), 1);
        const slides::Slide& slide = *pollSlides.first();

        if (kind == QLatin1String("wordcloud") || kind == QLatin1String("open")) {
            // Answers in a list: the same answers the tally counts…
            QStringList packAnswers;
            for (const slides::Item& item : deck.items) {
                if (item.kind == QLatin1String("answer"))
                    packAnswers << item.text;
            }
            QCOMPARE(packAnswers, results.answers);
            // …and the same number of them.
            QString intro; // the line above the answers, under the title
            for (const slides::Element& e : slide.elements) {
                for (const auto& p : e.paragraphs) {
                    if (intro.isEmpty() && !capture(p.text, "^(\\d+) answer").isEmpty())
                        intro = p.text;
                }
            }
            QCOMPARE(capture(intro, "^(\\d+) answer"), pageVotes);
            QCOMPARE(capture(intro, "not counted: (\\d+) answer"), S("1"));
            return;
        }

        const slides::Element* chart = nullptr;
        for (const slides::Element& e : slide.elements) {
            if (e.type == slides::Element::Chart)
                chart = &e;
        }
        QVERIFY(chart);
        const slides::ChartData& pack = chart->chart;
        QCOMPARE(pack.values, page.values);
        QCOMPARE(pack.labels.size(), page.labels.size());
        QCOMPARE(capture(pack.caption, "(\\d+) (?:vote|ballot)"), pageVotes);
        QCOMPARE(capture(pack.caption, "not counted: (\\d+) answer"), S("1"));
        if (kind == QLatin1String("scale")) {
            QCOMPARE(page.labels.size(), 4);
            QCOMPARE(pack.labels.size(), 4);
            QCOMPARE(page.values, QList<double>({0, 2, 1, 0}));
            QCOMPARE(capture(page.note, "mean ([0-9.]+)"), mean);
            QCOMPARE(capture(pack.caption, "Mean ([0-9.]+)"), mean);
        }

        // The Markdown export writes the pack's bars and caption.
        const QString md = slides::MarkdownWriter::markdown(data);
        QVERIFY2(md.contains(pack.caption), qPrintable(md));
        for (int i = 0; i < pack.values.size(); ++i)
            QVERIFY(md.contains(QStringLiteral(": %1\n").arg(pack.values.at(i))));
    }
};

QTEST_MAIN(TestPollCount)
#include "test_pollcount.moc"
