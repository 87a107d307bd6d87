// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/AgendaModel.h"

#include "commands/AgendaCommands.h"
#include "commands/RowCommands.h"
#include "models/StoreAttachment.h"
#include "session/Document.h"
#include "store/Store.h"

#include <QColor>

namespace rt {

AgendaModel::AgendaModel(Document* document, QObject* parent)
    : RowListModel(document, Kind::AgendaItem,
                   {QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("title"),
                    QStringLiteral("kind"), QStringLiteral("poll_id"), QStringLiteral("guidance")},
                   parent)
    , m_doc(document)
{
    setHeaders({tr("Start"), tr("End"), tr("Title"), tr("Kind"), tr("Poll"), tr("Guidance")});
    // Any change to the list can change the flags of a neighbour's cells.
    connect(this, &QAbstractItemModel::modelReset, this, &AgendaModel::refreshChecks);
    connect(this, &QAbstractItemModel::rowsInserted, this, &AgendaModel::refreshChecks);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &AgendaModel::refreshChecks);
    connect(this, &QAbstractItemModel::rowsMoved, this, &AgendaModel::refreshChecks);
    followStore(this, document, [this](Store& store) {
        connectStore(store, this, &AgendaModel::onStoreRowsChanged, &AgendaModel::onStoreRowUpdated,
                     &AgendaModel::refreshPolls);
        refreshPolls();
    });
    refreshChecks();
}

void AgendaModel::onStoreRowUpdated(Kind kind, qint64, const QString& column)
{
    if (kind == Kind::Poll)
        refreshPolls();
    else if (kind == Kind::AgendaItem && (column == QLatin1String("start") || column == QLatin1String("end")))
        refreshChecks();
}

void AgendaModel::onStoreRowsChanged(Kind kind)
{
    if (kind == Kind::Poll)
        refreshPolls();
    else if (kind == Kind::AgendaItem)
        refreshChecks();
}

void AgendaModel::refreshChecks()
{
    QList<agendatimes::Slot> times;
    for (int i = 0; i < rowCount(); ++i)
        times << agendatimes::Slot {rowAt(i).str(QStringLiteral("start")),
                                    rowAt(i).str(QStringLiteral("end"))};
    const QList<agendatimes::SlotCheck> fresh = agendatimes::check(times);
    bool changed = fresh.size() != m_checks.size();
    for (qsizetype i = 0; !changed && i < fresh.size(); ++i)
        changed = fresh[i].startMessage != m_checks[i].startMessage
            || fresh[i].endMessage != m_checks[i].endMessage;
    m_checks = fresh;
    if (changed && rowCount() > 0)
        emit dataChanged(index(0, Start), index(rowCount() - 1, End),
                         {Qt::BackgroundRole, Qt::ToolTipRole, Qt::ForegroundRole, ProblemRole});
}

void AgendaModel::refreshPolls()
{
    m_pollQuestions.clear();
    if (m_doc && m_doc->store()) {
        for (const Row& p : m_doc->store()->rows(Kind::Poll))
            m_pollQuestions.insert(p.id, p.str(QStringLiteral("question")));
    }
    if (rowCount() > 0)
        emit dataChanged(index(0, PollColumn), index(rowCount() - 1, PollColumn), {Qt::DisplayRole});
}

QList<agendatimes::SlotCheck> AgendaModel::checks() const
{
    return m_checks;
}

QList<QPair<qint64, QString>> AgendaModel::polls() const
{
    QList<QPair<qint64, QString>> out;
    if (m_doc && m_doc->store()) {
        for (const Row& p : m_doc->store()->rows(Kind::Poll))
            out.append({p.id, p.str(QStringLiteral("question"))});
    }
    return out;
}

QString AgendaModel::kindLabel(const QString& kind)
{
    if (kind == QLatin1String("arrival"))
        return tr("Arrival");
    if (kind == QLatin1String("plenary"))
        return tr("Plenary");
    if (kind == QLatin1String("break"))
        return tr("Break");
    if (kind == QLatin1String("tables"))
        return tr("Table discussion");
    if (kind == QLatin1String("breakout"))
        return tr("Place breakout");
    if (kind == QLatin1String("close"))
        return tr("Close");
    return kind;
}

QVariant AgendaModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int c = index.column();
    if (c == Start || c == End) {
        const agendatimes::SlotCheck check = m_checks.value(index.row());
        const QString& message = c == Start ? check.startMessage : check.endMessage;
        if (!message.isEmpty()) {
            switch (role) {
            case Qt::BackgroundRole:
                return QColor(0xf8, 0xd0, 0xd0);
            case Qt::ForegroundRole:
                return QColor(0x8a, 0x10, 0x10);
            case Qt::ToolTipRole:
            case ProblemRole:
                return message;
            default:
                break;
            }
        } else if (role == ProblemRole) {
            return QString();
        }
    }
    const Row& r = rowAt(index.row());
    if (role == Qt::DisplayRole) {
        if (c == KindColumn)
            return kindLabel(r.str(QStringLiteral("kind")));
        if (c == PollColumn) {
            const qint64 id = r.ref(QStringLiteral("poll_id"));
            return id > 0 ? m_pollQuestions.value(id, tr("Poll %1").arg(id)) : QString();
        }
        if (c == Guidance)
            return r.str(QStringLiteral("guidance")).section(QLatin1Char('\n'), 0, 0);
    }
    return RowListModel::data(index, role);
}

bool AgendaModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return RowListModel::setData(index, value, role);
    // Text columns are NOT NULL: a cleared cell is stored as "", never as NULL.
    auto text = [](const QString& s) { return s.isNull() ? QStringLiteral("") : s; };
    switch (index.column()) {
    case Start:
    case End:
        // A parsable time is written as HH:MM; anything else is kept as typed and flagged.
        return RowListModel::setData(index, text(agendatimes::normalise(value.toString().trimmed())), role);
    case Title:
    case Guidance:
        return RowListModel::setData(index, text(value.toString()), role);
    case PollColumn: {
        const qint64 id = value.toLongLong();
        const QVariant v = id > 0 ? QVariant(id) : QVariant();
        const Row& r = rowAt(index.row());
        if (r.ref(QStringLiteral("poll_id")) == id)
            return true;
        return m_doc->push(new EditRowCommand(m_doc->store(), Kind::AgendaItem, r.id,
                                              {{QStringLiteral("poll_id"), v}}, tr("Attach poll")));
    }
    default:
        return RowListModel::setData(index, value, role);
    }
}

bool AgendaModel::moveItem(int from, int to)
{
    if (!m_doc || !m_doc->store() || m_doc->isReadOnly())
        return false;
    QUndoCommand* command = makeAgendaMoveCommand(m_doc->store(), from, to);
    return command && m_doc->push(command);
}

bool AgendaModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                               const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    Kind k = Kind::None;
    const QList<qint64> ids = idsFromMime(data, &k);
    if (ids.size() != 1)
        return RowListModel::dropMimeData(data, action, row, column, parent);
    const int from = rowOf(ids.first());
    if (from < 0)
        return false;
    int target = row >= 0 ? row : (parent.isValid() ? parent.row() : rowCount());
    if (target > from)
        --target; // dropping before row `target` of the list that still holds the item
    target = std::clamp(target, 0, rowCount() - 1);
    moveItem(from, target);
    return false; // the store moved the row; the model follows its signals
}

} // namespace rt
