// SPDX-License-Identifier: GPL-3.0-or-later
#include "polls/AnswerListModel.h"

#include "domain/JsonText.h"
#include "models/RowListModel.h"
#include "store/Columns.h"

#include <QFont>
#include <QJsonObject>

namespace rt::polls {

AnswerListModel::AnswerListModel(Document* document, QObject* parent)
    : QIdentityProxyModel(parent)
    , m_votes(new RowListModel(document, Kind::Vote, {col::Answer}, this))
{
    m_votes->setFilter({{col::PollId, qint64(-1)}});
    setSourceModel(m_votes);
}

void AnswerListModel::setPoll(qint64 poll)
{
    m_votes->setFilter({{col::PollId, poll > 0 ? poll : qint64(-1)}});
}

qint64 AnswerListModel::voteAt(int row) const
{
    return m_votes->idAt(row);
}

bool AnswerListModel::isHidden(int row) const
{
    return row >= 0 && row < m_votes->rowCount() && m_votes->rowAt(row).flag(col::Hidden);
}

QVariant AnswerListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const bool hidden = isHidden(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const QString text = jsontext::object(m_votes->rowAt(index.row()).str(col::Answer))
                                 .value(QStringLiteral("text"))
                                 .toString()
                                 .simplified();
        return hidden ? tr("Hidden: %1").arg(text) : text;
    }
    case Qt::ToolTipRole:
        return hidden
            ? tr("Hidden by the facilitator: kept in the file, left out of the projector and the pack.")
            : QVariant();
    case Qt::FontRole:
        if (hidden) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case HiddenRole:
        return hidden;
    case Qt::CheckStateRole:
        return {}; // not a check box: Hide/Show is an action
    default:
        return QIdentityProxyModel::data(index, role);
    }
}

Qt::ItemFlags AnswerListModel::flags(const QModelIndex& index) const
{
    // Read-only and not draggable: an answer is the voter's words, only its visibility changes.
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

} // namespace rt::polls
