// SPDX-License-Identifier: GPL-3.0-or-later
// The Polls workspace and the kiosk, offscreen: undoable edits, counted hands, clearing results,
// kiosk voting that hides results until the poll closes and only the facilitator can leave.
// With RT_SCREENSHOT_DIR set, the views are also saved there as PNGs to look at.
#include "TestSupport.h"

#include "RawHttp.h"
#include "commands/PollEdits.h"
#include "polls/KioskWidget.h"
#include "polls/PhonePanel.h"
#include "polls/PollsWorkspace.h"
#include "session/Document.h"
#include "store/Store.h"
#include "store/VoteRepository.h"
#include "vote/VoteServer.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace rt;

namespace {
qint64 addPoll(Store* store, const QString& question, const QString& kind, const QStringList& options,
               const QString& state)
{
    const qint64 id = store->insert(Kind::Poll,
                                    {{QStringLiteral("question"), question},
                                     {QStringLiteral("kind"), kind},
                                     {QStringLiteral("state"), state}});
    for (const QString& o : options)
        store->insert(Kind::PollOption, {{QStringLiteral("poll_id"), id}, {QStringLiteral("text"), o}});
    return id;
}

void shoot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("RT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

int votes(Store* store, qint64 poll)
{
    return store->count(Kind::Vote, {{QStringLiteral("poll_id"), poll}});
}
} // namespace

class TestPolls : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    int m_files = 0;
    qint64 m_choice = 0, m_ranking = 0, m_scale = 0, m_words = 0, m_open = 0;

private slots:
    void initTestCase() { QCoreApplication::setApplicationVersion(QStringLiteral("test")); }

    void init()
    {
        m_doc = std::make_unique<Document>();
        QVERIFY(!m_doc->create(m_dir.filePath(QStringLiteral("%1-%2.roundtable")
                                                  .arg(QString::fromLatin1(QTest::currentTestFunction()))
                                                  .arg(++m_files))));
        Store* s = m_doc->store();
        s->insert(Kind::Place, {{QStringLiteral("name"), QStringLiteral("Luton")}});
        m_choice = addPoll(
            s, QStringLiteral("Which change would help people stay in work the most?"),
            QStringLiteral("choice"),
            {QStringLiteral("One named contact across services"), QStringLiteral("Faster access to therapy"),
             QStringLiteral("Employer awareness sessions"), QStringLiteral("Peer support groups")},
            QStringLiteral("open"));
        m_ranking = addPoll(s, QStringLiteral("Rank the cohorts to start with"), QStringLiteral("ranking"),
                            {QStringLiteral("Carers"), QStringLiteral("Young people"),
                             QStringLiteral("People with MSK pain")},
                            QStringLiteral("draft"));
        m_scale = addPoll(s, QStringLiteral("How confident are you that we can act on this within 3 months?"),
                          QStringLiteral("scale"),
                          {QStringLiteral("Not at all"), QStringLiteral("A little"),
                           QStringLiteral("Somewhat"), QStringLiteral("Quite"), QStringLiteral("Very")},
                          QStringLiteral("closed"));
        m_words = addPoll(s, QStringLiteral("One word for today's session"), QStringLiteral("wordcloud"), {},
                          QStringLiteral("open"));
        m_open = addPoll(s, QStringLiteral("What should we do differently next time?"),
                         QStringLiteral("open"), {}, QStringLiteral("open"));
        VoteRepository v(s);
        const auto cast = [&v](qint64 poll, const QList<QByteArray>& answers) {
            QList<VoteRepository::Ballot> ballots;
            for (int i = 0; i < answers.size(); ++i)
                ballots.append({QStringLiteral("d%1").arg(i), answers.at(i)});
            QVERIFY(v.castBatch(poll, ballots));
        };
        cast(m_choice,
             {"{\"choices\":[0]}", "{\"choices\":[1]}", "{\"choices\":[0]}", "{\"choices\":[3]}",
              "{\"choices\":[0]}", "{\"choices\":[2]}", "{\"choices\":[1]}"});
        cast(m_scale, {"{\"scale\":4}", "{\"scale\":3}", "{\"scale\":5}", "{\"scale\":4}", "{\"scale\":2}"});
        const QStringList words {
            QStringLiteral("Hopeful"),     QStringLiteral("hopeful!"),  QStringLiteral("Connected"),
            QStringLiteral("Energised"),   QStringLiteral("connected"), QStringLiteral("Hopeful"),
            QStringLiteral("Listened to"), QStringLiteral("Tired"),     QStringLiteral("Practical")};
        QList<QByteArray> wordAnswers;
        for (const QString& w : words)
            wordAnswers
                << QJsonDocument(QJsonObject {{QStringLiteral("text"), w}}).toJson(QJsonDocument::Compact);
        cast(m_words, wordAnswers);
    }
    void cleanup() { m_doc.reset(); }

