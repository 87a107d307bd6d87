// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QStringList>
#include <QWidget>

class QListView;

namespace rt {

class Document;
class RowListModel;

/** The distinct cohorts of one place's aims, in the order of the aims, each with its note colour. */
class PickCohortModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum { SwatchColorRole = Qt::UserRole + 1 }; ///< the notes' colour itself

    explicit PickCohortModel(Document* document, QObject* parent = nullptr);

    void setPlace(qint64 placeId);
    int rowCount(const QModelIndex& parent = {}) const override;
    /** Display: the cohort; decoration: a swatch of its notes' colour; tooltip: both in words. */
    QVariant data(const QModelIndex& index, int role) const override;

private:
    void refresh();

    RowListModel* m_aims;
    QStringList m_cohorts;
};

/**
 * The key to the PICK chart's note colours: a strip of swatches with the place's cohorts,
 * hidden when the place's aims name no cohort.
 */
class PickCohortLegend : public QWidget
{
    Q_OBJECT
public:
    explicit PickCohortLegend(Document* document, QWidget* parent = nullptr);

    /** Shows the cohorts of the place @p aimId belongs to. */
    void setAim(qint64 aimId);
    PickCohortModel* model() const { return m_model; }
    QListView* view() const { return m_view; }

private:
    void refresh();

    Document* m_document;
    PickCohortModel* m_model;
    QListView* m_view;
};

} // namespace rt
