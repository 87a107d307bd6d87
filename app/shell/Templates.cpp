// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/Templates.h"

#include "cli/Templates.h"
#include "interchange/SessionBuilder.h"
#include "session/Document.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
    // The command line's list gives the order and the descriptions, so both agree.
    QList<Template> list;
    bool haveBlank = false;
    for (const cli::Template& known : cli::templates()) {
        Template t;
        t.name = known.name;
        t.resource = QStringLiteral(":/templates/%1.json").arg(known.name);
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
        t.description = known.description;
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
    if (!interchange::buildSessionFile(target, readTemplate(tmpl.resource), &error))
        return {SessionError::Io, error, tr("template %1").arg(tmpl.name)};
    return {};
}

} // namespace rt
