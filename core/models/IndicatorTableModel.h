// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Row.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QPointer>
#include <optional>

namespace rt {

class Document;

/**
 * The data pack as a heat-map table: one row per indicator; columns Domain, Indicator, one per
 * area, then the comparators, then "Higher is better". Areas and comparators are the
 * indicator_column rows (an indicator's `vals` holds one string per indicator_column, in that
 * list's order); areas are shown before comparators whatever their stored order.
 *
 * Each value cell's background says how good it is within its row (lighter = better, a
 * single-hue sequential palette); cells without a number stay uncoloured. Every edit (a
 * value, a name, the direction, rows and columns added or removed) is an undoable command on
 * the document; the model follows the store's signals, so undo shows at once.
 */
class IndicatorTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        IdRole = Qt::UserRole + 1, ///< the indicator's id
        GoodnessRole, ///< 0 (worst in the row) .. 1 (best); invalid: no number, or not a value cell
        ComparatorRole, ///< a comparator column (cells and horizontal header)
        GroupStartRole, ///< the row starts a new domain (the first row of each domain)
        ColumnIdRole, ///< horizontal header: the indicator_column id of a value column
        ChangeRole, ///< a later period's change against the baseline, e.g. "▲ +3.0"; invalid: none
        ChangeGoodRole, ///< 1 the change is for the better, -1 for the worse, 0 none (higher_is_better
                        ///< decides)
        BaselineRole, ///< the baseline value of a value cell
    };
    enum Fixed { DomainColumn = 0, NameColumn = 1 };

    explicit IndicatorTableModel(Document* document, QObject* parent = nullptr);

    /** The later periods the data pack holds (beyond the event's baseline), oldest first. */
    QStringList periods() const { return m_periods; }
    /** Shows @p period's figures with their change against the baseline; empty: the baseline
     *  (editable). Until one is chosen, the latest period is shown. */
    void setPeriod(const QString& period);
    /** The period shown; empty: the baseline. */
    QString period() const;

    /** Value columns (areas + comparators). */
    int valueColumnCount() const { return int(m_columns.size()); }
    /** The model column of "Higher is better". */
    int higherIsBetterColumn() const { return 2 + valueColumnCount(); }
    bool isValueColumn(int column) const { return column >= 2 && column < higherIsBetterColumn(); }
    bool isComparatorColumn(int column) const { return isValueColumn(column) && column - 2 >= m_areas; }
    qint64 idAt(int row) const { return m_rows.value(row).row.id; }
    int rowOf(qint64 id) const;

    /** The cell background for @p goodness (0 worst .. 1 best): lighter is better. */
    static QColor heatColor(double goodness);
    /** Black or white, whichever reads better on @p background (always ≥ 4.5:1 on heatColor()). */
    static QColor textColorOn(const QColor& background);
    /** WCAG 2 contrast ratio of two colours (1 .. 21). */
    static double contrast(const QColor& a, const QColor& b);

    // Edits; each is one undo step. False when read-only or out of range.
    /** Inserts an empty indicator at @p row (its domain copied from the row above). */
    bool insertIndicator(int row, const QString& indicator = {});
    bool removeIndicators(QList<int> rows);
    /** Adds an area (after the last area) or a comparator (after the last comparator); every
     *  indicator gets an empty value for it. @return its model column, or -1 */
    int addColumn(const QString& name, bool comparator);
    /** Removes a value column and every indicator's value in it. */
    bool removeColumn(int column);
    bool renameColumn(int column, const QString& name);
    /** Renames the domain of @p row and of every row grouped with it (the same domain, next to
     *  it), as the grouped cell shows them. */
    bool renameDomain(int row, const QString& domain);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

public slots:
    void reload();

private:
    struct Column
    {
        Row row;
        int valIndex = 0; ///< index into each indicator's vals (the column list's order)
    };
    struct Line
    {
        Row row;
        QStringList vals; ///< as stored (list order)
        QHash<QString, QStringList> readings; ///< later periods' values, as stored (list order)
        QList<std::optional<double>> goodness; ///< per model value column
        bool groupStart = true;
    };

    void onRowsChanged(Kind kind);
    void onRowUpdated(Kind kind, qint64 id, const QString& column);
    Line makeLine(const Row& row) const;
    Line makeLine(const Row& row, const QHash<QString, QStringList>& readings) const;
    void updateGroups(int from, int to);
    bool writable() const;
    QString valsJson(const QStringList& vals) const;
    /** The values shown for @p line, in stored (list) order: the period's, or the baseline. */
    QStringList shownVals(const Line& line) const;
    QString changeText(const Line& line, int valueColumn, int* good) const;

    QPointer<Document> m_document;
    QList<Column> m_columns; ///< model order: areas, then comparators
    int m_areas = 0;
    int m_storedColumns = 0; ///< indicator_column rows
    QList<Line> m_rows;
    QStringList m_periods;
    QString m_period;
    bool m_periodChosen = false; ///< false: follow the latest period
};

} // namespace rt
