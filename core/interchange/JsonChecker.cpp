// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/JsonChecker.h"

#include "interchange/ParsedSession.h"

#include <QDateTime>
#include <algorithm>
#include <cmath>
#include <limits>

namespace rt::interchange {

bool JsonChecker::fail(const QString& path, const QString& problem)
{
    if (error.isEmpty())
        error = path.isEmpty() ? problem : path + QStringLiteral(": ") + problem;
    return false;
}

QString JsonChecker::key(const QString& path, const QString& name)
{
    return path.isEmpty() ? name : path + QLatin1Char('.') + name;
}
QString JsonChecker::at(const QString& path, qsizetype i)
{
    return path + QStringLiteral("[%1]").arg(i);
}

bool JsonChecker::known(const QJsonObject& o, const QString& path, std::initializer_list<const char*> keys)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString& k = it.key();
        if (k == QLatin1String("id")) {
            if (!it.value().isString())
                return fail(key(path, k), tr("expected a string, %1").arg(found(it.value())));
            continue;
        }
        if (std::none_of(keys.begin(), keys.end(), [&k](const char* name) { return k == L(name); }))
            warnings.append(key(path, k) + QStringLiteral(": ") + tr("unknown key, ignored"));
    }
    return true;
}

QString JsonChecker::found(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return tr("found null");
    case QJsonValue::Bool:
        return tr("found %1").arg(v.toBool() ? L("true") : L("false"));
    case QJsonValue::Double:
        return tr("found the number %1").arg(v.toDouble());
    case QJsonValue::String:
        return tr("found a string");
    case QJsonValue::Array:
        return tr("found an array");
    case QJsonValue::Object:
        return tr("found an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("found nothing");
}

bool JsonChecker::value(const QJsonObject& o, const QString& path, const char* name, bool required,
                        QJsonValue* out, bool* present)
{
    const QString k = L(name);
    const auto it = o.constFind(k);
    *present = it != o.constEnd();
    if (*present) {
        *out = it.value();
        return true;
    }
    if (required)
        return fail(key(path, k), tr("required key is missing"));
    return true;
}

bool JsonChecker::text(const QJsonObject& o, const QString& path, const char* name, bool required,
                       QVariantMap& into, const char* column)
{
    QJsonValue v;
    bool present = false;
    if (!value(o, path, name, required, &v, &present))
        return false;
    if (!present)
        return true;
    if (!v.isString())
        return fail(key(path, L(name)), tr("expected a string, %1").arg(found(v)));
    into.insert(L(column ? column : name), nonNull(v.toString()));
    return true;
}

bool JsonChecker::flag(const QJsonObject& o, const QString& path, const char* name, QVariantMap& into)
{
    QJsonValue v;
    bool present = false;
    if (!value(o, path, name, false, &v, &present))
        return false;
    if (!present)
        return true;
    if (!v.isBool())
        return fail(key(path, L(name)), tr("expected true or false, %1").arg(found(v)));
    into.insert(L(name), v.toBool());
    return true;
}

bool JsonChecker::integer(const QJsonValue& v, const QString& path, qint64 min, qint64 max, qint64* out)
{
    const double d = v.toDouble();
    if (!v.isDouble() || std::floor(d) != d || d < double(min) || d > double(max)) {
        if (max == std::numeric_limits<int>::max())
            return fail(path, tr("expected a whole number of at least %1, %2").arg(min).arg(found(v)));
        return fail(path, tr("expected a whole number from %1 to %2, %3").arg(min).arg(max).arg(found(v)));
    }
    *out = qint64(d);
    return true;
}

bool JsonChecker::index(const QJsonObject& o, const QString& path, const char* name, qsizetype size,
                        const QString& list, int* out, int first)
{
    QJsonValue v;
    bool present = false;
    if (!value(o, path, name, false, &v, &present))
        return false;
    if (!present)
        return true;
    const QString p = key(path, L(name));
    if (size == 0)
        return fail(p, tr("refers to %1, but there are none").arg(list));
    const double d = v.toDouble(-1);
    if (!v.isDouble() || std::floor(d) != d || d < first || d >= double(size + first))
        return fail(p,
                    tr("expected an index into %1 (%2 to %3), %4")
                        .arg(list)
                        .arg(first)
                        .arg(size - 1 + first)
                        .arg(found(v)));
    *out = int(d) - first;
    return true;
}

bool JsonChecker::array(const QJsonObject& o, const QString& path, const char* name, bool required,
                        QJsonArray* out)
{
    QJsonValue v;
    bool present = false;
    if (!value(o, path, name, required, &v, &present))
        return false;
    if (!present)
        return true;
    if (!v.isArray())
        return fail(key(path, L(name)), tr("expected an array, %1").arg(found(v)));
    *out = v.toArray();
    return true;
}

bool JsonChecker::object(const QJsonValue& v, const QString& path, QJsonObject* out)
{
    if (!v.isObject())
        return fail(path, tr("expected an object, %1").arg(found(v)));
    *out = v.toObject();
    return true;
}

bool JsonChecker::strings(const QJsonArray& a, const QString& path, QStringList* out)
{
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a[i].isString())
            return fail(at(path, i), tr("expected a string, %1").arg(found(a[i])));
        out->append(nonNull(a[i].toString()));
    }
    return true;
}

