// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/RowListModel.h"

namespace rt {

/**
 * The notes of one table under one prompt, in order. Column 0 is the verbatim text; editing it
 * also stamps the note's `edited` time, in the same undo step. Extra roles give the key-point
 * flag and an accessible text that says a note is a key point in words; its tooltip and
 * accessible description say where it came from (ProvenanceRole: "Typed on Table 3 laptop, 10:42").
 */
class NoteListModel : public RowListModel
{
    Q_OBJECT
public:
    enum NoteRoles { KeyPointRole = RowListModel::RowRole + 1, CreatedRole, EditedRole };

    explicit NoteListModel(Document* document, QObject* parent = nullptr);

    /** Shows the notes of @p tableId under @p promptId. */
    void setList(qint64 tableId, qint64 promptId);
    qint64 tableId() const { return filter().value(QStringLiteral("table_id")).toLongLong(); }
    qint64 promptId() const { return filter().value(QStringLiteral("prompt_id")).toLongLong(); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QHash<int, QByteArray> roleNames() const override;

    /** The current time as stored in created/edited: ISO 8601, UTC, seconds. */
    static QString timestamp();

private:
    QPointer<Document> m_document;
};

} // namespace rt
