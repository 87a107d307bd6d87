// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

/**
 * JSON kept in a text column: event.purpose and indicator.vals hold a compact JSON array of
 * strings, vote.answer a compact JSON object. Reading and writing them goes through here.
 */
namespace rt::jsontext {

/** The strings of the JSON array in @p text: a string as itself, a number in its shortest decimal
 *  form, anything else as "". Text that is not a JSON array is one string (empty text: none). */
QStringList stringList(const QString& text);
/** @p list as a compact JSON array, the form the columns keep. */
QString fromStringList(const QStringList& list);

/** The JSON object in @p text; empty when it holds none. */
QJsonObject object(const QString& text);

/** @p value as compact JSON text. */
QString compact(const QJsonArray& value);
QString compact(const QJsonObject& value);

} // namespace rt::jsontext
