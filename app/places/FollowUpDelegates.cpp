// SPDX-License-Identifier: GPL-3.0-or-later
#include "places/FollowUpDelegates.h"

#include "models/ActionFollowUp.h"

#include <QComboBox>
#include <QDate>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace rt {

StatusDelegate::StatusDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

QWidget* StatusDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    const QStringList keys = followup::statusKeys();
    for (int i = 0; i < keys.size(); ++i)
        combo->addItem(tr("%1  (%2)").arg(followup::statusLabel(keys[i])).arg(i + 1), keys[i]);
    combo->setAccessibleName(tr("Status"));
    return combo; // Enter or leaving the cell commits (the delegate's own event filter)
}

void StatusDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toString())));
}

void StatusDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    model->setData(index, combo->currentData(), Qt::EditRole);
}

DueDateDelegate::DueDateDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

QWidget* DueDateDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* line = new QLineEdit(parent);
    line->setPlaceholderText(tr("YYYY-MM-DD"));
    line->setAccessibleName(tr("Due date (YYYY-MM-DD, empty for none)"));
    line->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^$|^[0-9]{4}-[0-9]{2}-[0-9]{2}$|^[0-9-]{0,10}$")), line));
    return line;
}

void DueDateDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QDate d = index.data(Qt::EditRole).toDate();
    static_cast<QLineEdit*>(editor)->setText(d.isValid() ? d.toString(Qt::ISODate) : QString());
}

void DueDateDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    const QString text = static_cast<QLineEdit*>(editor)->text().trimmed();
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!text.isEmpty() && !d.isValid())
        return; // not a date: nothing changes
    model->setData(index, d, Qt::EditRole);
}

} // namespace rt