bool JsonChecker::oneOf(const QVariantMap& values, const QString& column, const QStringList& allowed,
                        const QString& path)
{
    if (!values.contains(column) || allowed.contains(values.value(column).toString()))
        return true;
    return fail(key(path, column),
                tr("expected one of %1, found \"%2\"")
                    .arg(allowed.join(QStringLiteral(", ")), values.value(column).toString()));
}

qint64 JsonChecker::parseId(const QString& text)
{
    constexpr qint64 MaxId = (Q_INT64_C(1) << 53) - 1;
    if (text.isEmpty() || text.size() > 16)
        return 0;
    qint64 n = 0;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return 0;
        n = n * 10 + (c.unicode() - '0');
    }
    return n <= MaxId ? n : 0;
}

bool JsonChecker::checkId(const QJsonValue& v, const QString& path, const QString& owner, Kind kind,
                          qint64* out)
{
    if (!v.isString())
        return fail(path, tr("expected a string, %1").arg(found(v)));
    const qint64 id = parseId(v.toString());
    if (id == 0)
        return fail(path,
                    tr("expected a row id (decimal digits, from 1 to %1), found \"%2\"")
                        .arg((Q_INT64_C(1) << 53) - 1)
                        .arg(v.toString().left(40)));
    QHash<qint64, QString>& seen = m_ids[size_t(kind)];
    const auto it = seen.constFind(id);
    if (it != seen.constEnd())
        return fail(path, tr("\"%1\" is already the id of %2").arg(v.toString(), it.value()));
    seen.insert(id, owner);
    *out = id;
    return true;
}

bool JsonChecker::rowId(const QJsonObject& o, const QString& path, Kind kind, QVariantMap& into)
{
    const auto it = o.constFind(QLatin1String("id"));
    if (it == o.constEnd())
        return true;
    qint64 id = 0;
    if (!checkId(it.value(), key(path, L("id")), path, kind, &id))
        return false;
    into.insert(L("id"), id);
    return true;
}

bool JsonChecker::rowIds(const QJsonObject& o, const QString& path, const char* name, Kind kind,
                         const QString& items, qsizetype count, QList<qint64>* out)
{
    QJsonArray a;
    if (!array(o, path, name, false, &a) || !o.contains(L(name)))
        return error.isEmpty();
    const QString p = key(path, L(name));
    if (a.size() != count)
        return fail(p,
                    tr("expected %1 ids (one for each of %2), found %3").arg(count).arg(items).arg(a.size()));
    out->reserve(a.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        qint64 id = 0;
        if (!checkId(a[i], at(p, i), at(items, i), kind, &id))
            return false;
        out->append(id);
    }
    return true;
}

bool JsonChecker::madeBy(const QJsonObject& o, const QString& path, PMade* out)
{
    QJsonValue v;
    bool present = false;
    if (!value(o, path, "made_by", false, &v, &present) || !present)
        return error.isEmpty();
    const QString p = key(path, L("made_by"));
    QJsonObject m;
    QVariantMap fields;
    if (!object(v, p, &m) || !known(m, p, {"laptop", "device", "at"}) || !text(m, p, "laptop", false, fields)
        || !text(m, p, "device", true, fields) || !text(m, p, "at", true, fields))
        return false;
    out->laptop = fields.value(L("laptop")).toString();
    out->device = fields.value(L("device")).toString();
    if (out->device.isEmpty())
        return fail(key(p, L("device")), tr("must not be empty"));
    const QString at = fields.value(L("at")).toString();
    QDateTime time = QDateTime::fromString(at, Qt::ISODateWithMs);
    if (!time.isValid())
        return fail(
            key(p, L("at")),
            tr("expected a time such as \"2023-07-21T13:05:00.000Z\", found \"%1\"").arg(at.left(40)));
    if (time.timeSpec() == Qt::LocalTime) // no zone given: stamps are in UTC
        time.setTimeSpec(Qt::UTC);
    out->at = time.toUTC().toString(Qt::ISODateWithMs);
    return true;
}

} // namespace rt::interchange
