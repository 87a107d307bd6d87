// SPDX-License-Identifier: GPL-3.0-or-later
// The open poll on the projector: opening a poll with phone voting puts its question, QR code and
// address beside the timer (preview and projector window); a phone's vote shows up in the count;
// closing the poll leaves the final results; the agenda's "open poll" brings that poll up in the
// Polls page; `projector-poll:N` renders it for screenshots.
#include "TestSupport.h"
#include "agenda/AgendaWorkspace.h"
#include "agenda/ProjectorView.h"
#include "agenda/ProjectorWindow.h"
#include "agenda/RunController.h"
#include "commands/PollEdits.h"
#include "polls/PhonePanel.h"
#include "polls/PollsWorkspace.h"
#include "polls/ProjectorPollPanel.h"
#include "polls/QrCode.h"
#include "session/Document.h"
#include "shell/MainWindow.h"
#include "store/Store.h"
#include "store/VoteRepository.h"
#include "vote/VoteServer.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace rt;

namespace {

QString S(const char* text)
{
    return QString::fromUtf8(text);
}

/** Waits for @p reply and returns its status (0 on a network error). */
int statusOf(QNetworkReply* reply)
{
    if (!reply->isFinished()) {
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
    }
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

class TestProjectorPoll : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    Document m_doc;
    qint64 m_lunch = 0, m_feedback = 0, m_item = 0;

    polls::ProjectorPollPanel* panelOf(ProjectorView* view) const
    {
        return qobject_cast<polls::ProjectorPollPanel*>(view->sideWidget());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(!m_doc.create(m_tmp.filePath(S("day.roundtable"))));
        Store* s = m_doc.store();
        m_lunch = s->insert(Kind::Poll,
                            {{S("question"), S("Which session should run after lunch?")},
                             {S("kind"), S("choice")},
                             {S("state"), S("draft")}});
        for (const char* o : {"Housing", "Carers", "Mental health"})
            s->insert(Kind::PollOption, {{S("poll_id"), m_lunch}, {S("text"), S(o)}});
        m_feedback = s->insert(Kind::Poll,
                               {{S("question"), S("How useful was the morning?")},
                                {S("kind"), S("scale")},
                                {S("state"), S("draft")}});
        m_item = s->insert(Kind::AgendaItem,
                           {{S("start"), S("13:00")},
                            {S("end"), S("13:15")},
                            {S("title"), S("Choose the afternoon")},
                            {S("kind"), S("plenary")},
                            {S("poll_id"), m_lunch}});
        QVERIFY(m_lunch && m_feedback && m_item);
    }

    void qrScansAtLaptopSizes_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1024x768") << QSize(1024, 768);
        QTest::newRow("1280x800") << QSize(1280, 800);
        QTest::newRow("1366x768") << QSize(1366, 768);
    }
    /** The code on the laptop's Polls page is whole and scans, on the screens laptops have:
     *  the window is grabbed as a user sees it and decoded with zbarimg (zbar-tools). */
    void qrScansAtLaptopSizes()
    {
        QFETCH(QSize, size);
        const QString zbarimg = QStandardPaths::findExecutable(S("zbarimg"));
        if (zbarimg.isEmpty())
            QSKIP("zbarimg is not installed (zbar-tools; packaging/install-deps.sh)");
        MainWindow window(&m_doc, false);
        window.resize(size);
        window.show();
        window.setCurrentPage(3);
        auto* polls = qobject_cast<PollsWorkspace*>(window.workspaces().at(3));
        QVERIFY(polls);
        polls->selectPoll(m_feedback);
        polls::PhonePanel* phones = polls->phonePanel();
        QVERIFY(phones->choose(QHostAddress(QHostAddress::LocalHost), 0));
        QString error;
        QVERIFY2(phones->start(&error), qPrintable(error));
        const QString url = phones->server()->url().toString(QUrl::FullyEncoded);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents();
        // What a screen of this size shows of the window (another page may make it wider).
        const QRect screen(QPoint(0, 0), size);
        if (window.size() != size)
            qInfo("The window is %dx%d on a %dx%d screen (the Polls page needs %dx%d)", window.width(),
                  window.height(), size.width(), size.height(), polls->minimumSizeHint().width(),
                  polls->minimumSizeHint().height());
        auto* qr = qobject_cast<polls::QrWidget*>(phones->qrWidget());
        QVERIFY(qr && qr->isVisible());
        QTRY_VERIFY2(
            qr->moduleSize() >= 3,
            qPrintable(
                S("%1 px a module in %2x%3").arg(qr->moduleSize()).arg(qr->width()).arg(qr->height())));
        const QRect onWindow = qr->codeRect().translated(qr->mapTo(&window, QPoint(0, 0)));
        QVERIFY2(screen.contains(onWindow), "the code is cut off by the screen's edge");
        QTemporaryDir dir;
        const QString shot = dir.filePath(S("window.png"));
        const QPixmap seen = window.grab(screen);
        QVERIFY(seen.save(shot));
        const QString keep = qEnvironmentVariable("RT_GRAB_DIR");
        if (!keep.isEmpty())
            seen.save(keep + S("/polls-qr-%1x%2.png").arg(size.width()).arg(size.height()));
        QProcess zbar;
        zbar.start(zbarimg, {S("--raw"), S("-q"), S("-Sdisable"), S("-Sqrcode.enable"), shot});
        QVERIFY(zbar.waitForFinished(20000));
        const QString decoded = QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
        QCOMPARE(decoded, url);
        phones->stop();
        QVERIFY(m_doc.store()->update(Kind::Poll, m_feedback, S("state"), S("draft")));
    }

