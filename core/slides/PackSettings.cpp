// SPDX-License-Identifier: GPL-3.0-or-later
#include "slides/PackSettings.h"

#include "slides/DeckBuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rt::slides {

PackSettings PackSettings::defaults()
{
    return {sectionKeys(), {}, {}};
}

PackSettings PackSettings::fromJson(const QString& json)
{
    PackSettings s = defaults();
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    if (o.isEmpty())
        return s;
    const QStringList all = sectionKeys();
    QStringList order;
    for (const QJsonValue& v : o.value(QLatin1String("order")).toArray()) {
        if (all.contains(v.toString()) && !order.contains(v.toString()))
            order << v.toString();
    }
    // A section this file does not name goes after the one before it in the default order.
    for (int i = 0; i < all.size(); ++i) {
        if (order.contains(all[i]))
            continue;
        const qsizetype after = i == 0 ? -1 : order.indexOf(all[i - 1]);
        order.insert(after + 1, all[i]);
    }
    s.order = order;
    for (const QJsonValue& v : o.value(QLatin1String("omit")).toArray()) {
        if (all.contains(v.toString()))
            s.omitted.insert(v.toString());
    }
    s.caveat = o.value(QLatin1String("caveat")).toString().trimmed();
    return s;
}

QString PackSettings::toJson() const
{
    if (*this == defaults())
        return {};
    QJsonObject o;
    o.insert(QLatin1String("order"), QJsonArray::fromStringList(order));
    QStringList omit;
    for (const QString& k : order) {
        if (omitted.contains(k))
            omit << k;
    }
    o.insert(QLatin1String("omit"), QJsonArray::fromStringList(omit));
    if (!caveat.isEmpty())
        o.insert(QLatin1String("caveat"), caveat);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QStringList PackSettings::included() const
{
    QStringList out;
    for (const QString& k : order) {
        if (!omitted.contains(k))
            out << k;
    }
    return out;
}

} // namespace rt::slides
