// SPDX-License-Identifier: GPL-3.0-or-later
// Copies of one session merge row by row: names typed on two laptops both arrive, a real
// conflict is kept and listed, deletions stay deleted, and merging is idempotent, commutative,
// associative and equal to making every laptop's edits in one file. Random edits on N copies,
// merged in random orders, check the properties.
#include "Fixture.h"
#include "commands/RowCommands.h"
#include "interchange/Merge.h"
#include "session/Document.h"
#include "store/Columns.h"
#include "store/IdentityRepository.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <memory>

using namespace rt;
using rt::test::positionProblem;
using rt::test::S;
using rt::test::vm;

namespace {

/** One laptop's copy of the prepared session, writing as that laptop. */
struct Copy
{
    QString path;
    std::unique_ptr<Document> doc;
    Store* s() const { return doc->store(); }
};

/** Every row's fields by id, with or without its place in its list; sources left out (their
 *  names are the files merged, which differ between merge orders by design). */
QStringList content(const Store* s, bool withPositions)
{
    QStringList lines;
    for (int k = 0; k < KindCount; ++k) {
        const Kind kind = Kind(k);
        if (kind == Kind::Source)
            continue;
        for (const Row& r : s->rows(kind)) {
            QStringList cols;
            for (auto it = r.values.cbegin(); it != r.values.cend(); ++it) {
                if (it.key() != col::Source)
                    cols << it.key() + QLatin1Char('=') + test::valueText(it.value());
            }
            lines << QStringLiteral("%1 #%2 %3 %4")
                         .arg(kindName(kind))
                         .arg(r.id)
                         .arg(withPositions ? QString::number(r.position) : QString())
                         .arg(cols.join(QLatin1Char(' ')));
        }
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

QStringList contentOf(const QString& path, bool withPositions)
{
    Document d;
    if (d.open(path, SessionFile::Mode::ReadOnly))
        return {S("cannot open ") + path};
    return content(d.store(), withPositions);
}

class Edits
{
public:
    Edits(Store* s, quint32 seed)
        : m_s(s)
        , m_rng(seed)
    { }

    /** One random edit a facilitator or place group could make. */
    void any()
    {
        switch (m_rng.bounded(9)) {
        case 0:
        case 1:
        case 2:
            addNote();
            break;
        case 3:
            edit(Kind::Table, {col::Facilitator, col::Topic});
            break;
        case 4:
            edit(Kind::Note, {col::Text, col::KeyPoint});
            break;
        case 5:
            edit(Kind::Idea, {col::Text, col::Impact, col::Effort});
            break;
        case 6:
            edit(Kind::Action, {col::Who, col::ByWhen, col::Measure});
            break;
        case 7:
            remove(m_rng.bounded(4) ? Kind::Note : Kind::Idea);
            break;
        default:
            add(m_rng.bounded(2) ? Kind::Idea : Kind::Action);
        }
    }

private:
    qint64 pick(Kind kind)
    {
        const QList<qint64> ids = m_s->ids(kind);
        return ids.isEmpty() ? 0 : ids.at(int(m_rng.bounded(int(ids.size()))));
    }
    QString words() { return QStringLiteral("said %1").arg(m_rng.bounded(1000)); }
    void addNote()
    {
        const qint64 table = pick(Kind::Table), prompt = pick(Kind::Prompt);
        if (table && prompt)
            QVERIFY(
                m_s->insert(Kind::Note, vm({{"table_id", table}, {"prompt_id", prompt}, {"text", words()}})));
    }
    void add(Kind kind)
    {
        if (kind == Kind::Idea) {
            if (const qint64 aim = pick(Kind::Aim))
                QVERIFY(m_s->insert(Kind::Idea, vm({{"aim_id", aim}, {"text", words()}})));
        } else if (const qint64 place = pick(Kind::Place)) {
            QVERIFY(m_s->insert(Kind::Action, vm({{"place_id", place}, {"action", words()}})));
        }
    }
    void edit(Kind kind, const QStringList& fields)
    {
        const qint64 id = pick(kind);
        if (!id)
            return;
        const QString f = fields.at(int(m_rng.bounded(int(fields.size()))));
        QVariant v = words();
        if (f == col::KeyPoint)
            v = bool(m_rng.bounded(2));
        else if (f == col::Impact || f == col::Effort)
            v = m_rng.bounded(100) / 100.0;
        QVERIFY(m_s->update(kind, id, f, v));
    }
    void remove(Kind kind)
    {
        if (const qint64 id = pick(kind))
            QVERIFY(!m_s->remove(kind, id).isEmpty());
    }

    Store* m_s;
    QRandomGenerator m_rng;
};

} // namespace

class TestIdentityMerge : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_prepared;
    test::Fixture m_f;
    int m_files = 0;

    QString file(const QString& name)
    {
        return m_dir.filePath(name + QString::number(++m_files) + S(".roundtable"));
    }

    /** A copy of the prepared session, opened as laptop @p laptop. */
    Copy copy(const QString& name, const QString& laptop)
    {
        Copy c;
        c.path = m_dir.filePath(name + S(".roundtable"));
        QFile::remove(c.path);
        if (!QFile::copy(m_prepared, c.path))
            return c;
        QFile::setPermissions(c.path, QFile::ReadOwner | QFile::WriteOwner);
        c.doc = std::make_unique<Document>();
        if (c.doc->open(c.path))
            c.doc.reset();
        else
            c.s()->setDevice({laptop + S("-id"), laptop});
        return c;
    }

    QString merge(const QStringList& inputs, Merge::Report* out = nullptr)
    {
        const QString path = file(S("merged"));
        const Merge::Report r = Merge::run(path, inputs, Merge::Duplicates::Combine);
        if (out)
            *out = r;
        return r.ok ? path : S("failed: ") + r.error;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_prepared = m_dir.filePath(S("prepared.roundtable"));
        Document d;
        QVERIFY(!d.create(m_prepared));
        d.store()->setDevice({S("organiser-id"), S("Organiser")});
        QVERIFY(m_f.build(d.store()));
        // A prepared session, not a merged one: it records no source files.
        QVERIFY(!d.store()->remove(Kind::Source, m_f.source).isEmpty());
    }

    void namesTypedOnTwoLaptopsBothArrive()
    {
        Copy fac = copy(S("fac"), S("Organiser")), t1 = copy(S("t1"), S("Table 1")),
             t3 = copy(S("t3"), S("Table 3"));
        QVERIFY(fac.doc && t1.doc && t3.doc);
        QVERIFY(t1.s()->update(Kind::Table, m_f.table[0], col::Facilitator, S("Priya")));
        QVERIFY(t3.s()->update(Kind::Table, m_f.table[1], col::Facilitator, S("Owain")));
        // A rename on one laptop is the same table, not a second one.
        QVERIFY(t3.s()->update(Kind::Table, m_f.table[1], col::Topic, S("Unpaid carers")));
        for (int i = 0; i < 31; ++i)
            QVERIFY(t1.s()->insert(Kind::Note,
                                   vm({{"table_id", m_f.table[0]},
                                       {"prompt_id", m_f.prompt[0]},
                                       {"text", S("new %1").arg(i)}})));
        const QStringList inputs {fac.path, t1.path, t3.path};
        fac.doc.reset(), t1.doc.reset(), t3.doc.reset();
        Merge::Report r;
        const QString out = merge(inputs, &r);
        QVERIFY2(r.ok, qPrintable(r.error));
        Document d;
        QVERIFY(!d.open(out, SessionFile::Mode::ReadOnly));
        QCOMPARE(d.store()->count(Kind::Table), 2);
        QCOMPARE(d.store()->row(Kind::Table, m_f.table[0]).str(col::Facilitator), S("Priya"));
        QCOMPARE(d.store()->row(Kind::Table, m_f.table[1]).str(col::Facilitator), S("Owain"));
        QCOMPARE(d.store()->row(Kind::Table, m_f.table[1]).str(col::Topic), S("Unpaid carers"));
        QCOMPARE(d.store()->count(Kind::Note), 18 + 31);
        QCOMPARE(positionProblem(d.store()), QString());
        QVERIFY2(r.conflicts.isEmpty(), qPrintable(r.conflicts.join(QLatin1Char('\n'))));
        QCOMPARE(r.files.size(), 3);
        QCOMPARE(r.files[1].added.value(Kind::Note), 31);
        QCOMPARE(r.files[1].changed, 1);
        QCOMPARE(r.files[2].changed, 2);
        QCOMPARE(Merge::Report::fileLine(r.files[1]).section(QLatin1Char(':'), 0, 0), S("t1.roundtable"));
        // Each table says which laptop's file brought it; the notes say which laptop made them.
        const QList<Row> sources = d.store()->rows(Kind::Source);
        auto sourceFile = [&](qint64 table) {
            const qint64 src = d.store()->row(Kind::Table, table).ref(col::Source);
            for (const Row& s : sources) {
                if (s.id == src)
                    return s.str(col::File);
            }
            return QString();
        };
        QCOMPARE(sourceFile(m_f.table[0]), S("t1.roundtable"));
        QCOMPARE(sourceFile(m_f.table[1]), S("t3.roundtable"));
        IdentityRepository ids(*d.store());
        QCOMPARE(ids.deviceNames().value(S("Table 1-id")), S("Table 1"));
        const QHash<qint64, Stamp> made = ids.made(Kind::Note);
        int fromTable1 = 0;
        for (const Stamp& s : made)
            fromTable1 += s.device == S("Table 1-id");
        QCOMPARE(fromTable1, 31);
    }

    void realConflictIsKeptAndListed()
    {
        Copy t1 = copy(S("c1"), S("Table 1")), t2 = copy(S("c2"), S("Table 2"));
        QVERIFY(t1.s()->update(Kind::Place, m_f.place[0], col::Name, S("Bedford")));
        QTest::qWait(5);
        QVERIFY(t2.s()->update(Kind::Place, m_f.place[0], col::Name, S("Bedford Borough Council")));
        // Undone on a third laptop: as if never changed, so no conflict from it.
        const QStringList inputs {t1.path, t2.path};
        t1.doc.reset(), t2.doc.reset();
        Merge::Report r;
        const QString out = merge(inputs, &r);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.conflicts.size(), 1);
        QVERIFY2(r.conflicts[0].contains(S("Bedford Borough Council"))
                     && r.conflicts[0].contains(S("\u201cBedford\u201d")),
                 qPrintable(r.conflicts[0]));
        QCOMPARE(r.lines().first(), S("conflict: ") + r.conflicts[0]);
        Document d;
        QVERIFY(!d.open(out, SessionFile::Mode::ReadOnly));
        // The later edit wins; the other value is kept in the file for the organiser to pick.
        QCOMPARE(d.store()->row(Kind::Place, m_f.place[0]).str(col::Name), S("Bedford Borough Council"));
        const auto conflicts = IdentityRepository(*d.store()).conflicts();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts[0].other.toString(), S("Bedford"));
        QCOMPARE(conflicts[0].otherDevice, S("Table 1-id"));
        QCOMPARE(conflicts[0].file, S("c1.roundtable"));
        // Merging the merged file again with either input adds nothing and keeps the one conflict.
        Merge::Report again;
        const QString twice = merge({out, inputs[0]}, &again);
        QCOMPARE(contentOf(twice, true), contentOf(out, true));
        Document d2;
        QVERIFY(!d2.open(twice, SessionFile::Mode::ReadOnly));
        QCOMPARE(IdentityRepository(*d2.store()).conflicts().size(), 1);
    }

    void deletionsPropagate()
    {
        Copy fac = copy(S("d0"), S("Organiser")), t3 = copy(S("d3"), S("Table 3"));
        const qint64 gone = t3.s()->ids(Kind::Note, vm({{"table_id", m_f.table[1]}})).first();
        QVERIFY(!t3.s()->remove(Kind::Note, gone).isEmpty());
        // Deleted on the organiser's laptop while table 3 still added to it: left out, and said.
        QVERIFY(!fac.s()->remove(Kind::Aim, m_f.aim[1]).isEmpty());
        QVERIFY(t3.s()->insert(Kind::Idea, vm({{"aim_id", m_f.aim[1]}, {"text", S("late idea")}})));
        const QStringList inputs {fac.path, t3.path};
        fac.doc.reset(), t3.doc.reset();
        Merge::Report r;
        const QString out = merge(inputs, &r);
        QVERIFY2(r.ok, qPrintable(r.error));
        Document d;
        QVERIFY(!d.open(out, SessionFile::Mode::ReadOnly));
        QVERIFY(!d.store()->row(Kind::Note, gone).isValid());
        QVERIFY(!d.store()->row(Kind::Aim, m_f.aim[1]).isValid());
        QCOMPARE(d.store()->count(Kind::Idea, vm({{"text", S("late idea")}})), 0);
        QCOMPARE(r.refusals.size(), 1);
        QVERIFY2(r.refusals[0].startsWith(S("d3.roundtable")), qPrintable(r.refusals[0]));
        QCOMPARE(r.files[1].deleted, 1);
        QCOMPARE(positionProblem(d.store()), QString());
    }

    void undoneEditIsNoChange()
    {
        Copy t1 = copy(S("u1"), S("Table 1")), t2 = copy(S("u2"), S("Table 2"));
        const QString before = t1.s()->row(Kind::Table, m_f.table[0]).str(col::Topic);
        auto* cmd = new EditRowCommand(t1.s(), Kind::Table, m_f.table[0], {{col::Topic, S("typo")}});
        t1.doc->undoStack()->push(cmd);
        t1.doc->undoStack()->undo();
        QCOMPARE(t1.s()->row(Kind::Table, m_f.table[0]).str(col::Topic), before);
        QVERIFY(t1.s()->stamps(Kind::Table, m_f.table[0]).value(col::Topic).isNull());
        QVERIFY(t2.s()->update(Kind::Table, m_f.table[0], col::Topic, S("MSK and pain")));
        const QStringList inputs {t1.path, t2.path};
        t1.doc.reset(), t2.doc.reset();
        Merge::Report r;
        const QString out = merge(inputs, &r);
        QVERIFY(r.conflicts.isEmpty());
        Document d;
        QVERIFY(!d.open(out, SessionFile::Mode::ReadOnly));
        QCOMPARE(d.store()->row(Kind::Table, m_f.table[0]).str(col::Topic), S("MSK and pain"));
    }

    void sessionsOfDifferentOriginsMatchByName()
    {
        // Two sessions made separately (not copies): same-named tables are combined by name.
        const QString other = m_dir.filePath(S("other.roundtable"));
        {
            Document d;
            QVERIFY(!d.create(other));
            test::Fixture f;
            QVERIFY(f.build(d.store()));
            QVERIFY(d.store()->update(Kind::Source, f.source, col::File, S("elsewhere.roundtable")));
        }
        Merge::Report r;
        const QString out = merge({m_prepared, other}, &r);
        QVERIFY2(r.ok, qPrintable(r.error));
        Document d;
        QVERIFY(!d.open(out, SessionFile::Mode::ReadOnly));
        QCOMPARE(d.store()->count(Kind::Table), 2);
        QCOMPARE(d.store()->count(Kind::Note), 36);
        QVERIFY(r.files[0].byIdentity);
        QVERIFY(!r.files[1].byIdentity);
    }

    void properties_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 12; ++seed)
            QTest::newRow(qPrintable(QString::number(seed))) << seed;
    }

    void properties()
    {
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        const int n = 3 + int(rng.bounded(3));
        QStringList files;
        for (int i = 0; i < n; ++i) {
            Copy c = copy(S("p%1-%2").arg(seed).arg(i), S("Laptop %1").arg(i));
            QVERIFY(c.doc);
            Edits edits(c.s(), rng.generate());
            const int count = 5 + int(rng.bounded(25));
            for (int e = 0; e < count; ++e)
                edits.any();
            QCOMPARE(positionProblem(c.s()), QString());
            files << c.path;
        }
        const QString all = merge(files);
        QVERIFY2(!all.startsWith(S("failed")), qPrintable(all));
        const QStringList expected = contentOf(all, true);
        // Commutative: any order of the same files gives the same session, list order included.
        QStringList shuffled = files;
        for (int round = 0; round < 3; ++round) {
            std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(rng.generate()));
            QCOMPARE(contentOf(merge(shuffled), true), expected);
        }
        // Idempotent: merging the result with any input, or with itself, adds nothing.
        QCOMPARE(contentOf(merge({all, files.at(int(rng.bounded(n)))}), true), expected);
        QCOMPARE(contentOf(merge({all, all}), true), expected);
        // Associative in content: merged in two steps, the same rows and fields (the order of notes
        // added to one list on two laptops at once may interleave differently).
        const QString firstTwo = merge(files.mid(0, 2));
        const QString stepwise = merge(QStringList {firstTwo} + files.mid(2));
        QCOMPARE(contentOf(stepwise, false), contentOf(all, false));
        Document d;
        QVERIFY(!d.open(all, SessionFile::Mode::ReadOnly));
        QCOMPARE(positionProblem(d.store()), QString());
    }

    void equalsEveryEditInOneFile()
    {
        // Laptops that each work on their own table and place (the normal day): merging their
        // files gives exactly what making all their edits in one file gives.
        Copy single = copy(S("single"), S("Replay"));
        QStringList files;
        for (int i = 0; i < 2; ++i) {
            Copy c = copy(S("own%1").arg(i), S("Laptop %1").arg(i));
            for (int k = 0; k < 10; ++k) {
                const QVariantMap note = vm({{"table_id", m_f.table[i]},
                                             {"prompt_id", m_f.prompt[k % 3]},
                                             {"text", S("laptop %1 note %2").arg(i).arg(k)}});
                const qint64 id = c.s()->insert(Kind::Note, note);
                QVERIFY(id);
                QVariantMap same = note;
                same.insert(col::Id, id);
                QVERIFY(single.s()->insert(Kind::Note, same));
            }
            const qint64 first
                = c.s()
                      ->ids(Kind::Note, vm({{"table_id", m_f.table[i]}, {"prompt_id", m_f.prompt[1]}}))
                      .first();
            QVERIFY(!c.s()->remove(Kind::Note, first).isEmpty());
            QVERIFY(!single.s()->remove(Kind::Note, first).isEmpty());
            QVERIFY(c.s()->update(Kind::Idea, m_f.idea[i], col::Impact, 0.1));
            QVERIFY(single.s()->update(Kind::Idea, m_f.idea[i], col::Impact, 0.1));
            if (i == 0) {
                QVERIFY(c.s()->move(Kind::Action, m_f.action[0], {}, 1));
                QVERIFY(single.s()->move(Kind::Action, m_f.action[0], {}, 1));
            }
            files << c.path;
        }
        const QString path = single.path;
        single.doc.reset();
        QCOMPARE(contentOf(merge(files), true), contentOf(path, true));
    }
};

QTEST_GUILESS_MAIN(TestIdentityMerge)
#include "test_identitymerge.moc"
