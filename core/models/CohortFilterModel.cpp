// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/CohortFilterModel.h"

#include <QDate>

namespace rt {

namespace {
QString normal(const QString& s)
{
    return s.simplified().toCaseFolded();
}
} // namespace

CohortFilterModel::CohortFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void CohortFilterModel::setCohort(const QString& cohort)
{
    if (normal(cohort) == normal(m_cohort))
        return;
    m_cohort = cohort;
    invalidateFilter();
}

QStringList CohortFilterModel::cohorts() const
{
    QStringList out;
    QStringList seen;
    if (!sourceModel())
        return out;
    for (int r = 0; r < sourceModel()->rowCount(); ++r) {
        const QString c = sourceModel()->index(r, CohortColumn).data().toString().simplified();
        if (!c.isEmpty() && !seen.contains(normal(c))) {
            seen << normal(c);
            out << c;
        }
    }
    return out;
}

bool CohortFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_cohort.trimmed().isEmpty())
        return true;
    const QModelIndex i = sourceModel()->index(sourceRow, CohortColumn, sourceParent);
    return normal(i.data().toString()) == normal(m_cohort);
}

bool CohortFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (left.column() == m_dateColumn && right.column() == m_dateColumn) {
        const QDate a = QDate::fromString(left.data().toString().trimmed(), Qt::ISODate);
        const QDate b = QDate::fromString(right.data().toString().trimmed(), Qt::ISODate);
        if (a.isValid() != b.isValid())
            return a.isValid();
        if (a.isValid())
            return a < b;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace rt
