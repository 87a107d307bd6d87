// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/IndicatorTableModel.h"

#include "commands/RowCommands.h"
#include "domain/JsonText.h"
#include "interchange/IndicatorCsv.h"
#include "models/StoreAttachment.h"
#include "session/Document.h"
#include "store/Columns.h"
#include "store/Store.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace rt {

namespace {

QString k(const char* name)
{
    return QString::fromLatin1(name);
}

/** ColorBrewer "Blues", best (lightest) to worst (darkest): one hue, evenly stepped lightness. */
constexpr QRgb Ramp[] = {0xdeebf7, 0xc6dbef, 0x9ecae1, 0x6baed6, 0x4292c6, 0x2171b5, 0x08519c};

double channel(double c)
{
    c /= 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& c)
{
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

} // namespace

IndicatorTableModel::IndicatorTableModel(Document* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    followStore(
        this, document,
        [this](Store& store) {
            connectStore(store, this, &IndicatorTableModel::onRowsChanged, &IndicatorTableModel::onRowUpdated,
                         &IndicatorTableModel::reload);
            reload();
        },
        [this] {
            beginResetModel();
            m_rows.clear();
            m_columns.clear();
            m_areas = m_storedColumns = 0;
            endResetModel();
        });
}

bool IndicatorTableModel::writable() const
{
    return m_document && m_document->store() && !m_document->isReadOnly();
}

void IndicatorTableModel::reload()
{
    beginResetModel();
    m_columns.clear();
    m_rows.clear();
    m_areas = m_storedColumns = 0;
    if (m_document && m_document->store()) {
        Store* store = m_document->store();
        const QList<Row> columns = store->rows(Kind::IndicatorColumn);
        m_storedColumns = int(columns.size());
        QList<Column> comparators;
        for (int i = 0; i < columns.size(); ++i) {
            if (columns[i].flag(k("comparator")))
                comparators.append({columns[i], i});
            else
                m_columns.append({columns[i], i});
        }
        m_areas = int(m_columns.size());
        m_columns += comparators;
        // Later periods: each indicator's readings, the periods in the order they first appear.
        QHash<qint64, QHash<QString, QStringList>> readings;
        m_periods.clear();
        const QList<Row> stored = store->rows(Kind::IndicatorReading);
        for (const Row& r : stored) {
            const QString period = r.str(col::Period);
            readings[r.ref(col::IndicatorId)].insert(period, jsontext::stringList(r.str(col::Vals)));
            if (!m_periods.contains(period))
                m_periods.append(period);
        }
        if (m_periodChosen && !m_period.isEmpty() && !m_periods.contains(m_period))
            m_periodChosen = false; // the period shown has gone (an import undone): the latest again
        for (const Row& r : store->rows(Kind::Indicator))
            m_rows.append(makeLine(r, readings.value(r.id)));
        updateGroups(0, int(m_rows.size()) - 1);
    }
    endResetModel();
}

QString IndicatorTableModel::period() const
{
    return m_periodChosen ? m_period : (m_periods.isEmpty() ? QString() : m_periods.constLast());
}

void IndicatorTableModel::setPeriod(const QString& period)
{
    m_periodChosen = true;
    m_period = period;
    reload();
}

QStringList IndicatorTableModel::shownVals(const Line& line) const
{
    const QString p = period();
    return p.isEmpty() ? line.vals : line.readings.value(p);
}

QString IndicatorTableModel::changeText(const Line& line, int valueColumn, int* good) const
{
    *good = 0;
    if (period().isEmpty())
        return {};
    const int at = m_columns[valueColumn].valIndex;
    const std::optional<double> now = IndicatorCsv::number(shownVals(line).value(at));
    const std::optional<double> then = IndicatorCsv::number(line.vals.value(at));
    if (!now || !then)
        return {};
    const double delta = *now - *then;
    // As many decimals as the figures themselves show (at least one for a fraction).
    int decimals = 0;
    for (const QString& v : {shownVals(line).value(at), line.vals.value(at)}) {
        const qsizetype dot = v.indexOf(QLatin1Char('.'));
        if (dot >= 0) {
            qsizetype n = 0;
            while (dot + 1 + n < v.size() && v.at(dot + 1 + n).isDigit())
                ++n;
            decimals = std::max(decimals, int(n));
        }
    }
    if (std::abs(delta) < 0.5 * std::pow(10.0, -decimals))
        return tr("= no change");
    const bool higher = line.row.flag(k("higher_is_better"));
    *good = (delta > 0) == higher ? 1 : -1;
    const QString amount = QLocale().toString(std::abs(delta), 'f', decimals);
    return delta > 0 ? tr("▲ +%1").arg(amount) : tr("▼ −%1").arg(amount);
}

IndicatorTableModel::Line IndicatorTableModel::makeLine(const Row& row) const
{
    return makeLine(row, {});
}

IndicatorTableModel::Line IndicatorTableModel::makeLine(const Row& row,
                                                        const QHash<QString, QStringList>& readings) const
{
    Line line;
    line.row = row;
    line.vals = jsontext::stringList(row.str(k("vals")));
    line.readings = readings;
    const QStringList vals = shownVals(line);
    QStringList shown;
    for (const Column& c : m_columns)
        shown << vals.value(c.valIndex);
    line.goodness = IndicatorCsv::goodness(shown, row.flag(k("higher_is_better")));
    return line;
}

void IndicatorTableModel::updateGroups(int from, int to)
{
    for (int r = std::max(0, from); r <= to && r < m_rows.size(); ++r) {
        m_rows[r].groupStart = r == 0
            || m_rows[r].row.str(k("domain")).simplified() != m_rows[r - 1].row.str(k("domain")).simplified();
    }
}

int IndicatorTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].row.id == id)
            return i;
    }
    return -1;
}

