// SPDX-License-Identifier: GPL-3.0-or-later
// The polls' edits (commands/PollEdits.h): each does what it says as one undo step with its undo
// text, undo restores the session exactly and redo again; an edit that changes nothing is no step;
// most-choices steps merge; counted hands and kiosk votes are undoable votes.
#include "Fixture.h"
#include "TestSupport.h"
#include "commands/PollEdits.h"
#include "domain/Tally.h"
#include "store/Columns.h"
#include "store/VoteRepository.h"

#include <QTemporaryDir>
#include <QtTest>
#include <functional>

using namespace rt;
using rt::test::dump;
using rt::test::positionProblem;
using rt::test::S;

class TestPollEdits : public test::EditTest
{
    Q_OBJECT

    Row poll(qint64 id) const { return s->row(Kind::Poll, id); }
    QList<Row> votes(qint64 pollId) const { return s->rows(Kind::Vote, {{col::PollId, pollId}}); }

private slots:
    void init() { openFixture(); }
    void cleanup() { m_doc.reset(); }

    void addAndRemovePoll()
    {
        qint64 id = 0;
        oneStep([&] { return (id = edit::addPoll(*m_doc, S("Where next?"))) > 0; }, S("Add poll"));
        QCOMPARE(poll(id).str(col::Question), S("Where next?"));
        QCOMPARE(poll(id).str(col::Kind), S("choice"));
        QCOMPARE(poll(id).str(col::State), S("draft"));
        QCOMPARE(poll(id).position, 2);

        // With its options, votes and the agenda item's link, all back on undo.
        oneStep([&] { return edit::removePoll(*m_doc, f.poll[0]); }, S("Remove poll"));
        QVERIFY(!poll(f.poll[0]).isValid());
        QCOMPARE(s->count(Kind::PollOption, {{col::PollId, f.poll[0]}}), 0);
        QCOMPARE(s->count(Kind::Vote, {{col::PollId, f.poll[0]}}), 0);
        QCOMPARE(s->row(Kind::AgendaItem, f.agenda[1]).ref(col::PollId), 0);
        noStep([&] { return edit::removePoll(*m_doc, 0); });
    }

    void editFields()
    {
        const qint64 p = f.poll[0];
        oneStep([&] { return edit::setPollQuestion(*m_doc, p, S("Which last?")); }, S("Edit poll question"));
        QCOMPARE(poll(p).str(col::Question), S("Which last?"));
        noStep([&] { return edit::setPollQuestion(*m_doc, p, S("Which last?")); });

        oneStep([&] { return edit::setPollKind(*m_doc, p, vote::PollKind::Scale); }, S("Change poll kind"));
        QCOMPARE(poll(p).str(col::Kind), S("scale"));
        noStep([&] { return edit::setPollKind(*m_doc, p, vote::PollKind::Scale); });
        noStep([&] { return edit::setPollKind(*m_doc, p, vote::PollKind::Unknown); });

        oneStep([&] { return edit::setPollPlace(*m_doc, p, f.place[1]); }, S("Attach poll to place"));
        QCOMPARE(poll(p).ref(col::PlaceId), f.place[1]);
        noStep([&] { return edit::setPollPlace(*m_doc, p, f.place[1]); });
        oneStep([&] { return edit::setPollPlace(*m_doc, p, 0); }, S("Attach poll to place"));
        QVERIFY(poll(p).values.value(col::PlaceId).isNull());
        noStep([&] { return edit::setPollPlace(*m_doc, p, 0); });

        // The fixture's polls are closed: reopen, then close.
        noStep([&] { return edit::closeVoting(*m_doc, p); });
        oneStep([&] { return edit::openVoting(*m_doc, p); }, S("Open voting"));
        QCOMPARE(poll(p).str(col::State), S("open"));
        noStep([&] { return edit::openVoting(*m_doc, p); });
        oneStep([&] { return edit::closeVoting(*m_doc, p); }, S("Close voting"));
        QCOMPARE(poll(p).str(col::State), S("closed"));

        noStep([&] { return edit::setPollQuestion(*m_doc, 0, S("x")); });
    }

