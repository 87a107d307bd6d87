// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/IndicatorPeriodCsv.h"

#include "commands/RowCommands.h"
#include "domain/JsonText.h"
#include "interchange/IndicatorCsv.h"
#include "session/Document.h"
#include "store/Columns.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QUndoStack>

namespace rt {

namespace {
QString normal(const QString& s)
{
    return s.simplified().toCaseFolded();
}
} // namespace

bool IndicatorPeriodCsv::import(Document* document, const QByteArray& bytes, const QString& period,
                                QStringList* errors)
{
    errors->clear();
    const QString name = period.simplified();
    if (name.isEmpty()) {
        *errors << tr("the period needs a name, e.g. \"2024 Q1\"");
        return false;
    }
    IndicatorCsv::Table table;
    if (!IndicatorCsv::parse(bytes, &table, errors))
        return false;
    if (!document || !document->store() || document->isReadOnly()) {
        *errors << tr("the session is open read-only; the period was not imported");
        return false;
    }
    Store* store = document->store();
    // The file's columns onto the data pack's (an indicator's vals follow the column list).
    const QList<Row> columns = store->rows(Kind::IndicatorColumn);
    QHash<QString, int> columnAt;
    for (int i = 0; i < columns.size(); ++i)
        columnAt.insert(normal(columns[i].str(col::Name)), i);
    QList<int> target;
    for (const QString& c : std::as_const(table.columns)) {
        const int at = columnAt.value(normal(c), -1);
        if (at < 0)
            *errors << tr("line 1: \"%1\" is not an area or comparator of the data pack").arg(c);
        target << at;
    }
    const QList<Row> indicators = store->rows(Kind::Indicator);
    QHash<QString, qint64> indicatorId;
    for (const Row& r : indicators)
        indicatorId.insert(normal(r.str(col::Domain)) + QLatin1Char('\n') + normal(r.str(col::Indicator)),
                           r.id);
    QHash<qint64, Row> existing; // this period's readings already there, replaced
    const QList<Row> readings = store->rows(Kind::IndicatorReading);
    for (const Row& r : readings) {
        if (normal(r.str(col::Period)) == normal(name))
            existing.insert(r.ref(col::IndicatorId), r);
    }
    QList<std::pair<qint64, QStringList>> found;
    QSet<qint64> seen;
    for (const IndicatorCsv::Line& line : std::as_const(table.rows)) {
        const qint64 id
            = indicatorId.value(normal(line.domain) + QLatin1Char('\n') + normal(line.indicator), 0);
        if (!id) {
            *errors << tr("line %1: the data pack has no indicator \"%2\" under \"%3\"")
                           .arg(line.line)
                           .arg(line.indicator, line.domain);
            continue;
        }
        if (seen.contains(id)) {
            *errors << tr("line %1: \"%2\" appears twice").arg(line.line).arg(line.indicator);
            continue;
        }
        seen.insert(id);
        QStringList vals(columns.size());
        for (int i = 0; i < target.size() && i < line.values.size(); ++i) {
            if (target[i] >= 0)
                vals[target[i]] = line.values[i];
        }
        found.append({id, vals});
    }
    if (!errors->isEmpty())
        return false;
    if (found.isEmpty()) {
        *errors << tr("the file holds no indicators");
        return false;
    }
    auto* macro = new MacroCommand(store, tr("Import period %1").arg(name));
    for (const auto& [id, vals] : std::as_const(found)) {
        const QString json = jsontext::fromStringList(vals);
        if (existing.contains(id))
            new EditRowCommand(store, Kind::IndicatorReading, existing[id].id, {{col::Vals, json}}, {},
                               macro);
        else
            new InsertRowCommand(store, Kind::IndicatorReading,
                                 {{col::IndicatorId, id}, {col::Period, name}, {col::Vals, json}}, -1, {},
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

bool IndicatorPeriodCsv::importFile(Document* document, const QString& path, const QString& period,
                                    QStringList* errors)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        errors->clear();
        *errors << tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    return import(document, f.readAll(), period, errors);
}

} // namespace rt
