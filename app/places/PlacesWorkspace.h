// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Workspace.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace rt {

class ActionPlanWidget;
class ActionTracker;
class ReviewMode;
class DriverEditor;
class PickChartWidget;
class RowListModel;
enum class Kind;

/**
 * The Places workspace: the places that ran breakouts and their aims, and per aim its PICK
 * chart and driver diagram, per place its action plan. A bar on top chooses the place and
 * aim every page shows.
 */
class PlacesWorkspace : public Workspace
{
    Q_OBJECT
public:
    enum Page { PlacesPage, PickPage, DriversPage, ActionsPage, FollowUpPage };

    explicit PlacesWorkspace(Document* document, QWidget* parent = nullptr);
    ~PlacesWorkspace() override;
    QString title() const override;
    QStringList viewNames() const override;
    bool showView(const QString& view, QString* error) override;

    /** Chooses place @p placeRow and aim @p aimRow (0-based; -1 keeps / picks the first). */
    void choose(int placeRow, int aimRow = -1);
    void showPage(Page page);

    RowListModel* places() const { return m_places; }
    RowListModel* aims() const { return m_aims; }
    PickChartWidget* pick() const { return m_pick; }
    DriverEditor* drivers() const { return m_drivers; }
    ActionPlanWidget* actions() const { return m_actions; }
    ActionTracker* tracker() const { return m_tracker; }
    /** Opens review mode (its own window) on @p placeId's actions; 0: the place chosen. */
    ReviewMode* openReview(qint64 placeId = 0);
    QTabWidget* tabs() const { return m_tabs; }

    qint64 addPlace();
    qint64 addAim();
    bool removePlace();
    bool removeAim();
    bool movePlace(int delta);
    bool moveAim(int delta);

private:
    QWidget* buildPlacesPage();
    void onPlaceChosen(int row);
    void onAimChosen(int row);
    void refreshPriorities();
    void commitPriorities();
    void refreshLead();
    void onRowUpdated(Kind kind, qint64 id, const QString& column);
    qint64 currentPlaceId() const;
    qint64 currentAimId() const;

    RowListModel* m_places;
    RowListModel* m_aims;
    QComboBox* m_placeCombo;
    QComboBox* m_aimCombo;
    QTabWidget* m_tabs;
    QListView* m_placeList;
    QPlainTextEdit* m_priorities;
    QLabel* m_aimLead;
    QTableView* m_aimTable;
    PickChartWidget* m_pick;
    DriverEditor* m_drivers;
    ActionPlanWidget* m_actions;
    ActionTracker* m_tracker;
    QPointer<ReviewMode> m_review;
    bool m_choosing = false;
};

} // namespace rt
