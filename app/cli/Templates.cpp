// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Templates.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <algorithm>

namespace rt::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("rt::cli::Templates", text);
}
const QString Folder = QStringLiteral(":/templates");
} // namespace

QList<Template> templates()
{
    QList<Template> known = {
        {QStringLiteral("blank"), tr("an empty event with the three default prompts")},
        {QStringLiteral("health-employment-seminar"),
         tr("the health and employment seminar: agenda, 8 topic tables, 4 places, feedback polls, data "
            "pack")},
        {QStringLiteral("sample-session"),
         tr("a filled-in example day: notes from every table, PICK charts, driver diagram, action plans, "
            "votes")},
    };
    QList<Template> out;
    for (const Template& t : known) {
        if (QFile::exists(QStringLiteral("%1/%2.json").arg(Folder, t.name)))
            out << t;
    }
    // Templates added to resources/templates without a description here still show up.
    const QStringList files = QDir(Folder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& f : files) {
        const QString name = f.chopped(5);
        const bool listed
            = std::any_of(out.cbegin(), out.cend(), [&](const Template& t) { return t.name == name; });
        if (!listed)
            out << Template {name, QString()};
    }
    return out;
}

QByteArray templateJson(const QString& name)
{
    if (name.isEmpty() || name.contains(QLatin1Char('/')))
        return {};
    QFile f(QStringLiteral("%1/%2.json").arg(Folder, name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace rt::cli
