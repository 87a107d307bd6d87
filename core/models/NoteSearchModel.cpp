// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/NoteSearchModel.h"

#include "models/StoreAttachment.h"
#include "models/TableListModel.h"
#include "session/Document.h"
#include "store/Store.h"

#include <QSet>
#include <QTimer>

namespace rt {

NoteSearchModel::NoteSearchModel(Document* document, QObject* parent)
    : QAbstractListModel(parent)
    , m_document(document)
{
    followStore(
        this, document, [this](Store& store) { attach(store); },
        [this] {
            beginResetModel();
            m_hits.clear();
            endResetModel();
        });
}

void NoteSearchModel::attach(Store& store)
{
    // Several changes in one go (a paste, an undo of a macro) re-run the search once.
    auto later = [this] {
        if (m_search.isEmpty() || m_pending)
            return;
        m_pending = true;
        QTimer::singleShot(0, this, &NoteSearchModel::refresh);
    };
    connect(&store, &Store::rowsChanged, this, [later](Kind kind) {
        if (kind == Kind::Note || kind == Kind::Table || kind == Kind::Prompt)
            later();
    });
    connect(&store, &Store::rowUpdated, this, [later](Kind kind, qint64, const QString&) {
        if (kind == Kind::Note || kind == Kind::Table || kind == Kind::Prompt)
            later();
    });
    connect(&store, &Store::reset, this, later);
    refresh();
}

void NoteSearchModel::setSearchText(const QString& text)
{
    if (text == m_search)
        return;
    m_search = text;
    refresh();
}

QList<QPair<int, int>> NoteSearchModel::matches(const QString& text, const QString& needle)
{
    QList<QPair<int, int>> out;
    if (needle.isEmpty())
        return out;
    qsizetype at = text.indexOf(needle, 0, Qt::CaseInsensitive);
    while (at >= 0) {
        out.append({int(at), int(needle.size())});
        at = text.indexOf(needle, at + needle.size(), Qt::CaseInsensitive);
    }
    return out;
}

void NoteSearchModel::refresh()
{
    m_pending = false;
    QList<Hit> hits;
    if (!m_search.isEmpty() && m_document && m_document->store()) {
        const Store* store = m_document->store();
        const QList<Row> tables = store->rows(Kind::Table);
        const QList<Row> prompts = store->rows(Kind::Prompt);
        for (int t = 0; t < tables.size(); ++t) {
            const QString label = TableListModel::label(tables[t]);
            for (const Row& p : prompts) {
                const QList<Row> notes = store->rows(
                    Kind::Note,
                    {{QStringLiteral("table_id"), tables[t].id}, {QStringLiteral("prompt_id"), p.id}});
                for (const Row& n : notes) {
                    if (n.str(QStringLiteral("text")).contains(m_search, Qt::CaseInsensitive))
                        hits.append({n, t + 1, label, p.str(QStringLiteral("question"))});
                }
            }
        }
    }
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

int NoteSearchModel::tableCount() const
{
    QSet<int> tables;
    for (const Hit& h : m_hits)
        tables.insert(h.tablePosition);
    return int(tables.size());
}

int NoteSearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant NoteSearchModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Hit& h = m_hits[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return h.note.str(QStringLiteral("text"));
    case Qt::AccessibleTextRole:
        return tr("%1, %2: %3").arg(h.tableLabel, h.prompt, h.note.str(QStringLiteral("text")));
    case NoteIdRole:
        return h.note.id;
    case TableIdRole:
        return h.note.ref(QStringLiteral("table_id"));
    case TablePositionRole:
        return h.tablePosition;
    case TableLabelRole:
        return h.tableLabel;
    case PromptIdRole:
        return h.note.ref(QStringLiteral("prompt_id"));
    case PromptRole:
        return h.prompt;
    case KeyPointRole:
        return h.note.flag(QStringLiteral("key_point"));
    default:
        return {};
    }
}

QHash<int, QByteArray> NoteSearchModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NoteIdRole, "noteId");
    names.insert(TableIdRole, "tableId");
    names.insert(TablePositionRole, "tablePosition");
    names.insert(TableLabelRole, "tableLabel");
    names.insert(PromptIdRole, "promptId");
    names.insert(PromptRole, "prompt");
    names.insert(KeyPointRole, "keyPoint");
    return names;
}

} // namespace rt
