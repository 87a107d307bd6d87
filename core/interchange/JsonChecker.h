// SPDX-License-Identifier: GPL-3.0-or-later
// Inside the interchange code only: checked reading of JSON values, each problem named by its
// JSON path ("places[0].aims[1].statement: expected a string, found null").
#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QVariantMap>
#include <initializer_list>

namespace rt::interchange {

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
    /** An optional index into a list of @p size items named @p list. */
    bool index(const QJsonObject& o, const QString& path, const char* name, qsizetype size,
               const QString& list, int* out);
    bool array(const QJsonObject& o, const QString& path, const char* name, bool required, QJsonArray* out);
    bool object(const QJsonValue& v, const QString& path, QJsonObject* out);
    bool strings(const QJsonArray& a, const QString& path, QStringList* out);
    /** When @p values holds @p column, its text must be one of @p allowed. */
    bool oneOf(const QVariantMap& values, const QString& column, const QStringList& allowed,
               const QString& path);
};

} // namespace rt::interchange
