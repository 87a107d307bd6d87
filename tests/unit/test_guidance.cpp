// SPDX-License-Identifier: GPL-3.0-or-later
// Built-in facilitator guidance: which activity an agenda item is, and the library covers them all.
#include "domain/Guidance.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

namespace g = rt::guidance;

class TestGuidance : public QObject
{
    Q_OBJECT
    QJsonObject m_library;

private slots:
    void initTestCase()
    {
        QFile file(QStringLiteral(RT_SOURCE_DIR "/resources/guidance/guidance.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError error;
        m_library = QJsonDocument::fromJson(file.readAll(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
    }

    void activity_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("poll");
        QTest::addColumn<QString>("activity");
        QTest::newRow("tables") << "tables"
                                << "What matters to me?" << false << "tables";
        QTest::newRow("idea generation") << "breakout"
                                         << "Place-based idea generation" << false << "pick";
        QTest::newRow("PICK") << "breakout"
                              << "PICK chart" << false << "pick";
        QTest::newRow("action planning") << "breakout"
                                         << "Place-based action planning" << false << "action_plan";
        QTest::newRow("plain breakout") << "breakout"
                                        << "Breakouts" << false << "breakout";
        QTest::newRow("vote by title") << "plenary"
                                       << "Cohort vote" << false << "vote";
        QTest::newRow("plenary with a poll") << "plenary"
                                             << "Choosing a cohort" << true << "vote";
        QTest::newRow("break") << "break"
                               << "Lunch" << false << "break";
    }
    void activity()
    {
        QFETCH(QString, kind);
        QFETCH(QString, title);
        QFETCH(bool, poll);
        QFETCH(QString, activity);
        QCOMPARE(g::activityFor(kind, title, poll), activity);
    }

    void libraryCoversEveryActivity_data()
    {
        QTest::addColumn<QString>("key");
        QStringList keys = g::kinds();
        keys << QStringLiteral("pick") << QStringLiteral("action_plan") << QStringLiteral("vote");
        for (const QString& k : keys)
            QTest::newRow(qPrintable(k)) << k;
    }
    void libraryCoversEveryActivity()
    {
        QFETCH(QString, key);
        const g::Entry e = g::lookup(m_library, key);
        QVERIFY2(!e.summary.isEmpty(), qPrintable(key));
        QVERIFY2(e.steps.size() >= 3, qPrintable(key));
        QVERIFY(g::toText(e).startsWith(e.summary));
    }

    void pickGuidanceNamesTheQuadrants()
    {
        const QString text = g::toText(g::lookup(m_library, QStringLiteral("pick")));
        for (const char* word : {"Possible", "Implement", "Challenge", "Kibosh", "impact", "effort"})
            QVERIFY2(text.contains(QLatin1String(word)), word);
    }

    void actionPlanGuidanceNamesTheColumns()
    {
        const QString text = g::toText(g::lookup(m_library, QStringLiteral("action_plan")));
        for (const char* word : {"cohort", "idea", "action", "who", "by when", "measure of success"})
            QVERIFY2(text.contains(QLatin1String(word)), word);
    }

    void unknownActivityIsEmpty()
    {
        QVERIFY(g::lookup(m_library, QStringLiteral("juggling")).isEmpty());
        QVERIFY(g::lookup(QJsonObject(), QStringLiteral("tables")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGuidance)
#include "test_guidance.moc"
