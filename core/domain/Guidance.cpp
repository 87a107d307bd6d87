// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Guidance.h"

#include <QJsonArray>

namespace rt::guidance {

QStringList kinds()
{
    return {QStringLiteral("arrival"), QStringLiteral("plenary"),  QStringLiteral("break"),
            QStringLiteral("tables"),  QStringLiteral("breakout"), QStringLiteral("close")};
}

QString activityFor(const QString& kind, const QString& title, bool hasPoll)
{
    const QString t = title.toLower();
    auto has = [&t](const char* word) { return t.contains(QLatin1String(word)); };
    if (has("vote") || has("poll"))
        return QStringLiteral("vote");
    if (kind == QLatin1String("breakout")) {
        if (has("action"))
            return QStringLiteral("action_plan");
        if (has("idea") || has("pick"))
            return QStringLiteral("pick");
    }
    if (hasPoll && kind != QLatin1String("tables") && kind != QLatin1String("breakout"))
        return QStringLiteral("vote");
    return kind;
}

Entry lookup(const QJsonObject& library, const QString& activity)
{
    const QJsonObject activities = library.value(QLatin1String("activities")).toObject();
    QJsonObject o = activities.value(activity).toObject();
    if (o.isEmpty() && (activity == QLatin1String("pick") || activity == QLatin1String("action_plan")))
        o = activities.value(QLatin1String("breakout")).toObject();
    Entry e;
    e.title = o.value(QLatin1String("title")).toString();
    e.summary = o.value(QLatin1String("summary")).toString();
    const QJsonArray steps = o.value(QLatin1String("steps")).toArray();
    for (const QJsonValue& s : steps) {
        if (s.isString())
            e.steps << s.toString();
    }
    return e;
}

QString toText(const Entry& entry)
{
    QStringList lines;
    if (!entry.summary.isEmpty())
        lines << entry.summary;
    if (!entry.steps.isEmpty()) {
        if (!lines.isEmpty())
            lines << QString();
        for (const QString& s : entry.steps)
            lines << QStringLiteral("• ") + s;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace rt::guidance