    void phoneVotingGoesOnTheProjector()
    {
        MainWindow window(&m_doc, false);
        window.resize(1600, 900);
        auto* agenda = qobject_cast<AgendaWorkspace*>(window.workspaces().at(0));
        auto* polls = qobject_cast<PollsWorkspace*>(window.workspaces().at(3));
        QVERIFY(agenda && polls);
        ProjectorView* preview = agenda->projectorPreview();
        QVERIFY(!preview->sideWidget()); // nothing is open yet

        // The facilitator opens the poll for phones on this computer only, any free port.
        polls->selectPoll(m_lunch);
        polls::PhonePanel* phones = polls->phonePanel();
        QVERIFY2(phones->choose(QHostAddress(QHostAddress::LocalHost), 0), "127.0.0.1 is not offered");
        QString error;
        QVERIFY2(phones->start(&error), qPrintable(error));
        const QUrl url = phones->server()->url();
        QCOMPARE(url.host(), S("127.0.0.1"));

        polls::ProjectorPollPanel* panel = panelOf(preview);
        QVERIFY(panel);
        QCOMPARE(panel->pollId(), m_lunch);
        QCOMPARE(panel->questionText(), S("Which session should run after lunch?"));
        QCOMPARE(panel->urlText(), url.toString(QUrl::FullyEncoded));
        QVERIFY(!panel->qrImage().isNull());
        QVERIFY(panel->resultsText().contains(S("Carers: 0")));
        QVERIFY(panel->resultsText().contains(S("0 vote")));
        // The projector window shows it too, and so does a window opened later.
        polls::ProjectorPollPanel* onWall = panelOf(agenda->projectorWindow()->view());
        QVERIFY(onWall);
        QCOMPARE(onWall->urlText(), panel->urlText());

        // A phone opens the page (gets its device cookie) and votes for "Carers".
        QNetworkAccessManager phone;
        QCOMPARE(statusOf(phone.get(QNetworkRequest(url))), 200);
        QNetworkRequest post(QUrl(url.toString() + S("/vote")));
        post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        post.setRawHeader("Origin", QStringLiteral("http://127.0.0.1:%1").arg(url.port()).toLatin1());
        QCOMPARE(statusOf(phone.post(post, QByteArray("{\"choices\":[1]}"))), 200);
        // Acknowledged means committed; the projector redraws within a fraction of a second.
        QTRY_VERIFY2(panel->resultsText().contains(S("Carers: 1")), qPrintable(panel->resultsText()));
        QVERIFY(panel->resultsText().contains(S("1 vote")));
        QVERIFY(panel->resultsText().contains(S("Housing: 0")));
        QTRY_VERIFY(onWall->resultsText().contains(S("Carers: 1")));

        // Legible from the back: the question is a sizeable fraction of a 1080-line projector.
        agenda->projectorWindow()->resize(1920, 1080);
        agenda->projectorWindow()->show();
        QTRY_VERIFY(onWall->questionPixelSize() >= 40);
        QVERIFY(onWall->width() >= 1920 / 4);
        // Whole and inside the screen, beside the timer.
        QVERIFY(agenda->projectorWindow()->view()->rect().contains(onWall->geometry()));
        const QString dir = qEnvironmentVariable("RT_GRAB_DIR");
        if (!dir.isEmpty())
            agenda->projectorWindow()->grab().save(dir + S("/projector-poll-open.png"));

        // Closing the poll stops the voting; the final results stay up, without the address.
        polls->setState(S("closed"));
        QTRY_VERIFY(!phones->isServing());
        panel = panelOf(preview);
        QVERIFY(panel);
        QCOMPARE(panel->pollId(), m_lunch);
        QVERIFY(panel->urlText().isEmpty());
        QVERIFY(panel->qrImage().isNull());
        QTRY_VERIFY(panel->resultsText().contains(S("Carers: 1")));
        if (!dir.isEmpty())
            agenda->projectorWindow()->grab().save(dir + S("/projector-poll-closed.png"));

        // Another poll opened (without phones) replaces it; removing it clears the side area.
        polls->selectPoll(m_feedback);
        polls->setState(S("open"));
        QTRY_COMPARE(panelOf(preview) ? panelOf(preview)->pollId() : 0, m_feedback);
        QVERIFY(panelOf(preview)->urlText().isEmpty());
        polls->showOnProjector(0);
        m_doc.store()->remove(Kind::Poll, m_feedback);
        QTRY_VERIFY(!preview->sideWidget());
        agenda->projectorWindow()->close();
    }

