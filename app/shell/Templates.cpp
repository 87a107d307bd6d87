// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/Templates.h"

#include "session/Document.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

// The interchange loader arrives with the command-line work; until then a template gives only
// its event details.
#if __has_include("interchange/SessionBuilder.h")
#include "interchange/SessionBuilder.h"
#define RT_HAVE_SESSION_BUILDER 1
#endif

namespace rt {

namespace {

QJsonObject readTemplate(const QString& resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
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

QList<Templates::Template> Templates::available()
{
    QList<Template> list;
    QList<Template> builtIn;
    QString blankResource;
    const QDir dir(QStringLiteral(":/templates"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        Template t;
        t.name = QFileInfo(file).completeBaseName();
        t.resource = dir.filePath(file);
        const QJsonObject json = readTemplate(t.resource);
        t.title = json.value(QStringLiteral("event")).toObject().value(QStringLiteral("title")).toString();
        if (t.title.isEmpty())
            t.title = prettyName(t.name);
        const int tables = int(json.value(QStringLiteral("tables")).toArray().size());
        const int places = int(json.value(QStringLiteral("places")).toArray().size());
        const int polls = int(json.value(QStringLiteral("polls")).toArray().size());
        t.description = tr("%n table(s)", nullptr, tables) + QStringLiteral(", ")
            + tr("%n place(s)", nullptr, places) + QStringLiteral(", ") + tr("%n poll(s)", nullptr, polls);
        if (t.name == QLatin1String("blank")) {
            blankResource = t.resource; // the blank entry below stands for it
            continue;
        }
        builtIn.append(t);
    }
    std::sort(builtIn.begin(), builtIn.end(),
              [](const Template& a, const Template& b) { return a.title.localeAwareCompare(b.title) < 0; });
    list.append({QStringLiteral("blank"), tr("Blank session"),
                 tr("An empty session: add the agenda, tables and places yourself"), blankResource});
    list.append(builtIn);
    return list;
}

SessionError Templates::create(const Template& tmpl, const QString& target)
{
#ifdef RT_HAVE_SESSION_BUILDER
    if (!tmpl.resource.isEmpty()) {
        QString error;
        if (QFileInfo::exists(target))
            return {SessionError::Exists, tr("%1 already exists").arg(QDir::toNativeSeparators(target)), {}};
        if (!interchange::buildSessionFile(target, readTemplate(tmpl.resource), &error))
            return {SessionError::Io, error, tr("template %1").arg(tmpl.name)};
        return {};
    }
#endif
    Document document;
    SessionError error = document.create(target);
    if (error)
        return error;
    if (tmpl.resource.isEmpty())
        return {};
    const QJsonObject event = readTemplate(tmpl.resource).value(QStringLiteral("event")).toObject();
    Store* store = document.store();
    const qint64 eventId = store->ids(Kind::Event).value(0, 1);
    Store::Transaction transaction(*store);
    for (const char* key : {"title", "date", "venue", "organiser", "disclaimer"}) {
        const QString column = QString::fromLatin1(key);
        if (event.contains(column))
            store->update(Kind::Event, eventId, column, event.value(column).toString());
    }
    if (event.contains(QStringLiteral("purpose")))
        store->update(Kind::Event, eventId, QStringLiteral("purpose"),
                      QString::fromUtf8(QJsonDocument(event.value(QStringLiteral("purpose")).toArray())
                                            .toJson(QJsonDocument::Compact)));
    transaction.commit();
    return {};
}

} // namespace rt
