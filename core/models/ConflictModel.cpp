// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ConflictModel.h"

#include "commands/MergeEdits.h"
#include "models/StoreAttachment.h"
#include "session/Document.h"
#include "store/Columns.h"
#include "store/Schema.h"
#include "store/Store.h"

#include <QCollator>
#include <QDateTime>
#include <QLocale>
#include <QTimer>
#include <algorithm>

namespace rt {

namespace {

/** Short enough for a label: one line, at most @p max characters. */
QString shortText(const QString& text, int max = 40)
{
    const QString line = text.simplified();
    return line.size() > max ? line.left(max - 1).trimmed() + QChar(0x2026) : line;
}

/** Where a kind's conflicts come in the list: as the window's pages do. */
int kindOrder(Kind kind)
{
    static const QList<Kind> order {Kind::Event,     Kind::AgendaItem,   Kind::Prompt,
                                    Kind::Table,     Kind::Note,         Kind::Place,
                                    Kind::Aim,       Kind::Idea,         Kind::Driver,
                                    Kind::Action,    Kind::Poll,         Kind::PollOption,
                                    Kind::Vote,      Kind::Source,       Kind::IndicatorColumn,
                                    Kind::Indicator, Kind::ActionUpdate, Kind::IndicatorReading};
    const qsizetype i = order.indexOf(kind);
    return i < 0 ? int(order.size()) : int(i);
}

QString deletedRow(Kind kind)
{
    switch (kind) {
    case Kind::Table:
        return ConflictModel::tr("A deleted table");
    case Kind::Note:
        return ConflictModel::tr("A deleted note");
    case Kind::Place:
        return ConflictModel::tr("A deleted place");
    case Kind::Aim:
        return ConflictModel::tr("A deleted aim");
    case Kind::Idea:
        return ConflictModel::tr("A deleted idea");
    case Kind::Driver:
        return ConflictModel::tr("A deleted driver");
    case Kind::Action:
        return ConflictModel::tr("A deleted action");
    case Kind::Poll:
        return ConflictModel::tr("A deleted poll");
    case Kind::AgendaItem:
        return ConflictModel::tr("A deleted agenda item");
    default:
        return ConflictModel::tr("A deleted row");
    }
}

} // namespace

ConflictModel::ConflictModel(Document* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    if (!document)
        return;
    // Every edit, undo and redo goes through the stack: the list follows at once. Other changes
    // (a row renamed elsewhere, a file re-read) are gathered and read once.
    connect(document->undoStack(), &QUndoStack::indexChanged, this, &ConflictModel::reload);
    followStore(
        this, document,
        [this](Store& store) {
            connect(&store, &Store::rowsChanged, this, &ConflictModel::scheduleReload, Qt::UniqueConnection);
            connect(&store, &Store::rowUpdated, this, &ConflictModel::scheduleReload, Qt::UniqueConnection);
            connect(&store, &Store::reset, this, &ConflictModel::reload, Qt::UniqueConnection);
            reload();
        },
        [this] {
            beginResetModel();
            m_entries.clear();
            endResetModel();
        });
}

void ConflictModel::scheduleReload()
{
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_pending)
            reload();
    });
}

