// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ActionTrackerFilter.h"

#include "models/ActionTrackerModel.h"

namespace rt {

namespace {
QString normal(const QString& s)
{
    return s.simplified().toCaseFolded();
}
} // namespace

ActionTrackerFilter::ActionTrackerFilter(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ActionTrackerModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void ActionTrackerFilter::setPlace(qint64 placeId)
{
    if (placeId == m_place)
        return;
    m_place = placeId;
    invalidateFilter();
}

void ActionTrackerFilter::setCohort(const QString& cohort)
{
    if (normal(cohort) == normal(m_cohort))
        return;
    m_cohort = cohort;
    invalidateFilter();
}

void ActionTrackerFilter::setStatus(const QString& statusKey)
{
    if (statusKey == m_status)
        return;
    m_status = statusKey;
    invalidateFilter();
}

void ActionTrackerFilter::setOwner(const QString& owner)
{
    if (normal(owner) == normal(m_owner))
        return;
    m_owner = owner;
    invalidateFilter();
}

QStringList ActionTrackerFilter::distinct(int column) const
{
    QStringList out;
    QStringList seen;
    const QAbstractItemModel* m = sourceModel();
    if (!m)
        return out;
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m_place && m->index(r, 0).data(ActionTrackerModel::PlaceIdRole).toLongLong() != m_place)
            continue;
        const QString v = m->index(r, column).data(Qt::EditRole).toString().simplified();
        if (!v.isEmpty() && !seen.contains(normal(v))) {
            seen << normal(v);
            out << v;
        }
    }
    return out;
}

bool ActionTrackerFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* m = sourceModel();
    const QModelIndex first = m->index(sourceRow, 0, sourceParent);
    if (m_place && first.data(ActionTrackerModel::PlaceIdRole).toLongLong() != m_place)
        return false;
    if (!m_cohort.trimmed().isEmpty()
        && normal(m->index(sourceRow, ActionTrackerModel::Cohort, sourceParent).data().toString())
            != normal(m_cohort))
        return false;
    if (!m_owner.trimmed().isEmpty()
        && normal(m->index(sourceRow, ActionTrackerModel::Owner, sourceParent).data().toString())
            != normal(m_owner))
        return false;
    if (m_status == overdue())
        return first.data(ActionTrackerModel::OverdueRole).toBool();
    if (m_status == unreviewed())
        return first.data(ActionTrackerModel::UnreviewedRole).toBool();
    if (!m_status.isEmpty())
        return first.data(ActionTrackerModel::StatusKeyRole).toString() == m_status;
    return true;
}

} // namespace rt
