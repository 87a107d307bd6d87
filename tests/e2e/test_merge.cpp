// SPDX-License-Identifier: GPL-3.0-or-later
// `roundtable merge OUT FILE...` end to end: the real binary combines the laptops' files as the
// window does (or as --policy says), and writes nothing when an input is missing. (Merging itself:
// unit/test_merge.)
#include "TestSupport.h"
#include "session/Document.h"
#include "session/SessionFile.h"
#include "store/Columns.h"
#include "store/Store.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace rt;
using rt::test::runCli;

namespace {
QString S(const char* text)
{
    return QString::fromUtf8(text);
}
} // namespace

class TestMerge : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const char* name) const { return m_dir.filePath(S(name)); }

    /** A table laptop's file: one table on @p topic with @p notes notes per prompt. */
    QString laptop(const char* name, const QString& topic, int notes)
    {
        const QString file = path(name);
        Document d;
        if (d.create(file))
            return {};
        Store* s = d.store();
        Store::Transaction tx(*s);
        s->update(Kind::Event, 1, col::Title, S("Health and employment seminar"));
        const qint64 table = s->insert(Kind::Table, {{col::Number, 1}, {col::Topic, topic}});
        for (const char* key : {"matters", "working", "not_working"}) {
            const qint64 prompt
                = s->insert(Kind::Prompt, {{col::Key, S(key)}, {col::Question, S(key) + QLatin1Char('?')}});
            for (int i = 0; i < notes; ++i)
                s->insert(Kind::Note,
                          {{col::TableId, table},
                           {col::PromptId, prompt},
                           {col::Text, QStringLiteral("%1 %2 note %3").arg(topic, S(key)).arg(i)}});
        }
        return tx.commit() ? file : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo::exists(qEnvironmentVariable("RT_BINARY")),
                 "RT_BINARY must name the roundtable binary");
    }

    void commandLine()
    {
        const QString a = laptop("a.roundtable", S("MSK"), 3);
        const QString b = laptop("b.roundtable", S("MSK"), 4); // the same table on another laptop
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        QByteArray err;
        // By default as in the window: the same table on two laptops is one, with both notes.
        QCOMPARE(runCli({S("merge"), path("out.roundtable"), a, b}, nullptr, &err), 0);
        Document m;
        QVERIFY(!m.open(path("out.roundtable"), SessionFile::Mode::ReadOnly));
        QCOMPARE(m.store()->count(Kind::Table), 1);
        QCOMPARE(m.store()->count(Kind::Note), 3 * 3 + 3 * 4);
        QCOMPARE(m.store()->count(Kind::Source), 2);
        m.close();
        // Kept apart (and listed on stderr) when asked.
        QCOMPARE(
            runCli({S("merge"), path("both.roundtable"), a, b, S("--policy"), S("keep-both")}, nullptr, &err),
            0);
        QVERIFY2(err.contains("duplicate"), err.constData());
        QVERIFY(!m.open(path("both.roundtable"), SessionFile::Mode::ReadOnly));
        QCOMPARE(m.store()->count(Kind::Table), 2);
        m.close();
        QCOMPARE(
            runCli({S("merge"), path("first.roundtable"), a, b, S("--policy=keep-first")}, nullptr, &err), 0);
        QVERIFY(!m.open(path("first.roundtable"), SessionFile::Mode::ReadOnly));
        QCOMPARE(m.store()->count(Kind::Table), 1);
        QCOMPARE(m.store()->count(Kind::Note), 3 * 3);
        m.close();
        // An unknown policy is named, and nothing is written.
        QCOMPARE(
            runCli({S("merge"), path("bad.roundtable"), a, b, S("--policy"), S("newest")}, nullptr, &err), 1);
        QVERIFY2(err.contains("newest"), err.constData());
        QVERIFY(!QFileInfo::exists(path("bad.roundtable")));
        QCOMPARE(runCli({S("merge"), path("out2.roundtable")}, nullptr, &err), 1);
        QCOMPARE(runCli({S("merge"), path("out3.roundtable"), a, path("missing.roundtable")}, nullptr, &err),
                 1);
        QVERIFY(!QFileInfo::exists(path("out3.roundtable")));
    }
};

QTEST_GUILESS_MAIN(TestMerge)
#include "test_merge.moc"