QString ConflictModel::fromText(const QString& device, const QString& at) const
{
    QString who = m_devices.value(device);
    const bool here = m_document && m_document->store() && device == m_document->store()->device().id;
    if (who.isEmpty() && !device.isEmpty())
        who = here ? tr("this laptop") : tr("laptop %1").arg(device.left(8));
    else if (here)
        who = tr("%1 (this laptop)").arg(who);
    QDateTime when = QDateTime::fromString(at, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(at, Qt::ISODate);
    const QString time = when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : at;
    if (who.isEmpty())
        return time;
    return time.isEmpty() ? who : tr("%1, %2", "laptop, time").arg(who, time);
}

void ConflictModel::reload()
{
    m_pending = false;
    QList<Entry> entries;
    Store* store = m_document ? m_document->store() : nullptr;
    if (store) {
        IdentityRepository repo(*store);
        m_devices = repo.deviceNames();
        const bool readOnly = m_document->isReadOnly();
        for (const IdentityRepository::Conflict& c : repo.conflicts()) {
            Entry e;
            e.conflict = c;
            e.order = kindOrder(c.kind);
            const bool known = c.kind != Kind::None;
            const QString field = fieldLabel(c.field);
            e.what
                = known ? tr("%1 – %2", "row – field").arg(rowLabel(*store, c.kind, c.rowId), field) : field;
            const QVariant now = known ? edit::conflictValueInUse(*store, c) : QVariant();
            const QVariant other = edit::conflictOtherValue(c);
            e.other = valueText(*store, c.kind, c.field, other);
            e.otherFrom = fromText(c.otherDevice, c.otherAt);
            if (!now.isValid()) {
                e.inUse = tr("(deleted)");
                e.why = tr("The row is not in the session any more.");
            } else {
                e.inUse = valueText(*store, c.kind, c.field, now);
                const Stamp stamp = store->stamps(c.kind, c.rowId).value(c.field);
                e.inUseFrom = fromText(stamp.device, stamp.at);
                if (edit::sameConflictValue(c, now, other))
                    e.why = tr("The field holds this value already.");
                else if (readOnly)
                    e.why = tr("The session is open read-only.");
            }
            entries << e;
        }
    }
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(entries.begin(), entries.end(), [&collator](const Entry& a, const Entry& b) {
        if (a.order != b.order)
            return a.order < b.order;
        if (const int c = collator.compare(a.what, b.what))
            return c < 0;
        return a.conflict.id < b.conflict.id;
    });
    // The same number of rows (a value used, an undo): update in place, so the view keeps its
    // selection; otherwise start over.
    if (entries.size() == m_entries.size() && !entries.isEmpty()) {
        m_entries = entries;
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int ConflictModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ConflictModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry& e = m_entries.at(index.row());
    const auto text = [&e](int column) -> QString {
        switch (column) {
        case WhatColumn:
            return e.what;
        case InUseColumn:
            return e.inUse;
        case InUseFromColumn:
            return e.inUseFrom;
        case OtherColumn:
            return e.other;
        case OtherFromColumn:
            return e.otherFrom;
        default:
            return {};
        }
    };
    switch (role) {
    case Qt::DisplayRole:
        // One line in the table; FullTextRole keeps the line breaks.
        return index.column() == InUseColumn || index.column() == OtherColumn
            ? text(index.column()).simplified()
            : text(index.column());
    case Qt::ToolTipRole:
    case FullTextRole:
        return text(index.column());
    case Qt::AccessibleTextRole:
        if (index.column() == InUseColumn)
            return tr("In use: %1").arg(e.inUse);
        if (index.column() == OtherColumn)
            return tr("Other value: %1").arg(e.other);
        return text(index.column());
    case UsableRole:
        return e.why.isEmpty();
    case ConflictIdRole:
        return e.conflict.id;
    default:
        return {};
    }
}

QVariant ConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhatColumn:
        return tr("What");
    case InUseColumn:
        return tr("In use now");
    case InUseFromColumn:
        return tr("From");
    case OtherColumn:
        return tr("Other value");
    case OtherFromColumn:
        return tr("From", "the other value's laptop and time");
    default:
        return {};
    }
}

IdentityRepository::Conflict ConflictModel::conflict(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).conflict : IdentityRepository::Conflict();
}

bool ConflictModel::isUsable(int row) const
{
    return row >= 0 && row < m_entries.size() && m_entries.at(row).why.isEmpty();
}

QString ConflictModel::unusableReason(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).why : QString();
}

QString ConflictModel::rowLabel(const Store& store, Kind kind, qint64 id)
{
    if (kind == Kind::None)
        return {};
    const Row r = store.row(kind, id);
    if (!r.isValid())
        return deletedRow(kind);
    const auto quoted = [&r](const QString& column) { return shortText(r.str(column)); };
    switch (kind) {
    case Kind::Event:
        return tr("Event details");
    case Kind::Table:
        return r.str(col::Topic).isEmpty()
            ? tr("Table %1").arg(r.ref(col::Number))
            : tr("Table %1 \"%2\"").arg(r.ref(col::Number)).arg(quoted(col::Topic));
    case Kind::Note: {
        const Row table = store.row(Kind::Table, r.ref(col::TableId));
        return tr("Note \"%1\" at table %2").arg(quoted(col::Text)).arg(table.ref(col::Number));
    }
    case Kind::Place:
        return tr("Place \"%1\"").arg(quoted(col::Name));
    case Kind::Aim: {
        const Row place = store.row(Kind::Place, r.ref(col::PlaceId));
        return tr("Aim \"%1\" of %2").arg(quoted(col::Statement), shortText(place.str(col::Name)));
    }
    case Kind::Idea:
        return tr("Idea \"%1\"").arg(quoted(col::Text));
    case Kind::Driver:
        return tr("Driver \"%1\"").arg(quoted(col::Text));
    case Kind::Action: {
        const Row place = store.row(Kind::Place, r.ref(col::PlaceId));
        return tr("Action \"%1\" of %2").arg(quoted(col::Action), shortText(place.str(col::Name)));
    }
    case Kind::Poll:
        return tr("Poll \"%1\"").arg(quoted(col::Question));
    case Kind::PollOption: {
        const Row poll = store.row(Kind::Poll, r.ref(col::PollId));
        return tr("Option \"%1\" of poll \"%2\"").arg(quoted(col::Text), shortText(poll.str(col::Question)));
    }
    case Kind::Vote:
        return tr("A vote");
    case Kind::AgendaItem:
        return tr("Agenda item \"%1\"").arg(quoted(col::Title));
    case Kind::Prompt:
        return tr("Prompt \"%1\"").arg(quoted(col::Question));
    case Kind::Source:
        return tr("Source \"%1\"").arg(quoted(col::File));
    case Kind::IndicatorColumn:
        return tr("Data pack column \"%1\"").arg(quoted(col::Name));
    case Kind::Indicator:
        return tr("Indicator \"%1\"").arg(quoted(col::Indicator));
    case Kind::ActionUpdate: {
        const Row action = store.row(Kind::Action, r.ref(col::ActionId));
        return tr("Progress update \"%1\" of action \"%2\"")
            .arg(quoted(col::Text), shortText(action.str(col::Action)));
    }
    case Kind::IndicatorReading: {
        const Row indicator = store.row(Kind::Indicator, r.ref(col::IndicatorId));
        return tr("Indicator \"%1\" for %2")
            .arg(shortText(indicator.str(col::Indicator)), quoted(col::Period));
    }
    case Kind::None:
        break;
    }
    return {};
}

