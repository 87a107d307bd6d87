// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/RowListModel.h"

#include <QHash>

namespace rt {

class Store;

/**
 * The discussion tables in order (number, topic, facilitator), with what each holds: notes per
 * prompt, key points, and how many notes match the current search. Dropping notes onto a table
 * moves them there (same prompt, at the end) as one undo step; dropping tables reorders them.
 */
class TableListModel : public RowListModel
{
    Q_OBJECT
public:
    enum TableRoles {
        LabelRole = RowListModel::RowRole + 1, ///< "Table 3 · Mental health"
        NumberRole,
        TopicRole,
        FacilitatorRole,
        NoteCountRole, ///< all notes of the table
        PromptCountsRole, ///< QVariantList: notes per prompt, in prompt order
        KeyPointsRole, ///< QStringList: key-point texts in prompt then list order
        MatchCountRole, ///< notes matching the search text
    };

    explicit TableListModel(Document* document, QObject* parent = nullptr);

    /** Text searched for in every note (case-insensitive); empty: no search. */
    void setSearchText(const QString& text);
    QString searchText() const { return m_search; }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    /** A table accepts drops onto it (notes moving there), not only between tables. */
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    /** "Table 3 · Mental health" for a table row (the number alone when there is no topic). */
    static QString label(const Row& table);

private:
    struct Summary
    {
        int total = 0;
        QVariantList perPrompt;
        QStringList keyPoints;
        int matches = 0;
    };
    Summary summary(qint64 tableId) const;
    void load() const;
    void attach(Store& store);
    void invalidate();

    QPointer<Document> m_document;
    QString m_search;
    mutable QHash<qint64, Summary> m_cache;
    mutable bool m_loaded = false;
};

} // namespace rt
