// SPDX-License-Identifier: GPL-3.0-or-later
// The command line end to end: the real binary, real files, exit codes and one-line errors.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using rt::test::fileHash;
using rt::test::runCli;

namespace {
QString S(const char* text)
{
    return QString::fromUtf8(text);
}

/** stderr must be exactly one line, "roundtable: …". */
bool isOneLineError(const QByteArray& err)
{
    return err.startsWith("roundtable: ") && err.endsWith('\n') && err.count('\n') == 1;
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char* name) const { return m_dir.filePath(S(name)); }

    QJsonObject infoJson(const QString& file)
    {
        QByteArray out, err;
        const int rc = runCli({S("info"), file, S("--json")}, &out, &err);
        if (rc != 0)
            qWarning() << err;
        return QJsonDocument::fromJson(out).object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(qEnvironmentVariable("RT_BINARY")),
                 "RT_BINARY must name the roundtable binary");
    }

    void helpListsEveryCommand()
    {
        QByteArray out, err;
        QCOMPARE(runCli({S("--help")}, &out, &err), 0);
        for (const char* synopsis :
             {"new [--template NAME] FILE", "templates", "info FILE [--json]", "dump FILE", "load JSON FILE",
              "export FILE --format pptx|pdf|md|csv [-o OUT]", "merge OUT FILE...",
              "serve FILE --poll N [--bind ADDR] [--port P]",
              "screenshot FILE --view VIEW -o OUT.png [--size WxH]"})
            QVERIFY2(out.contains(synopsis), synopsis);
        QVERIFY(err.isEmpty());
        // Each command has its own help too.
        QCOMPARE(runCli({S("info"), S("--help")}, &out, &err), 0);
        QVERIFY(out.contains("Usage: roundtable info FILE [--json]"));
        QVERIFY(out.contains("--json"));
    }

    /** The commands `roundtable --help` lists: the first word of each synopsis line. */
    QStringList listedCommands()
    {
        QByteArray out;
        if (runCli({S("--help")}, &out) != 0)
            return {};
        const QString text = QString::fromUtf8(out);
        const QString section = text.section(S("Commands:\n"), 1).section(S("\n\n"), 0, 0);
        QStringList names;
        for (const QString& line : section.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            // "  name …" starts a command; a longer indent continues the one before.
            if (line.startsWith(S("  ")) && !line.at(2).isSpace())
                names << line.mid(2).section(QLatin1Char(' '), 0, 0);
        }
        return names;
    }

    void everyListedCommandHasHelp()
    {
        const QStringList names = listedCommands();
        for (const char* name :
             {"new", "templates", "info", "dump", "load", "export", "merge", "serve", "screenshot"})
            QVERIFY2(names.contains(S(name)), name);
        for (const QString& name : names) {
            for (const char* flag : {"--help", "-h"}) {
                QByteArray out, err;
                QCOMPARE(runCli({name, S(flag)}, &out, &err), 0);
                QVERIFY2(err.isEmpty(), err.constData());
                QVERIFY2(out.startsWith("Usage: roundtable " + name.toUtf8()), out.constData());
                QVERIFY2(out.contains("-h, --help"), out.constData());
            }
        }
    }

    void commandHelpNamesItsArguments_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("new") << S("new") << QStringList {S("--template <NAME>"), S("FILE")};
        QTest::newRow("templates") << S("templates") << QStringList {S("Options:")};
        QTest::newRow("info") << S("info") << QStringList {S("--json"), S("FILE")};
        QTest::newRow("dump") << S("dump") << QStringList {S("FILE")};
        QTest::newRow("load") << S("load") << QStringList {S("JSON"), S("FILE")};
        QTest::newRow("export") << S("export")
                                << QStringList {S("-f, --format <FORMAT>"),
                                                S("-o, --output <OUT>"),
                                                S("--sections <LIST>"),
                                                S("FILE"),
                                                S("pptx"),
                                                S("pdf"),
                                                S("md"),
                                                S("csv")};
        QTest::newRow("merge") << S("merge") << QStringList {S("OUT"), S("FILE...")};
        QTest::newRow("serve") << S(
            "serve") << QStringList {S("--poll <N>"), S("--bind <ADDR>"), S("--port <P>"), S("FILE")};
        QTest::newRow("screenshot") << S("screenshot")
                                    << QStringList {S("--view <VIEW>"), S("-o, --output <OUT.png>"),
                                                    S("--size <WxH>"), S("FILE"), S("Views:")};
    }
    void commandHelpNamesItsArguments()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, names);
        QByteArray out, err;
        QCOMPARE(runCli({command, S("--help")}, &out, &err), 0);
        QVERIFY2(err.isEmpty(), err.constData());
        const QString text = QString::fromUtf8(out);
        for (const QString& name : names)
            QVERIFY2(text.contains(name), qPrintable(name + S(" not in:\n") + text));
        if (names.contains(S("FILE")))
            QVERIFY2(text.contains(S("Arguments:")), qPrintable(text));
    }

    void unknownOptionIsNamed_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString session = path("options.roundtable");
        if (!QFile::exists(session))
            QCOMPARE(runCli({S("new"), S("--template"), S("sample-session"), session}), 0);
        for (const QString& name : listedCommands())
            QTest::newRow(qPrintable(name)) << QStringList {name, S("--no-such-option")};
        // Also where the rest of the line is good.
        QTest::newRow("export, after good arguments")
            << QStringList {S("export"), session, S("--format"), S("md"), S("--no-such-option")};
        QTest::newRow("merge, among files")
            << QStringList {S("merge"), path("merged.roundtable"), S("--no-such-option"), session};
        QTest::newRow("serve, after good arguments")
            << QStringList {S("serve"), session, S("--poll"), S("1"), S("--no-such-option")};
        QTest::newRow("short option") << QStringList {S("export"), session, S("-q")};
    }
    void unknownOptionIsNamed()
    {
        QFETCH(QStringList, args);
        QByteArray out, err;
        QCOMPARE(runCli(args, &out, &err), 1); // bad usage: one line on stderr, status 1
        QVERIFY2(isOneLineError(err), err.constData());
        QVERIFY2(err.startsWith("roundtable: " + args.first().toUtf8() + ": "), err.constData());
        const QString option = args.last().startsWith(S("-q")) ? S("'q'") : S("'no-such-option'");
        QVERIFY2(QString::fromUtf8(err).contains(option), err.constData());
        QVERIFY(out.isEmpty());
        QVERIFY(!QFile::exists(path("merged.roundtable")));
        QVERIFY(!QFile::exists(path("options.md"))); // nothing written
    }

    void missingOptionValueIsNamed_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString file = path("value.roundtable");
        QTest::newRow("export --format") << QStringList {S("export"), file, S("--format")};
        QTest::newRow("export -o") << QStringList {S("export"), file, S("--format"), S("md"), S("-o")};
        QTest::newRow("serve --poll") << QStringList {S("serve"), file, S("--poll")};
        QTest::newRow("serve --bind") << QStringList {S("serve"), file, S("--poll"), S("1"), S("--bind")};
        QTest::newRow("new --template") << QStringList {S("new"), file, S("--template")};
    }
    void missingOptionValueIsNamed()
    {
        QFETCH(QStringList, args);
        QByteArray err;
        QCOMPARE(runCli(args, nullptr, &err), 1);
        QVERIFY2(isOneLineError(err), err.constData());
        QVERIFY2(QString::fromUtf8(err).contains(args.last()), err.constData());
        QVERIFY(!QFile::exists(path("value.roundtable")));
    }

    void version()
    {
        QByteArray out;
        QCOMPARE(runCli({S("--version")}, &out), 0);
        QVERIFY2(QRegularExpression(S("^roundtable \\d+\\.\\d+\\.\\d+\\n$"))
                     .match(QString::fromUtf8(out))
                     .hasMatch(),
                 out.constData());
    }

    void templatesAreListed()
    {
        QByteArray out;
        QCOMPARE(runCli({S("templates")}, &out), 0);
        const QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QStringList names;
        for (const QString& l : lines)
            names << l.section(QLatin1Char(' '), 0, 0);
        QCOMPARE(names, (QStringList {S("blank"), S("health-employment-seminar"), S("sample-session")}));
        for (const QString& l : lines)
            QVERIFY2(l.simplified().count(QLatin1Char(' ')) >= 2, qPrintable(l)); // a description follows
    }

    void newBlank()
    {
        const QString file = path("blank.roundtable");
        QByteArray out, err;
        QCOMPARE(runCli({S("new"), file}, &out, &err), 0);
        QVERIFY(err.isEmpty());
        const QJsonObject info = infoJson(file);
        QCOMPARE(info.value(S("prompts")).toInt(), 3);
        QCOMPARE(info.value(S("tables")).toInt(), 0);
        QByteArray dump;
        QCOMPARE(runCli({S("dump"), file}, &dump), 0);
        const QJsonArray prompts = QJsonDocument::fromJson(dump).object().value(S("prompts")).toArray();
        QCOMPARE(prompts.size(), 3);
        QCOMPARE(prompts[0][S("key")].toString(), S("matters"));
        QCOMPARE(prompts[0][S("question")].toString(), S("What matters to us?"));
        QCOMPARE(prompts[1][S("question")].toString(), S("What's working well?"));
        QCOMPARE(prompts[2][S("key")].toString(), S("not_working"));
        QCOMPARE(prompts[2][S("question")].toString(), S("What's not working so well?"));
    }

    void seminarTemplateInfo()
    {
        const QString file = path("seminar.roundtable");
        QCOMPARE(runCli({S("new"), S("--template"), S("health-employment-seminar"), file}), 0);
        const QByteArray hash = fileHash(file);
        const QJsonObject info = infoJson(file);
        const QList<QPair<const char*, int>> expected
            = {{"agenda_items", 9}, {"tables", 8}, {"notes", 0},       {"places", 4},
               {"aims", 0},         {"ideas", 0},  {"drivers", 0},     {"actions", 0},
               {"polls", 4},        {"votes", 0},  {"indicators", 12}, {"schema_version", 8}};
        for (const auto& [key, value] : expected) {
            QVERIFY2(info.value(QLatin1String(key)).isDouble(), key);
            QCOMPARE(info.value(QLatin1String(key)).toInt(), value);
        }
        QCOMPARE(info.value(S("title")).toString(), S("Health & Employment Seminar"));
        QCOMPARE(fileHash(file), hash); // info only reads

        QByteArray text;
        QCOMPARE(runCli({S("info"), file}, &text), 0);
        QVERIFY(text.contains("Health & Employment Seminar"));
        QVERIFY(text.contains("Tables       8"));

        // The data pack arrived with the reference figures, blanks kept blank.
        QByteArray dump;
        QCOMPARE(runCli({S("dump"), file}, &dump), 0);
        const QJsonObject d = QJsonDocument::fromJson(dump).object();
        const QJsonObject pack = d[S("indicators")].toObject();
        QCOMPARE(pack[S("areas")].toArray().size(), 4);
        QCOMPARE(pack[S("comparators")].toArray(), QJsonArray({S("East of England"), S("England")}));
        QCOMPARE(pack[S("rows")][0][S("values")].toArray(),
                 QJsonArray({S("74%"), S("81%"), S("70%"), S("82%"), S(""), S("75%")}));
        QCOMPARE(d[S("tables")][2][S("topic")].toString(), S("Musculo-skeletal (MSK)"));
        QCOMPARE(d[S("places")][3][S("name")].toString(), S("Milton Keynes"));
        QCOMPARE(d[S("polls")][1][S("options")].toArray().size(), 4);
    }

    void sampleSessionHasContent()
    {
        const QString file = path("sample.roundtable");
        QCOMPARE(runCli({S("new"), S("--template"), S("sample-session"), file}), 0);
        const QJsonObject info = infoJson(file);
        QCOMPARE(info.value(S("tables")).toInt(), 8);
        QCOMPARE(info.value(S("places")).toInt(), 4);
        QVERIFY(info.value(S("notes")).toInt() >= 8 * 3 * 6);
        QVERIFY(info.value(S("key_points")).toInt() > 0);
        QVERIFY(info.value(S("ideas")).toInt() >= 4 * 8);
        QVERIFY(info.value(S("drivers")).toInt() > 0);
        QVERIFY(info.value(S("actions")).toInt() >= 4 * 3);
        QVERIFY(info.value(S("votes")).toInt() > 0);
        QCOMPARE(info.value(S("indicators")).toInt(), 12);
    }

    void dumpLoadDumpIsIdentical_data()
    {
        QTest::addColumn<QString>("templateName");
        QTest::newRow("blank") << S("blank");
        QTest::newRow("seminar") << S("health-employment-seminar");
        QTest::newRow("sample") << S("sample-session");
    }
    void dumpLoadDumpIsIdentical()
    {
        QFETCH(QString, templateName);
        const QString a = m_dir.filePath(templateName + S("-a.roundtable"));
        const QString b = m_dir.filePath(templateName + S("-b.roundtable"));
        QCOMPARE(runCli({S("new"), S("--template"), templateName, a}), 0);
        const QByteArray hash = fileHash(a);
        QByteArray first, second, err;
        QCOMPARE(runCli({S("dump"), a}, &first), 0);
        QCOMPARE(fileHash(a), hash); // dump only reads
        // Through stdin, as in `roundtable dump a | roundtable load - b`.
        QCOMPARE(runCli({S("load"), S("-"), b}, nullptr, &err, first), 0);
        QVERIFY2(err.isEmpty(), err.constData());
        QCOMPARE(runCli({S("dump"), b}, &second), 0);
        QCOMPARE(second, first);
        QVERIFY(QJsonDocument::fromJson(first).isObject());
        // The copy is the same session: its origin and every row's id came with it.
        const QJsonObject dumped = QJsonDocument::fromJson(first).object();
        QVERIFY(!dumped[S("origin")].toString().isEmpty());
        QCOMPARE(dumped[S("event")][S("id")].toString(), S("1"));
        for (const QJsonValue& prompt : dumped[S("prompts")].toArray())
            QVERIFY(prompt[S("id")].toString().toLongLong() > 0);
    }

    void loadFromFile()
    {
        const QString json = path("in.json");
        QFile f(json);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "roundtable-session", "version": 1,
                   "prompts": [{"key": "matters", "question": "Q"}],
                   "tables": [{"topic": "Ünïcödé 😀", "notes": [{"prompt": "matters", "text": "  kept  "}]}]})");
        f.close();
        const QString file = path("fromfile.roundtable");
        QByteArray err;
        QCOMPARE(runCli({S("load"), json, file}, nullptr, &err), 0);
        QByteArray dump;
        QCOMPARE(runCli({S("dump"), file}, &dump), 0);
        const QJsonObject table = QJsonDocument::fromJson(dump).object()[S("tables")][0].toObject();
        QCOMPARE(table[S("topic")].toString(), S("Ünïcödé 😀"));
        QCOMPARE(table[S("number")].toInt(), 1);
        QCOMPARE(table[S("notes")][0][S("text")].toString(), S("  kept  "));
    }

    void loadWarnsAboutUnknownKeys()
    {
        // A misspelt key still loads (a newer file must), but each one is named on stderr.
        QByteArray json = R"({"format": "roundtable-session", "version": 1, "id": "s-1",
            "prompts": [{"key": "matters", "question": "Q", "id": "4503599627370497"}],
            "tables": [{"topic": "t", "notes": [
                {"prompt": "matters", "text": "a"},
                {"prompt": "matters", "text": "b", "key_piont": true}]}],
            "indicators": {"areas": [], "extra0": 0)";
        for (int i = 1; i < 25; ++i)
            json += ", \"extra" + QByteArray::number(i) + "\": " + QByteArray::number(i);
        json += "}}";
        const QString file = path("warned.roundtable");
        QByteArray out, err;
        QCOMPARE(runCli({S("load"), S("-"), file}, &out, &err, json), 0);
        QVERIFY(QFile::exists(file));
        const QList<QByteArray> lines = err.trimmed().split('\n');
        QCOMPARE(lines.size(), 21); // at most 20, then how many more
        for (const QByteArray& line : lines)
            QVERIFY2(line.startsWith("roundtable: warning: "), line.constData());
        QVERIFY2(err.contains("roundtable: warning: tables[0].notes[1].key_piont: unknown key, ignored\n"),
                 err.constData());
        QVERIFY2(err.contains("roundtable: warning: indicators.extra0: unknown key, ignored\n"),
                 err.constData());
        QVERIFY2(!err.contains(": id:") && !err.contains(".id:"), err.constData());
        QCOMPARE(lines.last(), QByteArray("roundtable: warning: and 6 more"));
        QByteArray dump;
        QCOMPARE(runCli({S("dump"), file}, &dump), 0);
        QCOMPARE(QJsonDocument::fromJson(dump).object()[S("tables")][0][S("notes")][1][S("text")].toString(),
                 S("b"));
    }

    void badJsonLeavesNoFile_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{\"format\": \"roundtable-session\",\n \"version\": }")
                                  << S("roundtable: standard input: not valid JSON at line 2");
        QTest::newRow("bad impact")
            << QByteArray(R"({"format": "roundtable-session", "version": 1,
            "places": [{"name": "Luton", "aims": [{"statement": "s",
            "ideas": [{"text": "a", "impact": 0.5, "effort": 0.5}, {"text": "b", "impact": 7, "effort": 0.1}]}]}]})")
            << S("roundtable: standard input: places[0].aims[0].ideas[1].impact: expected a "
                 "number between 0 and 1");
        QTest::newRow("unknown prompt")
            << QByteArray(R"({"format": "roundtable-session", "version": 1,
            "tables": [{"topic": "t", "notes": [{"prompt": "matters", "text": "x"}]}]})")
            << S("roundtable: standard input: tables[0].notes[0].prompt: unknown prompt");
        QTest::newRow("missing format") << QByteArray(R"({"version": 1})")
                                        << S("roundtable: standard input: format: required key is missing");
        QTest::newRow("id used twice") << QByteArray(R"({"format": "roundtable-session", "version": 1,
            "tables": [{"topic": "a", "id": "4503599627370497"}, {"topic": "b", "id": "4503599627370497"}]})")
                                       << S("roundtable: standard input: tables[1].id: \"4503599627370497\" "
                                            "is already the id of tables[0]");
        QTest::newRow("id not digits") << QByteArray(
            R"({"format": "roundtable-session", "version": 1, "tables": [{"topic": "a", "id": "t1"}]})")
                                       << S("roundtable: standard input: tables[0].id: expected a row id");
    }
    void badJsonLeavesNoFile()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const QString file = path("bad.roundtable");
        QByteArray out, err;
        QVERIFY(runCli({S("load"), S("-"), file}, &out, &err, json) != 0);
        QVERIFY2(isOneLineError(err), err.constData());
        QVERIFY2(QString::fromUtf8(err).startsWith(expected), err.constData());
        QVERIFY(!QFile::exists(file));
        // Nothing else was left in the folder either (no temporary or lock files).
        QVERIFY(QDir(m_dir.path()).entryList({S("*bad*")}, QDir::Files | QDir::Hidden).isEmpty());
    }

    void loadMissingJson()
    {
        QByteArray err;
        QVERIFY(runCli({S("load"), path("nothere.json"), path("x.roundtable")}, nullptr, &err) != 0);
        QVERIFY2(isOneLineError(err) && err.contains("nothere.json"), err.constData());
        QVERIFY(!QFile::exists(path("x.roundtable")));
    }

    void newRefusesExistingPath_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("a text file") << QByteArray("my precious notes\n");
        QTest::newRow("an empty file") << QByteArray();
    }
    void newRefusesExistingPath()
    {
        QFETCH(QByteArray, content);
        const QString file = path("existing.roundtable");
        QFile::remove(file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const QByteArray hash = fileHash(file);
        QByteArray err;
        QVERIFY(runCli({S("new"), file}, nullptr, &err) != 0);
        QVERIFY2(isOneLineError(err) && err.contains("existing.roundtable") && err.contains("already exists"),
                 err.constData());
        QCOMPARE(fileHash(file), hash);
        // load refuses the same way.
        QVERIFY(
            runCli({S("load"), S("-"), file}, nullptr, &err, R"({"format":"roundtable-session","version":1})")
            != 0);
        QVERIFY2(err.contains("already exists"), err.constData());
        QCOMPARE(fileHash(file), hash);
    }

    void newFromCarriesOpenActions()
    {
        // Last event's file, with one action done, one on track with its progress log.
        const QString sample = path("carry-sample.roundtable");
        QCOMPARE(runCli({S("new"), S("--template"), S("sample-session"), sample}), 0);
        QByteArray dump;
        QCOMPARE(runCli({S("dump"), sample}, &dump), 0);
        QJsonObject d = QJsonDocument::fromJson(dump).object();
        QJsonArray places = d[S("places")].toArray();
        QJsonObject place = places[0].toObject();
        QJsonArray actions = place[S("actions")].toArray();
        QVERIFY(actions.size() >= 2);
        QJsonObject done = actions[0].toObject();
        done[S("status")] = S("done");
        actions[0] = done;
        QJsonObject going = actions[1].toObject();
        going[S("status")] = S("on_track");
        going[S("updates")] = QJsonArray({QJsonObject {{S("at"), S("2023-09-01T10:00:00Z")},
                                                       {S("who"), S("Place lead")},
                                                       {S("text"), S("Two employers signed up")},
                                                       {S("status"), S("on_track")}}});
        actions[1] = going;
        place[S("actions")] = actions;
        places[0] = place;
        d[S("places")] = places;
        const QString previous = path("carry-previous.roundtable");
        QByteArray err;
        QCOMPARE(runCli({S("load"), S("-"), previous}, nullptr, &err, QJsonDocument(d).toJson()), 0);
        const QByteArray before = fileHash(previous);
        const int allActions = infoJson(previous).value(S("actions")).toInt();

        const QString next = path("carry-next.roundtable");
        QCOMPARE(runCli({S("new"), S("--from"), previous, next}, nullptr, &err), 0);
        QVERIFY2(err.isEmpty(), err.constData());
        QCOMPARE(fileHash(previous), before); // read, never written
        const QJsonObject info = infoJson(next);
        QCOMPARE(info.value(S("places")).toInt(), 4);
        QCOMPARE(info.value(S("actions")).toInt(), allActions - 1); // the done one stays behind
        QCOMPARE(info.value(S("action_updates")).toInt(), 1);
        QCOMPARE(info.value(S("tables")).toInt(), 0);
        QCOMPARE(info.value(S("notes")).toInt(), 0);
        QCOMPARE(info.value(S("votes")).toInt(), 0);
        QVERIFY(info.value(S("aims")).toInt() > 0);
        QCOMPARE(info.value(S("indicators")).toInt(), 12);
        // The action keeps its identity, so it can be followed from event to event.
        QByteArray nextDump;
        QCOMPARE(runCli({S("dump"), next}, &nextDump), 0);
        const QJsonObject n = QJsonDocument::fromJson(nextDump).object();
        const QJsonObject carried = n[S("places")][0][S("actions")][0].toObject();
        QCOMPARE(carried[S("id")].toString(), going[S("id")].toString());
        QCOMPARE(carried[S("status")].toString(), S("on_track"));
        QCOMPARE(carried[S("updates")][0][S("text")].toString(), S("Two employers signed up"));

        // An existing file is never written over, and --from with --template is refused.
        const QByteArray nextHash = fileHash(next);
        QVERIFY(runCli({S("new"), S("--from"), previous, next}, nullptr, &err) != 0);
        QVERIFY2(isOneLineError(err) && err.contains("already exists"), err.constData());
        QCOMPARE(fileHash(next), nextHash);
        QVERIFY(runCli({S("new"), S("--from"), path("nowhere.roundtable"), path("carry-x.roundtable")},
                       nullptr, &err)
                != 0);
        QVERIFY2(isOneLineError(err) && err.contains("nowhere.roundtable"), err.constData());
        QVERIFY(!QFile::exists(path("carry-x.roundtable")));
        QVERIFY(
            runCli({S("new"), S("--from"), previous, S("--template"), S("blank"), path("carry-y.roundtable")},
                   nullptr, &err)
            != 0);
        QVERIFY2(isOneLineError(err) && err.contains("--from"), err.constData());
    }

    void newUnknownTemplate()
    {
        QByteArray err;
        QVERIFY(runCli({S("new"), S("--template"), S("nope"), path("t.roundtable")}, nullptr, &err) != 0);
        QVERIFY2(isOneLineError(err) && err.contains("nope"), err.constData());
        QVERIFY(!QFile::exists(path("t.roundtable")));
    }

    void badFilesAreRefusedAndUnchanged_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("garbage") << QByteArray("this is not a database at all\n")
                                 << S("not an SQLite database");
        QTest::newRow("empty") << QByteArray() << S("empty");
        QByteArray truncated("SQLite format 3");
        truncated.append('\0');
        truncated.append(40, 'x');
        QTest::newRow("truncated") << truncated << S("truncated");
    }
    void badFilesAreRefusedAndUnchanged()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        const QString file = path("damaged.roundtable");
        QFile::remove(file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const QByteArray hash = fileHash(file);
        for (const QStringList& args :
             {QStringList {S("info"), file}, QStringList {S("info"), file, S("--json")},
              QStringList {S("dump"), file}}) {
            QByteArray out, err;
            QVERIFY(runCli(args, &out, &err) != 0);
            QVERIFY2(isOneLineError(err), err.constData());
            QVERIFY2(err.contains("damaged.roundtable") && err.contains(reason.toUtf8()), err.constData());
            QVERIFY(out.isEmpty());
            QCOMPARE(fileHash(file), hash);
        }
    }

    void missingFile()
    {
        QByteArray out, err;
        QVERIFY(runCli({S("info"), path("absent.roundtable")}, &out, &err) != 0);
        QVERIFY2(isOneLineError(err) && err.contains("absent.roundtable") && err.contains("does not exist"),
                 err.constData());
        QVERIFY(!QFile::exists(path("absent.roundtable"))); // never created by the attempt
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("info without file") << QStringList {S("info")};
        QTest::newRow("dump two files") << QStringList {S("dump"), S("a"), S("b")};
        QTest::newRow("load one arg") << QStringList {S("load"), S("-")};
        QTest::newRow("unknown option") << QStringList {S("info"), S("--frobnicate"), S("x")};
        QTest::newRow("screenshot without view")
            << QStringList {S("screenshot"), S("x"), S("-o"), S("y.png")};
        QTest::newRow("export without format") << QStringList {S("export"), S("x")};
        QTest::newRow("export unknown section")
            << QStringList {S("export"), S("x"), S("--format"), S("md"), S("--sections"), S("nope")};
        QTest::newRow("export two files")
            << QStringList {S("export"), S("x"), S("y"), S("--format"), S("md")};
        QTest::newRow("merge without inputs") << QStringList {S("merge"), S("out.roundtable")};
        QTest::newRow("serve without poll") << QStringList {S("serve"), S("x")};
        QTest::newRow("serve poll 0") << QStringList {S("serve"), S("x"), S("--poll"), S("0")};
        QTest::newRow("serve bad port")
            << QStringList {S("serve"), S("x"), S("--poll"), S("1"), S("--port"), S("70000")};
        QTest::newRow("serve two files") << QStringList {S("serve"), S("x"), S("y"), S("--poll"), S("1")};
        QTest::newRow("serve on every interface")
            << QStringList {S("serve"), S("x"), S("--poll"), S("1"), S("--bind"), S("0.0.0.0")};
        QTest::newRow("screenshot bad size") << QStringList {
            S("screenshot"), S("x"), S("--view"), S("agenda"), S("-o"), S("y.png"), S("--size"), S("big")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QByteArray out, err;
        QVERIFY(runCli(args, &out, &err) != 0);
        QVERIFY2(isOneLineError(err), err.constData());
    }

    void screenshotUnknownViewFailsCleanly()
    {
        const QString file = path("shot.roundtable");
        QCOMPARE(runCli({S("new"), file}), 0);
        const QString png = path("shot.png");
        QByteArray err;
        QVERIFY(runCli({S("screenshot"), file, S("--view"), S("no-such-view"), S("-o"), png}, nullptr, &err)
                != 0);
        QVERIFY2(isOneLineError(err) && err.contains("no-such-view"), err.constData());
        QVERIFY(!QFile::exists(png));
    }

    // A picture for a user guide shows the window ready to edit (a read-only window greys out
    // every button), drawn from a copy: the session's folder is left exactly as it was.
    void screenshotShowsTheEditorAndLeavesTheSession()
    {
        QTemporaryDir sessions;
        const QString file = sessions.filePath(S("shot.roundtable"));
        QCOMPARE(runCli({S("new"), S("--template"), S("sample-session"), file}), 0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        const QStringList listing = QDir(sessions.path()).entryList(QDir::AllEntries | QDir::Hidden);
        const QString editable = path("editable.png"), readOnly = path("read-only.png");
        QByteArray err;
        QVERIFY2(runCli({S("screenshot"), file, S("--view"), S("agenda"), S("-o"), editable}, nullptr, &err)
                     == 0,
                 err.constData());
        QVERIFY2(
            runCli({S("screenshot"), file, S("--view"), S("agenda"), S("-o"), readOnly, S("--read-only")},
                   nullptr, &err)
                == 0,
            err.constData());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(f.readAll() == before, "the screenshot changed the session");
        QCOMPARE(QDir(sessions.path()).entryList(QDir::AllEntries | QDir::Hidden), listing);
        QFile a(editable), b(readOnly);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QVERIFY2(a.readAll() != b.readAll(), "the editable window looked like the read-only one");
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
