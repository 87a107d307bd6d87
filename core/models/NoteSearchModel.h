// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Row.h"

#include <QAbstractListModel>
#include <QPointer>

namespace rt {

class Document;
class Store;

/**
 * The notes of every table whose text contains the search text (case-insensitive), in table,
 * prompt and list order. It re-runs the search when notes, tables or prompts change.
 */
class NoteSearchModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        NoteIdRole = Qt::UserRole + 1,
        TableIdRole,
        TablePositionRole, ///< 1-based, as in `table:N`
        TableLabelRole,
        PromptIdRole,
        PromptRole, ///< the prompt's question
        KeyPointRole,
    };

    explicit NoteSearchModel(Document* document, QObject* parent = nullptr);

    void setSearchText(const QString& text);
    QString searchText() const { return m_search; }
    /** How many tables hold at least one match. */
    int tableCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** Where @p needle occurs in @p text (case-insensitive): start and length of each match. */
    static QList<QPair<int, int>> matches(const QString& text, const QString& needle);

public slots:
    void refresh();

private:
    struct Hit
    {
        Row note;
        int tablePosition;
        QString tableLabel;
        QString prompt;
    };
    void attach(Store& store);

    QPointer<Document> m_document;
    QString m_search;
    QList<Hit> m_hits;
    bool m_pending = false;
};

} // namespace rt
