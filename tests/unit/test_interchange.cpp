// SPDX-License-Identifier: GPL-3.0-or-later
// Interchange JSON v1: dump → load → dump is identical, hostile text survives verbatim, and every
// kind of bad input is refused with its JSON path, leaving the store untouched.
#include "TestSupport.h"
#include "interchange/Interchange.h"
#include "interchange/SessionBuilder.h"
#include "session/Document.h"
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

/** minimal() as compact JSON text with @p from replaced by @p to: raw bytes the parser has to read. */
QByteArray minimalText(const QByteArray& from, const QByteArray& to)
{
    QByteArray text = QJsonDocument(minimal()).toJson(QJsonDocument::Compact);
    const qsizetype at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0)
        qFatal("minimalText: \"%s\" is not in the text exactly once", from.constData());
    return text.replace(at, from.size(), to);
}

/** @p value with a string "id" added to every object in it, however deep. */
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
    o.insert(QStringLiteral("id"), QStringLiteral("0b5e8c1e-%1").arg(++*counter));
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
        const qint64 p1 = s.insert(Kind::Prompt, {{S("key"), S("matters")}, {S("question"), hostile[2]}});
        const qint64 p2
            = s.insert(Kind::Prompt, {{S("key"), S("working")}, {S("question"), S("What's working well?")}});
        const qint64 place = s.insert(Kind::Place, {{S("name"), hostile[3]}, {S("priorities"), hostile[6]}});
        const qint64 poll = s.insert(Kind::Poll,
                                     {{S("question"), hostile[1]},
                                      {S("kind"), S("multi")},
                                      {S("state"), S("open")},
                                      {S("max_choices"), 2},
                                      {S("place_id"), place}});
        for (const QString& t : hostile.mid(0, 3))
            s.insert(Kind::PollOption, {{S("poll_id"), poll}, {S("text"), t}});
        s.insert(Kind::Vote,
                 {{S("poll_id"), poll},
                  {S("device"), S("dev-1")},
                  {S("cast_at"), S("2023-07-21T13:05:00Z")},
                  {S("answer"), S("{\"choices\":[0,2]}")}});
        s.insert(Kind::Vote, {{S("poll_id"), poll}, {S("answer"), S("{\"choices\":[1]}")}});
        const qint64 open
            = s.insert(Kind::Poll, {{S("question"), S("What did you learn?")}, {S("kind"), S("open")}});
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
        QCOMPARE(d[S("polls")][0][S("votes")][0][S("choices")].toArray(), QJsonArray({0, 2}));
        QCOMPARE(d[S("polls")][0][S("max_choices")].toInt(), 2);
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
                                                      {S("id"), S("s")}}});
        json = setAt(json, {S("tables[0]"), S("source")}, 0, false).toObject();
        json = setAt(json, {S("places[0]"), S("source")}, 0, false).toObject();
        json = setAt(json, {S("polls[0]"), S("source")}, 0, false).toObject();
        json = setAt(json, {S("polls[0]"), S("role")}, S("priorities"), false).toObject();
        json = setAt(json, {S("polls[0]"), S("place")}, 0, false).toObject();
        json = setAt(json, {S("agenda[0]"), S("poll")}, 0, false).toObject();
        json = setAt(json, {S("places[0]"), S("actions[0]"), S("idea_ref")},
                     QJsonObject {{S("aim"), 0}, {S("idea"), 0}, {S("id"), S("r")}}, false)
                   .toObject();
        QString error;
        QStringList warnings {S("not cleared")};
        QVERIFY2(interchange::validate(json, &error, &warnings), qPrintable(error));
        QCOMPARE(warnings, QStringList());

        // "id" is a string wherever it appears.
        QVERIFY(!interchange::validate(
            setAt(json, {S("tables[0]"), S("notes[0]"), S("id")}, 7, false).toObject(), &error));
        QCOMPARE(error, S("tables[0].notes[0].id: expected a string, found the number 7"));
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
