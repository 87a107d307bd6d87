// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ActionTrackerModel.h"

#include "models/StoreAttachment.h"
#include "session/Document.h"
#include "store/Columns.h"
#include "store/Store.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace rt {

namespace {
// Fixed pairs of background and text colour (contrast above 4.5:1 in light and dark themes alike).
const QColor OverdueBack(0xfd, 0xe2, 0xe1);
const QColor OverdueText(0x8a, 0x1c, 0x1c);
const QColor UnreviewedBack(0xff, 0xf1, 0xc2);
const QColor UnreviewedText(0x5c, 0x43, 0x00);
} // namespace

ActionTrackerModel::ActionTrackerModel(Document* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_today(QDate::currentDate())
{
    followStore(
        this, document,
        [this](Store& store) {
            connectStore(store, this, &ActionTrackerModel::onRowsChanged, &ActionTrackerModel::onRowUpdated,
                         &ActionTrackerModel::reload);
            reload();
        },
        [this] {
            beginResetModel();
            m_items.clear();
            endResetModel();
        });
}

void ActionTrackerModel::setToday(const QDate& today)
{
    m_today = today;
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ActionTrackerModel::reload()
{
    beginResetModel();
    m_items.clear();
    if (m_document && m_document->store()) {
        const Store& store = *m_document->store();
        m_event = followup::eventDate(store);
        // In the order of the places, then each plan's own order.
        const QList<Row> places = store.rows(Kind::Place);
        for (int p = 0; p < places.size(); ++p) {
            const QList<Row> actions = store.rows(Kind::Action, {{col::PlaceId, places[p].id}});
            for (const Row& a : actions)
                m_items.append({a, places[p].str(col::Name), p, {}});
        }
    }
    refreshLatest();
    endResetModel();
}

void ActionTrackerModel::refreshLatest()
{
    if (!m_document || !m_document->store())
        return;
    const QList<followup::Update> all = followup::updates(*m_document->store());
    QHash<qint64, followup::Update> latest;
    for (const followup::Update& u : all) {
        // Oldest first, so the last one seen wins; a later date always does.
        auto it = latest.find(u.actionId);
        if (it == latest.end() || it->at <= u.at)
            latest.insert(u.actionId, u);
    }
    for (Item& item : m_items)
        item.latest = latest.value(item.row.id);
}

void ActionTrackerModel::onRowsChanged(Kind kind)
{
    if (kind == Kind::Action || kind == Kind::Place) {
        reload();
        return;
    }
    if (kind == Kind::Event && m_document && m_document->store())
        m_event = followup::eventDate(*m_document->store());
    if (m_items.isEmpty())
        return;
    // A progress line added or removed: the latest ones, and (through the review it records) the
    // row's own fields, are read again.
    for (Item& item : m_items)
        item.row = m_document->store()->row(Kind::Action, item.row.id);
    refreshLatest();
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ActionTrackerModel::onRowUpdated(Kind kind, qint64 id, const QString&)
{
    if (!m_document || !m_document->store())
        return;
    if (kind == Kind::Place) {
        const QString name = m_document->store()->row(Kind::Place, id).str(col::Name);
        for (int r = 0; r < m_items.size(); ++r) {
            if (m_items[r].row.ref(col::PlaceId) == id) {
                m_items[r].place = name;
                emit dataChanged(index(r, Place), index(r, Place));
            }
        }
    } else if (kind == Kind::Action) {
        const int r = rowOf(id);
        if (r < 0)
            return;
        m_items[r].row = m_document->store()->row(Kind::Action, id);
        emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
    } else if (kind == Kind::Event) {
        m_event = followup::eventDate(*m_document->store());
        if (!m_items.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        onRowsChanged(kind); // a progress line edited
    }
}

int ActionTrackerModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items[i].row.id == id)
            return i;
    }
    return -1;
}

int ActionTrackerModel::overdueCount() const
{
    int n = 0;
    for (const Item& item : m_items)
        n += followup::isOverdue(item.row, m_today) ? 1 : 0;
    return n;
}

int ActionTrackerModel::unreviewedCount() const
{
    int n = 0;
    for (const Item& item : m_items)
        n += followup::isUnreviewed(item.row, m_event) ? 1 : 0;
    return n;
}

int ActionTrackerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ActionTrackerModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActionTrackerModel::displayText(const Item& item, int column) const
{
    const Row& a = item.row;
    switch (column) {
    case Place:
        return item.place;
    case Cohort:
        return a.str(col::Cohort);
    case Action:
        return a.str(col::Action);
    case Owner:
        return a.str(col::Who);
    case ByWhen:
        return a.str(col::ByWhen);
    case Due: {
        const QDate d = followup::due(a);
        if (!d.isValid())
            return tr("No date");
        const QString date = QLocale().toString(d, QLocale::ShortFormat);
        return followup::isOverdue(a, m_today) ? tr("%1 — overdue").arg(date) : date;
    }
    case Status: {
        const QString label = followup::statusLabel(followup::status(a));
        return followup::isUnreviewed(a, m_event) ? tr("%1 — not reviewed").arg(label) : label;
    }
    case LatestUpdate: {
        if (item.latest.text.isEmpty())
            return tr("No update yet");
        const QDate on = QDate::fromString(item.latest.at.left(10), Qt::ISODate);
        const QString when = on.isValid() ? QLocale().toString(on, QLocale::ShortFormat) : item.latest.at;
        return item.latest.who.isEmpty() ? tr("%1: %2").arg(when, item.latest.text)
                                         : tr("%1, %2: %3").arg(when, item.latest.who, item.latest.text);
    }
    }
    return {};
}

QVariant ActionTrackerModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Item& item = m_items[index.row()];
    const Row& a = item.row;
    const int column = index.column();
    const bool overdue = followup::isOverdue(a, m_today);
    const bool unreviewed = followup::isUnreviewed(a, m_event);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayText(item, column);
    case Qt::ToolTipRole:
        if (column == Due && overdue)
            return tr("Overdue: due before today and neither done nor stopped");
        if (column == Status && unreviewed)
            return tr("Not reviewed since the event: set its status or add an update");
        if (column == Due)
            return tr("Worked out from \"%1\"; edit it (YYYY-MM-DD) to correct it").arg(a.str(col::ByWhen));
        if (column == ByWhen)
            return tr("The words the table wrote; the Due column is the date they give");
        return displayText(item, column);
    case Qt::EditRole:
        if (column == Due)
            return followup::due(a);
        if (column == Status)
            return followup::status(a);
        return displayText(item, column);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignTop | Qt::AlignLeading);
    case Qt::BackgroundRole:
        if (column == Due && overdue)
            return OverdueBack;
        if (column == Status && unreviewed)
            return UnreviewedBack;
        return {};
    case Qt::ForegroundRole:
        if (column == Due && overdue)
            return OverdueText;
        if (column == Status && unreviewed)
            return UnreviewedText;
        return {};
    case Qt::FontRole:
        if ((column == Due && overdue) || (column == Status && unreviewed)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case IdRole:
        return a.id;
    case PlaceIdRole:
        return a.ref(col::PlaceId);
    case PlaceRowRole:
        return item.placeRow;
    case StatusKeyRole:
        return followup::status(a);
    case DueDateRole:
        return followup::due(a);
    case OverdueRole:
        return overdue;
    case UnreviewedRole:
        return unreviewed;
    case MeasureRole:
        return a.str(col::Measure);
    case SortRole:
        switch (column) {
        case Place:
            return item.placeRow;
        case Due: {
            const QDate d = followup::due(a);
            return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("9999");
        }
        case Status:
            return followup::statusIndex(followup::status(a));
        case LatestUpdate:
            return item.latest.at;
        default:
            return displayText(item, column).toCaseFolded();
        }
    }
    return {};
}

bool ActionTrackerModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !m_document || !m_document->store() || m_document->isReadOnly()
        || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const Row& a = m_items[index.row()].row;
    if (index.column() == Status) {
        const QString key = value.toString();
        return key == followup::status(a) || followup::setStatus(*m_document, a.id, key);
    }
    if (index.column() == Due) {
        const QDate d = value.toDate();
        return d == followup::due(a) || followup::setDue(*m_document, a.id, d);
    }
    return false;
}

QVariant ActionTrackerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Place:
        return tr("Place");
    case Cohort:
        return tr("Cohort");
    case Action:
        return tr("Action");
    case Owner:
        return tr("Owner");
    case ByWhen:
        return tr("By when?");
    case Due:
        return tr("Due");
    case Status:
        return tr("Status");
    case LatestUpdate:
        return tr("Latest update");
    }
    return {};
}

Qt::ItemFlags ActionTrackerModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == Status || index.column() == Due) && m_document
        && !m_document->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace rt