    void showViews()
    {
        PollsWorkspace ws(m_doc.get());
        ws.resize(1400, 820);
        QString error;
        QVERIFY(ws.showView(QStringLiteral("poll:1"), &error));
        QCOMPARE(ws.currentPoll(), m_choice);
        shoot(&ws, QStringLiteral("polls-choice"));
        QVERIFY(ws.showView(QStringLiteral("poll:3"), &error));
        QCOMPARE(ws.currentPoll(), m_scale);
        shoot(&ws, QStringLiteral("polls-scale"));
        QVERIFY(ws.showView(QStringLiteral("poll:4"), &error));
        shoot(&ws, QStringLiteral("polls-wordcloud"));
        QVERIFY(ws.showView(QStringLiteral("poll:2"), &error));
        shoot(&ws, QStringLiteral("polls-ranking"));
        QVERIFY(!ws.showView(QStringLiteral("poll:9"), &error));
        QVERIFY(error.contains(QLatin1String("9")));
        QVERIFY(!ws.showView(QStringLiteral("table:1"), &error));
        QVERIFY(ws.showView(QStringLiteral("kiosk"), &error));
        QCOMPARE(ws.currentPoll(), m_choice); // the first open poll
        shoot(&ws, QStringLiteral("polls-kiosk"));
    }

    void handsAreOneUndoStep()
    {
        PollsWorkspace ws(m_doc.get());
        ws.selectPoll(m_choice);
        Store* s = m_doc->store();
        QCOMPARE(votes(s, m_choice), 7);
        QVERIFY(ws.addHands({3, 0, 2, 1}));
        QCOMPARE(votes(s, m_choice), 13);
        const QList<QByteArray> answers = VoteRepository(s).answers(m_choice);
        QCOMPARE(answers.count("{\"choices\":[0]}"), 3 + 3);
        m_doc->undoStack()->undo();
        QCOMPARE(votes(s, m_choice), 7);
        m_doc->undoStack()->redo();
        QCOMPARE(votes(s, m_choice), 13);
        ws.selectPoll(m_ranking);
        QVERIFY(!ws.addHands({1, 1, 1})); // a ranking cannot be counted by hands
    }

    void clearResultsIsUndoable()
    {
        PollsWorkspace ws(m_doc.get());
        ws.selectPoll(m_choice);
        Store* s = m_doc->store();
        const QList<QByteArray> before = VoteRepository(s).answers(m_choice);
        QVERIFY(ws.clearResults(false));
        QCOMPARE(votes(s, m_choice), 0);
        m_doc->undoStack()->undo();
        QCOMPARE(VoteRepository(s).answers(m_choice), before);
        QCOMPARE(VoteRepository(s).answerOf(m_choice, QStringLiteral("d3")), QByteArray("{\"choices\":[3]}"));
    }

    void editsAreUndoable()
    {
        PollsWorkspace ws(m_doc.get());
        ws.selectPoll(m_ranking);
        Store* s = m_doc->store();
        ws.setState(QStringLiteral("open"));
        QCOMPARE(s->row(Kind::Poll, m_ranking).str(QStringLiteral("state")), QStringLiteral("open"));
        ws.addOption();
        QCOMPARE(s->count(Kind::PollOption, {{QStringLiteral("poll_id"), m_ranking}}), 4);
        ws.addPoll();
        QCOMPARE(s->count(Kind::Poll), 6);
        for (int i = 0; i < 3; ++i)
            m_doc->undoStack()->undo();
        QCOMPARE(s->count(Kind::Poll), 5);
        QCOMPARE(s->count(Kind::PollOption, {{QStringLiteral("poll_id"), m_ranking}}), 3);
        QCOMPARE(s->row(Kind::Poll, m_ranking).str(QStringLiteral("state")), QStringLiteral("draft"));
    }

