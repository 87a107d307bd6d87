// SPDX-License-Identifier: GPL-3.0-or-later
// Interchange JSON v1: dump → load → dump is identical, hostile text survives verbatim, and every
// kind of bad input is refused with its JSON path, leaving the store untouched.
#include "TestSupport.h"
#include "interchange/Interchange.h"
#include "interchange/SessionBuilder.h"
#include "session/Document.h"
#include "store/IdentityRepository.h"
#include "store/Store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace rt;

namespace {
QString S(const char* text)
{
    return QString::fromUtf8(text);
}

/** A minimal valid document with one of everything, to break one piece at a time. */
QJsonObject minimal()
{
    return QJsonDocument::fromJson(R"({
      "format": "roundtable-session", "version": 1,
      "event": {"title": "T", "date": "2023-07-21", "venue": "", "organiser": "", "purpose": ["p"], "disclaimer": ""},
      "prompts": [{"key": "matters", "question": "What matters to us?"}],
      "agenda": [{"start": "09:30", "end": "11:15", "title": "Welcome", "kind": "plenary", "guidance": ""}],
      "tables": [{"number": 1, "topic": "Neurodiversity", "facilitator": "",
                  "notes": [{"prompt": "matters", "text": "n", "key_point": true}]}],
      "places": [{"name": "Luton", "priorities": "",
                  "aims": [{"statement": "s", "cohort": "c",
                            "ideas": [{"text": "i", "impact": 0.8, "effort": 0.2}],
                            "drivers": [{"text": "d", "children": [{"text": "e", "children": []}]}]}],
                  "actions": [{"cohort": "", "idea": "", "action": "a", "who": "", "by_when": "", "measure": ""}]}],
      "polls": [{"question": "q", "kind": "choice", "options": ["x", "y"], "state": "closed",
                 "votes": [{"choices": [1]}]}],
      "indicators": {"areas": ["A"], "comparators": ["E"],
                     "rows": [{"domain": "D", "indicator": "I", "values": ["1%", ""], "higher_is_better": true}]}
    })")
        .object();
}

/** Sets the value at a dotted path with [i] indexes, e.g. "places[0].aims[0].ideas[0].impact". */
QJsonValue setAt(const QJsonValue& node, QStringList parts, const QJsonValue& value, bool remove)
{
    const QString part = parts.takeFirst();
    const qsizetype bracket = part.indexOf(QLatin1Char('['));
    const QString key = bracket < 0 ? part : part.left(bracket);
    QList<int> indexes;
    if (bracket >= 0) {
        for (const QString& i : part.mid(bracket + 1).chopped(1).split(QStringLiteral("][")))
            indexes << i.toInt();
    }
    QJsonObject o = node.toObject();
    std::function<QJsonValue(const QJsonValue&, int)> descend
        = [&](const QJsonValue& v, int depth) -> QJsonValue {
        if (depth == indexes.size()) {
            if (parts.isEmpty())
                return value;
            return setAt(v, parts, value, remove);
        }
        QJsonArray a = v.toArray();
        a[indexes[depth]] = descend(a[indexes[depth]], depth + 1);
        return a;
    };
    if (parts.isEmpty() && indexes.isEmpty() && remove)
        o.remove(key);
    else
        o[key] = descend(o.value(key), 0);
    return o;
}

QJsonObject edited(const QString& path, const QJsonValue& value, bool remove = false)
{
    return setAt(minimal(), path.split(QLatin1Char('.')), value, remove).toObject();
}

/** @p object (a JSON object) with "id" set to @p id. */
QJsonValue withId(const QJsonValue& object, const QJsonValue& id)
{
    QJsonObject o = object.toObject();
    o.insert(QStringLiteral("id"), id);
    return o;
}

/** minimal() as compact JSON text with @p from replaced by @p to: raw bytes the parser has to read. */
QByteArray minimalText(const QByteArray& from, const QByteArray& to)
{
    QByteArray text = QJsonDocument(minimal()).toJson(QJsonDocument::Compact);
    const qsizetype at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0)
        qFatal("minimalText: \"%s\" is not in the text exactly once", from.constData());
    return text.replace(at, from.size(), to);
}

/** @p value with a string "id" (decimal digits, each its own) added to every object in it, however deep. */
QJsonValue withIds(const QJsonValue& value, int* counter)
{
    if (value.isArray()) {
        QJsonArray a;
        for (const QJsonValue& v : value.toArray())
            a.append(withIds(v, counter));
        return a;
    }
    if (!value.isObject())
        return value;
    QJsonObject o;
    const QJsonObject in = value.toObject();
    for (auto it = in.constBegin(); it != in.constEnd(); ++it)
        o.insert(it.key(), withIds(it.value(), counter));
    o.insert(QStringLiteral("id"), QString::number(4503599627370496 + ++*counter));
    return o;
}
} // namespace

