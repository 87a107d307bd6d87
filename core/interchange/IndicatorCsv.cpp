// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/IndicatorCsv.h"

#include "commands/RowCommands.h"
#include "domain/JsonText.h"
#include "session/Document.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>
#include <algorithm>

namespace rt {

namespace {

struct Record
{
    QStringList fields;
    int line = 0;
};

/** RFC 4180: fields split by commas, quoted with "", CRLF or LF between records. */
bool splitRecords(const QString& text, QList<Record>* records, QString* error)
{
    Record current;
    QString field;
    int line = 1;
    current.line = 1;
    bool quoted = false; // inside a quoted field
    bool wasQuoted = false; // the current field was quoted (so it may be followed only by , or end)
    int quoteLine = 0;
    auto endField = [&] {
        current.fields << field;
        field.clear();
        wasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        records->append(current);
        current = {};
        current.line = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                if (ch == QLatin1Char('\n'))
                    ++line;
                field += ch;
            }
            continue;
        }
        if (ch == QLatin1Char(',')) {
            endField();
        } else if (ch == QLatin1Char('\r') || ch == QLatin1Char('\n')) {
            if (ch == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++line;
            endRecord();
        } else if (ch == QLatin1Char('"') && field.trimmed().isEmpty() && !wasQuoted) {
            quoted = true;
            quoteLine = line;
            field.clear();
        } else if (wasQuoted) {
            if (!ch.isSpace()) {
                *error = IndicatorCsv::tr("line %1: text follows a closing quote").arg(line);
                return false;
            }
        } else {
            field += ch;
        }
    }
    if (quoted) {
        *error = IndicatorCsv::tr("line %1: a quoted field is not closed").arg(quoteLine);
        return false;
    }
    if (!field.isEmpty() || !current.fields.isEmpty() || wasQuoted)
        endRecord();
    return true;
}

bool isBlank(const Record& r)
{
    return std::all_of(r.fields.cbegin(), r.fields.cend(),
                       [](const QString& f) { return f.trimmed().isEmpty(); });
}

/** A comparator column: marked, or a nation or English region. */
bool comparatorName(QString* name)
{
    static const QRegularExpression prefix(QStringLiteral("^comparator\\s*:\\s*"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression suffix(QStringLiteral("\\s*\\(comparator\\)$"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (name->contains(prefix) || name->contains(suffix)) {
        name->remove(prefix);
        name->remove(suffix);
        return true;
    }
    static const QStringList known {QStringLiteral("england"),
                                    QStringLiteral("wales"),
                                    QStringLiteral("scotland"),
                                    QStringLiteral("northern ireland"),
                                    QStringLiteral("uk"),
                                    QStringLiteral("united kingdom"),
                                    QStringLiteral("great britain"),
                                    QStringLiteral("north east"),
                                    QStringLiteral("north west"),
                                    QStringLiteral("yorkshire and the humber"),
                                    QStringLiteral("east midlands"),
                                    QStringLiteral("west midlands"),
                                    QStringLiteral("east of england"),
                                    QStringLiteral("london"),
                                    QStringLiteral("south east"),
                                    QStringLiteral("south west")};
    return known.contains(name->simplified().toCaseFolded());
}

bool yesNo(const QString& text, bool* out)
{
    const QString t = text.trimmed().toCaseFolded();
    if (t == QLatin1String("yes") || t == QLatin1String("true") || t == QLatin1String("1")) {
        *out = true;
        return true;
    }
    if (t == QLatin1String("no") || t == QLatin1String("false") || t == QLatin1String("0")) {
        *out = false;
        return true;
    }
    return false;
}

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

} // namespace

bool IndicatorCsv::parse(const QByteArray& bytes, Table* out, QStringList* errors)
{
    *out = {};
    errors->clear();
    QStringDecoder decode(QStringDecoder::Utf8);
    QString text = decode(bytes);
    if (decode.hasError()) {
        *errors << tr("the file is not UTF-8 text");
        return false;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<Record> records;
    QString error;
    if (!splitRecords(text, &records, &error)) {
        *errors << error;
        return false;
    }
    records.erase(std::remove_if(records.begin(), records.end(), isBlank), records.end());
    if (records.isEmpty()) {
        *errors << tr("the file is empty: it needs a header line and at least one indicator");
        return false;
    }

    const Record& header = records.first();
    const auto name = [&](int i) { return header.fields.value(i).trimmed().toCaseFolded(); };
    const int n = int(header.fields.size());
    if (n < 4 || name(0) != QLatin1String("domain") || name(1) != QLatin1String("indicator")
        || name(n - 1) != QLatin1String("higher_is_better")) {
        *errors << tr("line %1: the header must be domain, indicator, one column per area or comparator, "
                      "higher_is_better")
                       .arg(header.line);
        return false;
    }
    // An optional "period" column: the values are a later period's (importPeriod).
    out->hasPeriod = n >= 5 && name(2) == QLatin1String("period");
    const int first = out->hasPeriod ? 3 : 2;
    for (int i = first; i < n - 1; ++i) {
        QString column = header.fields[i].trimmed();
        const bool comparator = comparatorName(&column);
        if (column.isEmpty()) {
            *errors << tr("line %1: column %2 has no name").arg(header.line).arg(i + 1);
            continue;
        }
        if (out->columns.contains(column))
            *errors << tr("line %1: the column %2 appears twice").arg(header.line).arg(column);
        out->columns << column;
        out->comparator << comparator;
    }
    if (records.size() == 1)
        *errors << tr("the file has a header but no indicators");

    QString domain;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const Record& rec = records[r];
        if (rec.fields.size() != n) {
            *errors
                << tr("line %1: expected %2 fields, found %3").arg(rec.line).arg(n).arg(rec.fields.size());
            continue;
        }
        Line line;
        line.line = rec.line;
        const QString d = rec.fields[0].trimmed();
        line.domain = d.isEmpty() ? domain : d;
        domain = line.domain;
        line.indicator = rec.fields[1].trimmed();
        if (line.indicator.isEmpty())
            *errors << tr("line %1: the indicator has no name").arg(rec.line);
        if (out->hasPeriod)
            line.period = rec.fields[2].trimmed();
        for (int i = first; i < n - 1; ++i)
            line.values << rec.fields[i].trimmed();
        if (!yesNo(rec.fields[n - 1], &line.higherIsBetter))
            *errors << tr("line %1: higher_is_better must be yes/no/true/false/1/0").arg(rec.line);
        out->rows << line;
    }
    return errors->isEmpty();
}

bool IndicatorCsv::import(Document* document, const QByteArray& bytes, QStringList* errors)
{
    Table table;
    if (!parse(bytes, &table, errors))
        return false;
    if (!document || !document->store() || document->isReadOnly()) {
        *errors << tr("the session is open read-only; the data pack was not imported");
        return false;
    }
    if (table.hasPeriod) {
        *errors << tr("line 1: the file has a period column: import it as a later period");
        return false;
    }
    Store* store = document->store();
    auto* macro = new MacroCommand(store, tr("Import data pack"));
    for (const qint64 id : store->ids(Kind::Indicator))
        new RemoveRowCommand(store, Kind::Indicator, id, {}, macro);
    for (const qint64 id : store->ids(Kind::IndicatorColumn))
        new RemoveRowCommand(store, Kind::IndicatorColumn, id, {}, macro);
    for (int i = 0; i < table.columns.size(); ++i) {
        new InsertRowCommand(store, Kind::IndicatorColumn,
                             {{s("name"), table.columns[i]}, {s("comparator"), table.comparator[i]}}, -1, {},
                             macro);
    }
    for (const Line& line : std::as_const(table.rows)) {
        new InsertRowCommand(store, Kind::Indicator,
                             {{s("domain"), line.domain},
                              {s("indicator"), line.indicator},
                              {s("vals"), jsontext::fromStringList(line.values)},
                              {s("higher_is_better"), line.higherIsBetter}},
                             -1, {}, macro);
    }
    const int before = document->undoStack()->count();
    document->push(macro);
    if (document->undoStack()->count() == before) {
        *errors << tr("the data pack could not be stored: %1").arg(store->lastError());
        return false;
    }
    return true;
}

bool IndicatorCsv::importPeriod(Document* document, const QByteArray& bytes, const QString& period,
                                QStringList* errors)
{
    Table table;
    if (!parse(bytes, &table, errors))
        return false;
    if (!document || !document->store() || document->isReadOnly()) {
        *errors << tr("the session is open read-only; the period was not imported");
        return false;
    }
    Store* store = document->store();
    // The file's columns in the session's order.
    const QList<Row> columns = store->rows(Kind::IndicatorColumn);
    QList<int> at; // per session column: its index in the file, or -1
    for (const Row& c : columns) {
        qsizetype found = -1;
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            if (table.columns[i].simplified().compare(c.str(s("name")).simplified(), Qt::CaseInsensitive)
                == 0)
                found = i;
        }
        at << int(found);
    }
    for (const QString& name : std::as_const(table.columns)) {
        const bool known = std::any_of(columns.cbegin(), columns.cend(), [&](const Row& c) {
            return c.str(s("name")).simplified().compare(name.simplified(), Qt::CaseInsensitive) == 0;
        });
        if (!known)
            *errors << tr("line 1: the column %1 is not in the data pack").arg(name);
    }
    QHash<QString, Row> byName;
    for (const Row& r : store->rows(Kind::Indicator))
        byName.insert(r.str(s("indicator")).simplified().toCaseFolded(), r);
    struct Reading
    {
        qint64 indicator;
        QString period;
        QString vals;
    };
    QList<Reading> readings;
    for (const Line& line : std::as_const(table.rows)) {
        const QString when = line.period.isEmpty() ? period.trimmed() : line.period;
        if (when.isEmpty())
            *errors << tr("line %1: no period: add a period column or choose the period").arg(line.line);
        const auto found = byName.constFind(line.indicator.simplified().toCaseFolded());
        if (found == byName.cend()) {
            *errors << tr("line %1: there is no indicator %2 in the data pack")
                           .arg(line.line)
                           .arg(line.indicator);
            continue;
        }
        QStringList vals;
        for (int i : std::as_const(at))
            vals << (i >= 0 ? line.values.value(i) : QString());
        readings.append({found->id, when, jsontext::fromStringList(vals)});
    }
    if (!errors->isEmpty())
        return false;
    auto* macro = new MacroCommand(store, tr("Import data pack period"));
    for (const Reading& r : std::as_const(readings)) {
        qint64 existing = 0;
        for (const Row& old : store->rows(Kind::IndicatorReading, {{s("indicator_id"), r.indicator}})) {
            if (old.str(s("period")) == r.period)
                existing = old.id;
        }
        if (existing)
            new EditRowCommand(store, Kind::IndicatorReading, existing, {{s("vals"), r.vals}}, {}, macro);
        else
            new InsertRowCommand(
                store, Kind::IndicatorReading,
                {{s("indicator_id"), r.indicator}, {s("period"), r.period}, {s("vals"), r.vals}}, -1, {},
                macro);
    }
    const int before = document->undoStack()->count();
    document->push(macro);
    if (document->undoStack()->count() == before) {
        *errors << tr("the period could not be stored: %1").arg(store->lastError());
        return false;
    }
    return true;
}

bool IndicatorCsv::importFile(Document* document, const QString& path, QStringList* errors)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        errors->clear();
        *errors << tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    return import(document, f.readAll(), errors);
}

std::optional<double> IndicatorCsv::number(const QString& text)
{
    static const QRegularExpression thousands(QStringLiteral("^[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?$"));
    QString t = text.trimmed();
    t.replace(QChar(0x2212), QLatin1Char('-'));
    if (t.endsWith(QLatin1Char('%')))
        t.chop(1);
    t = t.trimmed();
    if (thousands.match(t).hasMatch())
        t.remove(QLatin1Char(','));
    bool ok = false;
    const double v = t.toDouble(&ok); // QString::toDouble is locale-independent ("C")
    if (!ok || !qIsFinite(v))
        return std::nullopt;
    return v;
}

QList<std::optional<double>> IndicatorCsv::goodness(const QStringList& values, bool higherIsBetter)
{
    QList<std::optional<double>> numbers, out;
    double lo = 0, hi = 0;
    bool any = false;
    for (const QString& v : values) {
        const auto n = number(v);
        numbers << n;
        if (n) {
            lo = any ? std::min(lo, *n) : *n;
            hi = any ? std::max(hi, *n) : *n;
            any = true;
        }
    }
    for (const auto& n : std::as_const(numbers)) {
        if (!n) {
            out << std::nullopt;
        } else if (hi == lo) {
            out << 0.5;
        } else {
            const double g = (*n - lo) / (hi - lo);
            out << (higherIsBetter ? g : 1.0 - g);
        }
    }
    return out;
}

} // namespace rt