    void maxChoicesMerge()
    {
        const qint64 p = f.poll[1];
        const QStringList before = dump(s);
        // A spin box held down: one step, whatever the number of values it passed.
        for (int v : {1, 2, 3})
            QVERIFY(edit::setPollMaxChoices(*m_doc, p, v));
        QCOMPARE(u->count(), 1);
        QCOMPARE(u->undoText(), S("Change most choices"));
        QCOMPARE(poll(p).ref(col::MaxChoices), 3);
        u->undo();
        QCOMPARE(dump(s), before);
        u->redo();
        QCOMPARE(poll(p).ref(col::MaxChoices), 3);
        // Another field in between ends the gesture.
        QVERIFY(edit::setPollQuestion(*m_doc, p, S("Pick up to two")));
        QVERIFY(edit::setPollMaxChoices(*m_doc, p, 2));
        QCOMPARE(u->count(), 3);
        noStep([&] { return edit::setPollMaxChoices(*m_doc, p, 2); });
    }

    void options()
    {
        const qint64 p = f.poll[0];
        qint64 id = 0;
        oneStep([&] { return (id = edit::addPollOption(*m_doc, p, S("option 3"))) > 0; }, S("Add option"));
        QCOMPARE(s->row(Kind::PollOption, id).str(col::Text), S("option 3"));
        QCOMPARE(s->row(Kind::PollOption, id).position, 3);
        // A null text is stored as empty text (the column is NOT NULL).
        qint64 blank = 0;
        oneStep([&] { return (blank = edit::addPollOption(*m_doc, p, QString())) > 0; }, S("Add option"));
        QCOMPARE(s->row(Kind::PollOption, blank).str(col::Text), QString());

        oneStep([&] { return edit::movePollOption(*m_doc, id, 0); }, S("Move option"));
        QCOMPARE(s->row(Kind::PollOption, id).position, 0);
        noStep([&] { return edit::movePollOption(*m_doc, id, 0); });

        oneStep([&] { return edit::removePollOption(*m_doc, id); }, S("Remove option"));
        QVERIFY(!s->row(Kind::PollOption, id).isValid());
    }

    void countHands()
    {
        const qint64 p = f.poll[0];
        oneStep([&] { return edit::countHands(*m_doc, p, {2, 0, 1}); }, S("Count 3 hand(s)"));
        const QList<Row> rows = votes(p);
        QCOMPARE(rows.size(), 4 + 3);
        QStringList answers;
        for (qsizetype i = 4; i < rows.size(); ++i) {
            QVERIFY(rows.at(i).values.value(col::Device).isNull()); // a raised hand is anonymous
            QVERIFY(!rows.at(i).str(col::CastAt).isEmpty());
            answers << rows.at(i).str(col::Answer);
        }
        answers.sort(); // hands counted at once have one time, and no order among them
        QCOMPARE(answers,
                 QStringList({S("{\"choices\":[0]}"), S("{\"choices\":[0]}"), S("{\"choices\":[2]}")}));
        const vote::Results r = vote::tally(vote::PollKind::Choice, 3, VoteRepository(s).answers(p));
        QCOMPARE(r.counts, QList<int>({2 + 2, 1, 1 + 1}));

        // A scale's hands are levels, lowest first; its three options are its three levels, and
        // counts past the last level are left out (nothing to vote for).
        QVERIFY(edit::setPollKind(*m_doc, p, vote::PollKind::Scale));
        QVERIFY(edit::clearVotes(*m_doc, p));
        oneStep([&] { return edit::countHands(*m_doc, p, {0, 1, 2, 5}); }, S("Count 3 hand(s)"));
        const vote::Results scale = vote::tally(vote::PollKind::Scale, 3, VoteRepository(s).answers(p));
        QCOMPARE(scale.counts, QList<int>({0, 1, 2}));
        QCOMPARE(scale.ignored, 0);
        noStep([&] { return edit::countHands(*m_doc, p, {0, 0, 0, 4}); });

        noStep([&] { return edit::countHands(*m_doc, p, {0, 0, 0}); });
        noStep([&] { return edit::countHands(*m_doc, p, {-2}); });
        noStep([&] { return edit::countHands(*m_doc, 0, {1}); });
        // A show of hands cannot express a ranking or a written answer.
        for (vote::PollKind k : {vote::PollKind::Ranking, vote::PollKind::WordCloud, vote::PollKind::Open}) {
            QVERIFY(edit::setPollKind(*m_doc, p, k));
            noStep([&] { return edit::countHands(*m_doc, p, {1, 1, 1}); });
        }
    }

