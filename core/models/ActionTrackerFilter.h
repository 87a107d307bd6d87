// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace rt {

/**
 * The tracker's filters over ActionTrackerModel: by place, cohort, status (or "overdue", "not
 * reviewed") and owner, each empty for all; sorts each column by what it means (dates by date,
 * statuses in their order, places in the session's order).
 */
class ActionTrackerFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    /** Status filters beyond the six statuses. */
    static QString overdue() { return QStringLiteral("@overdue"); }
    static QString unreviewed() { return QStringLiteral("@unreviewed"); }

    explicit ActionTrackerFilter(QObject* parent = nullptr);

    void setPlace(qint64 placeId);
    qint64 place() const { return m_place; }
    /** Matching ignores case and surrounding spaces. */
    void setCohort(const QString& cohort);
    void setStatus(const QString& statusKey);
    void setOwner(const QString& owner);

    /** The distinct values of a source column among the rows of the chosen place, first seen first. */
    QStringList distinct(int column) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    qint64 m_place = 0;
    QString m_cohort;
    QString m_status;
    QString m_owner;
};

} // namespace rt
