// SPDX-License-Identifier: GPL-3.0-or-later
#include "datapack/DataPackWorkspace.h"

#include "datapack/HeatMap.h"
#include "interchange/IndicatorCsv.h"
#include "interchange/IndicatorCsvWriter.h"
#include "models/IndicatorTableModel.h"
#include "session/Document.h"
#include "shell/Settings.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace rt {

namespace {
constexpr int MaxListedErrors = 12;
} // namespace

DataPackWorkspace::DataPackWorkspace(Document* document, QWidget* parent)
    : Workspace(document, parent)
{
    setObjectName(QStringLiteral("dataPackWorkspace"));
    m_model = new IndicatorTableModel(document, this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 12); // docs/STYLE.md: as every page
    layout->setSpacing(8);

    auto* heading = new QLabel(tr("Data pack"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.5); // a page heading (docs/STYLE.md)
    big.setBold(true);
    heading->setFont(big);
    heading->setAccessibleName(tr("Data pack"));
    auto* intro = new QLabel(
        tr("The figures delegates use to shape their conversations: each indicator by area, with "
           "comparators. Within each row the best value has the lightest colour."),
        this);
    intro->setWordWrap(true);

    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_import = m_toolBar->addAction(tr("Import CSV…"), this, &DataPackWorkspace::importDialog);
    m_import->setToolTip(tr("Replace the data pack with a CSV file's: domain, indicator, one column per "
                            "area or comparator, higher_is_better"));
    m_importPeriod
        = m_toolBar->addAction(tr("Import Later Period…"), this, &DataPackWorkspace::importPeriodDialog);
    m_importPeriod->setToolTip(tr("Add later figures (e.g. \"2024 Q1\") from a CSV file in the same shape; "
                                  "the event's figures stay as the baseline"));
    m_export = m_toolBar->addAction(tr("Export CSV…"), this, &DataPackWorkspace::exportDialog);
    m_export->setToolTip(tr("Save the data pack as a CSV file that Import CSV… reads back"));
    m_toolBar->addSeparator();
    m_addRow = m_toolBar->addAction(tr("Add Indicator"), this, &DataPackWorkspace::addIndicator);
    m_addRow->setToolTip(tr("Add an indicator below the current one"));
    m_deleteRows = m_toolBar->addAction(tr("Delete Indicator"), this, &DataPackWorkspace::deleteIndicators);
    m_deleteRows->setToolTip(tr("Delete the selected indicators"));
    m_toolBar->addSeparator();
    m_addArea = m_toolBar->addAction(tr("Add Area…"), this, [this] { addColumn(false); });
    m_addComparator = m_toolBar->addAction(tr("Add Comparator…"), this, [this] { addColumn(true); });
    m_renameColumn = m_toolBar->addAction(tr("Rename Column…"), this, &DataPackWorkspace::renameColumn);
    m_deleteColumn = m_toolBar->addAction(tr("Delete Column"), this, &DataPackWorkspace::deleteColumn);
    m_deleteColumn->setToolTip(tr("Delete the current area or comparator column and its values"));

    // Tool bar buttons take no focus by default: make them reachable with Tab like any button.
    for (QAction* a : m_toolBar->actions()) {
        if (QWidget* button = m_toolBar->widgetForAction(a); button && !a->isSeparator())
            button->setFocusPolicy(Qt::TabFocus);
    }
    m_toolBar->setAccessibleName(tr("Data pack actions"));

    auto* legend = new HeatMapLegend(this);
    // Which figures: the event's (the baseline, editable) or a later period with its change.
    m_period = new QComboBox(this);
    m_period->setAccessibleName(tr("Figures shown"));
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* periodLabel = new QLabel(tr("&Figures for:"), this);
    periodLabel->setBuddy(m_period);
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(legend, 1);
    keyRow->addSpacing(12);
    keyRow->addWidget(periodLabel);
    keyRow->addWidget(m_period);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("dataPackTable"));
    m_view->setHorizontalHeader(new HeatMapHeader(m_view));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new HeatMapDelegate(m_view));
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(false);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->hide();
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_addRow, m_deleteRows, m_addArea, m_addComparator, m_renameColumn, m_deleteColumn});
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setMinimumSectionSize(72);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("Data pack heat map"));
    m_view->setAccessibleDescription(tr("Each cell says its value and its rank in the row; the arrow keys "
                                        "move between cells, F2 edits"));
    m_view->setTabKeyNavigation(false); // Tab leaves the table; the arrows move between cells
    connect(
        m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, [this](const QPoint& at) {
            const int column = m_view->horizontalHeader()->logicalIndexAt(at);
            if (m_model->isValueColumn(column))
                m_view->setCurrentIndex(m_model->index(std::max(0, m_view->currentIndex().row()), column));
            QMenu menu(this);
            menu.addAction(m_addArea);
            menu.addAction(m_addComparator);
            if (m_model->isValueColumn(column)) {
                menu.addAction(m_renameColumn);
                menu.addAction(m_deleteColumn);
            }
            menu.exec(m_view->horizontalHeader()->mapToGlobal(at));
        });
    connect(m_view->horizontalHeader(), &QHeaderView::sectionDoubleClicked, this, [this](int column) {
        if (m_model->isValueColumn(column)) {
            m_view->setCurrentIndex(m_model->index(std::max(0, m_view->currentIndex().row()), column));
            renameColumn();
        }
    });

    m_empty = new QLabel(tr("No data pack yet. Import a CSV file (Import CSV…), or add areas and "
                            "indicators."),
                         this);
    m_empty->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dataPackStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide(); // until there is something to say

    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_toolBar);
    layout->addLayout(keyRow);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    auto relayout = [this] {
        updateSpans();
        updateActions();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, [this, relayout] {
        sizeColumns();
        relayout();
        refreshPeriods();
    });
    connect(m_period, &QComboBox::activated, this, [this] {
        m_model->setPeriod(m_period->currentData().toString());
        m_view->resizeRowsToContents();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, relayout);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, relayout);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DataPackWorkspace::updateSpans);
    // Wrapped text needs new row heights when a column's width changes.
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (m_rowsPending)
            return;
        m_rowsPending = true;
        QTimer::singleShot(0, this, [this] {
            m_rowsPending = false;
            m_view->resizeRowsToContents();
        });
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DataPackWorkspace::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DataPackWorkspace::updateActions);
    sizeColumns();
    relayout();
    refreshPeriods();
}