    void kioskVote()
    {
        const qint64 p = f.poll[1];
        const QByteArray answer("{\"choices\": [1]}");
        // Only while the poll is open.
        noStep([&] { return edit::castKioskVote(*m_doc, p, edit::newKioskDevice(), answer); });
        QVERIFY(edit::openVoting(*m_doc, p));

        const QString device = edit::newKioskDevice();
        QVERIFY(QRegularExpression(S("^kiosk-[0-9a-f]{16}$")).match(device).hasMatch());
        QVERIFY(edit::newKioskDevice() != device);
        oneStep([&] { return edit::castKioskVote(*m_doc, p, device, answer); }, S("Cast vote"));
        QCOMPARE(votes(p).size(), 5);
        QCOMPARE(VoteRepository(s).answerOf(p, device), QByteArray("{\"choices\":[1]}")); // stored compact
        QVERIFY(!votes(p).last().str(col::CastAt).isEmpty());
        u->undo();
        QCOMPARE(votes(p).size(), 4); // undo removes the vote
        u->redo();

        // The same device again replaces its answer; undo puts the earlier one back.
        const QStringList once = dump(s);
        oneStep([&] { return edit::castKioskVote(*m_doc, p, device, "{\"choices\":[2]}"); }, S("Cast vote"));
        QCOMPARE(votes(p).size(), 5);
        QCOMPARE(VoteRepository(s).answerOf(p, device), QByteArray("{\"choices\":[2]}"));
        u->undo();
        QCOMPARE(dump(s), once);
        QCOMPARE(VoteRepository(s).answerOf(p, device), QByteArray("{\"choices\":[1]}"));

        // Answers that do not fit the poll are not stored.
        noStep([&] { return edit::castKioskVote(*m_doc, p, edit::newKioskDevice(), "{\"choices\":[3]}"); });
        noStep([&] { return edit::castKioskVote(*m_doc, p, edit::newKioskDevice(), "{\"scale\":1}"); });
        noStep([&] { return edit::castKioskVote(*m_doc, p, QString(), answer); });
    }

    void clearVotes()
    {
        const qint64 p = f.poll[0];
        oneStep([&] { return edit::clearVotes(*m_doc, p); }, S("Clear poll results"));
        QCOMPARE(votes(p).size(), 0);
        QCOMPARE(votes(f.poll[1]).size(), 4); // only this poll's
        noStep([&] { return edit::clearVotes(*m_doc, p); });
        // One vote is one step too.
        QVERIFY(edit::countHands(*m_doc, p, {1}));
        oneStep([&] { return edit::clearVotes(*m_doc, p); }, S("Clear poll results"));
    }

