// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/RowListModel.h"

#include "commands/FollowEdits.h"
#include "commands/RowCommands.h"
#include "models/StoreAttachment.h"
#include "session/Document.h"
#include "store/Columns.h"
#include "store/Store.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace rt {

RowListModel::RowListModel(Document* document, Kind kind, const QStringList& columns, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_kind(kind)
    , m_columns(columns)
    , m_provenance(kind)
{
    followStore(
        this, document,
        [this](Store& store) {
            connectStore(store, this, &RowListModel::onRowsChanged, &RowListModel::onRowUpdated,
                         &RowListModel::reload);
            connect(&store, &Store::committed, this, &RowListModel::onCommitted, Qt::UniqueConnection);
            reload();
        },
        [this] {
            beginResetModel();
            m_rows.clear();
            m_provenance.clear();
            endResetModel();
        });
}

void RowListModel::setFilter(const QVariantMap& filter)
{
    m_filter = filter;
    reload();
}

void RowListModel::setHeaders(const QStringList& headers)
{
    m_headers = headers;
    emit headerDataChanged(Qt::Horizontal, 0, int(m_columns.size()) - 1);
}

void RowListModel::reload()
{
    beginResetModel();
    m_rows
        = (m_document && m_document->store()) ? m_document->store()->rows(m_kind, m_filter) : QList<Row> {};
    m_provenance.clear();
    endResetModel();
}

int RowListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return i;
    }
    return -1;
}

void RowListModel::onRowsChanged(Kind kind)
{
    if (kind != m_kind || !m_document || !m_document->store())
        return;
    // Tell views the smallest true story: nothing here changed, one row in, one row out, the
    // same rows re-read, or (otherwise) a reset. When the filter names one whole ordered list,
    // only the ids are compared and only a new row is read, so a note typed into a list of
    // thousands does not re-read them all.
    const Store* store = m_document->store();
    const KindInfo& info = kindInfo(m_kind);
    bool wholeList = info.ordered;
    for (const QString& c : info.scope)
        wholeList = wholeList && m_filter.contains(c);
    QList<Row> freshRows;
    QList<qint64> fresh;
    if (wholeList) {
        fresh = store->ids(m_kind, m_filter);
    } else {
        freshRows = store->rows(m_kind, m_filter);
        for (const Row& r : std::as_const(freshRows))
            fresh << r.id;
    }
    const qsizetype oldN = m_rows.size(), newN = fresh.size();
    auto sameIds = [this, &fresh](qsizetype from, qsizetype freshFrom, qsizetype n) {
        for (qsizetype i = 0; i < n; ++i) {
            if (m_rows[from + i].id != fresh[freshFrom + i])
                return false;
        }
        return true;
    };
    if (newN == oldN && sameIds(0, 0, oldN)) {
        if (wholeList)
            return; // a change to other lists of this kind: this one is as it was
        m_rows = freshRows;
        m_provenance.clear(); // rows re-read: any of them may have changed
        if (oldN > 0)
            emit dataChanged(index(0, 0), index(int(oldN) - 1, columnCount() - 1));
        return;
    }
    if (newN == oldN + 1) {
        qsizetype at = 0;
        while (at < oldN && m_rows[at].id == fresh[at])
            ++at;
        if (sameIds(at, at + 1, oldN - at)) {
            const Row row = wholeList ? store->row(m_kind, fresh[at]) : freshRows[at];
            if (row.isValid()) {
                beginInsertRows({}, int(at), int(at));
                if (wholeList) {
                    m_rows.insert(at, row);
                    for (qsizetype i = at + 1; i < m_rows.size(); ++i)
                        ++m_rows[i].position;
                } else {
                    m_rows = freshRows;
                }
                endInsertRows();
                return;
            }
        }
    } else if (newN + 1 == oldN) {
        qsizetype at = 0;
        while (at < newN && m_rows[at].id == fresh[at])
            ++at;
        if (sameIds(at + 1, at, newN - at)) {
            beginRemoveRows({}, int(at), int(at));
            if (wholeList) {
                m_rows.removeAt(at);
                for (qsizetype i = at; i < m_rows.size(); ++i)
                    --m_rows[i].position;
            } else {
                m_rows = freshRows;
            }
            endRemoveRows();
            return;
        }
    } else if (newN == oldN) {
        // One row moved up or down within the list: a move keeps the views' selection and scroll.
        qsizetype first = 0, last = oldN - 1;
        while (first < oldN && m_rows[first].id == fresh[first])
            ++first;
        while (last > first && m_rows[last].id == fresh[last])
            --last;
        const qsizetype n = last - first;
        int from = -1, to = -1;
        if (n > 0 && fresh[first] == m_rows[last].id && sameIds(first, first + 1, n)) {
            from = int(last); // up
            to = int(first);
        } else if (n > 0 && fresh[last] == m_rows[first].id && sameIds(first + 1, first, n)) {
            from = int(first); // down: "before the row after its new place"
            to = int(last) + 1;
        }
        if (from >= 0) {
            beginMoveRows({}, from, from, {}, to);
            m_rows = wholeList ? store->rows(m_kind, m_filter) : freshRows;
            endMoveRows();
            if (columnCount() > 0) // positions changed (RowRole)
                emit dataChanged(index(int(first), 0), index(int(last), columnCount() - 1));
            return;
        }
    }
    beginResetModel();
    m_rows = wholeList ? store->rows(m_kind, m_filter) : freshRows;
    m_provenance.clear();
    endResetModel();
}

