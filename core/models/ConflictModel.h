// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/IdentityRepository.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace rt {

class Document;
class Store;

/**
 * The merge conflicts of the open session, one row each: what (e.g. table 3 "Carers" –
 * facilitator), the value the field holds now and which laptop wrote it when, and the other
 * value with its laptop and time. It compares the field's current value with the recorded one,
 * so it is right after any edit, undo or redo (it follows the document's store and undo stack).
 * Ordered by kind (event, agenda, tables, notes, places…), then by row and field.
 */
class ConflictModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhatColumn, InUseColumn, InUseFromColumn, OtherColumn, OtherFromColumn, ColumnCount };
    enum Roles {
        FullTextRole = Qt::UserRole + 1, ///< the value columns: the whole text, line breaks kept
        UsableRole, ///< bool: the other value can be put in (the row is there and it differs)
        ConflictIdRole, ///< the conflict's id
    };

    explicit ConflictModel(Document* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** The conflict shown in @p row (a default one outside the list). */
    IdentityRepository::Conflict conflict(int row) const;
    /** True when the other value of @p row can be put in its field. */
    bool isUsable(int row) const;
    /** Why @p row cannot be used (empty when it can). */
    QString unusableReason(int row) const;
    /** Reads the conflicts again; done by itself on every change of the session. */
    void reload();

    /** 'Table 3 "Carers"', 'Note "We need…" at table 3', 'Place "Luton"'… */
    static QString rowLabel(const Store& store, Kind kind, qint64 id);
    /** "facilitator", "key point", "place in the list"… */
    static QString fieldLabel(const QString& field);
    /** A value of @p field of @p kind as people read it (yes/no, the row a reference names…). */
    static QString valueText(const Store& store, Kind kind, const QString& field, const QVariant& value);

private:
    struct Entry
    {
        IdentityRepository::Conflict conflict;
        QString what;
        QString inUse, inUseFrom;
        QString other, otherFrom;
        QString why; ///< why it cannot be used; empty when it can
        int order = 0; ///< its kind's place in the list
    };
    void scheduleReload();
    QString fromText(const QString& device, const QString& at) const;

    QPointer<Document> m_document;
    QList<Entry> m_entries;
    QHash<QString, QString> m_devices;
    bool m_pending = false;
};

} // namespace rt
