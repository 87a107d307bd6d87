// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/JsonText.h"

#include <QJsonDocument>

namespace rt::jsontext {

QStringList stringList(const QString& text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (!doc.isArray())
        return text.isEmpty() ? QStringList() : QStringList {text};
    QStringList out;
    const QJsonArray array = doc.array();
    for (const QJsonValue& v : array)
        out << (v.isString() ? v.toString() : v.isDouble() ? QString::number(v.toDouble()) : QString());
    return out;
}

QString fromStringList(const QStringList& list)
{
    return compact(QJsonArray::fromStringList(list));
}

QJsonObject object(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString compact(const QJsonArray& value)
{
    return QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonObject& value)
{
    return QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact));
}

} // namespace rt::jsontext
