// SPDX-License-Identifier: GPL-3.0-or-later
// The live room without the network: laptops' queued edits reach the host, the host's log reaches
// every laptop, by the merge rules, and the host ends up with what a merge of the files gives.
#include "Fixture.h"
#include "interchange/Interchange.h"
#include "interchange/Merge.h"
#include "interchange/RoomSync.h"
#include "store/Columns.h"
#include "store/IdentityRepository.h"
#include "store/RoomRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <algorithm>

using namespace rt;
using namespace rt::test;

namespace {
struct Laptop
{
    QString path;
    std::unique_ptr<Document> doc;
    Store* s() const { return doc->store(); }
    RoomRepository::Peer peer() const
    {
        RoomRepository::Peer p;
        p.device = s()->device().id;
        p.name = s()->device().name;
        p.gseq = RoomRepository(*s()).value(room::GseqKey).toLongLong();
        return p;
    }
};

/** The session without what differs by design between the room and a merge of files: the
 *  merge's record of its sources, and the order of notes two laptops added to one list at once
 *  (the merge orders those by when they were made; the room by when they arrived). */
QJsonObject comparable(const Store& store, bool anyOrder)
{
    QJsonObject o = interchange::dump(store);
    o.remove(QStringLiteral("sources"));
    QJsonArray tables = o.value(QStringLiteral("tables")).toArray();
    for (auto t : tables) {
        QJsonObject table = t.toObject();
        table.remove(QStringLiteral("source"));
        if (anyOrder) {
            QJsonArray notes = table.value(QStringLiteral("notes")).toArray();
            QList<QJsonValue> sorted(notes.begin(), notes.end());
            std::sort(sorted.begin(), sorted.end(), [](const QJsonValue& a, const QJsonValue& b) {
                return a[QStringLiteral("id")].toString() < b[QStringLiteral("id")].toString();
            });
            notes = QJsonArray();
            for (const QJsonValue& n : sorted)
                notes.append(n);
            table.insert(QStringLiteral("notes"), notes);
        }
        t = table;
    }
    o.insert(QStringLiteral("tables"), tables);
    return o;
}
} // namespace

class TestRoomSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_prepared;
    Fixture m_f;

    Laptop open(const QString& name)
    {
        Laptop l;
        l.path = m_dir.filePath(name + S(".roundtable"));
        QFile::remove(l.path);
        if (!QFile::copy(m_prepared, l.path))
            return l;
        QFile::setPermissions(l.path, QFile::ReadOwner | QFile::WriteOwner);
        l.doc = std::make_unique<Document>();
        if (l.doc->open(l.path)) {
            l.doc.reset();
            return l;
        }
        l.s()->setDevice({name + S("-id"), name});
        return l;
    }

    Laptop host()
    {
        Laptop h = open(S("host"));
        if (h.doc && !room::startHosting(*h.s()))
            h.doc.reset();
        return h;
    }

    Laptop member(const QString& name)
    {
        Laptop l = open(name);
        if (l.doc && !room::startMember(*l.s(), S("http://host/room/x"), {}))
            l.doc.reset();
        return l;
    }

    /** One round trip of a laptop: send what waits, take the log back. */
    static bool sync(Laptop& host, Laptop& l)
    {
        const auto waiting = RoomRepository(*l.s()).outbox(0, 1000, 1 << 30);
        const room::Outcome in = room::receive(*host.s(), l.peer(), waiting);
        if (!in.ok)
            return false;
        if (!room::acknowledge(*l.s(), in.upTo))
            return false;
        const qint64 from = RoomRepository(*l.s()).value(room::GseqKey).toLongLong();
        const auto log = RoomRepository(*host.s()).logAfter(from, 1000, 1 << 30);
        return room::catchUp(*l.s(), log).ok;
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
        QVERIFY(!d.store()->remove(Kind::Source, m_f.source).isEmpty());
    }

    void everyEditWaitsInTheFileUntilTheHostHasIt()
    {
        Laptop a = member(S("a"));
        QVERIFY(a.doc);
        const int before = RoomRepository(*a.s()).outboxCount(); // the organiser's preparation
        QVERIFY(a.s()->insert(
            Kind::Note,
            vm({{"table_id", m_f.table[0]}, {"prompt_id", m_f.prompt[0]}, {"text", S("queued")}})));
        QVERIFY(a.s()->update(Kind::Table, m_f.table[0], col::Facilitator, S("Priya")));
        QCOMPARE(RoomRepository(*a.s()).outboxCount(), before + 2);
        // A crash now: the file still holds both, and reopening finds them.
        a.doc.reset();
        Document again;
        QVERIFY(!again.open(a.path));
        QCOMPARE(RoomRepository(*again.store()).outboxCount(), before + 2);
        // Nothing that is not shared is queued: a rolled-back edit leaves nothing behind.
        {
            Store::Transaction tx(*again.store());
            again.store()->update(Kind::Table, m_f.table[0], col::Facilitator, S("Nobody"));
        }
        QCOMPARE(RoomRepository(*again.store()).outboxCount(), before + 2);
    }

    void editsFlowBothWaysAndRepeatsChangeNothing()
    {
        Laptop h = host(), a = member(S("a")), b = member(S("b"));
        QVERIFY(h.doc && a.doc && b.doc);
        const qint64 n = a.s()->insert(
            Kind::Note,
            vm({{"table_id", m_f.table[0]}, {"prompt_id", m_f.prompt[1]}, {"text", S("from table 1")}}));
        QVERIFY(b.s()->update(Kind::Table, m_f.table[1], col::Topic, S("Unpaid carers")));
        QVERIFY(h.s()->update(Kind::Poll, m_f.poll[0], col::Question, S("Which comes first?")));
        QVERIFY(sync(h, a) && sync(h, b) && sync(h, a));
        for (Laptop* l : {&h, &a, &b}) {
            QCOMPARE(l->s()->row(Kind::Note, n).str(col::Text), S("from table 1"));
            QCOMPARE(l->s()->row(Kind::Table, m_f.table[1]).str(col::Topic), S("Unpaid carers"));
            QCOMPARE(l->s()->row(Kind::Poll, m_f.poll[0]).str(col::Question), S("Which comes first?"));
        }
        QCOMPARE(RoomRepository(*a.s()).outboxCount(), 0);
        // Who made the note travels with it.
        QCOMPARE(IdentityRepository(*h.s()).made(Kind::Note).value(n).device, S("a-id"));
        // The same entries again (a lost acknowledgement): nothing changes, nothing is logged.
        const qint64 logged = RoomRepository(*h.s()).lastGseq();
        const int notes = h.s()->count(Kind::Note);
        QVERIFY(a.s()->update(Kind::Note, n, col::Text, S("from table 1, edited")));
        const auto waiting = RoomRepository(*a.s()).outbox(0, 100, 1 << 20);
        QVERIFY(room::receive(*h.s(), a.peer(), waiting).ok);
        const qint64 once = RoomRepository(*h.s()).lastGseq();
        QCOMPARE(once, logged + 1);
        const room::Outcome twice = room::receive(*h.s(), a.peer(), waiting);
        QVERIFY(twice.ok);
        QCOMPARE(RoomRepository(*h.s()).lastGseq(), once);
        QCOMPARE(h.s()->count(Kind::Note), notes);
    }

    void moderationAndRevealReachEveryLaptopAndTheMerge()
    {
        // Hiding an answer on one laptop and choosing when results show on another: both are
        // columns of shared rows, so the room carries them, and a merge of the files agrees.
        Laptop h = host(), a = member(S("a")), b = member(S("b"));
        QVERIFY(h.doc && a.doc && b.doc);
        const qint64 poll = m_f.poll[1];
        const qint64 vote = a.s()->ids(Kind::Vote, vm({{"poll_id", poll}})).first();
        QVERIFY(a.s()->update(Kind::Vote, vote, col::Hidden, true));
        QVERIFY(b.s()->update(Kind::Poll, poll, col::Reveal, S("closed")));
        QVERIFY(sync(h, a) && sync(h, b) && sync(h, a));
        for (Laptop* l : {&h, &a, &b}) {
            QVERIFY(l->s()->row(Kind::Vote, vote).flag(col::Hidden));
            QCOMPARE(l->s()->row(Kind::Poll, poll).str(col::Reveal), S("closed"));
        }
        // Shown again on the host: the later change wins everywhere.
        QTest::qWait(5);
        QVERIFY(h.s()->update(Kind::Vote, vote, col::Hidden, false));
        QVERIFY(sync(h, a) && sync(h, b));
        QVERIFY(!b.s()->row(Kind::Vote, vote).flag(col::Hidden));

        // The same two edits in two files, merged without a room.
        Laptop c = open(S("c")), d = open(S("d"));
        QVERIFY(c.doc && d.doc);
        QVERIFY(c.s()->update(Kind::Vote, vote, col::Hidden, true));
        QVERIFY(d.s()->update(Kind::Poll, poll, col::Reveal, S("closed")));
        const QString cPath = c.path, dPath = d.path;
        c.doc.reset();
        d.doc.reset();
        const QString out = m_dir.filePath(S("merged-moderation.roundtable"));
        QFile::remove(out);
        const Merge::Report r = Merge::run(out, {cPath, dPath}, Merge::Duplicates::Combine);
        QVERIFY2(r.ok, qPrintable(r.error));
        Document merged;
        QVERIFY(!merged.open(out, SessionFile::Mode::ReadOnly));
        QVERIFY(merged.store()->row(Kind::Vote, vote).flag(col::Hidden));
        QCOMPARE(merged.store()->row(Kind::Poll, poll).str(col::Reveal), S("closed"));
    }

    void theLaterChangeWinsAndTheHostKeepsTheOther()
    {
        Laptop h = host(), a = member(S("a")), b = member(S("b"));
        QVERIFY(h.doc && a.doc && b.doc);
        const qint64 note = a.s()->ids(Kind::Note, vm({{"table_id", m_f.table[0]}})).first();
        QVERIFY(a.s()->update(Kind::Note, note, col::Text, S("A's words")));
        QTest::qWait(5);
        QVERIFY(b.s()->update(Kind::Note, note, col::Text, S("B's words, later")));
        // The later change arrives first: the earlier one must not overwrite it.
        QVERIFY(sync(h, b) && sync(h, a) && sync(h, b));
        for (Laptop* l : {&h, &a, &b})
            QCOMPARE(l->s()->row(Kind::Note, note).str(col::Text), S("B's words, later"));
        const auto conflicts = IdentityRepository(*h.s()).conflicts();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().other.toString(), S("A's words"));
        QCOMPARE(conflicts.first().otherDevice, S("a-id"));
    }

    void aDeletionWinsAndWhatLivedUnderItIsLeftOut()
    {
        Laptop h = host(), a = member(S("a"));
        QVERIFY(h.doc && a.doc);
        // Offline on table 1: a new note and an edit, while the organiser deletes the table.
        const qint64 added = a.s()->insert(
            Kind::Note,
            vm({{"table_id", m_f.table[0]}, {"prompt_id", m_f.prompt[0]}, {"text", S("orphan")}}));
        QVERIFY(a.s()->update(Kind::Table, m_f.table[0], col::Topic, S("Renamed")));
        QVERIFY(!h.s()->remove(Kind::Table, m_f.table[0]).isEmpty());
        QVERIFY(h.s()->row(Kind::Table, m_f.table[0]).id == 0);
        QVERIFY(sync(h, a));
        for (Laptop* l : {&h, &a}) {
            QVERIFY(l->s()->row(Kind::Table, m_f.table[0]).id == 0);
            QVERIFY(l->s()->row(Kind::Note, added).id == 0);
            QCOMPARE(l->s()->count(Kind::Note, vm({{"table_id", m_f.table[0]}})), 0);
        }
        // An action pointing at a deleted idea keeps the action and loses the link, as in the file.
        QVERIFY(!h.s()->remove(Kind::Idea, m_f.idea[0]).isEmpty());
        QVERIFY(sync(h, a));
        QVERIFY(a.s()->row(Kind::Action, m_f.action[1]).id != 0);
        QVERIFY(a.s()->row(Kind::Action, m_f.action[0]).values.value(col::IdeaId).isNull()
                || a.s()->row(Kind::Action, m_f.action[0]).id == 0);
    }

    /** Random edits on three laptops, synced in random order with some never reconnecting until
     *  the end: the host equals every laptop and equals the merge of the files. */
    void theRoomEqualsTheMergeOfItsFiles()
    {
        for (quint32 seed : {1u, 7u, 42u}) {
            QRandomGenerator rng(seed);
            Laptop h = host();
            std::vector<Laptop> ls;
            for (int i = 0; i < 3; ++i)
                ls.push_back(member(S("m%1").arg(i)));
            QVERIFY(h.doc);
            for (auto& l : ls)
                QVERIFY(l.doc);
            for (int step = 0; step < 120; ++step) {
                Laptop& l = rng.bounded(5) == 0 ? h : ls[size_t(rng.bounded(3))];
                const QList<qint64> notes = l.s()->ids(Kind::Note);
                switch (rng.bounded(6)) {
                case 0:
                case 1:
                    l.s()->insert(Kind::Note,
                                  vm({{"table_id", m_f.table[rng.bounded(2)]},
                                      {"prompt_id", m_f.prompt[rng.bounded(3)]},
                                      {"text", S("n%1 by %2").arg(step).arg(l.s()->device().name)}}));
                    break;
                case 2:
                case 3:
                    if (!notes.isEmpty())
                        l.s()->update(Kind::Note, notes.at(int(rng.bounded(int(notes.size())))), col::Text,
                                      S("edit %1 by %2").arg(step).arg(l.s()->device().name));
                    break;
                case 4:
                    if (notes.size() > 4)
                        l.s()->remove(Kind::Note, notes.at(int(rng.bounded(int(notes.size())))));
                    break;
                default:
                    l.s()->update(Kind::Table, m_f.table[rng.bounded(2)], col::Facilitator,
                                  S("f%1").arg(step));
                }
                QTest::qWait(1);
                if (rng.bounded(4) == 0 && &l != &h)
                    QVERIFY(sync(h, l));
            }
            for (int round = 0; round < 2; ++round)
                for (auto& l : ls)
                    QVERIFY(sync(h, l));
            // Every laptop shows exactly what the host shows, in the same order.
            for (auto& l : ls)
                QCOMPARE(comparable(*l.s(), false), comparable(*h.s(), false));
            const QJsonObject room = comparable(*h.s(), true);
            // The same laptops merged by file: close everything, merge the laptops' files.
            QStringList inputs;
            for (auto& l : ls)
                inputs.append(l.path);
            ls.clear();
            const QString out = m_dir.filePath(S("merged-%1.roundtable").arg(seed));
            const Merge::Report r = Merge::run(out, inputs, Merge::Duplicates::Combine);
            QVERIFY2(r.ok, qPrintable(r.error));
            Document merged;
            QVERIFY(!merged.open(out, SessionFile::Mode::ReadOnly));
            const QJsonObject fromFiles = comparable(*merged.store(), true);
            if (fromFiles != room) {
                QFile f1(QDir::temp().filePath(S("roomsync-room.json"))),
                    f2(QDir::temp().filePath(S("roomsync-files.json")));
                f1.open(QIODevice::WriteOnly), f2.open(QIODevice::WriteOnly);
                f1.write(QJsonDocument(room).toJson());
                f2.write(QJsonDocument(fromFiles).toJson());
                qWarning("seed %u differs: diff %s %s", seed, qPrintable(f1.fileName()),
                         qPrintable(f2.fileName()));
            }
            QCOMPARE(fromFiles, room);
        }
    }
};

QTEST_GUILESS_MAIN(TestRoomSync)
#include "test_roomsync.moc"
