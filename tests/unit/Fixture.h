// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the core unit tests: a small session with every kind of row, and whole-store dumps
// to prove that an undo put everything back exactly (ids, positions, values).
#pragma once

#include "session/Document.h"
#include "store/Schema.h"
#include "store/Store.h"

#include <QMap>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <functional>
#include <memory>

namespace rt::test {

inline QVariantMap vm(std::initializer_list<std::pair<const char*, QVariant>> values)
{
    QVariantMap m;
    for (const auto& [k, v] : values)
        m.insert(QString::fromLatin1(k), v);
    return m;
}

inline QString S(const char* text)
{
    return QString::fromUtf8(text);
}

/** Every kind present: 3 prompts, 2 tables with notes, 2 places (aims, ideas, a driver tree,
 *  actions, one of them pointing at an idea of the other place), 2 polls with options and
 *  votes, agenda items (one linked to a poll), a source and a small data pack. */
struct Fixture
{
    qint64 source = 0;
    qint64 prompt[3] = {};
    qint64 table[2] = {};
    qint64 place[2] = {};
    qint64 aim[2] = {}; ///< aim[0] in place 0, aim[1] in place 1
    qint64 idea[3] = {}; ///< idea 0, 1 in aim 0; idea 2 in aim 1
    qint64 p1 = 0, s1 = 0, c1 = 0, c2 = 0, s2 = 0, p2 = 0; ///< drivers of aim 0: P1{S1{C1,C2},S2}, P2
    qint64 action[3] = {}; ///< 0, 1 in place 0 (0 from idea 0); 2 in place 1 (from idea 0)
    qint64 poll[2] = {};
    qint64 agenda[3] = {}; ///< agenda 1 runs poll 0