void IndicatorTableModel::onRowsChanged(Kind kind)
{
    if (!m_document || !m_document->store())
        return;
    if (kind == Kind::IndicatorColumn || kind == Kind::IndicatorReading) {
        reload();
        return;
    }
    if (kind != Kind::Indicator)
        return;
    // One row in or one row out is told as such (keeps the view's scroll and selection);
    // anything else is a reset.
    const QList<Row> fresh = m_document->store()->rows(Kind::Indicator);
    const qsizetype oldN = m_rows.size(), newN = fresh.size();
    auto sameFrom = [&](qsizetype at, qsizetype oldSkip, qsizetype newSkip) {
        for (qsizetype i = at; i + oldSkip < oldN && i + newSkip < newN; ++i) {
            if (m_rows[i + oldSkip].row.id != fresh[i + newSkip].id)
                return false;
        }
        return true;
    };
    qsizetype at = 0;
    while (at < oldN && at < newN && m_rows[at].row.id == fresh[at].id)
        ++at;
    if (newN == oldN + 1 && sameFrom(at, 0, 1)) {
        beginInsertRows({}, int(at), int(at));
        m_rows.insert(at, makeLine(fresh[at]));
        endInsertRows();
        updateGroups(int(at), int(at) + 1);
        if (at + 1 < m_rows.size())
            emit dataChanged(index(int(at) + 1, 0), index(int(at) + 1, columnCount() - 1));
        return;
    }
    if (newN + 1 == oldN && sameFrom(at, 1, 0)) {
        beginRemoveRows({}, int(at), int(at));
        m_rows.removeAt(at);
        endRemoveRows();
        updateGroups(int(at), int(at));
        if (at < m_rows.size())
            emit dataChanged(index(int(at), 0), index(int(at), columnCount() - 1));
        return;
    }
    if (newN == oldN && at == oldN) {
        for (qsizetype i = 0; i < newN; ++i)
            m_rows[i] = makeLine(fresh[i], m_rows[i].readings);
        updateGroups(0, int(newN) - 1);
        if (newN)
            emit dataChanged(index(0, 0), index(int(newN) - 1, columnCount() - 1));
        return;
    }
    reload();
}