    void hideAndShowAWrittenAnswer()
    {
        // An open-text poll: two answers, one of them rude.
        const qint64 p = f.poll[1];
        QVERIFY(s->update(Kind::Poll, p, col::Kind, S("open")));
        const QList<Row> vs = votes(p);
        QVERIFY(s->update(Kind::Vote, vs.at(0).id, col::Answer, S(R"({"text":"more buses"})")));
        QVERIFY(s->update(Kind::Vote, vs.at(1).id, col::Answer, S(R"({"text":"rude words"})")));
        QVERIFY(!s->remove(Kind::Vote, vs.at(2).id).isEmpty()
                && !s->remove(Kind::Vote, vs.at(3).id).isEmpty());
        const qint64 rude = vs.at(1).id;
        const auto shown = [&] {
            QList<bool> hidden;
            const QList<QByteArray> answers = VoteRepository(s).answers(p, &hidden);
            return vote::tally(vote::PollKind::Open, 0, answers, hidden);
        };
        QCOMPARE(shown().answers, QStringList {S("more buses")} << S("rude words"));

        oneStep([&] { return edit::setAnswerHidden(*m_doc, rude, true); }, S("Hide answer"));
        QVERIFY(s->row(Kind::Vote, rude).flag(col::Hidden));
        QCOMPARE(s->row(Kind::Vote, rude).str(col::Answer), S(R"({"text":"rude words"})")); // kept
        QCOMPARE(shown().answers, QStringList {S("more buses")});
        QCOMPARE(shown().hidden, 1);
        QCOMPARE(shown().ballots, 1);
        noStep([&] { return edit::setAnswerHidden(*m_doc, rude, true); });

        // Undo brings it back into the tally; redo hides it again.
        u->undo();
        QCOMPARE(shown().hidden, 0);
        QCOMPARE(shown().answers.size(), 2);
        u->redo();
        QCOMPARE(shown().hidden, 1);

        oneStep([&] { return edit::setAnswerHidden(*m_doc, rude, false); }, S("Show answer"));
        QVERIFY(!s->row(Kind::Vote, rude).flag(col::Hidden));

        // A phone's re-vote does not slip past moderation: the answer stays hidden.
        QVERIFY(edit::setAnswerHidden(*m_doc, rude, true));
        QVERIFY(s->update(Kind::Vote, rude, col::Device, S("phone-1")));
        QVERIFY(VoteRepository(s).castBatch(p, {{S("phone-1"), R"({"text":"ruder"})"}}));
        QVERIFY(s->row(Kind::Vote, rude).flag(col::Hidden));

        // A choice cannot be hidden: it would skew a count without a trace on the chart.
        noStep([&] { return edit::setAnswerHidden(*m_doc, votes(f.poll[0]).first().id, true); });
        noStep([&] { return edit::setAnswerHidden(*m_doc, 0, true); });
    }

    void wordCloudRecountsWithoutHiddenAnswers()
    {
        const qint64 p = f.poll[1];
        QVERIFY(s->update(Kind::Poll, p, col::Kind, S("wordcloud")));
        const QList<Row> vs = votes(p);
        const char* words[]
            = {R"({"text":"buses"})", R"({"text":"spam"})", R"({"text":"spam"})", R"({"text":"Buses"})"};
        for (int i = 0; i < 4; ++i)
            QVERIFY(s->update(Kind::Vote, vs.at(i).id, col::Answer, S(words[i])));
        QVERIFY(edit::setAnswerHidden(*m_doc, vs.at(1).id, true));
        QVERIFY(edit::setAnswerHidden(*m_doc, vs.at(2).id, true));
        QList<bool> hidden;
        const QList<QByteArray> answers = VoteRepository(s).answers(p, &hidden);
        const vote::Results r = vote::tally(vote::PollKind::WordCloud, 0, answers, hidden);
        QCOMPARE(r.words, (QList<vote::WordCount> {{S("buses"), 2}}));
        QCOMPARE(r.hidden, 2);
    }

    void revealIsAnUndoableChoice()
    {
        const qint64 p = f.poll[0];
        QCOMPARE(poll(p).str(col::Reveal), S("live")); // the default
        oneStep([&] { return edit::setPollReveal(*m_doc, p, vote::Reveal::Closed); },
                S("Show results after voting closes"));
        QCOMPARE(poll(p).str(col::Reveal), S("closed"));
        noStep([&] { return edit::setPollReveal(*m_doc, p, vote::Reveal::Closed); });
        oneStep([&] { return edit::setPollReveal(*m_doc, p, vote::Reveal::Live); }, S("Show results live"));
    }

    void readOnlyTakesNoEdits()
    {
        const QString path = m_doc->path();
        m_doc->close();
        QVERIFY(!m_doc->open(path, SessionFile::Mode::ReadOnly));
        s = m_doc->store();
        noStep([&] { return edit::addPoll(*m_doc, S("x")) > 0; });
        noStep([&] { return edit::countHands(*m_doc, f.poll[0], {1}); });
        noStep([&] { return edit::clearVotes(*m_doc, f.poll[0]); });
        noStep([&] { return edit::setPollReveal(*m_doc, f.poll[0], vote::Reveal::Closed); });
    }
};

QTEST_MAIN(TestPollEdits)
#include "test_polledits.moc"