    bool build(Store* s)
    {
        Store::Transaction tx(*s);
        source = s->insert(Kind::Source,
                           vm({{"file", S("table1.roundtable")}, {"merged_at", S("2023-07-21T12:00:00")}}));
        const char* keys[] = {"matters", "working", "not_working"};
        for (int i = 0; i < 3; ++i)
            prompt[i] = s->insert(Kind::Prompt, vm({{"key", S(keys[i])}, {"question", S(keys[i]) + S("?")}}));
        for (int t = 0; t < 2; ++t) {
            table[t] = s->insert(
                Kind::Table,
                vm({{"number", t + 1}, {"topic", t ? S("Carers") : S("MSK")}, {"source", source}}));
            for (int p = 0; p < 3; ++p) {
                for (int n = 0; n < 3; ++n) {
                    s->insert(Kind::Note,
                              vm({{"table_id", table[t]},
                                  {"prompt_id", prompt[p]},
                                  {"text", QStringLiteral("t%1 p%2 n%3").arg(t).arg(p).arg(n)},
                                  {"key_point", n == 0}}));
                }
            }
        }
        for (int p = 0; p < 2; ++p) {
            place[p]
                = s->insert(Kind::Place,
                            vm({{"name", p ? S("Luton") : S("Bedford Borough")}, {"priorities", S("Work")}}));
            aim[p] = s->insert(
                Kind::Aim,
                vm({{"place_id", place[p]}, {"statement", S("support people")}, {"cohort", S("carers")}}));
        }
        idea[0] = s->insert(
            Kind::Idea,
            vm({{"aim_id", aim[0]}, {"text", S("peer mentors")}, {"impact", 0.8}, {"effort", 0.2}}));
        idea[1] = s->insert(
            Kind::Idea, vm({{"aim_id", aim[0]}, {"text", S("job fair")}, {"impact", 0.3}, {"effort", 0.7}}));
        idea[2] = s->insert(
            Kind::Idea, vm({{"aim_id", aim[1]}, {"text", S("drop-in")}, {"impact", 0.6}, {"effort", 0.6}}));
        auto driver = [&](qint64 parent, const char* text, qint64 ideaId = 0) {
            return s->insert(Kind::Driver,
                             vm({{"aim_id", aim[0]},
                                 {"parent_id", parent ? QVariant(parent) : QVariant()},
                                 {"text", S(text)},
                                 {"idea_id", ideaId ? QVariant(ideaId) : QVariant()}}));
        };
        p1 = driver(0, "P1");
        s1 = driver(p1, "S1");
        c1 = driver(s1, "C1", idea[0]);
        c2 = driver(s1, "C2");
        s2 = driver(p1, "S2", idea[1]);
        p2 = driver(0, "P2");
        action[0]
            = s->insert(Kind::Action,
                        vm({{"place_id", place[0]}, {"action", S("recruit mentors")}, {"idea_id", idea[0]}}));
        action[1] = s->insert(Kind::Action, vm({{"place_id", place[0]}, {"action", S("book venue")}}));
        action[2] = s->insert(
            Kind::Action,
            vm({{"place_id", place[1]}, {"action", S("copy the mentors")}, {"idea_id", idea[0]}}));
        for (int p = 0; p < 2; ++p) {
            poll[p] = s->insert(
                Kind::Poll,
                vm({{"question", S("Which first?")}, {"kind", S("choice")}, {"state", S("closed")}}));
            for (int o = 0; o < 3; ++o)
                s->insert(Kind::PollOption,
                          vm({{"poll_id", poll[p]}, {"text", QStringLiteral("option %1").arg(o)}}));
            for (int v = 0; v < 4; ++v)
                s->insert(Kind::Vote,
                          vm({{"poll_id", poll[p]},
                              {"device", QStringLiteral("d%1").arg(v)},
                              {"answer", QStringLiteral("{\"choices\":[%1]}").arg(v % 3)}}));
        }
        const char* kinds[] = {"arrival", "tables", "close"};
        for (int a = 0; a < 3; ++a)
            agenda[a] = s->insert(Kind::AgendaItem,
                                  vm({{"title", S(kinds[a])},
                                      {"kind", S(kinds[a])},
                                      {"poll_id", a == 1 ? QVariant(poll[0]) : QVariant()}}));
        s->insert(Kind::IndicatorColumn, vm({{"name", S("Luton")}, {"comparator", false}}));
        s->insert(Kind::IndicatorColumn, vm({{"name", S("England")}, {"comparator", true}}));
        s->insert(Kind::Indicator,
                  vm({{"domain", S("Work")},
                      {"indicator", S("Employment rate")},
                      {"vals", S("[\"70%\",\"75%\"]")},
                      {"higher_is_better", true}}));
        return tx.commit();
    }
};

inline QString valueText(const QVariant& v)
{
    return v.isValid() && !v.isNull() ? v.toString() : QStringLiteral("NULL");
}

/** Every row of every kind, one line each, in id order: compare two dumps to prove "exactly". */
inline QStringList dump(const Store* s)
{
    QStringList lines;
    for (int k = 0; k < KindCount; ++k) {
        const Kind kind = Kind(k);
        QMap<qint64, QString> byId;
        for (const Row& r : s->rows(kind)) {
            QStringList cols;
            for (auto it = r.values.cbegin(); it != r.values.cend(); ++it)
                cols << it.key() + QLatin1Char('=') + valueText(it.value());
            byId.insert(r.id,
                        QStringLiteral("%1 #%2 @%3 %4")
                            .arg(kindName(kind))
                            .arg(r.id)
                            .arg(r.position)
                            .arg(cols.join(QLatin1Char(' '))));
        }
        lines += byId.values();
    }
    return lines;
}

/** Empty when every ordered list holds positions 0..n-1; otherwise names the first bad list. */
inline QString positionProblem(const Store* s)
{
    for (int k = 0; k < KindCount; ++k) {
        const KindInfo& info = kindInfo(Kind(k));
        if (!info.ordered)
            continue;
        QMap<QString, QList<int>> lists;
        for (const Row& r : s->rows(info.kind)) {
            QStringList key;
            for (const QString& c : info.scope)
                key << valueText(r.values.value(c));
            lists[key.join(QLatin1Char(','))] << r.position;
        }
        for (auto it = lists.cbegin(); it != lists.cend(); ++it) {
            for (int i = 0; i < it.value().size(); ++i) {
                if (it.value()[i] != i) {
                    QStringList got;
                    for (int p : it.value())
                        got << QString::number(p);
                    return QStringLiteral("%1 list (%2): positions %3")
                        .arg(kindName(info.kind), it.key(), got.join(QLatin1Char(',')));
                }
            }
        }
    }
    return {};
}

/**
 * What the edit tests share: each test function gets a new session file holding the Fixture
 * (call openFixture() from init()), and the check that an edit is one undo step that undo and
 * redo take back and forth exactly. No slots here: QtTest would run a base class's slots too.
 */
class EditTest : public QObject
{
protected:
    QTemporaryDir m_tmp;
    std::unique_ptr<Document> m_doc;
    Store* s = nullptr;
    QUndoStack* u = nullptr;
    Fixture f;

    void openFixture()
    {
        static int n = 0;
        m_doc = std::make_unique<Document>();
        QVERIFY(!m_doc->create(m_tmp.filePath(QStringLiteral("s%1.roundtable").arg(++n))));
        s = m_doc->store();
        u = m_doc->undoStack();
        f = {};
        QVERIFY(f.build(s));
    }

    /** Runs @p edit (which must reach the file) and checks: one step named @p text, the session
     *  changed, undo gives back exactly what was there, redo exactly what the edit made. */
    void oneStep(const std::function<bool()>& edit, const QString& text)
    {
        const QStringList before = dump(s);
        const int steps = u->count();
        QVERIFY(edit());
        QCOMPARE(u->count(), steps + 1);
        QCOMPARE(u->undoText(), text);
        const QStringList after = dump(s);
        QVERIFY(after != before);
        QCOMPARE(positionProblem(s), QString());
        for (int round = 0; round < 2; ++round) {
            u->undo();
            QCOMPARE(dump(s), before);
            u->redo();
            QCOMPARE(dump(s), after);
        }
    }

    /** An edit that changes nothing: refused, no step, the session as it was. */
    void noStep(const std::function<bool()>& edit)
    {
        const QStringList before = dump(s);
        const int steps = u->count();
        QVERIFY(!edit());
        QCOMPARE(u->count(), steps);
        QCOMPARE(dump(s), before);
    }
};

} // namespace rt::test
