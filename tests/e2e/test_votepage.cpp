// SPDX-License-Identifier: GPL-3.0-or-later
// The phone voting page's script, as compiled into the program, run by Node against a minimal
// DOM for every poll kind (tests/data/vote_page_check.js): poll text goes in as text only, and
// each kind's answer is posted as the protocol says. Skipped where Node is not installed.
#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestVotePage)
#include "test_votepage.moc"
