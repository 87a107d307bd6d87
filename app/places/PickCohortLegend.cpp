// SPDX-License-Identifier: GPL-3.0-or-later
#include "places/PickCohortLegend.h"

#include "models/RowListModel.h"
#include "places/PickChartScene.h"
#include "session/Document.h"
#include "store/Columns.h"
#include "store/Store.h"

#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QPixmap>
#include <QSet>
#include <QVBoxLayout>
#include <algorithm>

namespace rt {

PickCohortModel::PickCohortModel(Document* document, QObject* parent)
    : QAbstractListModel(parent)
    , m_aims(new RowListModel(document, Kind::Aim, {col::Cohort}, this))
{
    m_aims->setFilter({{col::PlaceId, qint64(0)}});
    connect(m_aims, &QAbstractItemModel::modelReset, this, &PickCohortModel::refresh);
    connect(m_aims, &QAbstractItemModel::rowsInserted, this, &PickCohortModel::refresh);
    connect(m_aims, &QAbstractItemModel::rowsRemoved, this, &PickCohortModel::refresh);
    connect(m_aims, &QAbstractItemModel::layoutChanged, this, &PickCohortModel::refresh);
    connect(m_aims, &QAbstractItemModel::dataChanged, this, &PickCohortModel::refresh);
}

void PickCohortModel::setPlace(qint64 placeId)
{
    m_aims->setFilter({{col::PlaceId, placeId}});
    refresh();
}

void PickCohortModel::refresh()
{
    // One swatch per cohort, however its aims spell it (the colour ignores case and spaces too).
    QStringList cohorts;
    QSet<QString> seen;
    for (int i = 0; i < m_aims->rowCount(); ++i) {
        const QString c = m_aims->rowAt(i).str(col::Cohort).trimmed();
        if (!c.isEmpty() && !seen.contains(c.toCaseFolded())) {
            seen.insert(c.toCaseFolded());
            cohorts << c;
        }
    }
    if (cohorts == m_cohorts)
        return;
    beginResetModel();
    m_cohorts = cohorts;
    endResetModel();
}

int PickCohortModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_cohorts.size());
}

QVariant PickCohortModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_cohorts.size())
        return {};
    const QString& cohort = m_cohorts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return cohort;
    case Qt::DecorationRole: {
        // A small note, wider than tall with a shadow, as on the chart: a square outline read as
        // an empty check box for the white notes. Outlined, so a white note shows on a light page.
        QPixmap swatch(22, 16);
        swatch.fill(Qt::transparent);
        QPainter p(&swatch);
        p.fillRect(QRect(2, 2, 20, 14), QColor(0, 0, 0, 60));
        p.fillRect(QRect(0, 0, 20, 14), PickChartScene::cohortColor(cohort));
        p.setPen(QColor(0x61, 0x61, 0x61));
        p.drawRect(QRect(0, 0, 19, 13));
        return swatch;
    }
    case SwatchColorRole:
        return PickChartScene::cohortColor(cohort);
    case Qt::ToolTipRole:
        return tr("Notes for the cohort “%1” have this colour").arg(cohort);
    default:
        return {};
    }
}

PickCohortLegend::PickCohortLegend(Document* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new PickCohortModel(document, this))
    , m_view(new QListView(this))
{
    auto* label = new QLabel(tr("Note colours"), this);
    label->setWordWrap(true);
    m_view->setModel(m_model);
    m_view->setWordWrap(true);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setSpacing(3);
    m_view->setIconSize(QSize(22, 16));
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->setResizeMode(QListView::Adjust);
    // A key on the page, not a box to type in: the page's own background.
    QPalette palette = m_view->palette();
    palette.setColor(QPalette::Base, palette.color(QPalette::Window));
    m_view->setPalette(palette);
    m_view->setFocusPolicy(Qt::NoFocus); // a key, not a control: it stays out of the Tab order
    m_view->setAccessibleName(tr("Cohort colours"));
    m_view->setAccessibleDescription(tr("The colour of each cohort's notes on the PICK chart"));
    label->setBuddy(m_view);
    // Narrow: a cohort's name wraps rather than take width from the chart.
    setFixedWidth(std::max(140, fontMetrics().averageCharWidth() * 18));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_view, 1);
    setAccessibleName(tr("Cohort colours"));
    connect(m_model, &QAbstractItemModel::modelReset, this, &PickCohortLegend::refresh);
    refresh();
}

void PickCohortLegend::setAim(qint64 aimId)
{
    qint64 place = 0;
    if (m_document && m_document->store() && aimId > 0)
        place = m_document->store()->row(Kind::Aim, aimId).ref(col::PlaceId);
    m_model->setPlace(place);
    refresh();
}

void PickCohortLegend::refresh()
{
    setVisible(m_model->rowCount() > 0);
}

} // namespace rt
