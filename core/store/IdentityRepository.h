// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Kind.h"
#include "domain/Row.h"
#include "domain/Stamp.h"

#include <QHash>
#include <QList>
#include <QVariant>

namespace rt {

class Store;

/**
 * Who made and changed what, in bulk: the stamps, tombstones, laptops and merge conflicts of a
 * session file, for merges, the interchange JSON and the provenance shown in views. Single
 * edits stamp themselves in Store.
 */
class IdentityRepository
{
public:
    /** A field two laptops changed differently: the row holds the value kept, this the other. */
    struct Conflict
    {
        qint64 id = 0;
        Kind kind = Kind::None;
        qint64 rowId = 0;
        QString field;
        QVariant other;
        QString otherDevice; ///< the laptop that wrote the other value
        QString otherAt;
        QString file; ///< the merged file it came from
    };

    /** Over a read-only store too: the writes below are statements of this file's own, run in
     *  the caller's transaction, and Store writes its single stamps through them. */
    explicit IdentityRepository(const Store& store)
        : m_store(store)
    { }

    /** The session's origin: copies of one session share it; a new session gets its own. */
    QString origin() const;
    bool setOrigin(const QString& origin);

    /** Every laptop that wrote to the file: id → name. */
    QHash<QString, QString> deviceNames() const;
    /** id → last seen, for merges that keep the latest name. */
    QHash<QString, QString> deviceLastSeen() const;
    bool putDevice(const QString& id, const QString& name, const QString& lastSeen);

    /** All stamps of a kind: row id → field ("" for the row itself) → stamp. */
    QHash<qint64, QHash<QString, Stamp>> stamps(Kind kind) const;
    /** Who made each row of a kind: row id → stamp (rows made before stamps have none). */
    QHash<qint64, Stamp> made(Kind kind) const;
    bool putStamp(Kind kind, qint64 id, const QString& field, const Stamp& stamp);

    /** Rows of a kind deleted in this file: row id → when and by which laptop. */
    QHash<qint64, Stamp> tombstones(Kind kind) const;
    bool putTombstone(Kind kind, qint64 id, const Stamp& stamp);

    QList<Conflict> conflicts() const;
    /** Records a conflict; with an id (put back by undo) it keeps that id. */
    bool addConflict(const Conflict& conflict);
    bool removeConflict(qint64 id);

private:
    const Store& m_store;
};

} // namespace rt