void RowListModel::onRowUpdated(Kind kind, qint64 id, const QString& column)
{
    if (kind != m_kind || !m_document || !m_document->store())
        return;
    const int r = rowOf(id);
    if (r < 0) {
        // An edit can bring a row into (or take it out of) this filtered list.
        if (m_filter.contains(column))
            onRowsChanged(kind);
        return;
    }
    const Row fresh = m_document->store()->row(m_kind, id);
    for (auto it = m_filter.cbegin(); it != m_filter.cend(); ++it) {
        if (fresh.values.value(it.key()) != it.value()) {
            onRowsChanged(kind);
            return;
        }
    }
    m_rows[r] = fresh;
    // The change was stamped; an undo puts the old stamp back after this, so forget it again
    // once the step is written.
    m_provenance.forget(id);
    m_restamped.insert(id);
    const int c = int(m_columns.indexOf(column));
    emit dataChanged(index(r, c < 0 ? 0 : c), index(r, c < 0 ? columnCount() - 1 : c));
}

void RowListModel::onCommitted()
{
    for (qint64 id : std::as_const(m_restamped))
        m_provenance.forget(id);
    m_restamped.clear();
}

int RowListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RowListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RowListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows[index.row()];
    const QString& column = m_columns[index.column()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: {
        const QVariant v = r.values.value(column);
        if (v.typeId() == QMetaType::Bool)
            return role == Qt::EditRole ? v : QVariant();
        return v;
    }
    case Qt::CheckStateRole: {
        const QVariant v = r.values.value(column);
        if (v.typeId() == QMetaType::Bool)
            return v.toBool() ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    case Qt::ToolTipRole: {
        const QVariant v = r.values.value(column);
        const QString text = v.typeId() == QMetaType::QString ? v.toString() : QString();
        const QString from
            = m_provenanceTips && m_document ? m_provenance.describe(m_document->store(), r.id) : QString();
        if (from.isEmpty())
            return v.typeId() == QMetaType::QString ? v : QVariant();
        // What the cell says, then where its row came from.
        return Provenance::plainToolTip(text.trimmed().isEmpty() ? from
                                                                 : text + QStringLiteral("\n\n") + from);
    }
    case ProvenanceRole:
        return m_document ? m_provenance.describe(m_document->store(), r.id) : QString();
    case MadeByRole:
        return m_document ? m_provenance.madeBy(m_document->store(), r.id) : QString();
    case MadeByDeviceRole:
        return m_document ? m_provenance.madeByDevice(m_document->store(), r.id) : QString();
    case IdRole:
        return r.id;
    case RowRole:
        return QVariant::fromValue(r);
    default:
        return {};
    }
}