    void roleAndPlaceChoosers()
    {
        // The editor's Role and Place choosers file the poll in the pack, one undo step each.
        PollsWorkspace ws(m_doc.get());
        ws.selectPoll(m_ranking);
        Store* s = m_doc->store();
        QComboBox* role = nullptr;
        QComboBox* place = nullptr;
        for (QComboBox* box : ws.findChildren<QComboBox*>()) {
            if (box->accessibleName() == QLatin1String("Role in the pack"))
                role = box;
            if (box->accessibleName() == QLatin1String("Place"))
                place = box;
        }
        QVERIFY(role && place);
        QCOMPARE(role->currentData().toString(), QStringLiteral("other"));
        role->setCurrentIndex(role->findData(QStringLiteral("priorities")));
        emit role->activated(role->currentIndex());
        place->setCurrentIndex(place->findText(QStringLiteral("Luton")));
        emit place->activated(place->currentIndex());
        QCOMPARE(s->row(Kind::Poll, m_ranking).str(QStringLiteral("role")), QStringLiteral("priorities"));
        QVERIFY(s->row(Kind::Poll, m_ranking).ref(QStringLiteral("place_id")) > 0);
        QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Attach poll to place"));
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Change poll role"));
        m_doc->undoStack()->undo();
        QCOMPARE(s->row(Kind::Poll, m_ranking).str(QStringLiteral("role")), QStringLiteral("other"));
        QCOMPARE(role->currentData().toString(), QStringLiteral("other"));
        QCOMPARE(place->currentIndex(), 0);
        QVERIFY(!edit::setPollRole(*m_doc, m_ranking, QStringLiteral("agenda")));
    }