DataPackWorkspace::~DataPackWorkspace()
{
    // The view goes first: closing an open editor commits it, and nothing may call back into a
    // half-destroyed workspace.
    disconnect(m_view->selectionModel(), nullptr, this, nullptr);
    disconnect(m_view->horizontalHeader(), nullptr, this, nullptr);
    disconnect(m_model, nullptr, this, nullptr);
    disconnect(m_period, nullptr, this, nullptr);
    delete m_view;
}

QString DataPackWorkspace::title() const
{
    return tr("Data pack");
}

QStringList DataPackWorkspace::viewNames() const
{
    return {tr("datapack — the data pack heat map: indicators by area and comparator, lighter is better")};
}

bool DataPackWorkspace::showView(const QString& view, QString* error)
{
    if (view != QLatin1String("datapack")) {
        Q_UNUSED(error)
        return false;
    }
    m_view->scrollToTop();
    return true;
}

void DataPackWorkspace::updateSpans()
{
    // Each domain's rows share one cell, as the printed data pack shows them.
    m_view->clearSpans();
    const int rows = m_model->rowCount();
    int start = 0;
    for (int r = 1; r <= rows; ++r) {
        if (r == rows || m_model->index(r, 0).data(IndicatorTableModel::GroupStartRole).toBool()) {
            if (r - start > 1)
                m_view->setSpan(start, IndicatorTableModel::DomainColumn, r - start, 1);
            start = r;
        }
    }
    m_view->resizeRowsToContents();
    m_empty->setVisible(m_model->rowCount() == 0);
}

void DataPackWorkspace::sizeColumns()
{
    // The indicator takes the room left and wraps; the figures take what they need, their
    // names wrapping in the header.
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(IndicatorTableModel::DomainColumn, 160);
    for (int c = 2; c < m_model->higherIsBetterColumn(); ++c) {
        m_view->resizeColumnToContents(c);
        header->resizeSection(c, std::clamp(header->sectionSize(c), 80, 100));
    }
    m_view->resizeColumnToContents(m_model->higherIsBetterColumn());
    header->resizeSection(m_model->higherIsBetterColumn(),
                          std::clamp(header->sectionSize(m_model->higherIsBetterColumn()), 80, 130));
    if (m_model->columnCount() > IndicatorTableModel::NameColumn)
        header->setSectionResizeMode(IndicatorTableModel::NameColumn, QHeaderView::Stretch);
    m_view->resizeRowsToContents();
}

