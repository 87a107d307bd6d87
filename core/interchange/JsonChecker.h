// SPDX-License-Identifier: GPL-3.0-or-later
// Inside the interchange code only: checked reading of JSON values, each problem named by its
// JSON path ("places[0].aims[1].statement: expected a string, found null").
#pragma once

#include "domain/Kind.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QVariantMap>
#include <array>
#include <initializer_list>

namespace rt::interchange {

struct PMade;

/** Reads values out of JSON objects with their types checked. Every reader returns false on the
 *  first problem, which is kept in error (the first one only); @p path is the JSON path of the
 *  object read. Text goes into a column map under its key's name (or @p column). */
class JsonChecker
{
    Q_DECLARE_TR_FUNCTIONS(Interchange)
public:
    QString error;
    QStringList warnings; ///< "json.path: unknown key, ignored", in the order the objects are read

    /** Keeps @p problem at @p path as the error (unless one is kept already). @return false */
    bool fail(const QString& path, const QString& problem);
    static QString key(const QString& path, const QString& name); ///< path.name
    static QString at(const QString& path, qsizetype i); ///< path[i]
    /** What @p v is, for a message: "found null", "found a string"… */
    static QString found(const QJsonValue& v);

    /** Warns about every key of @p o not in @p keys (the object is still read: newer files load).
     *  Any object may carry a string "id", its row's stable identity.
     *  @return false (error set) when "id" is not a string */
    bool known(const QJsonObject& o, const QString& path, std::initializer_list<const char*> keys);
    /** The value under @p name; false (error set) when required and missing. *present tells. */
    bool value(const QJsonObject& o, const QString& path, const char* name, bool required, QJsonValue* out,
               bool* present);
    bool text(const QJsonObject& o, const QString& path, const char* name, bool required, QVariantMap& into,
              const char* column = nullptr);
    bool flag(const QJsonObject& o, const QString& path, const char* name, QVariantMap& into);
    bool integer(const QJsonValue& v, const QString& path, qint64 min, qint64 max, qint64* out);
    /** An optional index into a list of @p size items named @p list, numbered from @p first
     *  (0, or 1 where the contract numbers items as people do); *out is always 0-based. */
    bool index(const QJsonObject& o, const QString& path, const char* name, qsizetype size,
               const QString& list, int* out, int first = 0);
    bool array(const QJsonObject& o, const QString& path, const char* name, bool required, QJsonArray* out);
    bool object(const QJsonValue& v, const QString& path, QJsonObject* out);
    bool strings(const QJsonArray& a, const QString& path, QStringList* out);
    /** When @p values holds @p column, its text must be one of @p allowed. */
    bool oneOf(const QVariantMap& values, const QString& column, const QStringList& allowed,
               const QString& path);

    /** A row's optional "id": a string of decimal digits from 1 to 2^53 - 1, used once per kind;
     *  kept in @p into as "id" (a number). */
    bool rowId(const QJsonObject& o, const QString& path, Kind kind, QVariantMap& into);
    /** An optional array @p name of row ids, one for each of the @p count items at the JSON path
     *  @p items (a poll's plain-string options, say), each checked as rowId() checks one. */
    bool rowIds(const QJsonObject& o, const QString& path, const char* name, Kind kind, const QString& items,
                qsizetype count, QList<qint64>* out);
    /** An optional "made_by": {"laptop": name, "device": id, "at": ISO 8601 time}; the time is kept
     *  in UTC with milliseconds, as stamps are. */
    bool madeBy(const QJsonObject& o, const QString& path, PMade* out);

    /** @p text as a row id (decimal digits, 1 to 2^53 - 1), or 0. */
    static qint64 parseId(const QString& text);

private:
    /** @p v at @p path as the id of the row at the path @p owner (named when it comes again). */
    bool checkId(const QJsonValue& v, const QString& path, const QString& owner, Kind kind, qint64* out);

    std::array<QHash<qint64, QString>, KindCount> m_ids; ///< per kind: id → the path that gave it
};

} // namespace rt::interchange