void IndicatorTableModel::onRowUpdated(Kind kind, qint64 id, const QString& column)
{
    if (!m_document || !m_document->store())
        return;
    if (kind == Kind::IndicatorColumn) {
        // A rename keeps the layout; a comparator flip regroups the columns.
        if (column == k("name")) {
            for (int i = 0; i < m_columns.size(); ++i) {
                if (m_columns[i].row.id == id) {
                    m_columns[i].row = m_document->store()->row(Kind::IndicatorColumn, id);
                    emit headerDataChanged(Qt::Horizontal, i + 2, i + 2);
                }
            }
        } else {
            reload();
        }
        return;
    }
    if (kind == Kind::IndicatorReading) {
        reload();
        return;
    }
    if (kind != Kind::Indicator)
        return;
    const int r = rowOf(id);
    if (r < 0)
        return;
    m_rows[r] = makeLine(m_document->store()->row(Kind::Indicator, id), m_rows[r].readings);
    // The whole row: its goodness is relative; the next row: whether it starts a domain.
    updateGroups(r, r + 1);
    const int last = std::min(r + 1, int(m_rows.size()) - 1);
    emit dataChanged(index(r, 0), index(last, columnCount() - 1));
}

int IndicatorTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IndicatorTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 3 + int(m_columns.size());
}

QColor IndicatorTableModel::heatColor(double goodness)
{
    constexpr int steps = int(std::size(Ramp)) - 1;
    const double t = std::clamp(1.0 - goodness, 0.0, 1.0) * steps;
    const int i = std::min(int(t), steps - 1);
    const double f = t - i;
    const QColor a(Ramp[i]), b(Ramp[i + 1]);
    auto mix = [f](int x, int y) { return int(std::lround(x + (y - x) * f)); };
    return QColor(mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue()));
}

double IndicatorTableModel::contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor IndicatorTableModel::textColorOn(const QColor& background)
{
    // One of black and white always reaches 4.58:1 or more, whatever the background.
    const QColor black(Qt::black), white(Qt::white);
    return contrast(background, black) >= contrast(background, white) ? black : white;
}

QVariant IndicatorTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line& line = m_rows[index.row()];
    const int col = index.column();
    const bool value = isValueColumn(col);
    const int v = col - 2;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (col == DomainColumn)
            return line.row.str(k("domain"));
        if (col == NameColumn)
            return line.row.str(k("indicator"));
        if (value)
            return shownVals(line).value(m_columns[v].valIndex);
        if (role == Qt::DisplayRole) // beside the check box, so a read-only view still says it
            return line.row.flag(k("higher_is_better")) ? tr("Yes") : tr("No");
        return {};
    case Qt::CheckStateRole:
        if (col == higherIsBetterColumn())
            return line.row.flag(k("higher_is_better")) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::BackgroundRole:
        if (value && line.goodness.value(v))
            return heatColor(*line.goodness[v]);
        return {};
    case Qt::ForegroundRole:
        if (value && line.goodness.value(v))
            return textColorOn(heatColor(*line.goodness[v]));
        return {};
    case Qt::TextAlignmentRole:
        if (value)
            return QVariant::fromValue(Qt::AlignCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (value && line.goodness.value(v)) {
            const double g = *line.goodness[v];
            int rank = 1, numbers = 0;
            for (const auto& other : line.goodness) {
                if (other) {
                    ++numbers;
                    rank += *other > g + 1e-12 ? 1 : 0;
                }
            }
            QString text
                = tr("%1 in %2: ranked %3 of %4 in this row (%5)")
                      .arg(shownVals(line).value(m_columns[v].valIndex), m_columns[v].row.str(k("name")))
                      .arg(rank)
                      .arg(numbers)
                      .arg(line.row.flag(k("higher_is_better")) ? tr("higher is better")
                                                                : tr("lower is better"));
            int good = 0;
            const QString change = changeText(line, v, &good);
            if (!change.isEmpty())
                text += QLatin1Char('\n')
                    + (good > 0       ? tr("%1 since the baseline (%2): better")
                           : good < 0 ? tr("%1 since the baseline (%2): worse")
                                      : tr("%1 since the baseline (%2)"))
                          .arg(change, line.vals.value(m_columns[v].valIndex));
            return text;
        }
        if (col == NameColumn || col == DomainColumn)
            return data(index, Qt::DisplayRole);
        if (col == higherIsBetterColumn())
            return line.row.flag(k("higher_is_better")) ? tr("A higher value is better")
                                                        : tr("A lower value is better");
        return {};
    case Qt::AccessibleDescriptionRole:
        // The heat colour in words, for a screen reader: the value's rank in its row.
        return data(index, Qt::ToolTipRole);
    case ChangeRole:
    case ChangeGoodRole: {
        if (!value)
            return {};
        int good = 0;
        const QString change = changeText(line, v, &good);
        if (change.isEmpty())
            return {};
        return role == ChangeRole ? QVariant(change) : QVariant(good);
    }
    case BaselineRole:
        return value ? QVariant(line.vals.value(m_columns[v].valIndex)) : QVariant();
    case IdRole:
        return line.row.id;
    case GoodnessRole:
        if (value && line.goodness.value(v))
            return *line.goodness[v];
        return {};
    case ComparatorRole:
        return isComparatorColumn(col);
    case GroupStartRole:
        return line.groupStart;
    default:
        return {};
    }
}

