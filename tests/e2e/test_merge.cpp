// SPDX-License-Identifier: GPL-3.0-or-later
// `roundtable merge OUT FILE...` end to end: the real binary combines the laptops' files as the
// window does (or as --policy says), and writes nothing when an input is missing. (Merging itself:
// unit/test_merge.)
#include "TestSupport.h"
#include "session/Document.h"
#include "session/SessionFile.h"
#include "store/Columns.h"
#include "store/Store.h"

#include <QFile>
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
QString text(const QByteArray& bytes)
{
    return QString::fromUtf8(bytes);
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

    void copiesOfTheTemplatedSession()
    {
        // The normal day: one prepared session copied to the laptops, names typed on two of them.
        const QString fac = path("fac.roundtable");
        QCOMPARE(runCli({S("new"), S("--template"), S("sample-session"), fac}), 0);
        QStringList inputs {fac};
        const QList<std::pair<int, QString>> typed {{1, S("Priya")}, {3, S("Owain")}};
        for (const auto& [number, name] : typed) {
            const QString copy = m_dir.filePath(QStringLiteral("t%1.roundtable").arg(number));
            QVERIFY(QFile::copy(fac, copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            Document d;
            QVERIFY(!d.open(copy));
            d.store()->setDevice(
                {QStringLiteral("laptop-%1").arg(number), QStringLiteral("Table %1").arg(number)});
            const qint64 table = d.store()->ids(Kind::Table, {{col::Number, number}}).value(0);
            QVERIFY(d.store()->update(Kind::Table, table, col::Facilitator, name));
            inputs << copy;
        }
        QByteArray out, err;
        QCOMPARE(runCli(QStringList {S("merge"), path("day.roundtable")} + inputs, &out, &err), 0);
        Document m;
        QVERIFY(!m.open(path("day.roundtable"), SessionFile::Mode::ReadOnly));
        Document f;
        QVERIFY(!f.open(fac, SessionFile::Mode::ReadOnly));
        for (const Kind k : {Kind::Table, Kind::Place, Kind::Poll, Kind::Note, Kind::Vote})
            QCOMPARE(m.store()->count(k), f.store()->count(k));
        for (const auto& [number, name] : typed)
            QCOMPARE(m.store()->rows(Kind::Table, {{col::Number, number}}).value(0).str(col::Facilitator),
                     name);
        // The report: a line per file, no conflicts, nothing called a duplicate.
        const QString report = text(out);
        QVERIFY2(report.contains(S("t1.roundtable: nothing new, 1 change, 0 conflicts")), qPrintable(report));
        QVERIFY2(!report.contains(S("conflict:")) && !err.contains("duplicate"), qPrintable(report));
        // merge --help works.
        QCOMPARE(runCli({S("merge"), S("--help")}, &out, &err), 0);
        QVERIFY(text(out).contains(S("--policy")));
    }
};

QTEST_GUILESS_MAIN(TestMerge)
#include "test_merge.moc"
