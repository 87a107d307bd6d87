// SPDX-License-Identifier: GPL-3.0-or-later
#include "agenda/AgendaDelegates.h"

#include "domain/Guidance.h"
#include "models/AgendaModel.h"

#include <QComboBox>

namespace rt {

QWidget* KindDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    for (const QString& kind : guidance::kinds())
        combo->addItem(AgendaModel::kindLabel(kind), kind);
    return combo;
}

void KindDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toString())));
}

void KindDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    model->setData(index, combo->currentData(), Qt::EditRole);
}

namespace {
const AgendaModel* agendaModel(const QModelIndex& index)
{
    return qobject_cast<const AgendaModel*>(index.model());
}
} // namespace

QWidget* PollDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                    const QModelIndex& index) const
{
    auto* combo = new QComboBox(parent);
    combo->addItem(tr("(no poll)"), qint64(0));
    if (const AgendaModel* model = agendaModel(index)) {
        const QList<QPair<qint64, QString>> polls = model->polls();
        for (int i = 0; i < polls.size(); ++i) {
            const QString q = polls[i].second.isEmpty() ? tr("Poll %1").arg(i + 1) : polls[i].second;
            combo->addItem(q, polls[i].first);
        }
    }
    return combo;
}

void PollDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toLongLong())));
}

void PollDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace rt
