// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/Templates.h"

#include "interchange/SessionBuilder.h"
#include "session/Document.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace rt {

namespace {

const QString Folder = QStringLiteral(":/templates");

QString resourceOf(const QString& name)
{
    return QStringLiteral("%1/%2.json").arg(Folder, name);
}

QJsonObject readTemplate(const QString& resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

/** The sample records a past event, so it keeps that event's date; every other template is
 *  the plan of an event to come, dated the day it is used (the date is easy to change after). */
const QString PastEvent = QStringLiteral("sample-session");

QJsonObject datedForUse(const QString& name, QJsonObject json)
{
    if (name == PastEvent || !json.contains(QStringLiteral("event")))
        return json;
    QJsonObject event = json.value(QStringLiteral("event")).toObject();
    event.insert(QStringLiteral("date"), QDate::currentDate().toString(Qt::ISODate));
    json.insert(QStringLiteral("event"), event);
    return json;
}

QString prettyName(const QString& baseName)
{
    QString title = baseName;
    title.replace(QLatin1Char('-'), QLatin1Char(' '));
    if (!title.isEmpty())
        title[0] = title.at(0).toUpper();
    return title;
}

} // namespace

QList<Templates::Listing> Templates::listing()
{
    const QList<Listing> known = {
        {QStringLiteral("blank"), tr("an empty event with the three default prompts")},
        {QStringLiteral("health-employment-seminar"),
         tr("the health and employment seminar: agenda, 8 topic tables, 4 places, feedback polls, data "
            "pack")},
        {QStringLiteral("sample-session"),
         tr("a filled-in example day: notes from every table, PICK charts, driver diagram, action plans, "
            "votes; it keeps the date of the event it records")},
    };
    QList<Listing> out;
    for (const Listing& t : known) {
        if (QFile::exists(resourceOf(t.name)))
            out << t;
    }
    // Templates added to resources/templates without a summary here still show up.
    const QStringList files = QDir(Folder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& f : files) {
        const QString name = f.chopped(5);
        const bool listed
            = std::any_of(out.cbegin(), out.cend(), [&](const Listing& t) { return t.name == name; });
        if (!listed)
            out << Listing {name, QString()};
    }
    return out;
}

QList<Templates::Template> Templates::available()
{
    QList<Template> list;
    bool haveBlank = false;
    for (const Listing& known : listing()) {
        Template t;
        t.name = known.name;
        t.resource = resourceOf(known.name);
        const QJsonObject json = readTemplate(t.resource);
        if (t.name == QLatin1String("blank")) {
            t.title = tr("Blank session");
            haveBlank = true;
        } else {
            t.title
                = json.value(QStringLiteral("event")).toObject().value(QStringLiteral("title")).toString();
        }
        if (t.title.isEmpty())
            t.title = prettyName(t.name);
        t.description = known.summary;
        if (t.description.isEmpty()) {
            const int tables = int(json.value(QStringLiteral("tables")).toArray().size());
            const int places = int(json.value(QStringLiteral("places")).toArray().size());
            const int polls = int(json.value(QStringLiteral("polls")).toArray().size());
            t.description = tr("%n table(s)", nullptr, tables) + QStringLiteral(", ")
                + tr("%n place(s)", nullptr, places) + QStringLiteral(", ")
                + tr("%n poll(s)", nullptr, polls);
        } else {
            t.description[0] = t.description.at(0).toUpper();
        }
        if (t.name == QLatin1String("blank"))
            list.prepend(t);
        else
            list.append(t);
    }
    if (!haveBlank)
        list.prepend({QStringLiteral("blank"), tr("Blank session"), tr("An empty session"), QString()});
    return list;
}

QByteArray Templates::json(const QString& name)
{
    if (name.isEmpty() || name.contains(QLatin1Char('/')))
        return {};
    const QJsonObject json = readTemplate(resourceOf(name));
    if (json.isEmpty())
        return {};
    return QJsonDocument(datedForUse(name, json)).toJson();
}

SessionError Templates::create(const Template& tmpl, const QString& target)
{
    if (tmpl.resource.isEmpty()) {
        Document document;
        return document.create(target);
    }
    if (QFileInfo::exists(target))
        return {SessionError::Exists, tr("%1 already exists").arg(QDir::toNativeSeparators(target)), {}};
    // The builder writes beside the target and renames into place, so a failure leaves nothing.
    QString error;
    if (!interchange::buildSessionFile(target, datedForUse(tmpl.name, readTemplate(tmpl.resource)), &error))
        return {SessionError::Io, error, tr("template %1").arg(tmpl.name)};
    return {};
}

} // namespace rt