void DataPackWorkspace::updateActions()
{
    const bool writable = document() && document()->isOpen() && !document()->isReadOnly();
    const QModelIndex current = m_view->currentIndex();
    const bool hasRows = !m_view->selectionModel()->selectedIndexes().isEmpty() || current.isValid();
    m_addRow->setEnabled(writable);
    m_deleteRows->setEnabled(writable && hasRows && m_model->rowCount() > 0);
    m_addArea->setEnabled(writable);
    m_addComparator->setEnabled(writable);
    const bool valueColumn = current.isValid() && m_model->isValueColumn(current.column());
    m_renameColumn->setEnabled(writable && valueColumn);
    m_deleteColumn->setEnabled(writable && valueColumn);
    m_import->setEnabled(writable);
    m_importPeriod->setEnabled(writable && m_model->rowCount() > 0);
    m_export->setEnabled(document() && document()->isOpen());
}

void DataPackWorkspace::showStatus(const QString& text)
{
    m_status->setText(text);
    // An empty selectable label is still a stop for a screen reader: shown only with a message.
    m_status->setVisible(!text.isEmpty());
}

void DataPackWorkspace::addIndicator()
{
    const QModelIndex current = m_view->currentIndex();
    const int row = current.isValid() ? current.row() + 1 : m_model->rowCount();
    if (m_model->insertIndicator(row)) {
        const QModelIndex name = m_model->index(row, IndicatorTableModel::NameColumn);
        m_view->setCurrentIndex(name);
        m_view->edit(name);
    }
}

void DataPackWorkspace::deleteIndicators()
{
    QList<int> rows;
    for (const QModelIndex& i : m_view->selectionModel()->selectedIndexes())
        rows << i.row();
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows << m_view->currentIndex().row();
    m_model->removeIndicators(rows);
}

void DataPackWorkspace::addColumn(bool comparator)
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, comparator ? tr("Add Comparator") : tr("Add Area"),
                                               comparator ? tr("Name of the comparator (e.g. England):")
                                                          : tr("Name of the area:"),
                                               QLineEdit::Normal, {}, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    const int column = m_model->addColumn(name, comparator);
    if (column >= 0 && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, column));
}

void DataPackWorkspace::renameColumn()
{
    const int column = m_view->currentIndex().column();
    if (!m_model->isValueColumn(column))
        return;
    bool ok = false;
    const QString old = m_model->headerData(column, Qt::Horizontal).toString();
    const QString name = QInputDialog::getText(this, tr("Rename Column"), tr("New name for %1:").arg(old),
                                               QLineEdit::Normal, old, &ok);
    if (ok)
        m_model->renameColumn(column, name);
}

void DataPackWorkspace::deleteColumn()
{
    const int column = m_view->currentIndex().column();
    if (m_model->isValueColumn(column))
        m_model->removeColumn(column);
}

bool DataPackWorkspace::importCsv(const QString& path, QStringList* errors)
{
    if (!IndicatorCsv::importFile(document(), path, errors)) {
        showStatus(tr("%1 was not imported; the data pack has not changed.").arg(QFileInfo(path).fileName()));
        return false;
    }
    const int n = m_model->rowCount();
    showStatus(tr("Imported %n indicator(s) from %1. Undo puts the previous data pack back.", nullptr, n)
                   .arg(QFileInfo(path).fileName()));
    return true;
}

bool DataPackWorkspace::importPeriodCsv(const QString& path, const QString& period, QStringList* errors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *errors = QStringList {
            tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
        showStatus(tr("%1 was not imported; the data pack has not changed.").arg(QFileInfo(path).fileName()));
        return false;
    }
    if (!IndicatorCsv::importPeriod(document(), file.readAll(), period, errors)) {
        showStatus(tr("%1 was not imported; the data pack has not changed.").arg(QFileInfo(path).fileName()));
        return false;
    }
    m_model->setPeriod(period.simplified()); // show what was just brought in
    showStatus(tr("Imported the figures for %1 from %2. Undo takes them out again.")
                   .arg(period.simplified(), QFileInfo(path).fileName()));
    return true;
}

