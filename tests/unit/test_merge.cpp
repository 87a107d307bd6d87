// SPDX-License-Identifier: GPL-3.0-or-later
// Merging the files of several table laptops: everything arrives once, with its provenance;
// duplicates are found and handled by policy; a bad input is named and nothing is written.
#include "Fixture.h"
#include "TestSupport.h"
#include "interchange/Merge.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <thread>

using namespace rt;
using rt::test::positionProblem;
using rt::test::S;
using rt::test::vm;

Q_DECLARE_METATYPE(rt::Merge::Duplicates)

namespace {

struct Laptop
{
    int number = 1;
    QString topic;
    int notesPerPrompt = 3;
    QString venue = S("Civic Hall");
    bool place = false;
    QString placeName = S("Luton");
    bool poll = false;
    bool reversedPrompts = false; ///< same keys, created in another order (other ids)
    QStringList extraTexts;
    bool followThrough = false; ///< the action's progress log and a data pack with a later period
    QString laterPeriod = S("2024 Q1");
};

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

/** Each table's notes as "prompt key: text", prompt by prompt, in list order: what a reader
 *  of the pack sees, whatever the prompts' ids in that file. */
QStringList notesOf(const Store* s, qint64 table)
{
    QStringList out;
    for (const QString& key : {S("matters"), S("working"), S("not_working")}) {
        const qint64 prompt = s->ids(Kind::Prompt, vm({{"key", key}})).value(0);
        for (const Row& n : s->rows(Kind::Note, vm({{"table_id", table}, {"prompt_id", prompt}})))
            out << key + S(": ") + n.str(S("text"));
    }
    return out;
}

} // namespace

