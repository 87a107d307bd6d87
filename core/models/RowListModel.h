// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Row.h"
#include "models/Provenance.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>

namespace rt {

class Document;

/**
 * One ordered list of rows of one kind (e.g. the notes of table 3 under prompt "matters"),
 * as a table whose columns are the chosen fields. It follows the store's signals, so every
 * view of the same rows agrees; edits and drops become undoable commands on the document.
 */
class RowListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        RowRole,
        /** Where the row came from, in words: "Typed on Table 3 laptop, 10:42" (read-only). */
        ProvenanceRole = Qt::UserRole + 60,
        MadeByRole, ///< the name of the laptop that made the row, or empty (read-only)
        MadeByDeviceRole, ///< the id of the laptop that made the row, or empty (read-only)
    };
    static QString mimeType() { return QStringLiteral("application/x-roundtable-rows"); }

    RowListModel(Document* document, Kind kind, const QStringList& columns, QObject* parent = nullptr);

    Kind kind() const { return m_kind; }
    /** Which rows: column values they must have, e.g. {"table_id": 3, "prompt_id": 1}. */
    void setFilter(const QVariantMap& filter);
    QVariantMap filter() const { return m_filter; }
    void setHeaders(const QStringList& headers);
    /** Adds where each row came from (ProvenanceRole) under every cell's tooltip (the action plan). */
    void setProvenanceInToolTips(bool on) { m_provenanceTips = on; }

    const Row& rowAt(int row) const { return m_rows.at(row); }
    qint64 idAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0; }
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override { return {mimeType()}; }
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    /** Moves the dropped rows (from this list or another of the same kind) to @p row, as one undo step. */
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    /** The ids carried by a drag of this model's rows, and their kind. */
    static QList<qint64> idsFromMime(const QMimeData* data, Kind* kind);

public slots:
    void reload();

private:
    void onRowsChanged(Kind kind);
    void onRowUpdated(Kind kind, qint64 id, const QString& column);
    void onCommitted();

    QPointer<Document> m_document;
    Kind m_kind;
    QStringList m_columns;
    QStringList m_headers;
    QVariantMap m_filter;
    QList<Row> m_rows;
    Provenance m_provenance; ///< stamps of the rows asked about, forgotten as rows change
    QSet<qint64> m_restamped; ///< rows changed in the transaction under way (undo puts stamps back last)
    bool m_provenanceTips = false;
};

} // namespace rt
