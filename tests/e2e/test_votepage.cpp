// SPDX-License-Identifier: GPL-3.0-or-later
// The phone voting page's script, as compiled into the program, run by Node against a minimal
// DOM for every poll kind (tests/data/vote_page_check.js): poll text goes in as text only, and
// each kind's answer is posted as the protocol says. Skipped where Node is not installed.
#include "TestSupport.h"

#include <QColor>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

class TestVotePage : public QObject
{
    Q_OBJECT
private slots:
    void everyKindVotes()
    {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty())
            QSKIP("Node.js is not installed");
        QFile asset(QStringLiteral(":/vote/vote.js"));
        QVERIFY(asset.open(QIODevice::ReadOnly));
        const QByteArray js = asset.readAll();
        QVERIFY(!js.contains("innerHTML"));
        QTemporaryDir dir;
        QFile copy(dir.filePath(QStringLiteral("vote.js")));
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(js);
        copy.close();
        QProcess p;
        p.start(node, {QStringLiteral(RT_TEST_DATA "/vote_page_check.js"), copy.fileName()});
        QVERIFY(p.waitForFinished(30000));
        const QByteArray out = p.readAllStandardOutput() + p.readAllStandardError();
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, out.constData());
        QCOMPARE(out.count("PASS "), 6);
    }

    /** In dark mode every text colour of the page reads at 4.5:1 or better (WCAG AA), and the
     *  ranking rows wrap (at 200% zoom the arrows go below the text rather than off the screen). */
    void darkModeContrastAndZoom()
    {
        QFile css(QStringLiteral(":/vote/vote.css"));
        QVERIFY(css.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(css.readAll());
        const qsizetype dark = text.indexOf(QStringLiteral("@media (prefers-color-scheme: dark)"));
        QVERIFY(dark >= 0);
        const QString block
            = text.mid(dark, text.indexOf(QLatin1Char('}'), text.indexOf(QLatin1Char('{'), dark) + 1) - dark);
        const auto colour = [&](const QString& name) {
            const QRegularExpression re(QStringLiteral("--%1:\\s*(#[0-9a-fA-F]{6})").arg(name));
            return QColor(re.match(block).captured(1));
        };
        const auto luminance = [](const QColor& c) {
            const auto f
                = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
            return 0.2126 * f(c.redF()) + 0.7152 * f(c.greenF()) + 0.0722 * f(c.blueF());
        };
        const auto contrast = [&](const QColor& a, const QColor& b) {
            const double la = luminance(a), lb = luminance(b);
            return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
        };
        const QColor bg = colour(QStringLiteral("bg"));
        QVERIFY(bg.isValid());
        for (const char* name : {"fg", "ok", "bad", "wait", "accent"}) {
            const QColor c = colour(QString::fromLatin1(name));
            QVERIFY2(c.isValid(), name);
            QVERIFY2(
                contrast(c, bg) >= 4.5,
                qPrintable(QStringLiteral("--%1 %2:1").arg(QString::fromLatin1(name)).arg(contrast(c, bg))));
        }
        QVERIFY(contrast(colour(QStringLiteral("on-accent")), colour(QStringLiteral("accent"))) >= 4.5);
        QVERIFY(text.contains(QStringLiteral("ol.ranking li { display: flex; flex-wrap: wrap;")));
    }
};

QTEST_GUILESS_MAIN(TestVotePage)
#include "test_votepage.moc"
