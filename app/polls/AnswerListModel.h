// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIdentityProxyModel>

namespace rt {
class Document;
class RowListModel;
} // namespace rt

namespace rt::polls {

/**
 * The written answers (word cloud, open text) of one poll, for moderation on the Polls page: one
 * row per vote, in the order cast, showing the answer's words; a hidden answer reads "Hidden: …"
 * in italics. A view over the store's vote rows (RowListModel), so undo and phones update it.
 */
class AnswerListModel : public QIdentityProxyModel
{
    Q_OBJECT
public:
    enum Roles { HiddenRole = Qt::UserRole + 80 };

    AnswerListModel(Document* document, QObject* parent = nullptr);

    /** Lists the votes of @p poll (0 for none). */
    void setPoll(qint64 poll);
    qint64 voteAt(int row) const;
    bool isHidden(int row) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    RowListModel* m_votes;
};

} // namespace rt::polls