bool DataPackWorkspace::exportCsv(const QString& path, QString* error)
{
    if (!document() || !document()->store()) {
        *error = tr("no session is open");
        return false;
    }
    // The message, when it fails, comes from files::SafeOutput like every other export's.
    if (!IndicatorCsvWriter::writeFile(document()->store(), path, error, {document()->path()}))
        return false;
    showStatus(tr("Data pack saved to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

QString DataPackWorkspace::importErrorText(const QString& path, const QStringList& errors)
{
    QStringList shown = errors.mid(0, MaxListedErrors);
    if (errors.size() > MaxListedErrors)
        shown << tr("… and %1 more").arg(errors.size() - MaxListedErrors);
    return shown.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
        + tr("Nothing was changed. Correct %1 and import it again.").arg(QFileInfo(path).fileName());
}

void DataPackWorkspace::refreshPeriods()
{
    QSignalBlocker block(m_period);
    m_period->clear();
    m_period->addItem(tr("Baseline (the event)"), QString());
    const QStringList periods = m_model->periods();
    for (const QString& p : periods) {
        // "2024 Q1" reads as "Q1 2024" when an Urdu window lays it out right to left; a leading
        // left-to-right mark keeps a Latin or numeric name in its own order.
        m_period->addItem(isRightToLeft() && !p.isRightToLeft() ? QChar(0x200E) + p : p, p);
    }
    m_period->setCurrentIndex(std::max(0, m_period->findData(m_model->period())));
    m_period->setEnabled(!periods.isEmpty());
    m_period->setToolTip(periods.isEmpty()
                             ? tr("Import Later Period… adds figures to compare with the event's")
                             : tr("A later period shows each figure's change against the baseline"));
}

void DataPackWorkspace::importPeriodDialog()
{
    QString folder = Settings::instance().value(Settings::LastOpenFolder).toString();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Import Later Period"), folder,
                                       tr("CSV files (*.csv)") + QStringLiteral(";;") + tr("All files (*)"));
    if (path.isEmpty())
        return;
    bool ok = false;
    const QString period
        = QInputDialog::getText(
              this, tr("Import Later Period"),
              tr("Which period do these figures cover (e.g. \"2024 Q1\" or \"March 2024\")?"),
              QLineEdit::Normal, QFileInfo(path).completeBaseName(), &ok)
              .trimmed();
    if (!ok || period.isEmpty())
        return;
    QStringList errors;
    if (importPeriodCsv(path, period, &errors))
        return;
    QMessageBox box(QMessageBox::Warning, tr("Import Later Period"),
                    tr("%1 could not be imported (%n problem(s)):", nullptr, int(errors.size()))
                        .arg(QDir::toNativeSeparators(path)),
                    QMessageBox::Ok, this);
    box.setInformativeText(importErrorText(path, errors));
    if (errors.size() > MaxListedErrors)
        box.setDetailedText(errors.join(QLatin1Char('\n')));
    box.exec();
}

void DataPackWorkspace::importDialog()
{
    QString folder = Settings::instance().value(Settings::LastOpenFolder).toString();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Import Data Pack"), folder,
                                       tr("CSV files (*.csv)") + QStringLiteral(";;") + tr("All files (*)"));
    if (path.isEmpty())
        return;
    QStringList errors;
    if (importCsv(path, &errors))
        return;
    QMessageBox box(QMessageBox::Warning, tr("Import Data Pack"),
                    tr("%1 could not be imported (%n problem(s)):", nullptr, int(errors.size()))
                        .arg(QDir::toNativeSeparators(path)),
                    QMessageBox::Ok, this);
    box.setInformativeText(importErrorText(path, errors));
    if (errors.size() > MaxListedErrors)
        box.setDetailedText(errors.join(QLatin1Char('\n')));
    box.exec();
}

void DataPackWorkspace::exportDialog()
{
    const QFileInfo session(document()->path());
    const QString suggested = session.dir().filePath(tr("%1 data pack.csv").arg(session.completeBaseName()));
    QString path
        = QFileDialog::getSaveFileName(this, tr("Export Data Pack"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QLatin1String(".csv");
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export Data Pack"), error);
}

} // namespace rt