class TestMerge : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    int m_n = 0;

    QString dir()
    {
        const QString d = m_tmp.filePath(QStringLiteral("m%1").arg(++m_n));
        QDir().mkpath(d);
        return d;
    }

    QString make(const QString& path, const Laptop& l)
    {
        Document d;
        if (d.create(path))
            return {};
        Store* s = d.store();
        Store::Transaction tx(*s);
        s->update(Kind::Event, 1, S("title"), S("Health and employment seminar"));
        s->update(Kind::Event, 1, S("venue"), l.venue);
        QStringList keys {S("matters"), S("working"), S("not_working")};
        if (l.reversedPrompts)
            std::reverse(keys.begin(), keys.end());
        QHash<QString, qint64> prompt;
        for (const QString& k : keys)
            prompt.insert(k, s->insert(Kind::Prompt, vm({{"key", k}, {"question", k + S("?")}})));
        const qint64 table = s->insert(
            Kind::Table, vm({{"number", l.number}, {"topic", l.topic}, {"facilitator", S("Sam")}}));
        for (const QString& k : {S("matters"), S("working"), S("not_working")}) {
            for (int i = 0; i < l.notesPerPrompt; ++i) {
                s->insert(Kind::Note,
                          vm({{"table_id", table},
                              {"prompt_id", prompt.value(k)},
                              {"text", QStringLiteral("%1 %2 note %3").arg(l.topic, k).arg(i)},
                              {"key_point", i == 0}}));
            }
        }
        for (const QString& t : l.extraTexts)
            s->insert(Kind::Note,
                      vm({{"table_id", table}, {"prompt_id", prompt.value(S("matters"))}, {"text", t}}));
        if (l.place) {
            const qint64 place
                = s->insert(Kind::Place, vm({{"name", l.placeName}, {"priorities", l.topic + S(" first")}}));
            const qint64 aim
                = s->insert(Kind::Aim, vm({{"place_id", place}, {"statement", S("get carers into work")}}));
            const qint64 i1 = s->insert(
                Kind::Idea,
                vm({{"aim_id", aim}, {"text", l.topic + S(" idea A")}, {"impact", 0.9}, {"effort", 0.1}}));
            const qint64 i2 = s->insert(
                Kind::Idea,
                vm({{"aim_id", aim}, {"text", l.topic + S(" idea B")}, {"impact", 0.2}, {"effort", 0.8}}));
            const qint64 p1 = s->insert(Kind::Driver, vm({{"aim_id", aim}, {"text", S("primary")}}));
            const qint64 s1
                = s->insert(Kind::Driver, vm({{"aim_id", aim}, {"parent_id", p1}, {"text", S("secondary")}}));
            s->insert(Kind::Driver,
                      vm({{"aim_id", aim}, {"parent_id", s1}, {"text", S("change")}, {"idea_id", i2}}));
            const qint64 action = s->insert(
                Kind::Action, vm({{"place_id", place}, {"action", l.topic + S(" action")}, {"idea_id", i1}}));
            if (l.followThrough) {
                for (int u = 0; u < 2; ++u)
                    s->insert(Kind::ActionUpdate,
                              vm({{"action_id", action},
                                  {"at", QStringLiteral("2023-0%1-01").arg(8 + u)},
                                  {"who", S("Place lead")},
                                  {"text", QStringLiteral("%1 progress %2").arg(l.topic).arg(u)},
                                  {"status", u ? S("at_risk") : S("on_track")}}));
            }
        }
        if (l.followThrough) {
            s->insert(Kind::IndicatorColumn, vm({{"name", S("Luton")}}));
            const qint64 ind = s->insert(
                Kind::Indicator,
                vm({{"domain", S("Work")}, {"indicator", S("Employment rate")}, {"vals", S("[\"70\"]")}}));
            s->insert(Kind::IndicatorReading,
                      vm({{"indicator_id", ind}, {"period", l.laterPeriod}, {"vals", S("[\"72\"]")}}));
        }
        if (l.poll) {
            const qint64 poll
                = s->insert(Kind::Poll, vm({{"question", l.topic + S(" poll")}, {"state", S("closed")}}));
            for (int o = 0; o < 3; ++o)
                s->insert(Kind::PollOption,
                          vm({{"poll_id", poll}, {"text", QStringLiteral("option %1").arg(o)}}));
            for (int v = 0; v < 5; ++v)
                s->insert(Kind::Vote,
                          vm({{"poll_id", poll},
                              {"device", QStringLiteral("d%1").arg(v)},
                              {"answer", S("{\"choices\":[1]}")}}));
            s->insert(Kind::AgendaItem,
                      vm({{"title", S("Vote")}, {"kind", S("plenary")}, {"poll_id", poll}}));
        }
        tx.commit();
        d.close();
        return path;
    }

    QStringList eightTables(const QString& d)
    {
        const char* topics[] = {"Neurodiversity", "Mental health",  "MSK",       "Carers",
                                "Homelessness",   "Domestic abuse", "Addiction", "Children and young people"};
        QStringList files;
        for (int i = 0; i < 8; ++i) {
            Laptop l;
            l.number = i + 1;
            l.topic = S(topics[i]);
            l.notesPerPrompt = 2 + i;
            l.place = i < 2;
            l.poll = i == 0 || i == 5;
            l.reversedPrompts = i % 2;
            if (i == 3)
                l.venue = S("Town Hall");
            files << make(d + QStringLiteral("/table%1.roundtable").arg(i + 1), l);
        }
        return files;
    }

