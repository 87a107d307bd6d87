// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Kind.h"

#include <QList>
#include <QString>

namespace rt {

/** How a row refers to another: deleting the target deletes the row, or clears the reference. */
enum class OnDelete { Cascade, SetNull };

/** One column of a kind's table: its name, its value type, and what it refers to. */
struct ColumnInfo
{
    QString name;
    int metaType; ///< QMetaType::Type of the value
    Kind ref = Kind::None;
    OnDelete onDelete = OnDelete::Cascade;
};

/**
 * How one kind is stored. The SQL table and column names are constants of the program, never
 * input; values are always bound. Rows are ordered by `position` within their scope (the scope
 * columns' values), or by id when the kind is unordered.
 */
struct KindInfo
{
    Kind kind;
    QString table;
    QList<ColumnInfo> columns; ///< without id and position
    QStringList scope; ///< columns whose values make one ordered list
    bool ordered = true;
    QString parentColumn; ///< the owning row's column (empty for top-level kinds)

    const ColumnInfo* column(const QString& name) const;
};

const KindInfo& kindInfo(Kind kind);
QString kindName(Kind kind); ///< a stable lower-case name, e.g. "agenda_item"
Kind kindFromName(const QString& name); ///< Kind::None for a name no kind has

} // namespace rt
