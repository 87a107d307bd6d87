// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/ActionFollowUp.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace rt {

class Document;

/** One action's progress log, newest first: when, who, the status it recorded, what was said. */
class ActionLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Who, Status, What, ColumnCount };

    explicit ActionLogModel(Document* document, QObject* parent = nullptr);

    void setAction(qint64 actionId);
    qint64 action() const { return m_action; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public slots:
    void reload();

private:
    QPointer<Document> m_document;
    qint64 m_action = 0;
    QList<followup::Update> m_updates;
};

} // namespace rt