private slots:
    void eightTableFiles()
    {
        const QString d = dir();
        const QStringList files = eightTables(d);
        const QString out = d + S("/merged.roundtable");
        QList<int> steps;
        const Merge::Report r
            = Merge::run(out, files, Merge::Duplicates::KeepBoth, [&](int done, int total, const QString&) {
                  steps << done;
                  return total == 17;
              });
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(steps.first(), 0);
        QCOMPARE(steps.last(), 17);
        QVERIFY(std::is_sorted(steps.begin(), steps.end()));
        QCOMPARE(r.sources.size(), 8);
        QVERIFY(r.skipped.isEmpty());
        QCOMPARE(r.added.value(Kind::Note), 3 * (2 + 3 + 4 + 5 + 6 + 7 + 8 + 9));

        Document m;
        QVERIFY(!m.open(out, SessionFile::Mode::ReadOnly));
        const Store* s = m.store();
        QCOMPARE(s->count(Kind::Table), 8);
        QCOMPARE(s->count(Kind::Note), r.added.value(Kind::Note));
        QCOMPARE(s->count(Kind::Prompt), 3);
        QCOMPARE(positionProblem(s), QString());

        // Provenance: one source per file, each table marked with its own.
        const QList<Row> sources = s->rows(Kind::Source);
        QCOMPARE(sources.size(), 8);
        for (int i = 0; i < 8; ++i) {
            QCOMPARE(sources[i].str(S("file")), QStringLiteral("table%1.roundtable").arg(i + 1));
            QVERIFY(QDateTime::fromString(sources[i].str(S("merged_at")), Qt::ISODate).isValid());
            const Row table = s->rows(Kind::Table).at(i);
            QCOMPARE(table.ref(S("number")), i + 1);
            QCOMPARE(table.ref(S("source")), sources[i].id);
            // Same notes under the same prompts, in the same order, as on the laptop.
            Document in;
            QVERIFY(!in.open(files[i], SessionFile::Mode::ReadOnly));
            QCOMPARE(notesOf(s, table.id), notesOf(in.store(), in.store()->ids(Kind::Table).first()));
        }

        // Event from the first file; the differing venue is reported.
        QCOMPARE(s->row(Kind::Event, 1).str(S("venue")), S("Civic Hall"));
        QCOMPARE(r.differences.size(), 1);
        QVERIFY(r.differences.first().contains(S("table4.roundtable")));
        QVERIFY(r.differences.first().contains(S("Town Hall")));

        // Two places named Luton: both kept, reported; references remapped inside each.
        QCOMPARE(s->count(Kind::Place), 2);
        QCOMPARE(r.duplicates.size(), 1);
        QVERIFY(r.duplicates.first().contains(S("Luton")));
        for (const Row& place : s->rows(Kind::Place)) {
            const Row aim = s->rows(Kind::Aim, vm({{"place_id", place.id}})).value(0);
            const QString topic = place.str(S("priorities")).chopped(6);
            const Row action = s->rows(Kind::Action, vm({{"place_id", place.id}})).value(0);
            QCOMPARE(s->row(Kind::Idea, action.ref(S("idea_id"))).str(S("text")), topic + S(" idea A"));
            const QList<Row> drivers = s->rows(Kind::Driver, vm({{"aim_id", aim.id}}));
            QCOMPARE(drivers.size(), 3);
            const Row change
                = s->rows(Kind::Driver, vm({{"aim_id", aim.id}, {"text", S("change")}})).value(0);
            QCOMPARE(s->row(Kind::Idea, change.ref(S("idea_id"))).str(S("text")), topic + S(" idea B"));
            const Row secondary = s->row(Kind::Driver, change.ref(S("parent_id")));
            QCOMPARE(secondary.str(S("text")), S("secondary"));
            QCOMPARE(s->row(Kind::Driver, secondary.ref(S("parent_id"))).str(S("text")), S("primary"));
            QCOMPARE(place.ref(S("source")), sources[topic == S("Neurodiversity") ? 0 : 1].id);
        }

        // Polls with their options and votes; the agenda comes from the first file, linked
        // to the first file's poll.
        QCOMPARE(s->count(Kind::Poll), 2);
        QCOMPARE(s->count(Kind::PollOption), 6);
        QCOMPARE(s->count(Kind::Vote), 10);
        QCOMPARE(s->count(Kind::AgendaItem), 1);
        const Row item = s->rows(Kind::AgendaItem).first();
        QCOMPARE(s->row(Kind::Poll, item.ref(S("poll_id"))).str(S("question")), S("Neurodiversity poll"));
        QCOMPARE(s->rows(Kind::Poll).at(1).ref(S("source")), sources[5].id);

        // Only the output is new in the folder: no staging file, lock or journal left.
        QStringList expected;
        for (int i = 0; i < 8; ++i)
            expected << QStringLiteral("table%1.roundtable").arg(i + 1);
        expected << S("merged.roundtable");
        expected.sort();
        QCOMPARE(entries(d), expected);
    }

    void duplicateTables_data()
    {
        QTest::addColumn<Merge::Duplicates>("policy");
        QTest::addColumn<int>("tables");
        QTest::addColumn<int>("notes");
        QTest::addColumn<int>("places");
        QTest::addColumn<int>("aims");
        QTest::addColumn<QString>("said");
        QTest::newRow("keep both") << Merge::Duplicates::KeepBoth << 2 << 15 << 2 << 2 << S("both kept");
        QTest::newRow("keep first") << Merge::Duplicates::KeepFirst << 1 << 9 << 1 << 1
                                    << S("kept the first");
        QTest::newRow("combine") << Merge::Duplicates::Combine << 1 << 15 << 1 << 2
                                 << S("added to the first");
    }
    void duplicateTables()
    {
        QFETCH(Merge::Duplicates, policy);
        QFETCH(int, tables);
        QFETCH(int, notes);
        QFETCH(int, places);
        QFETCH(int, aims);
        QFETCH(QString, said);
        const QString d = dir();
        Laptop a;
        a.topic = S("MSK");
        a.place = true;
        Laptop b = a;
        b.topic = S("  msk "); // same table, typed differently on the second laptop
        b.notesPerPrompt = 2;
        b.placeName = S("luton");
        b.reversedPrompts = true;
        const QStringList files {make(d + S("/a.roundtable"), a), make(d + S("/b.roundtable"), b)};
        const Merge::Report r = Merge::run(d + S("/out.roundtable"), files, policy);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.duplicates.size(), 2);
        QVERIFY2(r.duplicates.first().contains(S("table 1")), qPrintable(r.duplicates.first()));
        QVERIFY(r.duplicates.first().contains(said));
        QVERIFY(r.duplicates.last().contains(S("place")));

        Document m;
        QVERIFY(!m.open(d + S("/out.roundtable"), SessionFile::Mode::ReadOnly));
        const Store* s = m.store();
        QCOMPARE(s->count(Kind::Table), tables);
        QCOMPARE(s->count(Kind::Note), notes);
        QCOMPARE(s->count(Kind::Place), places);
        QCOMPARE(s->count(Kind::Aim), aims);
        QCOMPARE(s->count(Kind::Action), aims);
        QCOMPARE(positionProblem(s), QString());
        if (policy == Merge::Duplicates::Combine) {
            // The second laptop's notes follow the first's under each prompt.
            const QStringList got = notesOf(s, s->ids(Kind::Table).first());
            QCOMPARE(got.mid(0, 5),
                     (QStringList {S("matters: MSK matters note 0"), S("matters: MSK matters note 1"),
                                   S("matters: MSK matters note 2"), S("matters:   msk  matters note 0"),
                                   S("matters:   msk  matters note 1")}));
            QCOMPARE(s->rows(Kind::Place).first().str(S("priorities")), S("MSK first\n  msk  first"));
        }
    }

    void reMergeAddsNothingTwice()
    {
        const QString d = dir();
        Laptop l;
        l.topic = S("Carers");
        const QString a = make(d + S("/a.roundtable"), l);
        l.number = 2;
        l.topic = S("Addiction");
        l.place = true;
        l.poll = true;
        const QString b = make(d + S("/b.roundtable"), l);
        l.number = 3;
        l.topic = S("Homelessness");
        l.place = false;
        l.poll = false;
        const QString c = make(d + S("/c.roundtable"), l);

        const Merge::Report first = Merge::run(d + S("/out1.roundtable"), {a, b});
        QVERIFY2(first.ok, qPrintable(first.error));
        // The merged file again, with b again and a new c: only c is added. A second later, so a
        // source's recorded time that is not kept shows (times are kept to the second).
        QTest::qSleep(1100);
        const Merge::Report second = Merge::run(d + S("/out2.roundtable"), {d + S("/out1.roundtable"), b, c});
        QVERIFY2(second.ok, qPrintable(second.error));
        QCOMPARE(second.sources, (QStringList {S("a.roundtable"), S("b.roundtable"), S("c.roundtable")}));
        QCOMPARE(second.skipped.size(), 1);
        QCOMPARE(second.skipped.first(),
                 S("b.roundtable is already merged (a source of that name is recorded); nothing added"));
        Document m;
        QVERIFY(!m.open(d + S("/out2.roundtable"), SessionFile::Mode::ReadOnly));
        QCOMPARE(m.store()->count(Kind::Table), 3);
        QCOMPARE(m.store()->count(Kind::Note), 27);
        QCOMPARE(m.store()->count(Kind::Vote), 5);
        QCOMPARE(m.store()->count(Kind::Driver), 3);
        // The recorded sources keep their original merge time.
        Document one;
        QVERIFY(!one.open(d + S("/out1.roundtable"), SessionFile::Mode::ReadOnly));
        QCOMPARE(m.store()->rows(Kind::Source).first().str(S("merged_at")),
                 one.store()->rows(Kind::Source).first().str(S("merged_at")));
        // Each table still points at the source it came from.
        for (const Row& t : m.store()->rows(Kind::Table)) {
            const QString file = m.store()->row(Kind::Source, t.ref(S("source"))).str(S("file"));
            QCOMPARE(file,
                     QStringList({S("a.roundtable"), S("b.roundtable"), S("c.roundtable")})
                         .at(int(t.ref(S("number"))) - 1));
        }
        m.close();

        // The same file under another name (copied off a laptop twice): a copy of one session,
        // merged row by row, so everything is there once.
        QVERIFY(QFile::copy(a, d + S("/a-copy.roundtable")));
        const Merge::Report copy = Merge::run(d + S("/out3.roundtable"), {a, d + S("/a-copy.roundtable")});
        QVERIFY2(copy.ok, qPrintable(copy.error));
        QVERIFY(copy.skipped.isEmpty());
        QCOMPARE(copy.added.value(Kind::Note), 9);
        QVERIFY(copy.files[1].byIdentity);
        QCOMPARE(copy.files[1].added.value(Kind::Note), 0);

        // A merged file merged with itself adds nothing the second time.
        const Merge::Report twice
            = Merge::run(d + S("/out4.roundtable"), {d + S("/out1.roundtable"), d + S("/out1.roundtable")});
        QVERIFY2(twice.ok, qPrintable(twice.error));
        QVERIFY(twice.skipped.isEmpty());
        QCOMPARE(twice.added.value(Kind::Note), 18);
    }

    /** A laptop's file holding one poll per entry of @p polls: {question, kind, options, votes},
     *  each vote "device|cast_at|answer" (an empty device is a tallied, anonymous hand). */
    QString makePolls(const QString& path,
                      const QList<std::tuple<QString, QString, QStringList, QStringList>>& polls)
    {
        Document d;
        if (d.create(path))
            return {};
        Store* s = d.store();
        Store::Transaction tx(*s);
        for (const auto& [question, kind, options, votes] : polls) {
            const qint64 poll
                = s->insert(Kind::Poll, vm({{"question", question}, {"kind", kind}, {"state", S("closed")}}));
            for (const QString& o : options)
                s->insert(Kind::PollOption, vm({{"poll_id", poll}, {"text", o}}));
            for (const QString& v : votes) {
                const QStringList f = v.split(QLatin1Char('|'));
                s->insert(Kind::Vote,
                          vm({{"poll_id", poll},
                              {"device", f[0].isEmpty() ? QVariant() : QVariant(f[0])},
                              {"cast_at", f[1]},
                              {"answer", f[2]}}));
            }
        }
        tx.commit();
        d.close();
        return path;
    }

    void feedbackPollsCombine_data()
    {
        QTest::addColumn<Merge::Duplicates>("policy");
        QTest::addColumn<int>("polls");
        QTest::newRow("combine") << Merge::Duplicates::Combine << 3;
        QTest::newRow("keep first") << Merge::Duplicates::KeepFirst << 3;
        QTest::newRow("keep both") << Merge::Duplicates::KeepBoth << 4;
    }
    void feedbackPollsCombine()
    {
        QFETCH(Merge::Duplicates, policy);
        QFETCH(int, polls);
        const QString d = dir();
        const QString question = S("How useful was today?");
        const QStringList options {S("Very"), S("A little"), S("Not at all")};
        const QString a = makePolls(d + S("/a.roundtable"),
                                    {{question,
                                      S("choice"),
                                      options,
                                      {S("p1|2023-07-21T15:00:00.000Z|{\"choices\":[0]}"),
                                       S("p2|2023-07-21T15:01:00.000Z|{\"choices\":[1]}"),
                                       S("|2023-07-21T15:02:00.000Z|{\"choices\":[2]}"),
                                       S("|2023-07-21T15:02:00.000Z|{\"choices\":[2]}")}}});
        const QString b = makePolls(
            d + S("/b.roundtable"),
            {// Typed a little differently, same poll: one poll, every person's vote.
             {S("  how useful was TODAY? "),
              S("choice"),
              options,
              {S("p1|2023-07-21T15:05:00.000Z|{\"choices\":[2]}"), // changed their mind later: counts
               S("p2|2023-07-21T14:59:00.000Z|{\"choices\":[0]}"), // earlier than on laptop a: dropped
               S("p3|2023-07-21T15:03:00.000Z|{\"choices\":[1]}"),
               S("|2023-07-21T15:04:00.000Z|{\"choices\":[0]}")}},
             // Same question, other options or kind: other polls.
             {question,
              S("choice"),
              {S("Yes"), S("No")},
              {S("p1|2023-07-21T15:06:00.000Z|{\"choices\":[0]}")}},
             {question, S("scale"), {}, {S("p1|2023-07-21T15:07:00.000Z|{\"scale\":4}")}}});
        const Merge::Report r = Merge::run(d + S("/out.roundtable"), {a, b}, policy);
        QVERIFY2(r.ok, qPrintable(r.error));

        Document m;
        QVERIFY(!m.open(d + S("/out.roundtable"), SessionFile::Mode::ReadOnly));
        const Store* s = m.store();
        QCOMPARE(s->count(Kind::Poll), polls);
        QCOMPARE(s->count(Kind::PollOption), polls == 3 ? 5 : 8);
        const qint64 first = s->ids(Kind::Poll).first();
        QCOMPARE(s->count(Kind::PollOption, vm({{"poll_id", first}})), 3);
        QStringList answers;
        for (const Row& v : s->rows(Kind::Vote, vm({{"poll_id", first}})))
            answers << v.str(S("device")) + S("=") + v.str(S("answer"));
        answers.sort();
        if (policy == Merge::Duplicates::KeepBoth) {
            QCOMPARE(r.combinedPolls, 0);
            QCOMPARE(r.voteClashes, 0);
            QCOMPARE(answers.size(), 4);
            QVERIFY(r.duplicates.join(S("\n")).contains(S("both kept")));
            QCOMPARE(s->count(Kind::Vote), 10);
            return;
        }
        // Anonymous hands from both laptops all count; p1's later vote (on b) replaced its
        // first; p2's earlier vote (on b) did not; p3 is new.
        QCOMPARE(
            answers,
            (QStringList {S("={\"choices\":[0]}"), S("={\"choices\":[2]}"), S("={\"choices\":[2]}"),
                          S("p1={\"choices\":[2]}"), S("p2={\"choices\":[1]}"), S("p3={\"choices\":[1]}")}));
        QCOMPARE(s->rows(Kind::Vote, vm({{"poll_id", first}, {"device", S("p1")}})).first().str(S("cast_at")),
                 S("2023-07-21T15:05:00.000Z"));
        QCOMPARE(r.combinedPolls, 1);
        QCOMPARE(r.voteClashes, 2);
        QCOMPARE(s->count(Kind::Vote), 8);
        const QString said = r.duplicates.join(S("\n"));
        QVERIFY2(said.contains(S("its 2 vote")) && said.contains(S("added to the first")), qPrintable(said));
        QVERIFY2(said.contains(S("2 device")) && said.contains(S("the later vote kept")), qPrintable(said));
        // The combined poll's source is the first file's.
        QCOMPARE(s->row(Kind::Source, s->row(Kind::Poll, first).ref(S("source"))).str(S("file")),
                 S("a.roundtable"));
    }

    void sameNameDifferentContentKeepsBoth()
    {
        // Two laptops both saved "session.roundtable": different tables, so both are merged.
        const QString d = dir();
        QDir().mkpath(d + S("/laptop1"));
        QDir().mkpath(d + S("/laptop2"));
        Laptop l;
        l.topic = S("MSK");
        const QString a = make(d + S("/laptop1/session.roundtable"), l);
        l.number = 2;
        l.topic = S("Carers");
        const QString b = make(d + S("/laptop2/session.roundtable"), l);
        const Merge::Report r = Merge::run(d + S("/out.roundtable"), {a, b});
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.skipped.isEmpty());
        QCOMPARE(r.added.value(Kind::Table), 2);
        QCOMPARE(
            r.differences,
            QStringList {S("session.roundtable: another input is also named session.roundtable; both kept")});
    }

    void badInputIsNamedAndNothingWritten_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("garbage") << QByteArray(4096, '\x7f') << S("not an SQLite database");
        QTest::newRow("empty") << QByteArray() << S("is empty");
        QTest::newRow("missing") << QByteArray("(missing)") << S("does not exist");
    }
    void badInputIsNamedAndNothingWritten()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const QString d = dir();
        Laptop l;
        l.topic = S("MSK");
        const QString good1 = make(d + S("/good1.roundtable"), l);
        l.number = 2;
        const QString good2 = make(d + S("/good2.roundtable"), l);
        const QString bad = d + S("/bad.roundtable");
        if (bytes != "(missing)") {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        const QStringList before = entries(d);
        const QString out = d + S("/out.roundtable");
        const Merge::Report r = Merge::run(out, {good1, bad, good2});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QDir::toNativeSeparators(bad)), qPrintable(r.error));
        QVERIFY2(r.error.contains(reason), qPrintable(r.error));
        QVERIFY(!QFileInfo::exists(out));
        QCOMPARE(entries(d), before);
    }

    void followThroughSurvivesAMergeOfOtherSessions()
    {
        // Two place leads' files made separately (not copies of one session): each action keeps
        // its progress log, and the data pack's later periods arrive once each.
        const QString d = dir();
        Laptop a;
        a.topic = S("Carers");
        a.place = true;
        a.followThrough = true;
        Laptop b = a;
        b.number = 2;
        b.topic = S("MSK");
        b.placeName = S("Bedford");
        b.laterPeriod = S("2024 Q2");
        Laptop c = b; // the same later period as b, from a third laptop: not doubled
        c.number = 3;
        c.topic = S("Homelessness");
        c.placeName = S("Stewby");
        const QString out = d + S("/out.roundtable");
        const Merge::Report r = Merge::run(out,
                                           {make(d + S("/a.roundtable"), a), make(d + S("/b.roundtable"), b),
                                            make(d + S("/c.roundtable"), c)});
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY2(r.lines().join(S("\n")).contains(S("+2 progress update(s)")),
                 qPrintable(r.lines().join(S("\n"))));
        Document doc;
        QVERIFY(!doc.open(out, SessionFile::Mode::ReadOnly));
        const Store* s = doc.store();
        QCOMPARE(s->count(Kind::Action), 3);
        QCOMPARE(s->count(Kind::ActionUpdate), 6);
        for (const Row& action : s->rows(Kind::Action)) {
            const QString topic = action.str(S("action")).section(QLatin1Char(' '), 0, 0);
            QStringList log;
            for (const Row& u : s->rows(Kind::ActionUpdate, vm({{"action_id", action.id}})))
                log << u.str(S("text")) + S("|") + u.str(S("status"));
            QCOMPARE(log, QStringList({topic + S(" progress 0|on_track"), topic + S(" progress 1|at_risk")}));
        }
        QCOMPARE(s->count(Kind::Indicator), 1);
        QStringList periods;
        for (const Row& p : s->rows(Kind::IndicatorReading))
            periods << p.str(S("period"));
        QCOMPARE(periods, QStringList({S("2024 Q1"), S("2024 Q2")}));
    }

    void existingOutputIsRefused()
    {
        const QString d = dir();
        Laptop l;
        l.topic = S("MSK");
        const QString a = make(d + S("/a.roundtable"), l);
        const QString out = make(d + S("/out.roundtable"), l);
        const QByteArray hash = test::fileHash(out);
        const Merge::Report r = Merge::run(out, {a});
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(S("already exists")));
        QCOMPARE(test::fileHash(out), hash);
        QVERIFY(!Merge::run(d + S("/no/such/folder/out.roundtable"), {a}).ok);
        QVERIFY(!Merge::run(d + S("/out2.roundtable"), {}).ok);
        QVERIFY(!QFileInfo::exists(d + S("/out2.roundtable")));
    }

    void cancelLeavesNothing_data()
    {
        QTest::addColumn<int>("at");
        QTest::newRow("while checking") << 1;
        QTest::newRow("while merging") << 5;
        QTest::newRow("before saving") << 6;
    }
    void cancelLeavesNothing()
    {
        QFETCH(int, at);
        const QString d = dir();
        Laptop l;
        l.topic = S("MSK");
        QStringList files;
        for (int i = 0; i < 3; ++i) {
            l.number = i + 1;
            files << make(d + QStringLiteral("/t%1.roundtable").arg(i), l);
        }
        const QStringList before = entries(d);
        const Merge::Report r = Merge::run(d + S("/out.roundtable"), files, Merge::Duplicates::KeepBoth,
                                           [&](int done, int, const QString&) { return done < at; });
        QVERIFY(!r.ok);
        QVERIFY(r.cancelled);
        QVERIFY(r.error.contains(S("cancelled")));
        QCOMPARE(entries(d), before);
    }

    void hostileTextSurvives()
    {
        const QString d = dir();
        Laptop l;
        l.topic = test::hostileTexts().at(0);
        l.extraTexts = test::hostileTexts();
        const QString a = make(d + S("/a.roundtable"), l);
        const Merge::Report r = Merge::run(d + S("/out.roundtable"), {a});
        QVERIFY2(r.ok, qPrintable(r.error));
        Document m;
        QVERIFY(!m.open(d + S("/out.roundtable"), SessionFile::Mode::ReadOnly));
        QCOMPARE(m.store()->rows(Kind::Table).first().str(S("topic")), l.topic);
        QStringList texts;
        for (const Row& n : m.store()->rows(Kind::Note))
            texts << n.str(S("text"));
        for (const QString& t : test::hostileTexts())
            QVERIFY(texts.contains(t));
    }

    void runsOnAWorkerThread()
    {
        // The GUI runs the merge off its thread: it must open its own connections there.
        const QString d = dir();
        const QStringList files = eightTables(d);
        Merge::Report r;
        std::thread worker([&] { r = Merge::run(d + S("/out.roundtable"), files); });
        worker.join();
        QVERIFY2(r.ok, qPrintable(r.error));
        Document m;
        QVERIFY(!m.open(d + S("/out.roundtable"), SessionFile::Mode::ReadOnly));
        QCOMPARE(m.store()->count(Kind::Table), 8);
    }

    void olderInputIsReadNotChanged()
    {
        const QString d = dir();
        const QString old = d + S("/old.roundtable");
        QVERIFY(!SessionFile::createAtVersion(old, 1));
        const QByteArray hash = test::fileHash(old);
        Laptop l;
        l.topic = S("MSK");
        const Merge::Report r = Merge::run(d + S("/out.roundtable"), {old, make(d + S("/a.roundtable"), l)});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(test::fileHash(old), hash);
        QVERIFY(!QFileInfo::exists(old + S(".v1.bak")));
    }
};

QTEST_GUILESS_MAIN(TestMerge)
#include "test_merge.moc"
