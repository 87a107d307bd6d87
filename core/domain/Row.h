// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Kind.h"

#include <QList>
#include <QVariantMap>

namespace rt {

/** One stored row of any kind: its id, its place in its list, and its column values by name. */
struct Row
{
    qint64 id = 0;
    int position = -1;
    QVariantMap values;

    bool isValid() const { return id > 0; }
    QString str(const QString& column) const { return values.value(column).toString(); }
    qint64 ref(const QString& column) const { return values.value(column).toLongLong(); }
    double real(const QString& column) const { return values.value(column).toDouble(); }
    bool flag(const QString& column) const { return values.value(column).toBool(); }
};

/**
 * What a delete removed, so that undo can put it back exactly: the row and everything that
 * cascaded with it (parents before children, with their ids and positions), and the references
 * from other rows that the delete cleared.
 */
struct Snapshot
{
    struct Entry
    {
        Kind kind;
        Row row;
    };
    struct ClearedRef
    {
        Kind kind;
        qint64 id;
        QString column;
        qint64 target;
    };
    QList<Entry> rows;
    QList<ClearedRef> cleared;

    bool isEmpty() const { return rows.isEmpty(); }
};

} // namespace rt

Q_DECLARE_METATYPE(rt::Row)