    void revealAfterClosingKeepsResultsOffTheProjectorUntilClosed()
    {
        MainWindow window(&m_doc, false);
        window.resize(1366, 768);
        auto* agenda = qobject_cast<AgendaWorkspace*>(window.workspaces().at(0));
        auto* polls = qobject_cast<PollsWorkspace*>(window.workspaces().at(3));
        QVERIFY(agenda && polls);
        Store* s = m_doc.store();
        const qint64 poll = s->insert(Kind::Poll,
                                      {{S("question"), S("Which bus route first?")},
                                       {S("kind"), S("choice")},
                                       {S("state"), S("draft")}});
        for (const char* o : {"Route 7", "Route 31"})
            s->insert(Kind::PollOption, {{S("poll_id"), poll}, {S("text"), S(o)}});
        polls->selectPoll(poll);
        QVERIFY(edit::setPollReveal(m_doc, poll, vote::Reveal::Closed));
        polls->setState(S("open"));
        QVERIFY(VoteRepository(s).castBatch(
            poll, {{S("p1"), "{\"choices\":[1]}"}, {S("p2"), "{\"choices\":[1]}"}}));
        ProjectorView* preview = agenda->projectorPreview();
        QTRY_COMPARE(panelOf(preview) ? panelOf(preview)->pollId() : 0, poll);
        polls::ProjectorPollPanel* onWall = panelOf(agenda->projectorWindow()->view());
        QVERIFY(onWall);
        // Open: the room sees the question and how many have voted, not how the votes fall.
        for (polls::ProjectorPollPanel* panel : {panelOf(preview), onWall}) {
            QTRY_VERIFY2(panel->resultsText().contains(S("2 vote")), qPrintable(panel->resultsText()));
            QVERIFY(panel->resultsText().contains(S("Results when voting closes")));
            QVERIFY2(!panel->resultsText().contains(S("Route 31")), qPrintable(panel->resultsText()));
            QCOMPARE(panel->questionText(), S("Which bus route first?"));
        }
        const QString dir = qEnvironmentVariable("RT_GRAB_DIR");
        if (!dir.isEmpty()) {
            agenda->projectorWindow()->resize(1366, 768);
            agenda->projectorWindow()->grab().save(dir + S("/projector-reveal-open.png"));
        }
        // Closed: the results appear, on the preview and on the wall.
        polls->setState(S("closed"));
        for (polls::ProjectorPollPanel* panel : {panelOf(preview), onWall}) {
            QTRY_VERIFY2(panel->resultsText().contains(S("Route 31: 2")), qPrintable(panel->resultsText()));
            QVERIFY(!panel->resultsText().contains(S("Results when voting closes")));
        }
        if (!dir.isEmpty())
            agenda->projectorWindow()->grab().save(dir + S("/projector-reveal-closed.png"));
        // Live (the default) shows the bars while voting is open; undo puts "after closing" back.
        QVERIFY(edit::setPollReveal(m_doc, poll, vote::Reveal::Live));
        polls->setState(S("open"));
        QTRY_VERIFY(onWall->resultsText().contains(S("Route 31: 2")));
        m_doc.undoStack()->undo(); // reopening
        m_doc.undoStack()->undo(); // live
        polls->setState(S("open"));
        QTRY_VERIFY(onWall->resultsText().contains(S("Results when voting closes")));
        polls->showOnProjector(0);
        s->remove(Kind::Poll, poll);
        agenda->projectorWindow()->close();
    }