    void phoneVotesShowLive()
    {
        PollsWorkspace ws(m_doc.get());
        ws.resize(1400, 820);
        ws.show();
        ws.selectPoll(m_ranking);
        polls::PhonePanel* phones = ws.phonePanel();
        // Loopback only in tests: never the machine's real network.
        QVERIFY(phones->choose(QHostAddress(QHostAddress::LocalHost), 0));
        QString error;
        QVERIFY2(phones->start(&error), qPrintable(error));
        QVERIFY(phones->isServing());
        QCOMPARE(m_doc->store()->row(Kind::Poll, m_ranking).str(QStringLiteral("state")),
                 QStringLiteral("open"));
        const QUrl url = phones->server()->url();
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        const quint16 port = quint16(url.port());
        const QByteArray path = url.path().toLatin1();
        test::HttpReply reply;
        QVERIFY(test::runBeside([&] {
            reply = test::http(port, "POST", path + "/vote",
                               {{"Content-Type", "application/json"},
                                {"Origin", "http://127.0.0.1:" + QByteArray::number(port)},
                                {"Cookie", "rt_device=0123456789abcdef0123456789abcdef"}},
                               "{\"ranking\":[2,0,1]}");
        }));
        QCOMPARE(reply.status, 200);
        // The results follow the vote without any action (redrawn within a fraction of a second).
        const auto noteSays = [&](const QString& text) {
            for (QLabel* l : ws.findChildren<QLabel*>()) {
                if (l->text().startsWith(text))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(noteSays(QStringLiteral("1 vote(s). Points")));
        shoot(&ws, QStringLiteral("polls-phones"));
        ws.setState(QStringLiteral("closed"));
        QTRY_VERIFY(!phones->isServing()); // closing the poll stops the voting (phones are told)
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->store()->row(Kind::Poll, m_ranking).str(QStringLiteral("state")),
                 QStringLiteral("open"));
    }

    void kioskVotesAndHidesResults()
    {
        polls::KioskWidget kiosk(m_doc.get(), m_choice);
        kiosk.resize(1024, 700);
        kiosk.show();
        auto* pages = kiosk.findChild<QStackedWidget*>();
        QVERIFY(pages);
        QCOMPARE(pages->currentIndex(), 0); // voting, not results
        shoot(&kiosk, QStringLiteral("kiosk-voting"));
        const QList<QRadioButton*> radios = kiosk.findChildren<QRadioButton*>();
        QCOMPARE(radios.size(), 4);
        radios.at(2)->click();
        QPushButton* cast = nullptr;
        for (QPushButton* b : kiosk.findChildren<QPushButton*>()) {
            if (b->text() == polls::KioskWidget::tr("Cast my vote"))
                cast = b;
        }
        QVERIFY(cast);
        cast->click();
        QCOMPARE(votes(m_doc->store(), m_choice), 8);
        QCOMPARE(pages->currentIndex(), 1); // thanks, pass it on
        shoot(&kiosk, QStringLiteral("kiosk-thanks"));
        const QList<Row> rows = m_doc->store()->rows(Kind::Vote, {{QStringLiteral("poll_id"), m_choice}});
        QVERIFY(rows.last().str(QStringLiteral("device")).startsWith(QLatin1String("kiosk-")));
        QCOMPARE(rows.last().str(QStringLiteral("answer")), QStringLiteral("{\"choices\":[2]}"));

        m_doc->store()->update(Kind::Poll, m_choice, QStringLiteral("state"), QStringLiteral("closed"));
        QCOMPARE(pages->currentIndex(), 3); // results, now that the poll is closed
        shoot(&kiosk, QStringLiteral("kiosk-results"));
    }

    void hideAnAnswerByKeyboard()
    {
        PollsWorkspace ws(m_doc.get());
        ws.resize(1366, 768);
        ws.show();
        QApplication::setActiveWindow(&ws);
        QVERIFY(QTest::qWaitForWindowActive(&ws));
        ws.selectPoll(m_words);
        QListView* answers = ws.answerList();
        QVERIFY(answers && answers->isVisible());
        QCOMPARE(answers->model()->rowCount(), 9);
        // The context menu offers the same action as the keyboard and the button.
        QCOMPARE(answers->actions().size(), 1);
        QCOMPARE(answers->actions().first()->text(), PollsWorkspace::tr("&Hide answer"));
        answers->setFocus();
        QTRY_VERIFY(answers->hasFocus());
        QTest::keyClick(answers, Qt::Key_Home);
        QCOMPARE(answers->currentIndex().row(), 0);
        // Down the list to a "Hopeful" (the phones' answers, cast in one batch, in no set order).
        for (int i = 0; i < 9 && answers->currentIndex().data().toString() != QLatin1String("Hopeful"); ++i)
            QTest::keyClick(answers, Qt::Key_Down);
        QCOMPARE(answers->currentIndex().data().toString(), QStringLiteral("Hopeful"));
        QTest::keyClick(answers, Qt::Key_H, Qt::ControlModifier);
        qint64 first = 0;
        for (const Row& v : m_doc->store()->rows(Kind::Vote, {{QStringLiteral("poll_id"), m_words}}))
            first = v.flag(QStringLiteral("hidden")) ? v.id : first;
        QVERIFY(first > 0);
        QVERIFY(m_doc->store()->row(Kind::Vote, first).flag(QStringLiteral("hidden")));
        QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Hide answer"));
        QCOMPARE(answers->currentIndex().data().toString(),
                 PollsWorkspace::tr("Hidden: %1").arg(QStringLiteral("Hopeful")));
        QCOMPARE(answers->actions().first()->text(), PollsWorkspace::tr("&Show answer"));
        // The cloud recounts without it: "hopeful" was given 3 times, now 2; the note counts it.
        QList<bool> hidden;
        const QList<QByteArray> stored = VoteRepository(m_doc->store()).answers(m_words, &hidden);
        const vote::Results r = vote::tally(vote::PollKind::WordCloud, 0, stored, hidden);
        QVERIFY(r.words.contains(vote::WordCount {QStringLiteral("hopeful"), 2}));
        QCOMPARE(r.hidden, 1);
        shoot(&ws, QStringLiteral("polls-moderation"));
        // Again shows it; undo hides it again.
        QTest::keyClick(answers, Qt::Key_H, Qt::ControlModifier);
        QVERIFY(!m_doc->store()->row(Kind::Vote, first).flag(QStringLiteral("hidden")));
        m_doc->undoStack()->undo();
        QVERIFY(m_doc->store()->row(Kind::Vote, first).flag(QStringLiteral("hidden")));
        // Choice polls have no written answers to moderate.
        ws.selectPoll(m_choice);
        QVERIFY(!answers->isVisible());
    }

    void kioskFollowsTheReveal()
    {
        // Live (the default): whoever has just voted sees the results so far; after voting
        // closes: not until the poll is closed.
        for (const vote::Reveal reveal : {vote::Reveal::Live, vote::Reveal::Closed}) {
            QVERIFY(edit::setPollReveal(*m_doc, m_choice, reveal) || reveal == vote::Reveal::Live);
            polls::KioskWidget kiosk(m_doc.get(), m_choice);
            kiosk.resize(1024, 700);
            kiosk.show();
            auto* pages = kiosk.findChild<QStackedWidget*>();
            kiosk.findChildren<QRadioButton*>().at(1)->click();
            for (QPushButton* b : kiosk.findChildren<QPushButton*>()) {
                if (b->text() == polls::KioskWidget::tr("Cast my vote"))
                    b->click();
            }
            QCOMPARE(pages->currentIndex(), 1); // thanks
            auto* live = pages->widget(1)->findChild<QWidget*>(QStringLiteral("liveResults"));
            QVERIFY(live);
            QCOMPARE(live->isVisible(), reveal == vote::Reveal::Live);
            shoot(&kiosk,
                  reveal == vote::Reveal::Live ? QStringLiteral("kiosk-thanks-live")
                                               : QStringLiteral("kiosk-thanks-closed"));
        }
    }

    void kioskEveryKind_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("stored"); // the answer a voter who changes nothing casts, or empty
        QTest::newRow("ranking") << 0 << QStringLiteral("{\"ranking\":[0,1,2]}");
        QTest::newRow("scale") << 1 << QString();
        QTest::newRow("wordcloud") << 2 << QString();
        QTest::newRow("open") << 3 << QString();
    }
    void kioskEveryKind()
    {
        QFETCH(int, which);
        QFETCH(QString, stored);
        const qint64 poll = QList<qint64> {m_ranking, m_scale, m_words, m_open}.at(which);
        Store* s = m_doc->store();
        s->update(Kind::Poll, poll, QStringLiteral("state"), QStringLiteral("open"));
        const int before = votes(s, poll);
        polls::KioskWidget kiosk(m_doc.get(), poll);
        kiosk.resize(1024, 700);
        kiosk.show();
        auto* pages = kiosk.findChild<QStackedWidget*>();
        QCOMPARE(pages->currentIndex(), 0);
        shoot(&kiosk, QStringLiteral("kiosk-") + QString::fromLatin1(QTest::currentDataTag()));
        for (QPushButton* b : kiosk.findChildren<QPushButton*>()) {
            if (b->text() == polls::KioskWidget::tr("Cast my vote"))
                b->click();
        }
        // Nothing chosen: refused with a message, except a ranking, which always has an order.
        QCOMPARE(votes(s, poll), before + (stored.isEmpty() ? 0 : 1));
        QCOMPARE(pages->currentIndex(), stored.isEmpty() ? 0 : 1);
        if (!stored.isEmpty())
            QCOMPARE(
                s->rows(Kind::Vote, {{QStringLiteral("poll_id"), poll}}).last().str(QStringLiteral("answer")),
                stored);
    }

    void kioskWindowNeedsTheShortcut()
    {
        auto* kiosk = new polls::KioskWidget(m_doc.get(), m_choice);
        QPointer<polls::KioskWidget> guard(kiosk);
        kiosk->setAttribute(Qt::WA_DeleteOnClose);
        kiosk->show();
        QVERIFY(QTest::qWaitForWindowExposed(kiosk));
        kiosk->close();
        QTest::keyClick(kiosk, Qt::Key_Escape);
        QVERIFY(kiosk->isVisible());
        QTest::keyClick(kiosk, Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(guard.isNull());
    }
};

QTEST_MAIN(TestPolls)
#include "test_polls.moc"
