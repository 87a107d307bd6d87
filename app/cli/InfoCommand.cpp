// SPDX-License-Identifier: GPL-3.0-or-later
// roundtable info FILE [--json]
#include "cli/Cli.h"
#include "domain/ActionStatus.h"
#include "session/Document.h"
#include "store/Columns.h"
#include "store/RoomRepository.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

namespace rt::cli {

namespace {
/** The schema version the file itself carries (PRAGMA user_version, bytes 60..63 of the header),
 *  not the version a read-only view may have upgraded a private copy to. */
int fileSchemaVersion(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || !f.seek(60))
        return 0;
    const QByteArray b = f.read(4);
    return b.size() == 4 ? int(qFromBigEndian<quint32>(b.constData())) : 0;
}
} // namespace

int runInfo(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("print one JSON object instead of text"));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("the session file (opened read-only)"));
    if (const int status = parseArguments(parser, QStringLiteral("info"), args); status >= 0)
        return status;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return fail(tr("info: expected one FILE (usage: roundtable info FILE [--json])"));

    Document doc;
    if (const SessionError e = doc.open(files.first(), SessionFile::Mode::ReadOnly))
        return fail(e.message);
    const Store& s = *doc.store();
    const Row event = s.row(Kind::Event, 1);
    const auto n = [&](Kind k) { return s.count(k); };

    QJsonObject o;
    o.insert(QStringLiteral("file"), QDir::toNativeSeparators(doc.path()));
    o.insert(QStringLiteral("schema_version"), fileSchemaVersion(doc.path()));
    for (const char* key : {"title", "date", "venue", "organiser", "language"})
        o.insert(QLatin1String(key), event.str(QLatin1String(key)));
    o.insert(QStringLiteral("agenda_items"), n(Kind::AgendaItem));
    o.insert(QStringLiteral("prompts"), n(Kind::Prompt));
    o.insert(QStringLiteral("tables"), n(Kind::Table));
    o.insert(QStringLiteral("notes"), n(Kind::Note));
    o.insert(QStringLiteral("key_points"), s.count(Kind::Note, {{col::KeyPoint, qlonglong(1)}}));
    o.insert(QStringLiteral("places"), n(Kind::Place));
    o.insert(QStringLiteral("aims"), n(Kind::Aim));
    o.insert(QStringLiteral("ideas"), n(Kind::Idea));
    o.insert(QStringLiteral("drivers"), n(Kind::Driver));
    o.insert(QStringLiteral("actions"), n(Kind::Action));
    // Following through: actions still open (neither done nor stopped), and those of them whose
    // due date has passed.
    int open = 0, overdue = 0;
    const QDate today = QDate::currentDate();
    for (const Row& a : s.rows(Kind::Action)) {
        if (!actionStatusIsOpen(a.str(col::Status)))
            continue;
        ++open;
        if (actionIsOverdue(a.str(col::Status), a.str(col::Due), today))
            ++overdue;
    }
    o.insert(QStringLiteral("action_updates"), n(Kind::ActionUpdate));
    o.insert(QStringLiteral("actions_open"), open);
    o.insert(QStringLiteral("actions_overdue"), overdue);
    o.insert(QStringLiteral("polls"), n(Kind::Poll));
    o.insert(QStringLiteral("poll_options"), n(Kind::PollOption));
    o.insert(QStringLiteral("votes"), n(Kind::Vote));
    o.insert(QStringLiteral("indicators"), n(Kind::Indicator));
    o.insert(QStringLiteral("indicator_columns"), n(Kind::IndicatorColumn));
    o.insert(QStringLiteral("indicator_readings"), n(Kind::IndicatorReading));
    o.insert(QStringLiteral("sources"), n(Kind::Source));
    // The live room: this file's role, its edits no host has yet, and (host) its log and laptops.
    const RoomRepository room(s);
    o.insert(QStringLiteral("room_role"), room.value(QStringLiteral("room_role")));
    o.insert(QStringLiteral("room_waiting"), room.outboxCount());
    o.insert(QStringLiteral("room_log"), room.lastGseq());
    o.insert(QStringLiteral("room_laptops"), int(room.peers().size()));

    if (parser.isSet(jsonOption)) {
        printBytes(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return 0;
    }
    const auto i = [&](const char* key) { return o.value(QLatin1String(key)).toInt(); };
    const auto line = [](const QString& label, const QString& value) {
        return QStringLiteral("%1 %2\n").arg(label, -12).arg(value);
    };
    QString out;
    out += line(tr("File"), o.value(QStringLiteral("file")).toString());
    out += line(tr("Title"), event.str(col::Title));
    if (!event.str(col::Date).isEmpty())
        out += line(tr("Date"), event.str(col::Date));
    if (!event.str(col::Venue).isEmpty())
        out += line(tr("Venue"), event.str(col::Venue));
    out += line(tr("Schema"), tr("version %1").arg(i("schema_version")));
    out += line(tr("Agenda"), tr("%n item(s)", nullptr, i("agenda_items")));
    out += line(tr("Prompts"), QString::number(i("prompts")));
    out += line(tr("Tables"),
                tr("%1 (notes: %2, key points: %3)").arg(i("tables")).arg(i("notes")).arg(i("key_points")));
    out += line(tr("Places"),
                tr("%1 (aims: %2, ideas: %3, drivers: %4, actions: %5)")
                    .arg(i("places"))
                    .arg(i("aims"))
                    .arg(i("ideas"))
                    .arg(i("drivers"))
                    .arg(i("actions")));
    if (i("actions") > 0)
        out += line(tr("Follow-up"),
                    tr("%1 open, %2 overdue, %n progress update(s)", nullptr, i("action_updates"))
                        .arg(i("actions_open"))
                        .arg(i("actions_overdue")));
    out += line(tr("Polls"), tr("%1 (votes: %2)").arg(i("polls")).arg(i("votes")));
    out += line(tr("Data pack"),
                tr("%n indicator(s)", nullptr, i("indicators")) + QStringLiteral(", ")
                    + tr("%n column(s)", nullptr, i("indicator_columns")));
    if (i("sources") > 0)
        out += line(tr("Merged from"), tr("%n file(s)", nullptr, i("sources")));
    const QString role = o.value(QStringLiteral("room_role")).toString();
    if (role == QLatin1String("host"))
        out += line(tr("Room"),
                    tr("hosted here: %n laptop(s), ", nullptr, i("room_laptops"))
                        + tr("%n change(s) logged", nullptr, i("room_log")));
    else if (role == QLatin1String("member"))
        out += line(tr("Room"),
                    tr("a laptop in a room: %n edit(s) waiting for the host", nullptr, i("room_waiting")));
    print(out);
    return 0;
}

} // namespace rt::cli