    void longOptionsWrapWhole()
    {
        // Cohort names as long as real ones: the projector shows each whole, wrapped, never
        // "Employment a…", and gives the panel more of the width for them.
        Store* s = m_doc.store();
        const qint64 poll = s->insert(Kind::Poll,
                                      {{S("question"), S("Which cohorts should your place focus on first?")},
                                       {S("kind"), S("multi")},
                                       {S("state"), S("closed")}});
        const QStringList options {
            S("Employment and skills support for adults with common mental health problems"),
            S("Mental health and wellbeing of people out of work for over a year"),
            S("Musculo-skeletal conditions among older workers in manual jobs"),
            S("Carers of adults who want to return to paid work"),
            S("Homelessness and rough sleeping"),
            S("Domestic abuse survivors rebuilding their working lives"),
            S("Addiction and recovery"),
            S("Children and young people leaving care")};
        for (const QString& o : options)
            s->insert(Kind::PollOption, {{S("poll_id"), poll}, {S("text"), o}});
        for (int v = 0; v < 12; ++v)
            s->insert(Kind::Vote,
                      {{S("poll_id"), poll},
                       {S("device"), S("phone%1").arg(v)},
                       {S("answer"), S("{\"choices\":[%1]}").arg(v % 8)}});
        polls::ProjectorPollPanel panel(&m_doc, poll, QUrl());
        QCOMPARE(panel.property("projectorShare").toDouble(), 0.42);
        panel.resize(int(1366 * 0.42), 768 - 80); // a 1366x768 projector
        panel.show();
        QApplication::processEvents();
        QVERIFY(panel.optionsFitWhole());
        QVERIFY2(panel.optionPixelSize() >= 14, QByteArray::number(panel.optionPixelSize()));
        for (const QString& o : options)
            QVERIFY2(panel.resultsText().contains(o + S(":")), qPrintable(o));
        // Short options keep the usual share.
        polls::ProjectorPollPanel lunch(&m_doc, m_lunch, QUrl());
        QCOMPARE(lunch.property("projectorShare").toDouble(), 0.30);
    }

    // Right to left the bars grow from the right and each count sits just past its bar's end,
    // inside the panel (drawn as left to right, the counts ran off its edge).
    void countsStayInsideTheBars_data()
    {
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::newRow("left to right") << Qt::LeftToRight;
        QTest::newRow("right to left") << Qt::RightToLeft;
    }
    void countsStayInsideTheBars()
    {
        QFETCH(Qt::LayoutDirection, direction);
        Store* s = m_doc.store();
        const qint64 poll = s->insert(
            Kind::Poll,
            {{S("question"), S("Which first?")}, {S("kind"), S("choice")}, {S("state"), S("closed")}});
        for (const char* o : {"Housing", "Carers"})
            s->insert(Kind::PollOption, {{S("poll_id"), poll}, {S("text"), S(o)}});
        for (int v = 0; v < 88; ++v) // 88 and 0: the widest count sits at the end of a full bar
            s->insert(Kind::Vote,
                      {{S("poll_id"), poll},
                       {S("device"), S("phone%1").arg(v)},
                       {S("answer"), S("{\"choices\":[0]}")}});
        polls::ProjectorPollPanel panel(&m_doc, poll, QUrl());
        panel.setLayoutDirection(direction);
        panel.resize(420, 600);
        panel.show();
        QApplication::processEvents();
        QVERIFY2(panel.resultsText().contains(S("Housing: 88")), qPrintable(panel.resultsText()));
        auto* bars = panel.findChild<QWidget*>(S("pollBars"));
        QVERIFY(bars && bars->width() > 100);
        const QImage image = bars->grab().toImage();
        if (!qEnvironmentVariableIsEmpty("RT_GRAB_DIR"))
            image.save(qEnvironmentVariable("RT_GRAB_DIR") + S("/bars-%1.png").arg(int(direction)));
        // White is only the counts' ink: none of it on the edges, where a cut count would be.
        const auto whiteInColumn = [&](int x) {
            int n = 0;
            for (int y = 0; y < image.height(); ++y) {
                const QColor c = image.pixelColor(x, y);
                n += c.red() > 245 && c.green() > 245 && c.blue() > 245; // the labels are #e5e7eb
            }
            return n;
        };
        int ink = 0;
        for (int x = 0; x < image.width(); ++x)
            ink += whiteInColumn(x);
        QVERIFY(ink > 0); // the counts are drawn
        const int edge = direction == Qt::RightToLeft ? image.width() - 1 : 0;
        const int far = direction == Qt::RightToLeft ? 0 : image.width() - 1;
        QCOMPARE(whiteInColumn(edge), 0);
        QCOMPARE(whiteInColumn(far), 0);
        s->remove(Kind::Poll, poll);
    }