QString IndicatorTableModel::valsJson(const QStringList& vals) const
{
    return jsontext::fromStringList(vals);
}

bool IndicatorTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!writable() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Line& line = m_rows[index.row()];
    const int col = index.column();
    Store* store = m_document->store();
    QVariantMap change;
    QString text;
    if (col == higherIsBetterColumn()) {
        if (role != Qt::CheckStateRole)
            return false;
        const bool on = value.toInt() == Qt::Checked;
        if (on == line.row.flag(k("higher_is_better")))
            return true;
        change.insert(k("higher_is_better"), on);
        text = on ? tr("Mark \"%1\" higher is better").arg(line.row.str(k("indicator")))
                  : tr("Mark \"%1\" lower is better").arg(line.row.str(k("indicator")));
    } else {
        if (role != Qt::EditRole)
            return false;
        const QString s = value.toString();
        if (col == DomainColumn || col == NameColumn) {
            const QString field = col == DomainColumn ? k("domain") : k("indicator");
            if (s == line.row.str(field))
                return true;
            change.insert(field, s);
            text = col == DomainColumn ? tr("Edit domain") : tr("Edit indicator name");
        } else {
            const int valIndex = m_columns[col - 2].valIndex;
            QStringList vals = line.vals;
            if (vals.value(valIndex) == s)
                return true;
            while (vals.size() < m_storedColumns)
                vals << QString();
            vals[valIndex] = s;
            change.insert(k("vals"), valsJson(vals));
            text = tr("Edit %1 value of \"%2\"")
                       .arg(m_columns[col - 2].row.str(k("name")), line.row.str(k("indicator")));
        }
    }
    return m_document->push(new EditRowCommand(store, Kind::Indicator, line.row.id, change, text));
}

QVariant IndicatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool value = isValueColumn(section);
    switch (role) {
    case Qt::DisplayRole:
        if (section == DomainColumn)
            return tr("Domain");
        if (section == NameColumn)
            return tr("Indicator");
        if (value)
            return m_columns[section - 2].row.str(k("name"));
        return tr("Higher is better");
    case Qt::ToolTipRole:
        if (isComparatorColumn(section))
            return tr("%1 (comparator)").arg(m_columns[section - 2].row.str(k("name")));
        if (value)
            return tr("%1 (area)").arg(m_columns[section - 2].row.str(k("name")));
        if (section == higherIsBetterColumn())
            return tr("Checked: a higher value is better; unchecked: a lower value is better");
        return {};
    case ComparatorRole:
        return isComparatorColumn(section);
    case ColumnIdRole:
        return value ? QVariant(m_columns[section - 2].row.id) : QVariant();
    default:
        return QAbstractTableModel::headerData(section, orientation, role);
    }
}

Qt::ItemFlags IndicatorTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || !writable())
        return f;
    if (index.column() == higherIsBetterColumn())
        return f | Qt::ItemIsUserCheckable;
    // A later period's figures come from its CSV; the baseline is what is edited here.
    if (isValueColumn(index.column()) && !period().isEmpty())
        return f;
    return f | Qt::ItemIsEditable;
}

bool IndicatorTableModel::insertIndicator(int row, const QString& indicator)
{
    if (!writable() || row < 0 || row > m_rows.size())
        return false;
    const QString domain = row > 0 ? m_rows[row - 1].row.str(k("domain")) : QString();
    QStringList vals;
    for (int i = 0; i < m_storedColumns; ++i)
        vals << QString();
    return m_document->push(new InsertRowCommand(m_document->store(), Kind::Indicator,
                                                 {{k("domain"), domain},
                                                  {k("indicator"), indicator},
                                                  {k("vals"), valsJson(vals)},
                                                  {k("higher_is_better"), true}},
                                                 row, tr("Add indicator")));
}

