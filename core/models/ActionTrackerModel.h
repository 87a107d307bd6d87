// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Row.h"
#include "models/ActionFollowUp.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QPointer>

namespace rt {

class Document;
class Store;

/**
 * Every action of the session, over every place, as the place leads follow them through: the
 * plan's words (place, cohort, action, owner, by when) with the parsed due date, the status and
 * the latest progress line. Due and status are edited in place (each an undoable edit); overdue
 * and unreviewed actions say so in words and in colour. It follows the store, row by row, so a
 * view keeps its selection while statuses change.
 */
class ActionTrackerModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Place, Cohort, Action, Owner, ByWhen, Due, Status, LatestUpdate, ColumnCount };
    enum Roles {
        IdRole = Qt::UserRole + 1,
        PlaceIdRole,
        StatusKeyRole, ///< "on_track"…
        DueDateRole, ///< QDate, invalid when none
        OverdueRole, ///< bool
        UnreviewedRole, ///< bool
        SortRole, ///< what the column sorts by (dates as ISO, statuses by their order)
        MeasureRole, ///< the measure of success
        PlaceRowRole, ///< the place's index in the list of places (0-based)
    };

    explicit ActionTrackerModel(Document* document, QObject* parent = nullptr);

    /** The day overdue is measured against (today unless set; tests fix it). */
    void setToday(const QDate& today);
    QDate today() const { return m_today; }

    qint64 idAt(int row) const { return row >= 0 && row < m_items.size() ? m_items[row].row.id : 0; }
    int rowOf(qint64 id) const;
    const Row& actionAt(int row) const { return m_items.at(row).row; }
    QString placeName(int row) const { return m_items.at(row).place; }
    /** The latest progress line of an action (empty when none). */
    followup::Update latestUpdate(int row) const { return m_items.at(row).latest; }
    int overdueCount() const;
    int unreviewedCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

public slots:
    void reload();

private:
    struct Item
    {
        Row row;
        QString place;
        int placeRow = -1;
        followup::Update latest;
    };
    void onRowsChanged(Kind kind);
    void onRowUpdated(Kind kind, qint64 id, const QString& column);
    void refreshLatest();
    QString displayText(const Item& item, int column) const;

    QPointer<Document> m_document;
    QList<Item> m_items;
    QDate m_today;
    QDate m_event;
};

} // namespace rt