    // Beside a poll's results the projector's "Next:" line wraps rather than being cut mid-word.
    void nextLineWrapsBesideThePoll()
    {
        Store* s = m_doc.store();
        const qint64 later = s->insert(
            Kind::AgendaItem,
            {{S("start"), S("13:15")},
             {S("end"), S("14:00")},
             {S("title"), S("Welcome and introductions; the voice of the resident; keynote speaker on work")},
             {S("kind"), S("plenary")}});
        MainWindow window(&m_doc, false);
        window.resize(1280, 720);
        window.show();
        QString error;
        QVERIFY2(window.showView(S("projector-poll:1"), &error), qPrintable(error));
        QApplication::processEvents();
        auto* agenda = qobject_cast<AgendaWorkspace*>(window.workspaces().at(0));
        QVERIFY(panelOf(agenda->projectorPreview()));
        auto* next = agenda->projectorPreview()->findChild<QLabel*>(S("next"));
        QVERIFY(next);
        QVERIFY2(next->text().contains(S("keynote speaker on work")), qPrintable(next->text()));
        const QRect need = next->fontMetrics().boundingRect(QRect(0, 0, next->width(), 100000),
                                                            Qt::TextWordWrap, next->text());
        QVERIFY2(need.width() <= next->width() && need.height() <= next->height(),
                 qPrintable(S("needs %1x%2, has %3x%4")
                                .arg(need.width())
                                .arg(need.height())
                                .arg(next->width())
                                .arg(next->height())));
        s->remove(Kind::AgendaItem, later);
    }

    void runModeOpensTheAgendaItemsPoll()
    {
        MainWindow window(&m_doc, false);
        auto* agenda = qobject_cast<AgendaWorkspace*>(window.workspaces().at(0));
        auto* polls = qobject_cast<PollsWorkspace*>(window.workspaces().at(3));
        const qint64 other = m_doc.store()->insert(
            Kind::Poll,
            {{S("question"), S("Anything else?")}, {S("kind"), S("open")}, {S("state"), S("draft")}});
        polls->selectPoll(other);
        window.setCurrentPage(0);
        QString error;
        QVERIFY(window.showView(S("run:1"), &error));
        QCOMPARE(agenda->runController()->currentItem().id, m_item);
        agenda->runController()->openPoll();
        QCOMPARE(window.currentPage(), 3);
        QCOMPARE(polls->currentPoll(), m_lunch);
        m_doc.store()->remove(Kind::Poll, other);
    }

    void screenshotView()
    {
        MainWindow window(&m_doc, false);
        window.resize(1280, 800);
        window.show();
        QString error;
        QVERIFY(!window.showView(S("projector-poll:9"), &error));
        QVERIFY2(error.contains(S("no poll 9")), qPrintable(error));
        QVERIFY2(window.showView(S("projector-poll:1"), &error), qPrintable(error));
        QCOMPARE(window.currentPage(), 0);
        auto* agenda = qobject_cast<AgendaWorkspace*>(window.workspaces().at(0));
        QCOMPARE(agenda->page(), AgendaWorkspace::ProjectorPage);
        auto* panel = panelOf(agenda->projectorPreview());
        QVERIFY(panel);
        QCOMPARE(panel->questionText(), S("Which session should run after lunch?"));
        const QString dir = qEnvironmentVariable("RT_GRAB_DIR");
        if (!dir.isEmpty())
            window.grab().save(dir + S("/projector-poll-view.png"));
    }
};

QTEST_MAIN(TestProjectorPoll)
#include "test_projectorpoll.moc"
