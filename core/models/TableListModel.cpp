// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/TableListModel.h"

#include "commands/RowCommands.h"
#include "models/StoreAttachment.h"
#include "session/Document.h"
#include "store/NoteRepository.h"
#include "store/Store.h"

#include <QMimeData>

namespace rt {

namespace {
const QString Number = QStringLiteral("number");
const QString Topic = QStringLiteral("topic");
const QString Facilitator = QStringLiteral("facilitator");
const QString TableId = QStringLiteral("table_id");
} // namespace

TableListModel::TableListModel(Document* document, QObject* parent)
    : RowListModel(document, Kind::Table, {Number, Topic, Facilitator}, parent)
    , m_document(document)
{
    setHeaders({tr("Number"), tr("Topic"), tr("Facilitator")});
    // A table added or the list re-read: count again when asked.
    connect(this, &QAbstractItemModel::rowsInserted, this, [this] { m_loaded = false; });
    connect(this, &QAbstractItemModel::modelReset, this, [this] { m_loaded = false; });
    followStore(this, document, [this](Store& store) { attach(store); });
}

void TableListModel::attach(Store& store)
{
    // Notes and prompts change what a table holds; the counts are re-read lazily.
    connect(&store, &Store::rowsChanged, this, [this](Kind kind) {
        if (kind == Kind::Note || kind == Kind::Prompt)
            invalidate();
    });
    connect(&store, &Store::rowUpdated, this, [this](Kind kind, qint64, const QString& column) {
        if ((kind == Kind::Note && column != QLatin1String("edited") && column != QLatin1String("created"))
            || kind == Kind::Prompt)
            invalidate();
    });
    connect(&store, &Store::reset, this, &TableListModel::invalidate);
    invalidate();
}

void TableListModel::invalidate()
{
    m_cache.clear();
    m_loaded = false;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                         {NoteCountRole, PromptCountsRole, KeyPointsRole, MatchCountRole});
}

void TableListModel::setSearchText(const QString& text)
{
    if (text == m_search)
        return;
    m_search = text;
    invalidate();
}

QString TableListModel::label(const Row& table)
{
    const QString topic = table.str(Topic);
    const qint64 n = table.ref(Number);
    return topic.isEmpty() ? tr("Table %1").arg(n) : tr("Table %1 · %2").arg(n).arg(topic);
}

void TableListModel::load() const
{
    // Every table at once, in a few grouped queries: a repaint of the picker after each typed
    // note asks for all of them.
    m_loaded = true;
    m_cache.clear();
    if (!m_document || !m_document->store())
        return;
    const Store* store = m_document->store();
    const NoteRepository notes(*store);
    const QHash<qint64, NoteRepository::TableStats> stats = notes.stats();
    const QHash<qint64, int> matches = notes.matchCounts(m_search);
    const QList<qint64> prompts = store->ids(Kind::Prompt);
    for (int r = 0; r < rowCount(); ++r) {
        const qint64 id = idAt(r);
        const NoteRepository::TableStats st = stats.value(id);
        Summary s;
        for (qint64 p : prompts) {
            const int n = st.perPrompt.value(p);
            s.perPrompt << n;
            s.total += n;
        }
        s.keyPoints = st.keyPoints;
        s.matches = matches.value(id);
        m_cache.insert(id, s);
    }
}

TableListModel::Summary TableListModel::summary(qint64 tableId) const
{
    if (!m_loaded)
        load();
    return m_cache.value(tableId);
}

QVariant TableListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = rowAt(index.row());
    switch (role) {
    case LabelRole:
        return label(r);
    case Qt::AccessibleTextRole:
        return tr("%1, facilitator %2, notes: %3")
            .arg(label(r), r.str(Facilitator).isEmpty() ? tr("not set") : r.str(Facilitator))
            .arg(summary(r.id).total);
    case NumberRole:
        return r.ref(Number);
    case TopicRole:
        return r.str(Topic);
    case FacilitatorRole:
        return r.str(Facilitator);
    case NoteCountRole:
        return summary(r.id).total;
    case PromptCountsRole:
        return summary(r.id).perPrompt;
    case KeyPointsRole:
        return summary(r.id).keyPoints;
    case MatchCountRole:
        return summary(r.id).matches;
    default:
        return RowListModel::data(index, role);
    }
}

QHash<int, QByteArray> TableListModel::roleNames() const
{
    QHash<int, QByteArray> names = RowListModel::roleNames();
    names.insert(LabelRole, "label");
    names.insert(NumberRole, "number");
    names.insert(TopicRole, "topic");
    names.insert(FacilitatorRole, "facilitator");
    names.insert(NoteCountRole, "noteCount");
    names.insert(PromptCountsRole, "promptCounts");
    names.insert(KeyPointsRole, "keyPoints");
    names.insert(MatchCountRole, "matchCount");
    return names;
}

Qt::ItemFlags TableListModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = RowListModel::flags(index);
    if (index.isValid() && m_document && !m_document->isReadOnly())
        f |= Qt::ItemIsDropEnabled;
    return f;
}

bool TableListModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                     const QModelIndex& parent) const
{
    Kind kind = Kind::None;
    const QList<qint64> ids = idsFromMime(data, &kind);
    if (kind == Kind::Note)
        return action == Qt::MoveAction && !ids.isEmpty() && parent.isValid() && m_document
            && !m_document->isReadOnly();
    return RowListModel::canDropMimeData(data, action, row, column, parent);
}

bool TableListModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                  const QModelIndex& parent)
{
    Kind kind = Kind::None;
    const QList<qint64> ids = idsFromMime(data, &kind);
    if (kind != Kind::Note)
        return RowListModel::dropMimeData(data, action, row, column, parent);
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const qint64 target = idAt(parent.row());
    Store* store = m_document->store();
    auto* macro = new MacroCommand(store, tr("Move notes to %1").arg(label(rowAt(parent.row()))));
    for (qint64 id : ids) {
        // Each note keeps its prompt and goes to the end of that prompt's list at the target.
        if (store->row(Kind::Note, id).ref(TableId) != target)
            new MoveRowCommand(store, Kind::Note, id, {{TableId, target}}, -1, {}, macro);
    }
    if (macro->childCount() == 0) {
        delete macro;
        return false;
    }
    m_document->push(macro);
    // The store moved the notes; the source view must not remove anything itself.
    return false;
}

} // namespace rt