class TestInterchange : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<Document> newDocument()
    {
        auto doc = std::make_unique<Document>();
        const SessionError e = doc->create(m_dir.filePath(QStringLiteral("s%1.roundtable").arg(++m_files)));
        if (e)
            qWarning() << e.message;
        return doc;
    }

    /** A session built through the store (as the app builds it), with hostile text everywhere. */
    void fill(Store& store)
    {
        // Every write must succeed, or the round trip would compare two half-empty sessions.
        struct Checked
        {
            Store& s;
            qint64 insert(Kind k, const QVariantMap& v)
            {
                const qint64 id = s.insert(k, v);
                if (id == 0)
                    qFatal("insert failed: %s", qPrintable(s.lastError()));
                return id;
            }
            void update(Kind k, qint64 id, const QString& c, const QVariant& v)
            {
                if (!s.update(k, id, c, v))
                    qFatal("update failed: %s", qPrintable(s.lastError()));
            }
        } s {store};
        const QStringList hostile = test::hostileTexts();
        s.update(Kind::Event, 1, S("title"), hostile[0]);
        s.update(Kind::Event, 1, S("purpose"), S("[\"one\",\"two ✓\"]"));
        s.update(Kind::Event, 1, S("next_steps"), hostile[4] + S("\nReport back in March"));
        s.update(Kind::Event, 1, S("export_settings"),
                 S("{\"caveat\":\"Verbatim: places will develop these.\",\"omit\":[\"polls\"],"
                   "\"order\":[\"intro\",\"tables\",\"datapack\",\"places\",\"polls\",\"nextsteps\","
                   "\"feedback\"]}"));
        const qint64 p1 = s.insert(Kind::Prompt, {{S("key"), S("matters")}, {S("question"), hostile[2]}});
        const qint64 p2
            = s.insert(Kind::Prompt, {{S("key"), S("working")}, {S("question"), S("What's working well?")}});
        const qint64 place = s.insert(Kind::Place, {{S("name"), hostile[3]}, {S("priorities"), hostile[6]}});
        const qint64 poll = s.insert(Kind::Poll,
                                     {{S("question"), hostile[1]},
                                      {S("kind"), S("multi")},
                                      {S("state"), S("open")},
                                      {S("max_choices"), 2},
                                      {S("role"), S("priorities")},
                                      {S("place_id"), place}});
        for (const QString& t : hostile.mid(0, 3))
            s.insert(Kind::PollOption, {{S("poll_id"), poll}, {S("text"), t}});
        s.insert(Kind::Vote,
                 {{S("poll_id"), poll},
                  {S("device"), S("dev-1")},
                  {S("cast_at"), S("2023-07-21T13:05:00Z")},
                  {S("answer"), S("{\"choices\":[0,2]}")}});
        s.insert(Kind::Vote, {{S("poll_id"), poll}, {S("answer"), S("{\"choices\":[1]}")}});
        const qint64 open = s.insert(
            Kind::Poll,
            {{S("question"), S("What did you learn?")}, {S("kind"), S("open")}, {S("role"), S("feedback")}});
        for (const QString& t : hostile)
            s.insert(Kind::Vote,
                     {{S("poll_id"), open},
                      {S("answer"),
                       QString::fromUtf8(
                           QJsonDocument(QJsonObject {{S("text"), t}}).toJson(QJsonDocument::Compact))}});
        s.insert(Kind::AgendaItem,
                 {{S("start"), S("14:00")},
                  {S("end"), S("14:40")},
                  {S("title"), hostile[4]},
                  {S("kind"), S("breakout")},
                  {S("guidance"), hostile[5]},
                  {S("room_text"), hostile[6]},
                  {S("poll_id"), poll}});
        for (int t = 1; t <= 2; ++t) {
            const qint64 table = s.insert(
                Kind::Table, {{S("number"), t}, {S("topic"), hostile[t]}, {S("facilitator"), hostile[7]}});
            // Interleave prompts so the dump has to regroup notes per prompt.
            for (int i = 0; i < hostile.size(); ++i)
                s.insert(Kind::Note,
                         {{S("table_id"), table},
                          {S("prompt_id"), i % 2 ? p2 : p1},
                          {S("text"), hostile[i]},
                          {S("key_point"), i == 3},
                          {S("created"), i == 0 ? S("2023-07-21T11:50:00") : S("")}});
        }
        const qint64 aim = s.insert(
            Kind::Aim, {{S("place_id"), place}, {S("statement"), hostile[8]}, {S("cohort"), hostile[0]}});
        QList<qint64> ideas;
        const double positions[][2]
            = {{0.1, 0.1}, {0.9, 0.05}, {0.5, 0.5}, {0.3, 0.99}, {1.0, 0.0}, {0.123456789, 0.987654321}};
        for (int i = 0; i < 6; ++i)
            ideas << s.insert(Kind::Idea,
                              {{S("aim_id"), aim},
                               {S("text"), hostile[i]},
                               {S("impact"), positions[i][0]},
                               {S("effort"), positions[i][1]},
                               {S("unsorted"), i == 5}});
        const qint64 primary = s.insert(Kind::Driver, {{S("aim_id"), aim}, {S("text"), hostile[0]}});
        const qint64 secondary = s.insert(
            Kind::Driver, {{S("aim_id"), aim}, {S("parent_id"), primary}, {S("text"), hostile[1]}});
        s.insert(Kind::Driver,
                 {{S("aim_id"), aim},
                  {S("parent_id"), secondary},
                  {S("text"), hostile[2]},
                  {S("idea_id"), ideas[1]}});
        s.insert(Kind::Driver, {{S("aim_id"), aim}, {S("text"), S("second primary")}});
        for (int i = 0; i < 3; ++i)
            s.insert(Kind::Action,
                     {{S("place_id"), place},
                      {S("cohort"), hostile[i]},
                      {S("idea"), hostile[i + 1]},
                      {S("action"), hostile[i + 2]},
                      {S("who"), hostile[i + 3]},
                      {S("by_when"), S("Within 3 months")},
                      {S("measure"), hostile[i + 4]},
                      {S("idea_id"), i == 0 ? QVariant(ideas[2]) : QVariant()}});
        s.insert(Kind::IndicatorColumn, {{S("name"), S("Luton")}, {S("comparator"), false}});
        s.insert(Kind::IndicatorColumn, {{S("name"), S("England")}, {S("comparator"), true}});
        s.insert(Kind::Indicator,
                 {{S("domain"), hostile[0]},
                  {S("indicator"), hostile[3]},
                  {S("vals"), S("[\"74%\",\"\"]")},
                  {S("higher_is_better"), false}});
    }

