// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AgendaTimes.h"
#include "models/RowListModel.h"

#include <QHash>

namespace rt {

/**
 * The agenda as a table: start, end, title, kind, poll, guidance. On top of RowListModel it
 * shows inconsistent times (missing, unparsable, end before start, overlapping the next item)
 * as a red cell with a tooltip saying what is wrong, writes parsable times as HH:MM and keeps
 * the rest as typed, and turns a drag into a move that keeps the items' durations.
 */
class AgendaModel : public RowListModel
{
    Q_OBJECT
public:
    enum Column { Start, End, Title, KindColumn, PollColumn, Guidance };
    enum Roles { ProblemRole = RowListModel::RowRole + 1 };

    explicit AgendaModel(Document* document, QObject* parent = nullptr);

    /** The translated label of an agenda kind ("tables" → "Table discussion"). */
    static QString kindLabel(const QString& kind);
    /** The checks of every row (recomputed on each change). */
    QList<agendatimes::SlotCheck> checks() const;
    /** The polls a poll cell can name: id → question. */
    QList<QPair<qint64, QString>> polls() const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    /** Moves row @p from to @p to keeping durations, as one undo step. */
    bool moveItem(int from, int to);

private:
    void onStoreRowUpdated(Kind kind, qint64 id, const QString& column);
    void onStoreRowsChanged(Kind kind);
    void refreshChecks();
    void refreshPolls();

    QPointer<Document> m_doc;
    QList<agendatimes::SlotCheck> m_checks;
    QHash<qint64, QString> m_pollQuestions;
};

} // namespace rt