bool IndicatorTableModel::removeIndicators(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (!writable() || rows.isEmpty() || rows.first() < 0 || rows.last() >= m_rows.size())
        return false;
    Store* store = m_document->store();
    auto* macro = new MacroCommand(store, tr("Delete %n indicator(s)", nullptr, int(rows.size())));
    for (const int r : std::as_const(rows))
        new RemoveRowCommand(store, Kind::Indicator, m_rows[r].row.id, {}, macro);
    return m_document->push(macro);
}

int IndicatorTableModel::addColumn(const QString& name, bool comparator)
{
    if (!writable() || name.trimmed().isEmpty())
        return -1;
    // Stored just after the last column of its group, so the CSV and the slides keep the order.
    int position = m_storedColumns;
    if (!comparator) {
        position = 0;
        for (int i = 0; i < m_areas; ++i)
            position = std::max(position, m_columns[i].valIndex + 1);
    }
    Store* store = m_document->store();
    auto* macro = new MacroCommand(store,
                                   comparator ? tr("Add comparator %1").arg(name.trimmed())
                                              : tr("Add area %1").arg(name.trimmed()));
    new InsertRowCommand(store, Kind::IndicatorColumn,
                         {{k("name"), name.trimmed()}, {k("comparator"), comparator}}, position, {}, macro);
    for (const Line& line : std::as_const(m_rows)) {
        QStringList vals = line.vals;
        while (vals.size() < m_storedColumns)
            vals << QString();
        vals.insert(position, QString());
        new EditRowCommand(store, Kind::Indicator, line.row.id, {{k("vals"), valsJson(vals)}}, {}, macro);
    }
    if (!m_document->push(macro))
        return -1;
    for (int c = 0; c < m_columns.size(); ++c) {
        if (m_columns[c].valIndex == position)
            return c + 2;
    }
    return -1;
}

bool IndicatorTableModel::removeColumn(int column)
{
    if (!writable() || !isValueColumn(column))
        return false;
    const Column c = m_columns[column - 2];
    Store* store = m_document->store();
    auto* macro = new MacroCommand(store, tr("Delete column %1").arg(c.row.str(k("name"))));
    for (const Line& line : std::as_const(m_rows)) {
        if (c.valIndex >= line.vals.size())
            continue;
        QStringList vals = line.vals;
        vals.removeAt(c.valIndex);
        new EditRowCommand(store, Kind::Indicator, line.row.id, {{k("vals"), valsJson(vals)}}, {}, macro);
    }
    new RemoveRowCommand(store, Kind::IndicatorColumn, c.row.id, {}, macro);
    return m_document->push(macro);
}

bool IndicatorTableModel::renameDomain(int row, const QString& domain)
{
    if (!writable() || row < 0 || row >= m_rows.size())
        return false;
    int first = row, last = row;
    while (first > 0 && !m_rows[first].groupStart)
        --first;
    while (last + 1 < m_rows.size() && !m_rows[last + 1].groupStart)
        ++last;
    Store* store = m_document->store();
    auto* macro = new MacroCommand(store, tr("Rename domain"));
    int edits = 0;
    for (int r = first; r <= last; ++r) {
        if (m_rows[r].row.str(k("domain")) == domain)
            continue;
        new EditRowCommand(store, Kind::Indicator, m_rows[r].row.id, {{k("domain"), domain}}, {}, macro);
        ++edits;
    }
    if (!edits) {
        delete macro;
        return true;
    }
    return m_document->push(macro);
}

bool IndicatorTableModel::renameColumn(int column, const QString& name)
{
    if (!writable() || !isValueColumn(column) || name.trimmed().isEmpty())
        return false;
    const Row& c = m_columns[column - 2].row;
    if (c.str(k("name")) == name.trimmed())
        return true;
    return m_document->push(new EditRowCommand(m_document->store(), Kind::IndicatorColumn, c.id,
                                               {{k("name"), name.trimmed()}}, tr("Rename column")));
}

} // namespace rt