private slots:
    void initTestCase()
    {
        // SessionFile::create records the creating version in meta (NOT NULL).
        QCoreApplication::setApplicationVersion(QStringLiteral("test"));
        QVERIFY(m_dir.isValid());
    }

    void roundTripIsIdentical()
    {
        auto a = newDocument();
        fill(*a->store());
        const QByteArray first = interchange::dumpText(*a->store());
        auto b = newDocument();
        QString error;
        QVERIFY2(interchange::load(QJsonDocument::fromJson(first).object(), *b->store(), &error),
                 qPrintable(error));
        const QByteArray second = interchange::dumpText(*b->store());
        QCOMPARE(second, first);

        // And the counts and texts really arrived, verbatim (nothing trimmed).
        Store& s = *b->store();
        QCOMPARE(s.count(Kind::Note), 2 * int(test::hostileTexts().size()));
        QCOMPARE(s.count(Kind::Driver), 4);
        QCOMPARE(s.count(Kind::Vote), 2 + int(test::hostileTexts().size()));
        QStringList texts;
        for (const Row& r : s.rows(Kind::Note))
            texts << r.str(S("text"));
        for (const QString& t : test::hostileTexts())
            QVERIFY2(texts.contains(t), qPrintable(t.left(40)));
    }

    void idsAndOriginSurviveDumpLoadDump()
    {
        auto a = newDocument();
        fill(*a->store());
        Store& sa = *a->store();
        const QJsonObject first = interchange::dump(sa);

        // Every row carries its id as decimal text; the session its origin.
        const QString origin = IdentityRepository(sa).origin();
        QVERIFY(!origin.isEmpty());
        QCOMPARE(first[S("origin")].toString(), origin);
        const auto idOf = [](const Row& r) { return QString::number(r.id); };
        QCOMPARE(first[S("event")][S("id")].toString(), S("1"));
        QCOMPARE(first[S("prompts")][1][S("id")].toString(), idOf(sa.rows(Kind::Prompt)[1]));
        QCOMPARE(first[S("agenda")][0][S("id")].toString(), idOf(sa.rows(Kind::AgendaItem)[0]));
        const Row table = sa.rows(Kind::Table)[1];
        QCOMPARE(first[S("tables")][1][S("id")].toString(), idOf(table));
        const Row note = sa.rows(
            Kind::Note, {{S("table_id"), table.id}, {S("prompt_id"), sa.rows(Kind::Prompt)[0].id}})[0];
        QCOMPARE(first[S("tables")][1][S("notes")][0][S("id")].toString(), idOf(note));
        QVERIFY(note.id >= (Q_INT64_C(1) << 32)); // random, and past what an int holds
        const QJsonObject place = first[S("places")][0].toObject();
        QCOMPARE(place[S("id")].toString(), idOf(sa.rows(Kind::Place)[0]));
        QCOMPARE(place[S("aims")][0][S("id")].toString(), idOf(sa.rows(Kind::Aim)[0]));
        QCOMPARE(place[S("aims")][0][S("ideas")][5][S("id")].toString(), idOf(sa.rows(Kind::Idea)[5]));
        const Row primary = sa.rows(Kind::Driver, {{S("parent_id"), QVariant()}})[0];
        QCOMPARE(place[S("aims")][0][S("drivers")][0][S("id")].toString(), idOf(primary));
        QCOMPARE(place[S("aims")][0][S("drivers")][0][S("children")][0][S("id")].toString(),
                 idOf(sa.rows(Kind::Driver, {{S("parent_id"), primary.id}})[0]));
        QCOMPARE(place[S("actions")][2][S("id")].toString(), idOf(sa.rows(Kind::Action)[2]));
        const QJsonObject poll = first[S("polls")][0].toObject();
        QCOMPARE(poll[S("id")].toString(), idOf(sa.rows(Kind::Poll)[0]));
        QJsonArray optionIds;
        for (const Row& r : sa.rows(Kind::PollOption, {{S("poll_id"), sa.rows(Kind::Poll)[0].id}}))
            optionIds.append(idOf(r));
        QCOMPARE(poll[S("option_ids")].toArray(), optionIds);
        QCOMPARE(poll[S("options")][0].toString(), test::hostileTexts()[0]); // options stay plain strings
        QCOMPARE(poll[S("votes")][0][S("id")].toString(),
                 idOf(sa.rows(Kind::Vote, {{S("poll_id"), sa.rows(Kind::Poll)[0].id}})[0]));
        const QList<Row> columns = sa.rows(Kind::IndicatorColumn);
        QCOMPARE(first[S("indicators")][S("area_ids")].toArray(), QJsonArray({idOf(columns[0])}));
        QCOMPARE(first[S("indicators")][S("comparator_ids")].toArray(), QJsonArray({idOf(columns[1])}));
        QCOMPARE(first[S("indicators")][S("rows")][0][S("id")].toString(), idOf(sa.rows(Kind::Indicator)[0]));

        // Loaded, the new file holds the same rows under the same ids, and the same origin.
        auto b = newDocument();
        Store& sb = *b->store();
        QVERIFY(IdentityRepository(sb).origin() != origin); // a new file has its own, until loaded
        QString error;
        QVERIFY2(interchange::load(first, sb, &error), qPrintable(error));
        QCOMPARE(IdentityRepository(sb).origin(), origin);
        for (int k = int(Kind::Source); k < KindCount; ++k) {
            const Kind kind = Kind(k);
            QCOMPARE(sb.ids(kind), sa.ids(kind));
            for (const Row& r : sa.rows(kind)) {
                const Row loaded = sb.row(kind, r.id);
                QCOMPARE(loaded.position, r.position);
                QCOMPARE(loaded.values, r.values);
            }
        }
        QCOMPARE(interchange::dumpText(sb), interchange::dumpText(sa));
    }

    void jsonWithoutIdsStillLoads()
    {
        // minimal() has no ids, no origin and no made_by: every row gets a new random id, the file
        // keeps its own new origin, and this laptop made every row.
        auto a = newDocument();
        auto b = newDocument();
        const QString originA = IdentityRepository(*a->store()).origin();
        QString error;
        QVERIFY2(interchange::load(minimal(), *a->store(), &error), qPrintable(error));
        QVERIFY2(interchange::load(minimal(), *b->store(), &error), qPrintable(error));
        QCOMPARE(IdentityRepository(*a->store()).origin(), originA);
        QVERIFY(IdentityRepository(*b->store()).origin() != originA);
        const qint64 noteA = a->store()->ids(Kind::Note).value(0);
        QVERIFY(noteA >= (Q_INT64_C(1) << 32));
        QVERIFY(noteA != b->store()->ids(Kind::Note).value(0));
        const Device here = a->store()->device();
        const Stamp made = IdentityRepository(*a->store()).made(Kind::Note).value(noteA);
        QCOMPARE(made.device, here.id);
        QVERIFY(!made.at.isEmpty());
        QCOMPARE(IdentityRepository(*a->store())
                     .made(Kind::Table)
                     .value(a->store()->ids(Kind::Table).value(0))
                     .device,
                 here.id);
        QCOMPARE(IdentityRepository(*a->store()).deviceNames().value(here.id), here.name);

        // Its dump now carries them, and loads back to the same dump.
        const QJsonObject dumped = interchange::dump(*a->store());
        QCOMPARE(dumped[S("tables")][0][S("notes")][0][S("id")].toString(), QString::number(noteA));
        QCOMPARE(dumped[S("tables")][0][S("notes")][0][S("made_by")].toObject(),
                 (QJsonObject {{S("laptop"), here.name}, {S("device"), here.id}, {S("at"), made.at}}));
        auto c = newDocument();
        QVERIFY2(interchange::load(dumped, *c->store(), &error), qPrintable(error));
        QCOMPARE(interchange::dumpText(*c->store()), interchange::dumpText(*a->store()));

        // Some rows with ids, some without; small ids (a file from before ids were random) and one id
        // in several kinds are all fine.
        QJsonObject mixed = edited(S("tables[0].id"), S("5"));
        mixed = setAt(mixed, S("tables[0].notes[0].id").split(QLatin1Char('.')), S("5"), false).toObject();
        mixed = setAt(mixed, S("places[0].id").split(QLatin1Char('.')), S("5"), false).toObject();
        auto d = newDocument();
        QVERIFY2(interchange::load(mixed, *d->store(), &error), qPrintable(error));
        QCOMPARE(d->store()->ids(Kind::Table), QList<qint64>({5}));
        QCOMPARE(d->store()->ids(Kind::Note), QList<qint64>({5}));
        QCOMPARE(d->store()->ids(Kind::Place), QList<qint64>({5}));
        QVERIFY(d->store()->ids(Kind::Aim).value(0) >= (Q_INT64_C(1) << 32));
    }

    void madeBySurvives()
    {
        // Two laptops wrote to one file: table 1's made a note and a vote, table 3's an idea and an action.
        auto a = newDocument();
        Store& sa = *a->store();
        const Device t1 {S("0b5e8c1e-table-1"), S("Table 1 laptop")};
        const Device t3 {S("7f3a0d2c-table-3"), S("Table 3 laptop ✓")};
        IdentityRepository(sa).putDevice(t1.id, t1.name, S("2023-07-21T09:00:00.000Z"));
        IdentityRepository(sa).putDevice(t3.id, t3.name, S("2023-07-21T09:00:00.000Z"));
        sa.setDevice(t1);
        const qint64 prompt = sa.insert(Kind::Prompt, {{S("key"), S("matters")}, {S("question"), S("Q")}});
        const qint64 table = sa.insert(Kind::Table, {{S("number"), 1}, {S("topic"), S("T")}});
        const qint64 note
            = sa.insert(Kind::Note, {{S("table_id"), table}, {S("prompt_id"), prompt}, {S("text"), S("n")}});
        const qint64 poll = sa.insert(Kind::Poll, {{S("question"), S("q")}, {S("kind"), S("open")}});
        const qint64 vote
            = sa.insert(Kind::Vote, {{S("poll_id"), poll}, {S("answer"), S("{\"text\":\"v\"}")}});
        sa.setDevice(t3);
        const qint64 place = sa.insert(Kind::Place, {{S("name"), S("P")}});
        const qint64 aim = sa.insert(Kind::Aim, {{S("place_id"), place}, {S("statement"), S("s")}});
        const qint64 idea = sa.insert(
            Kind::Idea, {{S("aim_id"), aim}, {S("text"), S("i")}, {S("impact"), 0.5}, {S("effort"), 0.5}});
        const qint64 action = sa.insert(Kind::Action, {{S("place_id"), place}, {S("action"), S("a")}});
        QVERIFY(note && vote && idea && action);
        IdentityRepository ra(sa);

        const QJsonObject first = interchange::dump(sa);
        const auto madeBy = [](const Device& d, const Stamp& s) {
            return QJsonObject {{S("laptop"), d.name}, {S("device"), d.id}, {S("at"), s.at}};
        };
        QCOMPARE(first[S("tables")][0][S("notes")][0][S("made_by")].toObject(),
                 madeBy(t1, ra.made(Kind::Note).value(note)));
        QCOMPARE(first[S("polls")][0][S("votes")][0][S("made_by")].toObject(),
                 madeBy(t1, ra.made(Kind::Vote).value(vote)));
        QCOMPARE(first[S("places")][0][S("aims")][0][S("ideas")][0][S("made_by")].toObject(),
                 madeBy(t3, ra.made(Kind::Idea).value(idea)));
        QCOMPARE(first[S("places")][0][S("actions")][0][S("made_by")].toObject(),
                 madeBy(t3, ra.made(Kind::Action).value(action)));
        // Only the rows people write say who made them.
        QVERIFY(!first[S("tables")][0].toObject().contains(S("made_by")));
        QVERIFY(!first[S("places")][0].toObject().contains(S("made_by")));

        // The organiser's laptop loads it: the rows keep who made them, and the laptops' names.
        auto b = newDocument();
        Store& sb = *b->store();
        const Device organiser {S("c0ffee00-organiser"), S("Organiser")};
        sb.setDevice(organiser);
        QString error;
        QVERIFY2(interchange::load(first, sb, &error), qPrintable(error));
        IdentityRepository rb(sb);
        for (Kind kind : {Kind::Note, Kind::Vote, Kind::Idea, Kind::Action}) {
            const QHash<qint64, Stamp> before = ra.made(kind), after = rb.made(kind);
            QCOMPARE(after.size(), 1);
            QCOMPARE(after.begin().key(), before.begin().key());
            QCOMPARE(after.begin()->at, before.begin()->at);
            QCOMPARE(after.begin()->device, before.begin()->device);
        }
        QCOMPARE(rb.deviceNames().value(t1.id), t1.name);
        QCOMPARE(rb.deviceNames().value(t3.id), t3.name);
        QCOMPARE(rb.made(Kind::Table).value(table).device, organiser.id); // loaded here
        QCOMPARE(interchange::dumpText(sb), interchange::dumpText(sa));

        // A time in another zone, or without milliseconds, is kept as stamps are: UTC, milliseconds.
        QJsonObject json
            = edited(S("tables[0].notes[0].made_by"),
                     QJsonObject {{S("device"), S("d-1")}, {S("at"), S("2023-07-21T15:05:00+02:00")}});
        json = setAt(json, S("polls[0].votes[0].made_by").split(QLatin1Char('.')),
                     QJsonObject {
                         {S("device"), S("d-1")}, {S("at"), S("2023-07-21T13:06:00")}, {S("laptop"), S("")}},
                     false)
                   .toObject();
        auto c = newDocument();
        QVERIFY2(interchange::load(json, *c->store(), &error), qPrintable(error));
        const QJsonObject again = interchange::dump(*c->store());
        QCOMPARE(again[S("tables")][0][S("notes")][0][S("made_by")].toObject(),
                 (QJsonObject {{S("laptop"), S("")},
                               {S("device"), S("d-1")},
                               {S("at"), S("2023-07-21T13:05:00.000Z")}}));
        QCOMPARE(again[S("polls")][0][S("votes")][0][S("made_by")][S("at")].toString(),
                 S("2023-07-21T13:06:00.000Z"));
    }

    void dumpWritesDerivedQuadrantAndExtensions()
    {
        auto a = newDocument();
        fill(*a->store());
        const QJsonObject d = interchange::dump(*a->store());
        QCOMPARE(d.value(S("format")).toString(), S("roundtable-session"));
        QCOMPARE(d.value(S("version")).toInt(), 1);
        const QJsonObject aim = d[S("places")][0][S("aims")][0].toObject();
        const QStringList expected
            = {S("possible"), S("implement"), S("challenge"), S("kibosh"), S("implement"), S("kibosh")};
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(aim[S("ideas")][i][S("quadrant")].toString(), expected[i]);
        QCOMPARE(aim[S("drivers")][0][S("children")][0][S("children")][0][S("idea_ref")].toInt(), 1);
        QCOMPARE(d[S("places")][0][S("actions")][0][S("idea_ref")][S("idea")].toInt(), 2);
        // Votes are listed in cast order: the one cast without a time first.
        QCOMPARE(d[S("polls")][0][S("votes")][1][S("choices")].toArray(), QJsonArray({0, 2}));
        QCOMPARE(d[S("polls")][0][S("max_choices")].toInt(), 2);
        // Where each poll lands in the pack, and the organiser's next steps, travel with the session.
        QCOMPARE(d[S("polls")][0][S("role")].toString(), S("priorities"));
        QCOMPARE(d[S("polls")][0][S("place")].toInt(), 1); // numbered from 1, as DESIGN says
        QCOMPARE(d[S("polls")][1][S("role")].toString(), S("feedback"));
        QVERIFY(d[S("event")][S("next_steps")].toString().endsWith(S("\nReport back in March")));
        // What the room sees of an agenda item, apart from the facilitator's guidance.
        const QJsonArray agendaJson = d[S("agenda")].toArray();
        QVERIFY(std::any_of(agendaJson.cbegin(), agendaJson.cend(), [](const QJsonValue& item) {
            return item[S("room_text")].toString() == test::hostileTexts()[6];
        }));
        // The export page's choices too, so a dump and load exports the same pack.
        QCOMPARE(d[S("event")][S("export_settings")][S("omit")].toArray(), QJsonArray({S("polls")}));
        QCOMPARE(d[S("event")][S("export_settings")][S("order")][1].toString(), S("tables"));
        QCOMPARE(d[S("event")][S("export_settings")][S("caveat")].toString(),
                 S("Verbatim: places will develop these."));
        QCOMPARE(d[S("agenda")][0][S("poll")].toInt(), 0);
        QCOMPARE(d[S("event")][S("purpose")].toArray(), QJsonArray({S("one"), S("two ✓")}));
        QCOMPARE(d[S("indicators")][S("comparators")].toArray(), QJsonArray({S("England")}));
    }

    void quadrantOnlyIdeas_data()
    {
        QTest::addColumn<QString>("quadrant");
        QTest::addColumn<double>("impact");
        QTest::addColumn<double>("effort");
        QTest::newRow("possible") << S("possible") << 0.25 << 0.25;
        QTest::newRow("implement") << S("implement") << 0.75 << 0.25;
        QTest::newRow("challenge") << S("challenge") << 0.75 << 0.75;
        QTest::newRow("kibosh") << S("kibosh") << 0.25 << 0.75;
    }
    void quadrantOnlyIdeas()
    {
        QFETCH(QString, quadrant);
        QFETCH(double, impact);
        QFETCH(double, effort);
        const QJsonObject json = edited(S("places[0].aims[0].ideas[0]"),
                                        QJsonObject {{S("text"), S("q")}, {S("quadrant"), quadrant}});
        auto doc = newDocument();
        QString error;
        QVERIFY2(interchange::load(json, *doc->store(), &error), qPrintable(error));
        const Row idea = doc->store()->rows(Kind::Idea).value(0);
        QCOMPARE(idea.real(S("impact")), impact);
        QCOMPARE(idea.real(S("effort")), effort);
        QCOMPARE(interchange::dump(*doc->store())[S("places")][0][S("aims")][0][S("ideas")][0][S("quadrant")]
                     .toString(),
                 quadrant);
    }

    void bothAgreeingIsAccepted()
    {
        const QJsonObject json = edited(S("places[0].aims[0].ideas[0]"),
                                        QJsonObject {{S("text"), S("q")},
                                                     {S("impact"), 0.9},
                                                     {S("effort"), 0.1},
                                                     {S("quadrant"), S("implement")}});
        QString error;
        QVERIFY2(interchange::validate(json, &error), qPrintable(error));
    }

    void badInput_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("expected"); // the start of the message: the JSON path

        QTest::newRow("quadrant disagrees")
            << edited(S("places[0].aims[0].ideas[0].quadrant"), S("kibosh"))
            << S("places[0].aims[0].ideas[0].quadrant: \"kibosh\" does not match");
        QTest::newRow("impact out of range")
            << edited(S("places[0].aims[0].ideas[0].impact"), 1.5)
            << S("places[0].aims[0].ideas[0].impact: expected a number between 0 and 1");
        QTest::newRow("impact is text")
            << edited(S("places[0].aims[0].ideas[0].impact"), S("high"))
            << S("places[0].aims[0].ideas[0].impact: expected a number between 0 and 1");
        QTest::newRow("effort missing") << edited(S("places[0].aims[0].ideas[0].effort"), {}, true)
                                        << S("places[0].aims[0].ideas[0].effort: required with impact");
        QTest::newRow("unknown quadrant") << edited(
            S("places[0].aims[0].ideas[0]"), QJsonObject {{S("text"), S("x")}, {S("quadrant"), S("north")}})
                                          << S("places[0].aims[0].ideas[0].quadrant: expected one of");
        QTest::newRow("no position at all")
            << edited(S("places[0].aims[0].ideas[0]"), QJsonObject {{S("text"), S("x")}})
            << S("places[0].aims[0].ideas[0].quadrant: required key is missing");
        QTest::newRow("missing place name")
            << edited(S("places[0].name"), {}, true) << S("places[0].name: required key is missing");
        QTest::newRow("missing note text") << edited(S("tables[0].notes[0].text"), {}, true)
                                           << S("tables[0].notes[0].text: required key is missing");
        QTest::newRow("topic wrong type")
            << edited(S("tables[0].topic"), 7) << S("tables[0].topic: expected a string");
        QTest::newRow("tables not an array")
            << edited(S("tables"), QJsonObject()) << S("tables: expected an array");
        QTest::newRow("unknown prompt key") << edited(S("tables[0].notes[0].prompt"), S("nope"))
                                            << S("tables[0].notes[0].prompt: unknown prompt \"nope\"");
        QTest::newRow("key_point not bool") << edited(S("tables[0].notes[0].key_point"), S("yes"))
                                            << S("tables[0].notes[0].key_point: expected true or false");
        QTest::newRow("duplicate prompt key")
            << edited(S("prompts"),
                      QJsonArray({minimal()[S("prompts")][0],
                                  QJsonObject {{S("key"), S("matters")}, {S("question"), S("again")}}}))
            << S("prompts[1].key: \"matters\" is already");
        QTest::newRow("wrong format")
            << edited(S("format"), S("something-else")) << S("format: expected \"roundtable-session\"");
        QTest::newRow("missing format")
            << edited(S("format"), {}, true) << S("format: required key is missing");
        QTest::newRow("newer version")
            << edited(S("version"), 2) << S("version: this file uses interchange version 2");
        QTest::newRow("agenda kind") << edited(S("agenda[0].kind"), S("party"))
                                     << S("agenda[0].kind: expected one of");
        QTest::newRow("agenda time") << edited(S("agenda[0].start"), S("9.30am"))
                                     << S("agenda[0].start: expected a time");
        QTest::newRow("vote out of range")
            << edited(S("polls[0].votes[0].choices[0]"), 5)
            << S("polls[0].votes[0].choices[0]: expected a whole number from 0 to 1");
        QTest::newRow("vote wrong shape") << edited(S("polls[0].votes[0]"), QJsonObject {{S("scale"), 1}})
                                          << S("polls[0].votes[0].choices: required key is missing");
        QTest::newRow("poll kind") << edited(S("polls[0].kind"), S("vote"))
                                   << S("polls[0].kind: expected one of");
        QTest::newRow("poll role") << edited(
            S("polls[0].role"),
            S("agenda")) << S("polls[0].role: expected one of priorities, feedback, other, found \"agenda\"");
        // A poll's place is numbered from 1, as people count places (DESIGN).
        QTest::newRow("poll place 0") << edited(S("polls[0].place"), 0)
                                      << S("polls[0].place: expected an index into places (1 to 1), found");
        QTest::newRow("poll place past the end")
            << edited(S("polls[0].place"), 2) << S("polls[0].place: expected an index into places (1 to 1)");
        QTest::newRow("poll role type") << edited(S("polls[0].role"), 3) << S("polls[0].role:");
        QTest::newRow("next steps type")
            << edited(S("event.next_steps"), QJsonArray({S("x")})) << S("event.next_steps:");
        QTest::newRow("export settings section")
            << edited(S("event.export_settings"),
                      QJsonObject {{S("order"), QJsonArray({S("intro"), S("slides")})}})
            << S("event.export_settings.order[1]: expected one of intro, datapack, tables, places, polls, "
                 "nextsteps, feedback, found \"slides\"");
        QTest::newRow("export settings type")
            << edited(S("event.export_settings"), S("all")) << S("event.export_settings: expected an object");
        QTest::newRow("export settings caveat")
            << edited(S("event.export_settings"), QJsonObject {{S("caveat"), 12}})
            << S("event.export_settings.caveat:");
        QTest::newRow("indicator values count")
            << edited(S("indicators.rows[0].values"), QJsonArray({S("1%")}))
            << S("indicators.rows[0].values: expected 2 values");
        QTest::newRow("indicator value number")
            << edited(S("indicators.rows[0].values"), QJsonArray({1, S("")}))
            << S("indicators.rows[0].values[0]: expected a string");
        QTest::newRow("purpose not strings")
            << edited(S("event.purpose"), QJsonArray({1})) << S("event.purpose[0]: expected a string");
        QTest::newRow("driver child text")
            << edited(S("places[0].aims[0].drivers[0].children[0].text"), {}, true)
            << S("places[0].aims[0].drivers[0].children[0].text: required key is missing");
        QTest::newRow("source without sources")
            << edited(S("tables[0].source"), 0)
            << S("tables[0].source: refers to sources, but there are none");
        QTest::newRow("event not object") << edited(S("event"), S("x")) << S("event: expected an object");

        // Row ids: decimal digits in a string, from 1 to 2^53 - 1, each used once per kind.
        const QString notAnId
            = S("tables[0].id: expected a row id (decimal digits, from 1 to 9007199254740991), ");
        QTest::newRow("id not digits") << edited(S("tables[0].id"), S("t-1")) << notAnId + S("found \"t-1\"");
        QTest::newRow("id zero") << edited(S("tables[0].id"), S("0")) << notAnId + S("found \"0\"");
        QTest::newRow("id negative") << edited(S("tables[0].id"), S("-5")) << notAnId + S("found \"-5\"");
        QTest::newRow("id 2^53") << edited(S("tables[0].id"), S("9007199254740992"))
                                 << notAnId + S("found \"9007199254740992\"");
        QTest::newRow("id far too long") << edited(S("tables[0].id"), S("123456789012345678901234567890"))
                                         << notAnId + S("found \"123456789012345678901234567890\"");
        QTest::newRow("id with a space")
            << edited(S("tables[0].id"), S(" 12")) << notAnId + S("found \" 12\"");
        QTest::newRow("id empty") << edited(S("tables[0].id"), S("")) << notAnId + S("found \"\"");
        QTest::newRow("id a number") << edited(S("tables[0].id"), 12)
                                     << S("tables[0].id: expected a string, found the number 12");
        QTest::newRow("id null") << edited(S("places[0].aims[0].ideas[0].id"), QJsonValue::Null)
                                 << S("places[0].aims[0].ideas[0].id: expected a string, found null");
        const QJsonValue table = minimal()[S("tables")][0];
        QTest::newRow("id twice") << edited(S("tables"),
                                            QJsonArray({withId(table, S("77")), withId(table, S("77"))}))
                                  << S("tables[1].id: \"77\" is already the id of tables[0]");
        QTest::newRow("id twice, once with a leading zero")
            << edited(S("tables"), QJsonArray({withId(table, S("77")), withId(table, S("077"))}))
            << S("tables[1].id: \"077\" is already the id of tables[0]");
        QJsonObject twice = edited(S("places[0].aims[0].drivers[0].id"), S("5"));
        twice = setAt(twice, S("places[0].aims[0].drivers[0].children[0].id").split(QLatin1Char('.')), S("5"),
                      false)
                    .toObject();
        QTest::newRow("driver id twice") << twice
                                         << S("places[0].aims[0].drivers[0].children[0].id: \"5\" is already "
                                              "the id of places[0].aims[0].drivers[0]");
        QTest::newRow("option_ids count")
            << edited(S("polls[0].option_ids"), QJsonArray({S("3")}))
            << S("polls[0].option_ids: expected 2 ids (one for each of polls[0].options), found 1");
        QTest::newRow("option_ids twice")
            << edited(S("polls[0].option_ids"), QJsonArray({S("3"), S("3")}))
            << S("polls[0].option_ids[1]: \"3\" is already the id of polls[0].options[0]");
        QTest::newRow("option_ids not digits")
            << edited(S("polls[0].option_ids"), QJsonArray({S("3"), S("x")}))
            << S("polls[0].option_ids[1]: expected a row id");
        QTest::newRow("option_ids not an array")
            << edited(S("polls[0].option_ids"), S("3,4"))
            << S("polls[0].option_ids: expected an array, found a string");
        QJsonObject columns = edited(S("indicators.area_ids"), QJsonArray({S("9")}));
        columns
            = setAt(columns, {S("indicators"), S("comparator_ids")}, QJsonArray({S("9")}), false).toObject();
        QTest::newRow("area and comparator share an id")
            << columns << S("indicators.comparator_ids[0]: \"9\" is already the id of indicators.areas[0]");

        // Who made a row.
        const QString made = S("tables[0].notes[0].made_by");
        QTest::newRow("made_by not an object")
            << edited(made, S("me")) << made + S(": expected an object, found a string");
        QTest::newRow("made_by.at a number")
            << edited(made, QJsonObject {{S("device"), S("d")}, {S("at"), 3}})
            << made + S(".at: expected a string, found the number 3");
        QTest::newRow("made_by.at missing")
            << edited(made, QJsonObject {{S("device"), S("d")}}) << made + S(".at: required key is missing");
        QTest::newRow("made_by.device missing")
            << edited(made, QJsonObject {{S("at"), S("2023-07-21T13:05:00.000Z")}})
            << made + S(".device: required key is missing");
        QTest::newRow("made_by.device empty")
            << edited(made, QJsonObject {{S("device"), S("")}, {S("at"), S("2023-07-21T13:05:00.000Z")}})
            << made + S(".device: must not be empty");
        QTest::newRow("made_by.at not a time")
            << edited(made, QJsonObject {{S("device"), S("d")}, {S("at"), S("yesterday")}})
            << made + S(".at: expected a time such as \"2023-07-21T13:05:00.000Z\", found \"yesterday\"");
        QTest::newRow("made_by.laptop not a string")
            << edited(S("polls[0].votes[0].made_by"),
                      QJsonObject {
                          {S("laptop"), true}, {S("device"), S("d")}, {S("at"), S("2023-07-21T13:05:00Z")}})
            << S("polls[0].votes[0].made_by.laptop: expected a string, found true");
        QTest::newRow("made_by on an action")
            << edited(S("places[0].actions[0].made_by"), QJsonArray())
            << S("places[0].actions[0].made_by: expected an object, found an array");
        QTest::newRow("made_by on an idea")
            << edited(S("places[0].aims[0].ideas[0].made_by.device"), 1)
            << S("places[0].aims[0].ideas[0].made_by.device: expected a string");

        // The session's origin.
        QTest::newRow("origin a number")
            << edited(S("origin"), 5) << S("origin: expected a string, found the number 5");
        QTest::newRow("origin empty") << edited(S("origin"), S("")) << S("origin: must not be empty");
        QTest::newRow("reveal unknown")
            << edited(S("polls[0].reveal"), S("later"))
            << S("polls[0].reveal: expected one of live, closed, found \"later\"");
        QTest::newRow("reveal not text")
            << edited(S("polls[0].reveal"), true) << S("polls[0].reveal: expected a string");
        QTest::newRow("hidden not a flag") << edited(S("polls[0].votes[0].hidden"), S("yes"))
                                           << S("polls[0].votes[0].hidden: expected true or false");
    }

    void moderationSurvivesDumpLoadDump()
    {
        // A hidden written answer and a poll revealed when voting closes: load keeps both, dump
        // writes them (and only then: a default-valued poll or vote dumps as before).
        QJsonObject json = minimal();
        QJsonArray polls = json[S("polls")].toArray();
        polls.append(QJsonObject {{S("question"), S("Ideas?")},
                                  {S("kind"), S("open")},
                                  {S("state"), S("open")},
                                  {S("reveal"), S("closed")},
                                  {S("options"), QJsonArray()},
                                  {S("votes"),
                                   QJsonArray {QJsonObject {{S("text"), S("buses")}},
                                               QJsonObject {{S("text"), S("rude")}, {S("hidden"), true}}}}});
        json[S("polls")] = polls;
        auto a = newDocument();
        QString error;
        QStringList warnings {S("not cleared")};
        QVERIFY2(interchange::validate(json, &error, &warnings), qPrintable(error));
        QCOMPARE(warnings, QStringList());
        QVERIFY2(interchange::load(json, *a->store(), &error), qPrintable(error));
        const QList<Row> votes = a->store()->rows(Kind::Vote);
        QCOMPARE(votes.size(), 3);
        int hidden = 0;
        for (const Row& v : votes)
            hidden += v.flag(S("hidden")) ? 1 : 0;
        QCOMPARE(hidden, 1);
        const QByteArray first = interchange::dumpText(*a->store());
        const QJsonArray dumped = QJsonDocument::fromJson(first).object()[S("polls")].toArray();
        QVERIFY(!dumped.at(0).toObject().contains(S("reveal")));
        QVERIFY(!dumped.at(0)[S("votes")][0].toObject().contains(S("hidden")));
        QCOMPARE(dumped.at(1)[S("reveal")].toString(), S("closed"));
        const QJsonArray written = dumped.at(1)[S("votes")].toArray();
        QCOMPARE(written.size(), 2);
        for (const QJsonValue& v : written) // in cast order; these have no times, so any order
            QCOMPARE(v[S("hidden")].toBool(), v[S("text")].toString() == S("rude"));
        auto b = newDocument();
        QVERIFY2(interchange::load(QJsonDocument::fromJson(first).object(), *b->store(), &error),
                 qPrintable(error));
        QCOMPARE(interchange::dumpText(*b->store()), first);

        // Only a written answer can be hidden: on a choice it is shown, with a warning naming it.
        json = edited(S("polls[0].votes[0].hidden"), true);
        auto c = newDocument();
        QVERIFY2(interchange::validate(json, &error, &warnings), qPrintable(error));
        QVERIFY2(interchange::load(json, *c->store(), &error), qPrintable(error));
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().startsWith(S("polls[0].votes[0].hidden: only written answers")),
                 qPrintable(warnings.first()));
        QVERIFY(!c->store()->rows(Kind::Vote).first().flag(S("hidden")));
    }
    void badInput()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!interchange::validate(json, &error));
        QVERIFY2(error.startsWith(expected), qPrintable(error));

        // load refuses the same way and writes nothing at all.
        auto doc = newDocument();
        const QByteArray before = interchange::dumpText(*doc->store());
        QString loadError;
        QVERIFY(!interchange::load(json, *doc->store(), &loadError));
        QCOMPARE(loadError, error);
        QCOMPARE(interchange::dumpText(*doc->store()), before);
    }

    void minimalLoads()
    {
        auto doc = newDocument();
        QString error;
        QVERIFY2(interchange::load(minimal(), *doc->store(), &error), qPrintable(error));
        QCOMPARE(doc->store()->count(Kind::Driver), 2);
        // Loading into a session that already holds content is refused.
        QVERIFY(!interchange::load(minimal(), *doc->store(), &error));
        QVERIFY2(error.contains(S("already holds")), qPrintable(error));
    }

    void unknownKeysAreIgnored()
    {
        QJsonObject json = minimal();
        json[S("future_feature")] = QJsonArray({1, 2});
        QJsonObject event = json[S("event")].toObject();
        event[S("colour")] = S("teal");
        json[S("event")] = event;
        QString error;
        QVERIFY2(interchange::validate(json, &error), qPrintable(error));
    }

    void unknownKeysAreWarnedWithTheirPaths()
    {
        QJsonObject json = minimal();
        json[S("future_feature")] = QJsonArray({1, 2});
        json = setAt(json, {S("event"), S("colour")}, S("teal"), false).toObject();
        json = setAt(json, {S("tables[0]"), S("notes[0]"), S("key_piont")}, true, false).toObject();
        json = setAt(json, {S("places[0]"), S("aims[0]"), S("ideas[0]"), S("colour")}, S("red"), false)
                   .toObject();
        json = setAt(json, {S("places[0]"), S("aims[0]"), S("drivers[0]"), S("children[0]"), S("owner")},
                     S("x"), false)
                   .toObject();
        json = setAt(json, {S("polls[0]"), S("votes[0]"), S("text")}, S("words"), false).toObject();
        json = setAt(json, {S("indicators"), S("rows[0]"), S("unit")}, S("%"), false).toObject();
        QString error;
        QStringList warnings;
        QVERIFY2(interchange::validate(json, &error, &warnings), qPrintable(error));
        // In the order the loader reads the sections; within an object, in key order.
        const QStringList expected = {
            S("future_feature: unknown key, ignored"),
            S("event.colour: unknown key, ignored"),
            S("places[0].aims[0].ideas[0].colour: unknown key, ignored"),
            S("places[0].aims[0].drivers[0].children[0].owner: unknown key, ignored"),
            S("polls[0].votes[0].text: not an answer to a choice poll, ignored"),
            S("tables[0].notes[0].key_piont: unknown key, ignored"),
            S("indicators.rows[0].unit: unknown key, ignored"),
        };
        QCOMPARE(warnings, expected);

        // They still load, and everything known arrives.
        auto doc = newDocument();
        QVERIFY2(interchange::load(json, *doc->store(), &error), qPrintable(error));
        QCOMPARE(doc->store()->count(Kind::Note), 1);
        QCOMPARE(doc->store()->count(Kind::Vote), 1);
        QCOMPARE(doc->store()->rows(Kind::Note).value(0).str(S("text")), S("n"));
    }

    void idsAndContractKeysAreKnown()
    {
        int counter = 0;
        QJsonObject json = withIds(minimal(), &counter).toObject();
        QCOMPARE(counter, 16); // every object of minimal(), the root too
        // The contract's optional keys: merge sources, each table, place and poll's source, a
        // poll's role and place.
        json[S("sources")] = QJsonArray({QJsonObject {{S("file"), S("table1.roundtable")},
                                                      {S("merged_at"), S("2023-07-21T16:00:00Z")},
                                                      {S("id"), S("77")}}});
        json = setAt(json, {S("tables[0]"), S("source")}, 0, false).toObject();
        json = setAt(json, {S("places[0]"), S("source")}, 0, false).toObject();
        json = setAt(json, {S("polls[0]"), S("source")}, 0, false).toObject();
        json = setAt(json, {S("polls[0]"), S("role")}, S("priorities"), false).toObject();
        json = setAt(json, {S("polls[0]"), S("place")}, 1, false).toObject();
        json = setAt(json, {S("agenda[0]"), S("poll")}, 0, false).toObject();
        json = setAt(json, {S("places[0]"), S("actions[0]"), S("idea_ref")},
                     QJsonObject {{S("aim"), 0}, {S("idea"), 0}, {S("id"), S("r")}}, false)
                   .toObject();
        QString error;
        QStringList warnings {S("not cleared")};
        QVERIFY2(interchange::validate(json, &error, &warnings), qPrintable(error));
        QCOMPARE(warnings, QStringList());

        // "id" is a string wherever it appears; a row's is its decimal id, while on an object that
        // is not a row (idea_ref above, the root) any string is ignored.
        QVERIFY(!interchange::validate(
            setAt(json, {S("tables[0]"), S("notes[0]"), S("id")}, 7, false).toObject(), &error));
        QCOMPARE(error, S("tables[0].notes[0].id: expected a string, found the number 7"));
        QVERIFY(!interchange::validate(
            setAt(json, {S("tables[0]"), S("notes[0]"), S("id")}, S("0b5e8c1e"), false).toObject(), &error));
        QCOMPARE(error,
                 S("tables[0].notes[0].id: expected a row id (decimal digits, from 1 to 9007199254740991), "
                   "found \"0b5e8c1e\""));
    }

    void dumpsLoadWithoutWarnings()
    {
        auto a = newDocument();
        fill(*a->store());
        const QByteArray text = interchange::dumpText(*a->store());
        QJsonObject json;
        QString error;
        QVERIFY2(interchange::parse(text, &json, &error), qPrintable(error));
        QStringList warnings;
        QVERIFY2(interchange::validate(json, &error, &warnings), qPrintable(error));
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));

        // The built-in templates, the sample session among them, and their dumps.
        const QDir templates(S(RT_SOURCE_DIR "/resources/templates"));
        const QStringList names = templates.entryList({S("*.json")}, QDir::Files);
        QVERIFY(names.contains(S("sample-session.json")));
        for (const QString& name : names) {
            QFile f(templates.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(interchange::parse(f.readAll(), &json, &error), qPrintable(name + S(": ") + error));
            QVERIFY2(interchange::validate(json, &error, &warnings), qPrintable(name + S(": ") + error));
            QVERIFY2(warnings.isEmpty(), qPrintable(name + S(": ") + warnings.join(S("; "))));
            auto doc = newDocument();
            QVERIFY2(interchange::load(json, *doc->store(), &error), qPrintable(name + S(": ") + error));
            const QByteArray dumped = interchange::dumpText(*doc->store());
            QVERIFY2(interchange::parse(dumped, &json, &error), qPrintable(error));
            QVERIFY2(interchange::validate(json, &error, &warnings), qPrintable(error));
            QVERIFY2(warnings.isEmpty(), qPrintable(name + S(" dumped: ") + warnings.join(S("; "))));
            auto again = newDocument();
            QVERIFY2(interchange::load(json, *again->store(), &error), qPrintable(error));
            QCOMPARE(interchange::dumpText(*again->store()), dumped);
        }
    }

    void invalidEscapesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        const QByteArray note = R"("text":"n")";
        QTest::newRow("lone high surrogate")
            << minimalText(note, R"("text":"A\ud800xB")")
            << S("tables[0].notes[0].text: invalid string escape \\ud800 (a lone surrogate)");
        QTest::newRow("lone high surrogate at the end")
            << minimalText(note, R"("text":"A\uD800")")
            << S("tables[0].notes[0].text: invalid string escape \\uD800 (a lone surrogate)");
        QTest::newRow("high surrogate then a letter escape")
            << minimalText(note, R"("text":"\ud83d\u0041")")
            << S("tables[0].notes[0].text: invalid string escape \\ud83d (a lone surrogate)");
        QTest::newRow("two high surrogates")
            << minimalText(note, R"("text":"\ud83d\ud83d")")
            << S("tables[0].notes[0].text: invalid string escape \\ud83d (a lone surrogate)");
        QTest::newRow("lone low surrogate")
            << minimalText(note, R"("text":"x\udc00")")
            << S("tables[0].notes[0].text: invalid string escape \\udc00 (a lone surrogate)");
        QTest::newRow("pair reversed")
            << minimalText(note, R"("text":"\ude00\ud83d")")
            << S("tables[0].notes[0].text: invalid string escape \\ude00 (a lone surrogate)");
        QTest::newRow("short \\u")
            << minimalText(note, R"("text":"\u12")")
            << S("tables[0].notes[0].text: invalid string escape \\u12 (\\u needs four hex digits)");
        QTest::newRow("\\u without digits")
            << minimalText(note, R"("text":"\uZZZZ")")
            << S("tables[0].notes[0].text: invalid string escape \\u (\\u needs four hex digits)");
        QTest::newRow("unknown escape")
            << minimalText(note, R"("text":"\q")") << S("tables[0].notes[0].text: invalid string escape \\q");
        QTest::newRow("escaped tab character")
            << minimalText(note, "\"text\":\"a\\\tb\"")
            << S("tables[0].notes[0].text: invalid string escape \\ (U+0009)");
        QTest::newRow("in an idea") << minimalText(R"("text":"i")", R"("text":"\x41")")
                                    << S("places[0].aims[0].ideas[0].text: invalid string escape \\x");
        QTest::newRow("in an array of strings")
            << minimalText(R"(["x","y"])", R"(["x","\ud800"])")
            << S("polls[0].options[1]: invalid string escape \\ud800 (a lone surrogate)");
        QTest::newRow("at the top level")
            << minimalText(R"("format":"roundtable-session")", R"("format":"\a")")
            << S("format: invalid string escape \\a");
        QTest::newRow("not in an object") << QByteArray(R"("\q")") << S("invalid string escape \\q");
        QTest::newRow("in a key") << minimalText(R"("key_point")", R"("key\qpoint")")
                                  << S("tables[0].notes[0].key\\qpoint: invalid string escape \\q");
        QTest::newRow("after an escaped key")
            << minimalText(R"("key_point":true)", R"("k\u0065y":"\ud800")")
            << S("tables[0].notes[0].key: invalid string escape \\ud800 (a lone surrogate)");
    }
    void invalidEscapesAreRefused()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        QJsonObject json;
        QString error;
        QVERIFY(!interchange::parse(text, &json, &error));
        QCOMPARE(error, expected);
        QVERIFY(json.isEmpty());

        // parse() is the first step of every load, so nothing is ever written (e2e/badfiles runs the CLI).
    }

    void validEscapesAreKept()
    {
        // A surrogate pair is one character beyond the BMP; every short escape stands for itself.
        const QByteArray text = minimalText(
            R"("text":"n")",
            "\"text\":\"\\ud83d\\ude00 \\uD83D\\uDE4F \\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\u0041\"");
        QJsonObject json;
        QString error;
        QVERIFY2(interchange::parse(text, &json, &error), qPrintable(error));
        const QString expected = S("😀 🙏 \"\\/\b\f\n\r\té"
                                   "A");
        QCOMPARE(json[S("tables")][0][S("notes")][0][S("text")].toString(), expected);
        auto doc = newDocument();
        QVERIFY2(interchange::load(json, *doc->store(), &error), qPrintable(error));
        QCOMPARE(doc->store()->rows(Kind::Note).value(0).str(S("text")), expected);
        // And round-trips: the dump parses back to the same text, and dumps identically.
        const QByteArray first = interchange::dumpText(*doc->store());
        QJsonObject again;
        QVERIFY2(interchange::parse(first, &again, &error), qPrintable(error));
        QCOMPARE(again[S("tables")][0][S("notes")][0][S("text")].toString(), expected);
        auto doc2 = newDocument();
        QVERIFY2(interchange::load(again, *doc2->store(), &error), qPrintable(error));
        QCOMPARE(interchange::dumpText(*doc2->store()), first);
    }

    void escapeScanIsLinear()
    {
        // Deep nesting and long strings of escapes: one pass, whatever the shape.
        QByteArray deep = QByteArray(100000, '[') + "\"\\q\"" + QByteArray(100000, ']');
        QJsonObject json;
        QString error;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!interchange::parse(deep, &json, &error));
        QVERIFY2(error.endsWith(S("[0]: invalid string escape \\q")), qPrintable(error.right(80)));
        QByteArray escapes = "{\"a\":\"" + QByteArray("\\ud83d\\ude00").repeated(200000) + "\"}";
        QVERIFY2(interchange::parse(escapes, &json, &error), qPrintable(error));
        QCOMPARE(json[S("a")].toString().size(), 400000);
        QByteArray keys = "{";
        for (int i = 0; i < 50000; ++i)
            keys += "\"k" + QByteArray::number(i) + "\":[1,{\"x\":\"y\"}],";
        keys += "\"last\":\"\\ud800\"}";
        QVERIFY(!interchange::parse(keys, &json, &error));
        QCOMPARE(error, S("last: invalid string escape \\ud800 (a lone surrogate)"));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    void notJson_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated") << QByteArray("{\n  \"format\": \"roundtable-session\",\n  \"version\": ")
                                   << S("not valid JSON at line 3");
        QTest::newRow("garbage") << QByteArray("hello") << S("not valid JSON at line 1, column 2");
        QTest::newRow("array") << QByteArray("[1, 2]") << S("expected a JSON object at the top level");
        QTest::newRow("empty") << QByteArray() << S("not valid JSON");
    }
    void notJson()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        QJsonObject out;
        QString error;
        QVERIFY(!interchange::parse(text, &out, &error));
        QVERIFY2(error.startsWith(expected), qPrintable(error));
    }

    void buildSessionFileLeavesNothingOnError()
    {
        const QString path = m_dir.filePath(S("built.roundtable"));
        QString error;
        QVERIFY(!interchange::buildSessionFile(path, edited(S("places[0].name"), 3), &error));
        QVERIFY(error.startsWith(S("places[0].name")));
        QVERIFY(!QFile::exists(path));
        QVERIFY2(interchange::buildSessionFile(path, minimal(), &error), qPrintable(error));
        QVERIFY(QFile::exists(path));
        const QByteArray hash = test::fileHash(path);
        QVERIFY(!interchange::buildSessionFile(path, minimal(), &error));
        QVERIFY2(error.contains(S("already exists")), qPrintable(error));
        QCOMPARE(test::fileHash(path), hash);
        // No temporary files are left beside it.
        QCOMPARE(QDir(m_dir.path()).entryList({S("*built*")}, QDir::Files | QDir::Hidden),
                 QStringList {S("built.roundtable")});
    }
};

QTEST_GUILESS_MAIN(TestInterchange)
#include "test_interchange.moc"