QString ConflictModel::fieldLabel(const QString& field)
{
    static const QHash<QString, const char*> labels {
        {col::Position, QT_TR_NOOP("place in the list")},
        {col::Title, QT_TR_NOOP("title")},
        {col::Date, QT_TR_NOOP("date")},
        {col::Venue, QT_TR_NOOP("venue")},
        {col::Organiser, QT_TR_NOOP("organiser")},
        {col::Purpose, QT_TR_NOOP("purpose")},
        {col::Disclaimer, QT_TR_NOOP("disclaimer")},
        {col::Language, QT_TR_NOOP("pack language")},
        {col::File, QT_TR_NOOP("file")},
        {col::Key, QT_TR_NOOP("key")},
        {col::Question, QT_TR_NOOP("question")},
        {col::Kind, QT_TR_NOOP("kind")},
        {col::State, QT_TR_NOOP("state")},
        {col::MaxChoices, QT_TR_NOOP("most choices")},
        {col::PollId, QT_TR_NOOP("poll")},
        {col::Answer, QT_TR_NOOP("answer")},
        {col::Start, QT_TR_NOOP("start")},
        {col::End, QT_TR_NOOP("end")},
        {col::Guidance, QT_TR_NOOP("guidance")},
        {col::Number, QT_TR_NOOP("number")},
        {col::Topic, QT_TR_NOOP("topic")},
        {col::Facilitator, QT_TR_NOOP("facilitator")},
        {col::TableId, QT_TR_NOOP("table")},
        {col::PromptId, QT_TR_NOOP("prompt")},
        {col::Text, QT_TR_NOOP("text")},
        {col::KeyPoint, QT_TR_NOOP("key point")},
        {col::Name, QT_TR_NOOP("name")},
        {col::Priorities, QT_TR_NOOP("priorities")},
        {col::PlaceId, QT_TR_NOOP("place")},
        {col::Statement, QT_TR_NOOP("statement")},
        {col::Cohort, QT_TR_NOOP("cohort")},
        {col::AimId, QT_TR_NOOP("aim")},
        {col::Impact, QT_TR_NOOP("impact")},
        {col::Effort, QT_TR_NOOP("effort")},
        {col::Unsorted, QT_TR_NOOP("not yet placed")},
        {col::ParentId, QT_TR_NOOP("parent driver")},
        {col::IdeaId, QT_TR_NOOP("idea it came from")},
        {col::Idea, QT_TR_NOOP("idea")},
        {col::Action, QT_TR_NOOP("action")},
        {col::Who, QT_TR_NOOP("who")},
        {col::ByWhen, QT_TR_NOOP("by when")},
        {col::Measure, QT_TR_NOOP("measure")},
        {col::Status, QT_TR_NOOP("status")},
        {col::Due, QT_TR_NOOP("due date")},
        {col::Reviewed, QT_TR_NOOP("last reviewed")},
        {col::At, QT_TR_NOOP("time")},
        {col::Period, QT_TR_NOOP("period")},
        {col::Comparator, QT_TR_NOOP("comparator")},
        {col::Domain, QT_TR_NOOP("domain")},
        {col::Indicator, QT_TR_NOOP("indicator")},
        {col::Vals, QT_TR_NOOP("values")},
        {col::HigherIsBetter, QT_TR_NOOP("higher is better")},
    };
    const auto it = labels.constFind(field);
    return it == labels.cend() ? field : tr(it.value());
}

QString ConflictModel::valueText(const Store& store, Kind kind, const QString& field, const QVariant& value)
{
    const bool null = !value.isValid() || value.isNull();
    if (kind == Kind::None)
        return null ? QString() : value.toString();
    if (field == col::Position)
        return null ? tr("(none)") : tr("position %1").arg(value.toLongLong() + 1);
    const ColumnInfo* column = kindInfo(kind).column(field);
    if (!column)
        return null ? QString() : value.toString();
    if (column->ref != Kind::None)
        return null ? tr("(none)") : rowLabel(store, column->ref, value.toLongLong());
    switch (column->metaType) {
    case QMetaType::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QMetaType::Double:
        return null ? tr("(none)") : QLocale().toString(value.toDouble(), 'f', 2);
    case QMetaType::LongLong:
        return null ? tr("(none)") : QString::number(value.toLongLong());
    default:
        return value.toString().isEmpty() ? tr("(empty)") : value.toString();
    }
}

} // namespace rt
