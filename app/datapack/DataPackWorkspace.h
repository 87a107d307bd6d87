// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Workspace.h"

class QAction;
class QComboBox;
class QLabel;
class QTableView;
class QToolBar;

namespace rt {

class IndicatorTableModel;

/**
 * The Data pack workspace: the indicators as a heat-map table (lighter = better within each
 * row), with a key, comparator columns set apart and each domain's rows grouped. Every cell is
 * editable in place; rows and area/comparator columns are added and removed from the toolbar;
 * a CSV file replaces the data pack (Import CSV…) or receives it (Export CSV…). Every change is
 * one undo step.
 */
class DataPackWorkspace : public Workspace
{
    Q_OBJECT
public:
    explicit DataPackWorkspace(Document* document, QWidget* parent = nullptr);
    ~DataPackWorkspace() override;
    QString title() const override;
    QStringList viewNames() const override;
    bool showView(const QString& view, QString* error) override;

    IndicatorTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

    /** Replaces the data pack with @p path's; on failure nothing changes and @p errors names each
     *  bad line ("line 7: …"). No dialog: the Import CSV… action asks for the file, then calls this. */
    bool importCsv(const QString& path, QStringList* errors);
    /** Writes the data pack to @p path in the format importCsv() reads. */
    bool exportCsv(const QString& path, QString* error);

    /** Adds @p path's figures as the later period @p period (the baseline stays); on failure
     *  nothing changes and @p errors names each bad line. One undo step. */
    bool importPeriodCsv(const QString& path, const QString& period, QStringList* errors);
    /** The period chooser: "Baseline (the event)" then each later period. */
    QComboBox* periodCombo() const { return m_period; }

    /** The dialog a failed import shows (not run; for the action and for tests). */
    static QString importErrorText(const QString& path, const QStringList& errors);

private:
    void importDialog();
    void importPeriodDialog();
    void refreshPeriods();
    void exportDialog();
    void addIndicator();
    void deleteIndicators();
    void addColumn(bool comparator);
    void renameColumn();
    void deleteColumn();
    void updateSpans();
    void sizeColumns();
    void updateActions();
    void showStatus(const QString& text);

    bool m_rowsPending = false;
    IndicatorTableModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QToolBar* m_toolBar = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_status = nullptr;
    QAction* m_addRow = nullptr;
    QAction* m_deleteRows = nullptr;
    QAction* m_addArea = nullptr;
    QAction* m_addComparator = nullptr;
    QAction* m_renameColumn = nullptr;
    QAction* m_deleteColumn = nullptr;
    QAction* m_import = nullptr;
    QAction* m_importPeriod = nullptr;
    QComboBox* m_period = nullptr;
    QAction* m_export = nullptr;
};

} // namespace rt
