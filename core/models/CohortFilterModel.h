// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace rt {

/**
 * Shows the rows of one cohort (or all) of a row list whose first column holds the cohort;
 * sorts dates before words in a "by when" column.
 */
class CohortFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CohortFilterModel(QObject* parent = nullptr);

    /** Empty: every cohort. Matching ignores case and surrounding spaces. */
    void setCohort(const QString& cohort);
    QString cohort() const { return m_cohort; }
    /** The column holding "a date or words"; ISO dates sort by date, before any words. */
    void setDateColumn(int column) { m_dateColumn = column; }
    /** The distinct cohorts of the source rows, in first-seen order. */
    QStringList cohorts() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_cohort;
    static constexpr int CohortColumn = 0;
    int m_dateColumn = -1;
};

} // namespace rt