bool RowListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_document || !m_document->store() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const Row& r = m_rows[index.row()];
    const QString column = m_columns[index.column()];
    QVariant v = value;
    if (role == Qt::CheckStateRole)
        v = value.toInt() == Qt::Checked;
    else if (role != Qt::EditRole)
        return false;
    if (r.values.value(column) == v)
        return true;
    // New words under "By when?" bring the due date worked out from them, in the same step.
    if (m_kind == Kind::Action && column == col::ByWhen)
        return edit::setActionByWhen(*m_document, r.id, v.toString());
    return m_document->push(new EditRowCommand(m_document->store(), m_kind, r.id, {{column, v}}));
}

QVariant RowListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return section < m_headers.size() ? m_headers[section] : m_columns[section];
}

Qt::ItemFlags RowListModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f | Qt::ItemIsDropEnabled;
    f |= Qt::ItemIsDragEnabled;
    const bool editable = m_document && !m_document->isReadOnly();
    if (editable) {
        if (m_rows[index.row()].values.value(m_columns[index.column()]).typeId() == QMetaType::Bool)
            f |= Qt::ItemIsUserCheckable;
        else
            f |= Qt::ItemIsEditable;
    }
    return f;
}

QMimeData* RowListModel::mimeData(const QModelIndexList& indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex& i : indexes) {
        const qint64 id = idAt(i.row());
        if (!ids.contains(id))
            ids << id;
    }
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << int(m_kind) << ids;
    auto* mime = new QMimeData;
    mime->setData(mimeType(), bytes);
    QStringList texts;
    for (qint64 id : ids)
        texts << m_rows.value(rowOf(id)).str(QStringLiteral("text"));
    mime->setText(texts.join(QLatin1Char('\n')));
    return mime;
}

QList<qint64> RowListModel::idsFromMime(const QMimeData* data, Kind* kind)
{
    QList<qint64> ids;
    if (!data || !data->hasFormat(mimeType()))
        return ids;
    QDataStream in(data->data(mimeType()));
    int k = -1;
    in >> k >> ids;
    if (in.status() != QDataStream::Ok || k < 0 || k >= KindCount)
        return {};
    *kind = Kind(k);
    return ids;
}

bool RowListModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int,
                                   const QModelIndex&) const
{
    Kind k = Kind::None;
    return action == Qt::MoveAction && !idsFromMime(data, &k).isEmpty() && k == m_kind && m_document
        && !m_document->isReadOnly();
}

bool RowListModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int,
                                const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, 0, parent))
        return false;
    Kind k = Kind::None;
    const QList<qint64> ids = idsFromMime(data, &k);
    const int target = row >= 0 ? row : (parent.isValid() ? parent.row() : rowCount());
    QVariantMap scope;
    for (const QString& c : kindInfo(m_kind).scope) {
        if (m_filter.contains(c))
            scope.insert(c, m_filter.value(c));
    }
    // Simulate the list: each dropped row goes, in reverse order, just before the row that
    // should follow it, so the dropped rows end up together and in their dragged order.
    QList<qint64> order;
    for (const Row& r : m_rows)
        order << r.id;
    qint64 anchor = 0;
    for (int i = target; i < order.size(); ++i) {
        if (!ids.contains(order[i])) {
            anchor = order[i];
            break;
        }
    }
    auto* macro = new MacroCommand(m_document->store(), tr("Move %n item(s)", nullptr, int(ids.size())));
    QList<QPair<qint64, int>> moves;
    for (auto it = ids.crbegin(); it != ids.crend(); ++it) {
        order.removeAll(*it);
        const int position = anchor ? int(order.indexOf(anchor)) : int(order.size());
        order.insert(position, *it);
        moves.prepend({*it, position});
        anchor = *it;
    }
    // Commands run in creation order: create them in the simulated (reverse) order.
    for (auto it = moves.crbegin(); it != moves.crend(); ++it)
        new MoveRowCommand(m_document->store(), m_kind, it->first, scope, it->second, {}, macro);
    m_document->push(macro);
    // The store has moved the rows and the model follows its signals; tell the view not to
    // remove the source rows itself.
    return false;
}

} // namespace rt
